"""Document types, checklist status rules and display-name sanitising (pure domain)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from loandesk.domain.documents import (
    DEFAULT_CHECKLISTS,
    DOC_TYPE_LABELS,
    Checklist,
    ChecklistError,
    ChecklistItem,
    DocStatus,
    DocType,
    DocumentFact,
    checklist_status,
    doc_type_from_label,
    sanitize_filename,
)

TODAY = date(2026, 6, 30)


def test_every_type_has_a_chinese_label_and_round_trips():
    assert set(DOC_TYPE_LABELS) == set(DocType)
    for dt, label in DOC_TYPE_LABELS.items():
        assert doc_type_from_label(label) is dt
        assert doc_type_from_label(dt.value) is dt
    assert DOC_TYPE_LABELS[DocType.CREDIT_AUTH] == "征信查询授权书"
    with pytest.raises(ChecklistError, match="未知的资料类型"):
        doc_type_from_label("驾驶证")


def _fact(i: str, dt: DocType, **kw) -> DocumentFact:
    kw.setdefault("uploaded_on", TODAY - timedelta(days=1))
    return DocumentFact(i, dt, **kw)


def test_status_received_missing_expired():
    cl = Checklist("t", "测试", (
        ChecklistItem(DocType.ID_FRONT),
        ChecklistItem(DocType.CREDIT_REPORT, max_age_days=30),
        ChecklistItem(DocType.HUKOU),
        ChecklistItem(DocType.VEHICLE, required=False),
    ))
    facts = [
        _fact("a", DocType.ID_FRONT, valid_until=TODAY),  # valid through its last day
        _fact("b", DocType.CREDIT_REPORT, issued_on=TODAY - timedelta(days=31)),
        _fact("c", DocType.HUKOU, void=True),
    ]
    out = checklist_status(cl, facts, TODAY)
    assert [i.status for i in out] == [DocStatus.RECEIVED, DocStatus.EXPIRED, DocStatus.MISSING, DocStatus.MISSING]
    assert out[0].expires_on == TODAY + timedelta(days=1)
    assert out[1].expired_ids == ("b",) and "超过 30 天" in out[1].reason
    assert out[3].required is False
    assert [i.label for i in out] == ["身份证正面", "征信报告", "户口本", "行驶证"]


def test_max_age_boundary_and_upload_date_fallback():
    cl = Checklist("t", "t", (ChecklistItem(DocType.CREDIT_REPORT, max_age_days=30),))
    on_edge = [_fact("x", DocType.CREDIT_REPORT, uploaded_on=TODAY - timedelta(days=30))]
    assert checklist_status(cl, on_edge, TODAY)[0].status is DocStatus.RECEIVED
    past = [_fact("x", DocType.CREDIT_REPORT, uploaded_on=TODAY - timedelta(days=31))]
    res = checklist_status(cl, past, TODAY)[0]
    assert res.status is DocStatus.EXPIRED and "上传" in res.reason


def test_newest_current_document_wins_and_overrides_apply():
    cl = Checklist("t", "t", (ChecklistItem(DocType.BANK_STATEMENT, max_age_days=90),))
    facts = [
        _fact("old", DocType.BANK_STATEMENT, issued_on=TODAY - timedelta(days=200)),
        _fact("new", DocType.BANK_STATEMENT, issued_on=TODAY - timedelta(days=5)),
    ]
    res = checklist_status(cl, facts, TODAY)[0]
    assert res.status is DocStatus.RECEIVED
    assert res.current_ids == ("new",) and res.expired_ids == ("old",)
    # A branch setting that tightens the limit to 3 days makes the newest one stale too.
    res = checklist_status(cl, facts, TODAY, {DocType.BANK_STATEMENT: 3})[0]
    assert res.status is DocStatus.EXPIRED
    # ...and None lifts the limit.
    res = checklist_status(cl, facts, TODAY, {DocType.BANK_STATEMENT: None})[0]
    assert res.status is DocStatus.RECEIVED and res.expires_on is None


def test_checklist_round_trip_and_validation():
    for cl in DEFAULT_CHECKLISTS.values():
        assert Checklist.from_dict(cl.to_dict()) == cl
    assert DEFAULT_CHECKLISTS["personal"].items[0].doc_type is DocType.ID_FRONT
    with pytest.raises(ChecklistError, match="重复"):
        Checklist("x", "x", (ChecklistItem(DocType.HUKOU), ChecklistItem(DocType.HUKOU)))
    with pytest.raises(ChecklistError, match="正整数"):
        Checklist("x", "x", (ChecklistItem(DocType.HUKOU, max_age_days=0),))
    with pytest.raises(ChecklistError, match="items"):
        Checklist.from_dict({"code": "x"})
    with pytest.raises(ChecklistError, match="整数"):
        Checklist.from_dict({"items": [{"doc_type": "户口本", "max_age_days": "30"}]})
    parsed = Checklist.from_dict({"items": [{"doc_type": "征信报告", "max_age_days": 15}]})
    assert parsed.items[0] == ChecklistItem(DocType.CREDIT_REPORT, True, 15, "")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("C:\\x.jpg", "x.jpg"),
        ("C:x.jpg", "x.jpg"),
        ("/etc/passwd", "passwd"),
        ("CON.jpg", "_CON.jpg"),
        ("lpt1", "_lpt1"),
        ("a.jpg:ads", "a.jpg"),
        ("\u202egpj.exe", "gpj.exe"),
        ("a\x00b\x07.png", "ab.png"),
        ("....", "未命名"),
        ("", "未命名"),
        (None, "未命名"),
        ("身份证 正面.JPG", "身份证 正面.JPG"),
        ('a<b>c|d?.png', "a_b_c_d_.png"),
    ],
)
def test_sanitize_filename(given, expected):
    assert sanitize_filename(given) == expected


def test_sanitize_long_names_keep_extension():
    out = sanitize_filename("名" * 300 + ".pdf")
    assert len(out) == 100 and out.endswith(".pdf")
