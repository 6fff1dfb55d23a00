"""One region next to the country: every indicator, the national figure and its rank."""

from __future__ import annotations

import numpy as np
import pandas as pd

from atlas import metrics
from atlas.model import can_show_per_capita


def region_profile(
    observations: pd.DataFrame, indicators: dict[str, dict], region_code: str, until=None
) -> pd.DataFrame:
    """One region's rows of `region_profiles`."""
    return region_profiles(observations, indicators, until).get(region_code, pd.DataFrame())


def region_profiles(
    observations: pd.DataFrame, indicators: dict[str, dict], until=None
) -> dict[str, pd.DataFrame]:
    """For each region, one row per indicator with regional figures (`indicators`:
    catalogue rows by id, in catalogue order), at the region's latest period (on or
    before `until`, if given), with the national figure and the region's rank that period.

    Additive indicators (counts, persons, MAD, MW…) are compared per 100,000 inhabitants,
    so a small region is not ranked last for being small; the rest as published. Every
    region at once: each indicator's series is read once, not once per region.
    """
    population = metrics.population_by_region(observations)
    if until is not None:
        observations = observations[observations["period"] <= pd.Timestamp(until)]
    rows: dict[str, list[dict]] = {}
    regional_rows = observations[observations["region_code"].notna()]
    regional = set(regional_rows["indicator_id"])
    for indicator_id, meta in indicators.items():
        if indicator_id not in regional:
            continue
        series = metrics.regional_series(observations, indicator_id)
        if series.empty:
            continue
        per_capita = can_show_per_capita(indicator_id, meta["unit"])
        national = metrics.national_series(observations, indicator_id)
        if per_capita:
            national = metrics.national_per_capita(national, population)
        national_by_period = national.groupby("period")["value"].first()
        raw = regional_rows[regional_rows["indicator_id"] == indicator_id]
        marks = raw.groupby(["region_code", "period"])["mark"].agg(_strongest)
        national_marks = national.groupby("period")["mark"].agg(_strongest)
        latest = series.groupby("region_code")["period"].max()
        by_period = {}
        for region_code, period in latest.items():
            if period not in by_period:
                same = metrics.scaled(series[series["period"] == period], population, per_capita)
                values = same.set_index("region_code")["value"]
                by_period[period] = (values, metrics.rank(values, bool(meta["higher_is_better"])))
            values, ranks = by_period[period]
            rows.setdefault(region_code, []).append(
                {
                    "indicator_id": indicator_id,
                    "theme": meta["theme"],
                    "unit": meta["unit"],
                    "period": period,
                    "per_capita": per_capita,
                    "value": values.get(region_code, np.nan),
                    "national": national_by_period.get(period, np.nan),
                    "rank": ranks.get(region_code, pd.NA),
                    "ranked": int(values.notna().sum()),
                    "mark": _shown_mark(marks.get((region_code, period)), per_capita),
                    "national_mark": _shown_mark(national_marks.get(period), per_capita),
                }
            )
    return {code: pd.DataFrame(found) for code, found in rows.items()}


def _strongest(marks: pd.Series) -> str:
    """The mark of a figure made of several rows: invented if any is, computed by us if
    any is, else published."""
    found = set(marks.dropna())
    for mark in ("illustrative", "derived"):
        if mark in found:
            return mark
    return "published"


def _shown_mark(mark, per_capita: bool) -> str:
    """A published figure shown per 100,000 inhabitants is our arithmetic on it."""
    if not isinstance(mark, str):
        return "published"
    return "derived" if per_capita and mark == "published" else mark
