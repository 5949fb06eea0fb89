"""Binding a printed contract to the stored one.

Two independent checks, because each alone is weak:

* the **content fingerprint** (SHA-256 over canonical JSON of the contract fields) is computed
  before rendering, so its short form — the verification code — and a QR of it can be printed
  *inside* the PDF; anyone holding a paper copy can compare the code with the system;
* the **PDF hash** (SHA-256 of the exact bytes) is stored after rendering and catches any change
  to the file itself, including one that leaves the printed code intact (e.g. an edited amount).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
from dataclasses import dataclass, field

from loandesk.documents.model import ContractData
from loandesk.documents.templates import CONTRACT_TEMPLATE, load_template

__all__ = [
    "FINGERPRINT_SCHEMA",
    "QR_PREFIX",
    "VerificationResult",
    "code_from_fingerprint",
    "contract_fingerprint",
    "contract_verification_code",
    "pdf_sha256",
    "qr_payload",
    "verify_pdf",
]

FINGERPRINT_SCHEMA = "loandesk.contract.v1"
QR_PREFIX = "LOANDESK:CONTRACT:"
CODE_LABEL = "合同验证码"
_CODE_RE = re.compile(r"验证码[:：]\s*([0-9A-F]{4}(?:-[0-9A-F]{4}){3})")
_MAIN_CODE_RE = re.compile(CODE_LABEL + r"[:：]\s*([0-9A-F]{4}(?:-[0-9A-F]{4}){3})")
_NO_RE = re.compile(r"合同编号[:：]\s*(\S+)")


def contract_fingerprint(data: ContractData) -> str:
    """SHA-256 (hex) over the canonical JSON of the contract's content fields.

    Keys sorted, no whitespace, UTF-8, Decimals normalised; a schema tag is included so a
    future change of the canonical form can never collide with today's fingerprints, and the
    clause template's version, because the same figures under other wording are another
    contract.  Compute it when the contract is issued and store it; do not recompute later
    (a revised template gives a new fingerprint).
    """
    template = load_template(CONTRACT_TEMPLATE)
    payload = {
        "schema": FINGERPRINT_SCHEMA,
        "template": str(template.get("template_version", "")),
        "contract": data.canonical(),
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def code_from_fingerprint(fingerprint: str) -> str:
    """First 16 hex digits, upper case, in groups of four: 'A1B2-C3D4-E5F6-0718'.

    64 bits: enough that a forged paper contract cannot be given a matching code by trial,
    short enough to read out over the phone.
    """
    head = fingerprint.strip().lower()[:16]
    if len(head) != 16 or any(c not in "0123456789abcdef" for c in head):
        raise ValueError("合同指纹格式错误，应为 64 位十六进制字符串")
    head = head.upper()
    return "-".join(head[i : i + 4] for i in range(0, 16, 4))


def contract_verification_code(data: ContractData) -> str:
    """The code printed on the contract; checks a caller-supplied code against the data."""
    code = code_from_fingerprint(contract_fingerprint(data))
    if data.verification_code is not None and data.verification_code.strip().upper() != code:
        raise ValueError(
            f"合同验证码与合同内容不一致（存档 {data.verification_code}，按当前内容应为 {code}），"
            "合同数据可能已被修改，请重新生成合同并存档。"
        )
    return code


def qr_payload(contract_no: str, code: str) -> str:
    """Text encoded in the QR code: 'LOANDESK:CONTRACT:<contract_no>:<code>'."""
    return f"{QR_PREFIX}{contract_no}:{code}"


def pdf_sha256(pdf_bytes: bytes) -> str:
    """SHA-256 (hex) of the exact PDF bytes, to be stored next to the contract."""
    return hashlib.sha256(pdf_bytes).hexdigest()


@dataclass(frozen=True)
class VerificationResult:
    """Outcome of :func:`verify_pdf`; ``messages`` are Chinese and safe to show a clerk."""

    ok: bool
    code_ok: bool
    hash_ok: bool
    expected_code: str
    printed_codes: tuple[str, ...] = ()
    contract_no: str | None = None
    messages: tuple[str, ...] = field(default_factory=tuple)


def _extract_text_pages(pdf_bytes: bytes) -> list[str]:
    from pypdf import PdfReader  # test/verify-time dependency only, imported lazily

    reader = PdfReader(io.BytesIO(pdf_bytes))
    return [page.extract_text() or "" for page in reader.pages]


def verify_pdf(pdf_bytes: bytes, stored_fingerprint: str, stored_pdf_hash: str) -> VerificationResult:
    """Check a PDF against what was stored when it was issued.

    (a) every verification code printed in the PDF (footer of each page and the block on the
        last page) must equal the code derived from ``stored_fingerprint``;
    (b) the SHA-256 of the bytes must equal ``stored_pdf_hash``.
    Both must hold.  A file that cannot be parsed fails (a) with a clear message.
    """
    expected = code_from_fingerprint(stored_fingerprint)
    messages: list[str] = []
    hash_ok = hmac.compare_digest(pdf_sha256(pdf_bytes), stored_pdf_hash.strip().lower())
    if not hash_ok:
        messages.append("PDF 文件内容与存档不一致（文件哈希不符），文件可能已被修改或不是系统生成的原件。")

    printed: list[str] = []
    contract_no: str | None = None
    code_ok = False
    try:
        pages = _extract_text_pages(pdf_bytes)
    except ImportError:
        raise RuntimeError("缺少 pypdf 组件，无法读取 PDF 文本进行核验，请安装 pypdf。") from None
    except Exception as exc:  # any parser failure means we cannot read the printed code
        messages.append(f"无法读取 PDF 内容（{type(exc).__name__}），文件可能已损坏或被篡改。")
        pages = []
    if pages:
        page_codes = [_CODE_RE.findall(text) for text in pages]
        printed = [c for codes in page_codes for c in codes]
        main = [c for text in pages for c in _MAIN_CODE_RE.findall(text)]
        m = _NO_RE.search(pages[0])
        contract_no = m.group(1) if m else None
        if not printed or not main:
            messages.append("PDF 中未找到合同验证码。")
        elif any(not codes for codes in page_codes):
            messages.append("PDF 中有页面缺少验证码，可能被替换或删减。")
        elif any(c != expected for c in printed):
            messages.append(f"PDF 上印制的验证码与存档不一致（应为 {expected}）。")
        else:
            code_ok = True
    ok = code_ok and hash_ok
    if ok:
        messages.append("核验通过：PDF 与系统存档一致。")
    return VerificationResult(
        ok=ok,
        code_ok=code_ok,
        hash_ok=hash_ok,
        expected_code=expected,
        printed_codes=tuple(printed),
        contract_no=contract_no,
        messages=tuple(messages),
    )
