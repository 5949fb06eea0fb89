"""登记签署 without a date (or with a timestamp) is a plain Chinese refusal, not a TypeError."""

from __future__ import annotations

from datetime import datetime

import pytest

from loandesk.services import contracts
from loandesk.services.context import ServiceError
from loandesk.store.attachments import BlobStore
from loandesk.store.models.loans import Contract
from tests.services.applications_support import png
from tests.services.loans_support import contract_case


@pytest.mark.parametrize("signed_on", [None, "2026-11-29", datetime(2026, 11, 29, 10, 0)])
def test_signing_needs_a_date(db, actors, signed_on):
    view = contract_case(db, actors)
    blobs = BlobStore.of(db)
    with db.write() as s:
        contracts.issue_print(s, actors["clerk"], view.id, blobs=blobs)
    with pytest.raises(ServiceError, match="请填写签署日期"), db.write() as s:
        contracts.register_signing(s, actors["clerk"], view.id, signed_on=signed_on, scan_name="signed.png",
                                   scan=png("signed"), blobs=blobs)
    with db.read() as s:
        assert s.get(Contract, view.id).status == "pending_sign"
