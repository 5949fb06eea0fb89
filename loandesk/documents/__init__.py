"""PDF documents: contracts, schedules, notices and the key-recovery sheet (reportlab, no Qt, no SQL).

Public API (imported lazily so ``import loandesk.documents`` stays cheap on the GUI thread):

* ``render_contract(data, *, copy=False) -> bytes`` — 借款合同
* ``render_schedule_sheet(data) -> bytes`` — 还款计划表
* ``render_disbursement_notice(NoticeData) -> bytes`` — 放款通知书
* ``render_supplement_notice(SupplementNoticeData) -> bytes`` — 补件通知书
* ``render_recovery_sheet(branch_name, branch_code, database_id, recovery_key, created) -> bytes``
* ``contract_fingerprint``, ``contract_verification_code``, ``pdf_sha256``, ``verify_pdf``
* data classes in ``loandesk.documents.model``; ``FontNotFound`` in ``loandesk.documents.fonts``
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "render_contract": "loandesk.documents.contract",
    "render_schedule_sheet": "loandesk.documents.schedule_sheet",
    "render_disbursement_notice": "loandesk.documents.disbursement_notice",
    "render_supplement_notice": "loandesk.documents.supplement_notice",
    "render_recovery_sheet": "loandesk.documents.recovery_sheet",
    "contract_fingerprint": "loandesk.documents.verification",
    "contract_verification_code": "loandesk.documents.verification",
    "pdf_sha256": "loandesk.documents.verification",
    "verify_pdf": "loandesk.documents.verification",
    "VerificationResult": "loandesk.documents.verification",
    "FontNotFound": "loandesk.documents.fonts",
    "ContractData": "loandesk.documents.model",
    "BranchInfo": "loandesk.documents.model",
    "Party": "loandesk.documents.model",
    "Guarantor": "loandesk.documents.model",
    "GuaranteeType": "loandesk.documents.model",
    "NoticeData": "loandesk.documents.model",
    "SupplementItem": "loandesk.documents.model",
    "SupplementNoticeData": "loandesk.documents.model",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'loandesk.documents' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
