"""The national overview's key figures, as plain data the page draws as cards."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import metrics
from loaders.contract import REGION_CODES

ADOPTION_KPI_COUNT = 2


@dataclass(frozen=True)
class KeyFigures:
    institutes: dict[str, int] | None
    agreements: dict[str, int] | None
    adoption: list["NationalFigure"]


def key_figures(institutes, cooperation, observations, catalogue, today) -> KeyFigures:
    return KeyFigures(
        institute_kpis(institutes, today) if institutes is not None else None,
        metrics.agreement_counts(cooperation) if cooperation is not None else None,
        latest_national_adoption(observations, catalogue),
    )


def map_options(catalogue: pd.DataFrame, observations: pd.DataFrame,
                with_institutes: bool) -> tuple[list[str], str]:
    """What the overview's map can show (catalogue order, then the institutes), and the
    default: the first adoption indicator with regional figures."""
    from atlas.model import INSTITUTES_LAYER

    options = metrics.regional_indicator_ids(catalogue, observations)
    adoption = set(catalogue.loc[catalogue["theme"] == "adoption", "indicator_id"])
    default = next((i for i in options if i in adoption), options[0] if options else None)
    if with_institutes:
        options.append(INSTITUTES_LAYER)
    return options, default or (options[0] if options else "")


def period_options(observations: pd.DataFrame, indicator_id: str, today) -> list[str]:
    """ISO dates of the periods with regional figures, newest first."""
    from atlas.model import INSTITUTES_LAYER

    if indicator_id == INSTITUTES_LAYER:
        return [pd.Timestamp(today).date().isoformat()]
    return [pd.Timestamp(p).date().isoformat()
            for p in metrics.periods(observations, indicator_id)][::-1]


@dataclass(frozen=True)
class NationalFigure:
    indicator_id: str
    value: float
    period: pd.Timestamp
    previous_value: float | None  # a year earlier, when there is one
    illustrative: bool


def institute_kpis(institutes: pd.DataFrame, on) -> dict[str, int]:
    status = metrics.institute_status(institutes, on)
    covered = metrics.institute_counts_by_region(institutes, on)
    return {
        "operating": int((status == "operating").sum()),
        "announced": int((status != "planned").sum()),
        "regions_covered": int((covered > 0).sum()),
        "regions_total": len(REGION_CODES),
    }


def latest_national_adoption(observations: pd.DataFrame, catalogue: pd.DataFrame,
                             limit: int = ADOPTION_KPI_COUNT) -> list[NationalFigure]:
    """The latest national figure of the first adoption indicators that have one."""
    figures = []
    adoption_ids = catalogue.loc[catalogue["theme"] == "adoption", "indicator_id"]
    for indicator_id in adoption_ids:
        series = metrics.national_series(observations, indicator_id)
        if series.empty:
            continue
        latest = series.iloc[-1]
        year_before = latest["period"] - pd.DateOffset(years=1)
        earlier = series[series["period"] == year_before]
        figures.append(NationalFigure(
            indicator_id, float(latest["value"]), latest["period"],
            float(earlier["value"].iloc[0]) if len(earlier) else None,
            bool(latest["illustrative"]),
        ))
        if len(figures) == limit:
            break
    return figures
