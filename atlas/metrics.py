"""Metrics on the loaded datasets: regional values, per-capita, ranks, rollout status.

Plain pandas in, plain pandas out: no Streamlit, so every function is testable in
milliseconds on tiny frames.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from atlas.marks import mark_of
from loaders.contract import (
    ADDITIVE_UNITS,
    INSTITUTE_STATUSES,
    POPULATION_ID,
    REGION_CODES,
    REGIONAL_INSTITUTE,
    SIGNED_INSTRUMENTS,
    SIGNED_STATUSES,
    STAGE_COLUMNS,
    STRATEGY_BASELINE_YEAR,
)

PER_CAPITA_BASE = 100_000

# Rollout statuses in order; an institute's status on a date is the latest stage reached.
STATUSES = tuple(INSTITUTE_STATUSES)


def is_additive(unit: str) -> bool:
    """Counts, persons, MAD, MW, PFLOPS add up over regions and can be shown per capita."""
    return unit in ADDITIVE_UNITS


def catalogue_rows(catalogue: pd.DataFrame) -> dict[str, dict]:
    """Each indicator's catalogue row, by id, in catalogue order (a snapshot memoises
    them: `Snapshot.indicator_rows`)."""
    return {row["indicator_id"]: row for row in catalogue.to_dict("records")}


def regional_indicator_ids(catalogue: pd.DataFrame, observations: pd.DataFrame) -> list[str]:
    """Indicators with at least one regional figure, in catalogue order."""
    regional = set(observations.loc[observations["region_code"].notna(), "indicator_id"])
    return [i for i in catalogue["indicator_id"] if i in regional]


def periods(observations: pd.DataFrame, indicator_id: str, regional: bool = True) -> list:
    rows = observations[observations["indicator_id"] == indicator_id]
    if regional:
        rows = rows[rows["region_code"].notna()]
    return sorted(rows["period"].dropna().unique())


def sectors(observations: pd.DataFrame, indicator_id: str) -> list[str]:
    rows = observations[observations["indicator_id"] == indicator_id]
    return sorted(rows["sector"].dropna().unique())


def in_sector(rows: pd.DataFrame, sector: str | None, keys: list[str]) -> pd.DataFrame:
    """The rows of one sector; for all sectors (None), the all-sector rows, and where a
    file gives only sectors (for some keys or all), their sum — for an additive unit
    only: sector percentages or scores do not add up to a total."""
    if sector is not None:
        return rows[rows["sector"] == sector]
    whole = rows[rows["sector"].isna()]
    by_sector = rows[rows["sector"].notna()]
    if by_sector.empty or not is_additive(str(rows["unit"].iloc[0])):
        return whole
    summed = by_sector.groupby(keys, as_index=False, dropna=False).agg(
        value=("value", "sum"),
        illustrative=("illustrative", "max"),
        source_url=("source_url", "first"),
        **({"generated_by": ("generated_by", "first")} if "generated_by" in by_sector else {}),
        **({"source": ("source", "first")} if "source" in by_sector else {}),
    )
    covered = whole[keys].apply(tuple, axis=1) if len(whole) else pd.Series(dtype=object)
    missing = summed[~summed[keys].apply(tuple, axis=1).isin(set(covered))]
    added = missing.assign(
        indicator_id=rows["indicator_id"].iloc[0],
        sector=None,
        unit=rows["unit"].iloc[0],
        theme=rows["theme"].iloc[0],
        derived_from=SECTOR_SUM,
    )
    added["mark"] = [mark_of(bool(flag), SECTOR_SUM) for flag in added["illustrative"]]
    for key in ("region_code", "period"):
        if key not in added.columns:
            added[key] = whole[key].iloc[0] if len(whole) else rows[key].iloc[0]
    return pd.concat([whole, added.reindex(columns=whole.columns)], ignore_index=True)


# What a row says of its source's words (the contract's evidence columns), kept with it.
EVIDENCE_COLUMNS = (
    "evidence_publisher",
    "evidence_published_on",
    "evidence_quote",
    "evidence_language",
    "evidence_note",
)
# How a total we add up ourselves is described wherever it is shown.
SECTOR_SUM = "Computed by Jazari Atlas: the sum of the sectors' published values"
INSTITUTE_COUNT = (
    "Computed by Jazari Atlas: the published announcements of regional institutes, "
    "counted per region"
)


def regional_values(
    observations: pd.DataFrame, indicator_id: str, period, sector: str | None = None
) -> pd.DataFrame:
    """One value per region for a period and sector (None: all sectors, see in_sector).

    Returns region_code, value, illustrative, mark, source, source_url, generated_by,
    qualifier and derived_from (how we computed a value that is not published as such).
    """
    rows = observations[
        (observations["indicator_id"] == indicator_id)
        & observations["region_code"].notna()
        & (observations["period"] == period)
    ]
    picked = in_sector(rows, sector, ["region_code"]) if len(rows) else rows
    columns = [
        "region_code",
        "value",
        "illustrative",
        "mark",
        "source",
        "source_url",
        "generated_by",
        "qualifier",
        "derived_from",
        *EVIDENCE_COLUMNS,
    ]
    return picked.reindex(columns=columns).reset_index(drop=True)


def national_series(
    observations: pd.DataFrame, indicator_id: str, sector: str | None = None
) -> pd.DataFrame:
    """The national figures (region_code empty) of an indicator, by period."""
    rows = observations[
        (observations["indicator_id"] == indicator_id) & observations["region_code"].isna()
    ]
    rows = in_sector(rows, sector, ["period"]) if len(rows) else rows
    return rows.sort_values("period").reset_index(drop=True)


def population_by_region(observations: pd.DataFrame) -> pd.Series:
    """The latest population of each region (the per-capita denominator)."""
    rows = observations[
        (observations["indicator_id"] == POPULATION_ID) & observations["region_code"].notna()
    ].sort_values("period")
    return rows.groupby("region_code")["value"].last()


def per_capita(values: pd.Series, population: pd.Series) -> pd.Series:
    """Values per 100,000 inhabitants, aligned on region codes (NaN where unknown)."""
    denominator = population.reindex(values.index)
    return values / denominator.where(denominator > 0) * PER_CAPITA_BASE


def rank(values: pd.Series, higher_is_better: bool) -> pd.Series:
    """1 = best. Ties share the best rank; missing values get no rank."""
    ranks = values.rank(ascending=not higher_is_better, method="min")
    return ranks.astype("Int64")


def institute_status(institutes: pd.DataFrame, on: date | pd.Timestamp) -> pd.Series:
    """Each entity's status on a date: the latest stage reached by then (the data contract
    guarantees stages are in order). A row with no stage date at all is "planned" (a plan,
    known with no date); a row whose first stage is still to come is not known yet on that
    date: its status is missing, and no map, count or legend of that date shows it."""
    when = pd.Timestamp(on)
    stage_dates = institutes[list(STAGE_COLUMNS.values())]
    status = pd.Series(None, index=institutes.index, dtype=object)
    status = status.mask(stage_dates.isna().all(axis=1), "planned")
    for stage, column in STAGE_COLUMNS.items():  # in order: later stages overwrite
        reached = institutes[column].notna() & (institutes[column] <= when)
        status = status.mask(reached, stage)
    return status.astype(object).where(status.notna(), None)


def announced_by(institutes: pd.DataFrame, on) -> pd.Series:
    """True for the regional institutes announced (or further) by a date: what every
    count of "institutes" counts."""
    status = institute_status(institutes, on)
    return status.notna() & (status != "planned") & is_regional_institute(institutes)


def institutes_on(institutes: pd.DataFrame, on) -> pd.DataFrame:
    """The entities known on a date, each with its status on that date."""
    status = institute_status(institutes, on)
    return institutes.assign(status=status)[status.notna()]


def date_precisions(frame: pd.DataFrame, column: str) -> pd.Series:
    """How precise each date of a column is as published (`<column>_precision`: day,
    month or year); days when the file does not say."""
    name = f"{column}_precision"
    if name not in frame.columns:
        return pd.Series("day", index=frame.index, dtype=object)
    return frame[name].fillna("day")


def entity_kinds(institutes: pd.DataFrame) -> pd.Series:
    """What each Jazari entity is (contract: a file without `kind` lists regional
    institutes only)."""
    if "kind" not in institutes.columns:
        return pd.Series(REGIONAL_INSTITUTE, index=institutes.index, dtype=object)
    return institutes["kind"].fillna(REGIONAL_INSTITUTE)


def is_regional_institute(institutes: pd.DataFrame) -> pd.Series:
    return entity_kinds(institutes) == REGIONAL_INSTITUTE


def institute_counts_by_region(
    institutes: pd.DataFrame, on, at_least: str = "announced"
) -> pd.Series:
    """Regional institutes per region at or beyond a stage on a date, 0 for regions
    without any: the hub, labs and sector centres are not regional institutes."""
    order = institute_status(institutes, on).map(
        {stage: index for index, stage in enumerate(STATUSES)}
    )
    reached = (order >= STATUSES.index(at_least)) & is_regional_institute(institutes)
    counts = institutes.loc[reached, "region_code"].value_counts()
    return counts.reindex(list(REGION_CODES), fill_value=0).astype(int)


def status_counts(institutes: pd.DataFrame, on) -> pd.Series:
    """How many regional institutes are at each status on a date (the hub, labs and
    sector centres are not institutes; an institute not yet known is not counted)."""
    regional = institutes[is_regional_institute(institutes)]
    return (
        institute_status(regional, on).dropna().value_counts().reindex(list(STATUSES), fill_value=0)
    )


def first_announcement(institutes: pd.DataFrame) -> pd.Timestamp | None:
    dates = institutes[list(STAGE_COLUMNS.values())].stack()
    return dates.min() if not dates.empty else None


def target_progress(
    latest_value: float, target_value: float, baseline: float | None, higher_is_better: bool
) -> float | None:
    """Share of the way from the baseline (or 0) to the target, clipped to [0, 1].

    For a lower-is-better indicator (a rank), progress is measured downwards from the
    baseline; without a baseline, its progress is not defined.
    """
    if target_value is None or latest_value is None or np.isnan(target_value):
        return None
    if higher_is_better:
        start = baseline if baseline is not None else 0.0
    elif baseline is None:
        return None
    else:
        start = baseline
    span = target_value - start
    if span == 0:
        return 1.0
    return float(np.clip((latest_value - start) / span, 0.0, 1.0))


def gap_to_target(latest_value: float, target_value: float, higher_is_better: bool) -> float:
    """How much is still missing (0 when the target is met)."""
    gap = target_value - latest_value if higher_is_better else latest_value - target_value
    return max(float(gap), 0.0)


def signed_agreements(cooperation: pd.DataFrame) -> pd.Series:
    """Signed (or adopted) texts that are signed, active or completed: not talks,
    announcements, attendance, programmes or pledges."""
    return cooperation["instrument"].isin(SIGNED_INSTRUMENTS) & cooperation["status"].isin(
        SIGNED_STATUSES
    )


# --- Series, changes, groups --------------------------------------------------------
def regional_series(
    observations: pd.DataFrame, indicator_id: str, sector: str | None = None
) -> pd.DataFrame:
    """region_code, period, value for every region and period (all sectors if None)."""
    rows = observations[
        (observations["indicator_id"] == indicator_id) & observations["region_code"].notna()
    ]
    rows = in_sector(rows, sector, ["region_code", "period"]) if len(rows) else rows
    columns = [
        "region_code",
        "period",
        "value",
        "illustrative",
        "mark",
        "source",
        "derived_from",
        "source_url",
        "generated_by",
        *EVIDENCE_COLUMNS,
    ]
    return rows.reindex(columns=columns).sort_values(["region_code", "period"])


def scaled(frame: pd.DataFrame, population: pd.Series, per_capita_view: bool) -> pd.DataFrame:
    """Values per 100,000 inhabitants when asked (frame has region_code and value)."""
    if not per_capita_view:
        return frame
    denominator = pd.to_numeric(frame["region_code"].map(population), errors="coerce")
    return frame.assign(value=frame["value"] / denominator.where(denominator > 0) * PER_CAPITA_BASE)


def national_per_capita(national: pd.DataFrame, population: pd.Series) -> pd.DataFrame:
    """National values per 100,000 inhabitants, using the sum of regional populations."""
    total = float(population.sum())
    return national.assign(value=national["value"] / total * PER_CAPITA_BASE)


def sector_matrix(observations: pd.DataFrame, indicator_id: str, period) -> pd.DataFrame:
    """Region × sector values of one period (rows: region codes, columns: sectors)."""
    rows = observations[
        (observations["indicator_id"] == indicator_id)
        & observations["region_code"].notna()
        & observations["sector"].notna()
        & (observations["period"] == period)
    ]
    return rows.pivot_table(
        index="region_code", columns="sector", values="value", aggfunc="sum"
    ).sort_index()


def change_between(series: pd.DataFrame, start, end) -> pd.DataFrame:
    """Per region: value at start, at end, and the change (region_code index)."""
    first = series[series["period"] == start].set_index("region_code")["value"]
    last = series[series["period"] == end].set_index("region_code")["value"]
    table = pd.DataFrame({"start": first, "end": last})
    table["change"] = table["end"] - table["start"]
    return table


def quartile_groups(values: pd.Series, higher_is_better: bool) -> pd.Series:
    """A (best quarter) to D (last quarter) by rank; missing values get no group."""
    ranks = rank(values, higher_is_better).astype(float)
    count = ranks.notna().sum()
    groups = pd.Series(pd.NA, index=values.index, dtype=object)
    if count == 0:
        return groups
    quarter = np.ceil(ranks / count * 4).clip(1, 4)
    return groups.mask(ranks.notna(), quarter.map({1: "A", 2: "B", 3: "C", 4: "D"}))


def progress_towards_target(national: pd.DataFrame, meta: pd.Series) -> dict | None:
    """How far an indicator's national figures have come towards its target, from
    published figures only.

    The start is the first published national figure in or after the catalogue's
    `baseline_year` (default STRATEGY_BASELINE_YEAR); the latest is the latest published
    figure after it. Without both, `progress` is None ("no published figure yet"): an
    illustrative value never makes a bar. None without a target or any figure."""
    if national.empty or pd.isna(meta["target_value"]):
        return None
    start_year = meta.get("baseline_year")
    start_year = int(start_year) if pd.notna(start_year) else STRATEGY_BASELINE_YEAR
    ordered = national.sort_values("period")
    published = ordered[~ordered["illustrative"].astype(bool)]
    window = published[published["period"].dt.year >= start_year]
    higher = bool(meta["higher_is_better"])
    target = float(meta["target_value"])
    target_year = int(meta["target_year"]) if pd.notna(meta["target_year"]) else None
    common = {
        "indicator_id": meta["indicator_id"],
        "unit": meta["unit"],
        "target": target,
        "target_year": target_year,
        "baseline_illustrative": False,
        "latest_illustrative": False,
    }
    if len(window) < 2:
        # What there is to say: the one published figure, if any.
        known = window.iloc[-1] if len(window) else None
        return {
            **common,
            "baseline": None,
            "baseline_period": None,
            "latest": None if known is None else float(known["value"]),
            "latest_period": None if known is None else known["period"],
            "progress": None,
            "gap": None,
            "rows": window.iloc[-1:] if len(window) else ordered.iloc[0:0],
        }
    baseline, latest = window.iloc[0], window.iloc[-1]
    return {
        **common,
        "baseline": float(baseline["value"]),
        "baseline_period": baseline["period"],
        "latest": float(latest["value"]),
        "latest_period": latest["period"],
        "progress": target_progress(
            float(latest["value"]), target, float(baseline["value"]), higher
        ),
        "gap": gap_to_target(float(latest["value"]), target, higher),
        "rows": ordered.loc[[baseline.name, latest.name]],
    }


def targets_table(observations: pd.DataFrame, catalogue: pd.DataFrame, theme: str) -> pd.DataFrame:
    """Every indicator of a theme with a national target and national figures: its
    baseline, latest figure, target, progress (0..1) and gap (progress_towards_target);
    `rows` holds the two observations it rests on."""
    rows = []
    with_target = catalogue[(catalogue["theme"] == theme) & catalogue["target_value"].notna()]
    for _, meta in with_target.iterrows():
        progress = progress_towards_target(
            national_series(observations, meta["indicator_id"]), meta
        )
        if progress is not None:
            rows.append({**progress, "source": meta["source"]})
    return pd.DataFrame(rows)
