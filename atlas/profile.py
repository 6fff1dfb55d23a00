"""One region next to the country: every indicator, the national figure and its rank."""

from __future__ import annotations

import numpy as np
import pandas as pd

from atlas import metrics
from atlas.model import can_show_per_capita


def region_profile(observations: pd.DataFrame, indicators: dict[str, dict],
                   region_code: str, until=None) -> pd.DataFrame:
    """One row per indicator with regional figures (`indicators`: catalogue rows by id, in
    catalogue order), at the region's latest period (on or before `until`, if given).

    Additive indicators (counts, persons, MAD, MW…) are compared per 100,000 inhabitants,
    so a small region is not ranked last for being small; the rest as published.
    """
    population = metrics.population_by_region(observations)
    if until is not None:
        observations = observations[observations["period"] <= pd.Timestamp(until)]
    rows = []
    regional = set(observations.loc[observations["region_code"].notna(), "indicator_id"])
    for indicator_id, meta in indicators.items():
        if indicator_id not in regional:
            continue
        series = metrics.regional_series(observations, indicator_id)
        own = series[series["region_code"] == region_code]
        if own.empty:
            continue
        period = own["period"].max()
        per_capita = can_show_per_capita(indicator_id, meta["unit"])
        same_period = metrics.scaled(series[series["period"] == period], population, per_capita)
        values = same_period.set_index("region_code")["value"]
        ranks = metrics.rank(values, bool(meta["higher_is_better"]))
        national = metrics.national_series(observations, indicator_id)
        national = national[national["period"] == period]
        if per_capita:
            national = metrics.national_per_capita(national, population)
        row_flags = observations[(observations["indicator_id"] == indicator_id)
                                 & (observations["region_code"] == region_code)
                                 & (observations["period"] == period)]
        rows.append({
            "indicator_id": indicator_id,
            "theme": meta["theme"],
            "unit": meta["unit"],
            "period": period,
            "per_capita": per_capita,
            "value": values.get(region_code, np.nan),
            "national": national["value"].iloc[0] if len(national) else np.nan,
            "rank": ranks.get(region_code, pd.NA),
            "ranked": int(values.notna().sum()),
            "illustrative": bool(row_flags["illustrative"].any()),
        })
    return pd.DataFrame(rows)
