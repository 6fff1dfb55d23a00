"""The adoption page's numbers for one view: map, ranking, trend, sectors, target."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import metrics, model


@dataclass(frozen=True)
class AdoptionView:
    map_data: model.MapData
    ranked: pd.DataFrame      # region_code, value, rank, group (A best … D)
    series: pd.DataFrame      # region_code, period, value — as shown (per capita or not)
    national: pd.DataFrame    # period, value — as shown
    change: pd.DataFrame      # start, end, change, indexed by region_code
    matrix: pd.DataFrame      # region_code × sector, as shown (empty: no sectors)
    target: dict | None       # latest, target_value, target_year, progress, unit


def adoption_view(observations: pd.DataFrame, catalogue: pd.DataFrame, indicator_id: str,
                  period: pd.Timestamp, first_period: pd.Timestamp, sector: str | None,
                  per_capita: bool) -> AdoptionView:
    meta = metrics.catalogue_row(catalogue, indicator_id)
    map_data = model.indicator_map(observations, catalogue, indicator_id, period, per_capita,
                                   sector)
    ranked = map_data.values.dropna(subset=["value"]).assign(
        rank=lambda f: metrics.rank(f["value"], map_data.higher_is_better)).sort_values("rank")
    ranked["group"] = metrics.quartile_groups(ranked["value"], map_data.higher_is_better)
    population = metrics.population_by_region(observations)
    series = metrics.scaled(metrics.regional_series(observations, indicator_id, sector),
                            population, per_capita)
    national = metrics.national_series(observations, indicator_id, sector)
    if per_capita:
        national = metrics.national_per_capita(national, population)
    matrix = metrics.sector_matrix(observations, indicator_id, period)
    if not matrix.empty:
        matrix = metrics.scaled(matrix.stack().rename("value").reset_index(), population,
                                per_capita).pivot(index="region_code", columns="sector",
                                                  values="value")
    return AdoptionView(map_data, ranked, series, national,
                        metrics.change_between(series, first_period, period), matrix,
                        _target(observations, meta))


def _target(observations: pd.DataFrame, meta: pd.Series) -> dict | None:
    baseline, latest = metrics.latest_with_baseline(
        metrics.national_series(observations, meta["indicator_id"]))
    if pd.isna(meta["target_value"]) or latest is None:
        return None
    return {
        "latest": latest["value"], "target_value": meta["target_value"],
        "target_year": int(meta["target_year"]), "unit": meta["unit"],
        "progress": metrics.target_progress(latest["value"], meta["target_value"],
                                            baseline["value"], bool(meta["higher_is_better"])),
    }
