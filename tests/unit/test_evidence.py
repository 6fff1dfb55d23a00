"""Why this number? Every published value the atlas ships is stated by its evidence: the
source's own words (the contract's evidence_* columns) write the value and date the fact
as the row does — read by a machine (loaders.evidence), in make check."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from atlas.snapshot import OBSERVATION_NAMES, Snapshot
from loaders import validate_folder
from loaders.contract import STAGE_COLUMNS
from loaders.evidence import numbers, states_date, states_value, states_words
from tests.support import REPO


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return Snapshot(validate_folder(REPO / "data"), REPO / "data")


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("2 963 315 habitants", 2963315),
        ("2,963,315 inhabitants", 2963315),
        ("2.963.315 habitants", 2963315),
        ("soit 2,96 millions d'habitants", 2.96e6),
        ("8,0 % de la population", 8.0),
        ("classé 90e sur 193", 90),
        ("ranked 101st", 101),
        ("a score of 0.52 (85th globally)", 0.5186),
        ("100 milliards de dirhams", 100),
        ("السكان: 5,132,639", 5132639),
        ("السكان: ٥١٣٢٦٣٩", 5132639),
    ],
)
def test_a_value_is_read_as_sources_write_it(quote, value):
    assert states_value(quote, value)


def test_a_value_the_quote_does_not_write_is_not_read():
    assert not states_value("2 963 315 habitants", 2963316)
    assert not states_value("classé 90e", 91)
    assert not numbers("no figure here")


@pytest.mark.parametrize(
    ("quote", "when", "precision", "published"),
    [
        ("vendredi 14 novembre 2025 au siège de la wilaya", date(2025, 11, 14), "day", None),
        ("Launched on April 14 during Gitex Africa 2025", date(2025, 4, 14), "day", None),
        ("تم يوم الأربعاء 2 يوليوز الجاري، توقيع", date(2025, 7, 2), "day", None),
        ("lancée en septembre 2024", date(2024, 9, 1), "month", None),
        ("the minister said on Monday", date(2026, 1, 12), "day", date(2026, 1, 12)),
        ("the index of 2022", date(2022, 1, 1), "year", None),
    ],
)
def test_a_date_is_read_as_sources_write_it(quote, when, precision, published):
    assert states_date(quote, when, precision, published)


def test_a_date_the_quote_does_not_write_is_not_read():
    assert not states_date("vendredi 14 novembre 2025", date(2025, 11, 15))
    assert not states_date("said on Monday", date(2026, 1, 13), "day", date(2026, 1, 16))


def unsupported(shipped: Snapshot) -> list[str]:
    """Every published value of the shipped folder its evidence does not state."""
    found = []

    def check(name, key, row, ok, what):
        if not ok:
            found.append(f"{name} {key}: {what} not in «{row['evidence_quote']}»")

    def published_on(row):
        day = row.get("evidence_published_on")
        return day.date() if isinstance(day, pd.Timestamp) and pd.notna(day) else None

    for name in ("institutes", "cooperation", "strategy", *OBSERVATION_NAMES):
        frame = shipped.frame(name)
        for row in frame[frame["mark"] != "illustrative"].to_dict("records"):
            key = next(
                row[k]
                for k in ("institute_id", "agreement_id", "item_id", "indicator_id")
                if k in row
            )
            quote = row.get("evidence_quote")
            if not isinstance(quote, str) or not quote.strip():
                found.append(f"{name} {key}: no evidence")
                continue
            if name == "institutes":
                for column in STAGE_COLUMNS.values():
                    if pd.notna(row[column]):
                        when = row[column].date()
                        check(
                            name, key, row, states_date(quote, when, "day", published_on(row)), when
                        )
            elif name == "cooperation":
                when = row["signed_on"].date()
                precision = row.get("signed_on_precision") or "day"
                check(name, key, row, states_date(quote, when, precision, published_on(row)), when)
                if pd.notna(row.get("value_mad")):
                    check(name, key, row, states_value(quote, row["value_mad"]), row["value_mad"])
            elif name == "strategy":
                if row["kind"] == "quote":
                    check(name, key, row, states_words(quote, row["text"]), row["text"])
                elif pd.notna(row["value"]):
                    check(name, key, row, states_value(quote, row["value"]), row["value"])
                if pd.notna(row["date"]) and row["kind"] != "quote":
                    when = row["date"].date()
                    precision = row.get("date_precision") or "day"
                    # a published statistic is dated by its publication
                    released = row["kind"] == "fact" and same_period(
                        published_on(row), when, precision
                    )
                    stated = states_date(quote, when, precision, published_on(row))
                    check(name, key, row, released or stated, when)
            elif row["mark"] == "derived":  # computed by us: says how, from what
                check(name, key, row, bool(row.get("derived_from")), "how it was computed")
            else:
                where = f"{row['region_code'] or 'national'} {row['period'].year}"
                check(name, f"{key} {where}", row, states_value(quote, row["value"]), row["value"])
    return found


def same_period(day: date | None, when: date, precision: str) -> bool:
    if day is None:
        return False
    if precision == "year":
        return day.year == when.year
    if precision == "month":
        return (day.year, day.month) == (when.year, when.month)
    return day == when


def test_every_published_value_is_stated_by_its_evidence(shipped):
    missing = unsupported(shipped)
    assert not missing, "\n".join(missing)
