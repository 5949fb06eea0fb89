"""ApplicantFeatures, the German adapter and the protected-attribute rule."""

from __future__ import annotations

import csv
import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from loandesk.risk.features import (
    FIELD_NAMES,
    FIELD_SPECS,
    MISSING,
    PROTECTED_ATTRIBUTES,
    UNKNOWN,
    ApplicantFeatures,
    normalize_category,
)
from loandesk.risk.german import (
    PROTECTED_COLUMNS,
    REQUIRED_COLUMNS,
    GermanDataError,
    adapt_row,
    read_german_csv,
)
from loandesk.risk.pack import load_pack

DEV_CSV = Path("/work/shared/data/german_credit_dev.csv")


def _dev_rows() -> list[dict[str, str]]:
    with DEV_CSV.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_applicant_features_is_frozen_with_chinese_labels() -> None:
    features = ApplicantFeatures(term_months=12)
    with pytest.raises(dataclasses.FrozenInstanceError):
        features.term_months = 24  # type: ignore[misc]
    assert tuple(f.name for f in dataclasses.fields(ApplicantFeatures)) == FIELD_NAMES
    for spec in FIELD_SPECS:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in spec.label), spec.name


def test_protected_attributes_are_never_model_inputs() -> None:
    names = set(FIELD_NAMES)
    assert not names & PROTECTED_ATTRIBUTES
    for word in ("sex", "gender", "marital", "foreign", "nationality", "personal_status"):
        assert not any(word in name for name in names), word
    pack = load_pack()
    assert not set(pack.feature_fields) & PROTECTED_ATTRIBUTES
    assert set(PROTECTED_COLUMNS) == {"personal_status_and_sex", "foreign_worker"}
    assert not set(PROTECTED_COLUMNS) & set(REQUIRED_COLUMNS)


def test_protected_columns_do_not_change_the_score() -> None:
    pack = load_pack()
    for row in _dev_rows()[:60]:
        base = pack.score(adapt_row(row))
        flipped = dict(row)
        flipped["personal_status_and_sex"] = (
            "male : single"
            if "female" in row["personal_status_and_sex"]
            else ("female : divorced/separated/married")
        )
        flipped["foreign_worker"] = "no" if row["foreign_worker"] == "yes" else "yes"
        other = pack.score(adapt_row(flipped))
        assert (other.score, other.pd) == (base.score, base.pd)


def test_adapt_row_maps_german_columns_onto_loandesk_fields() -> None:
    row = _dev_rows()[0]
    features = adapt_row(row)
    assert features == ApplicantFeatures(
        account_balance_band="low",
        term_months=48,
        credit_history="paid_duly",
        purpose="other",
        amount_yuan=Decimal("5381.0"),
        savings_band="none",
        employment_years=0.0,
        installment_burden_pct=30.0,
        has_guarantor=False,
        has_co_applicant=False,
        residence_years=10.0,
        property_type="none",
        age=40,
        other_loans="bank",
        housing="free",
        existing_credits_count=1,
        occupation="unemployed_unskilled",
        dependants=1,
        has_phone=True,
    )


def test_adapt_row_accepts_uci_codes_and_spelling_variants() -> None:
    row = dict(_dev_rows()[1])
    coded = dict(row)
    coded.update(
        {
            "status_of_existing_checking_account": "A14",
            "credit_history": "A34",
            "purpose": "A43",
            "savings_account_and_bonds": "A61",
            "present_employment_since": "A75",
            "other_debtors_or_guarantors": "A101",
            "property": "A121",
            "other_installment_plans": "A143",
            "housing": "A152",
            "job": "A173",
            "telephone": "A191",
        }
    )
    assert adapt_row(coded) == adapt_row(row)
    coded["other_debtors_or_guarantors"] = "A103"
    assert adapt_row(coded).has_guarantor is True
    variant = dict(row)
    variant["savings_account_and_bonds"] = ".. >= 1000 DM"  # UCI spelling
    variant["credit_history"] = "critical account/other credits existing (not at this bank)"
    adapted = adapt_row(variant)
    assert adapted.savings_band == "very_high"
    assert adapted.credit_history == "critical"


def test_adapt_row_keeps_unknown_text_and_rejects_bad_numbers() -> None:
    row = dict(_dev_rows()[0])
    row["purpose"] = "spaceship"
    row["housing"] = ""
    adapted = adapt_row(row)
    assert adapted.purpose == "spaceship"
    assert adapted.housing is None
    row["credit_amount"] = "abc"
    with pytest.raises(GermanDataError, match="不是有效数字"):
        adapt_row(row)


def test_normalize_category_accepts_codes_labels_and_booleans() -> None:
    assert normalize_category("purpose", "农业生产") == "agriculture"
    assert normalize_category("purpose", "Agriculture") == "agriculture"
    assert normalize_category("has_phone", True) == "yes"
    assert normalize_category("has_guarantor", "无保证人") == "no"
    assert normalize_category("housing", None) == MISSING
    assert normalize_category("housing", "  ") == MISSING
    assert normalize_category("housing", "castle") == UNKNOWN


def test_read_german_csv_reports_missing_columns(tmp_path: Path) -> None:
    rows = _dev_rows()[:5]
    path = tmp_path / "bad.csv"
    columns = [c for c in rows[0] if c != "credit_amount"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(GermanDataError, match="缺少必需的列.*credit_amount"):
        read_german_csv(path)
