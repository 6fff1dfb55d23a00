"""Contract-valid data folders in the shapes publishers send, generated with Hypothesis.

Each folder is drawn from a few choices per file — which indicators exist, what shape
their figures take (regional, national, by sector only, none at all), on which calendar,
for which regions, published or illustrative row by row; institutes with any subset of
stages or only a planned date; agreements or none — and written with the shipped region
geometry. Every folder drawn must pass the validator (the generator checks it): a page
that fails on one is the dashboard's fault, not the data's.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from html_drawer import projection
from loaders import validate_folder
from loaders.contract import (
    AGREEMENT_STATUSES,
    DATE_PRECISIONS,
    ENTITY_KINDS,
    INSTRUMENTS,
    PARTNER_KINDS,
    QUALIFIERS,
    REGION_CODES,
    STAGE_COLUMNS,
    STRATEGY_KINDS,
)
from tests.support import factory
from ui.data import STATIC_WORLD

# A point inside each region (shapely's representative point of the shipped geometry).
INSIDE = {
    "MA-01": (35.3979, -5.4317),
    "MA-02": (33.7340, -2.4425),
    "MA-03": (33.9168, -4.8430),
    "MA-04": (34.2677, -6.3127),
    "MA-05": (32.5695, -6.3060),
    "MA-06": (33.2425, -7.7787),
    "MA-07": (31.9651, -8.3107),
    "MA-08": (31.4306, -5.6298),
    "MA-09": (30.0312, -8.0461),
    "MA-10": (28.4516, -10.0995),
    "MA-11": (26.4961, -11.4473),
    "MA-12": (22.8762, -14.7254),
}
UNITS = ("%", "count", "persons", "score", "rank", "MW", "MAD", "index points")
SHAPES = ("regional", "regional+national", "national", "sectors only", "sectors+all", "none")
CALENDARS = {"year": "YS", "quarter": "QS", "month": "MS"}
SECTORS = ("Santé", "Justice", "Éducation")
# a provider may name its sectors in Arabic (sector_ar), on some rows or none
SECTORS_AR = {"Santé": "الصحة", "Justice": "العدل", "Éducation": "التعليم"}
COUNTRIES = ("SEN", "FRA", "USA", "EGY", "CHN", "BRA")


@dataclass(frozen=True)
class Folder:
    """What was drawn, to write and to describe a failing example."""

    tables: dict[str, pd.DataFrame]
    shapes: dict[str, str]

    def write(self, folder: Path) -> Path:
        return factory.write_folder(folder, self.tables)


def _values(draw, unit: str, count: int) -> list[float]:
    if unit == "%":
        return draw(st.lists(st.floats(0, 100, allow_nan=False), min_size=count, max_size=count))
    if unit in ("count", "persons"):
        return [
            float(v) for v in draw(st.lists(st.integers(0, 5000), min_size=count, max_size=count))
        ]
    if unit == "MAD":
        return draw(st.lists(st.floats(0, 1e10, allow_nan=False), min_size=count, max_size=count))
    if unit == "rank":
        return [
            float(v) for v in draw(st.lists(st.integers(1, 193), min_size=count, max_size=count))
        ]
    return draw(
        st.lists(
            st.floats(-1e4, 1e6, allow_nan=False, allow_infinity=False),
            min_size=count,
            max_size=count,
        )
    )


@st.composite
def indicator(draw, indicator_id: str, theme: str):
    unit = draw(st.sampled_from(UNITS))
    target = draw(st.none() | st.tuples(_values_strategy(unit), st.integers(2025, 2035)))
    return {
        "indicator_id": indicator_id,
        "theme": theme,
        "label_fr": f"{indicator_id} (fr)",
        "label_ar": f"{indicator_id} (ar)",
        "label_en": f"{indicator_id} (en)",
        "unit": unit,
        "higher_is_better": draw(st.booleans()),
        "description_fr": None,
        "description_ar": None,
        "description_en": draw(st.none() | st.just(f"About {indicator_id}")),
        "source": draw(st.sampled_from(["Bureau A", "Office B", "مكتب ج"])),
        "source_url": draw(st.none() | st.just("https://example.org/source")),
        "illustrative": draw(st.booleans()),
        "target_value": np.nan if target is None else float(target[0]),
        "target_year": None if target is None else target[1],
    }


def _values_strategy(unit: str):
    if unit == "%":
        return st.floats(0, 100, allow_nan=False)
    if unit in ("count", "persons", "MAD", "rank"):
        return st.integers(1, 5000).map(float)
    return st.floats(-1e4, 1e6, allow_nan=False, allow_infinity=False)


@st.composite
def observations(draw, meta: dict, shape: str):
    """The rows of one indicator in one of the publishers' shapes."""
    if shape == "none":
        return []
    calendar = draw(st.sampled_from(list(CALENDARS)))
    count = draw(st.integers(1, 4))
    start = pd.Timestamp(f"{draw(st.integers(2019, 2026))}-01-01")
    periods = list(pd.date_range(start, periods=count, freq=CALENDARS[calendar]))
    regions = draw(st.lists(st.sampled_from(REGION_CODES), min_size=0, max_size=12, unique=True))
    rows = []
    for period in periods:
        # regions may be missing from some periods, or from all
        present = [r for r in regions if draw(st.booleans()) or len(periods) == 1]
        places: list[str | None] = []
        if shape in ("regional", "regional+national", "sectors only", "sectors+all"):
            places += present
        if shape in ("regional+national", "national", "sectors+all"):
            places.append(None)
        for place in places:
            if shape.startswith("sectors") and place is not None:
                sectors = draw(
                    st.lists(st.sampled_from(SECTORS), min_size=1, max_size=3, unique=True)
                )
                if shape == "sectors+all":
                    sectors = [None, *sectors]
            else:
                sectors = [None]
            for sector in sectors:
                rows.append((meta["indicator_id"], place, period, sector))
    values = _values(draw, meta["unit"], len(rows))
    flags = draw(
        st.lists(st.sampled_from([True, False, None]), min_size=len(rows), max_size=len(rows))
    )
    marks = draw(
        st.lists(
            st.sampled_from([None, "qualified", "derived"]), min_size=len(rows), max_size=len(rows)
        )
    )
    named = draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    return [
        {
            "indicator_id": i,
            "region_code": r,
            "period": p,
            "sector": s,
            "value": v,
            "illustrative": f,
            "source_url": None if f else "https://example.org/row",
            "qualifier": draw(st.sampled_from(list(QUALIFIERS))) if m == "qualified" else None,
            "derived_from": "Computed from two published figures" if m == "derived" else None,
            "sector_ar": SECTORS_AR[s] if s and n else None,
        }
        for (i, r, p, s), v, f, m, n in zip(rows, values, flags, marks, named)
    ]


@st.composite
def institutes(draw):
    count = draw(st.integers(0, 6))
    rows = []
    for number in range(count):
        code = draw(st.sampled_from(REGION_CODES))
        lat, lon = INSIDE[code]
        reached = draw(st.integers(0, len(STAGE_COLUMNS)))
        day = pd.Timestamp("2024-01-01") + pd.Timedelta(days=draw(st.integers(0, 1000)))
        row = {
            "institute_id": f"G-{number}",
            "name": f"Generated institute {number}",
            "region_code": code,
            "city": f"City {number}",
            "latitude": lat,
            "longitude": lon,
            "theme": "Generated",
            **{column: pd.NaT for column in STAGE_COLUMNS.values()},
            "planned_opening_on": pd.NaT,
            "partners": None,
            "source_url": draw(st.none() | st.just("https://example.org/i")),
            "illustrative": draw(st.booleans()),
        }
        for column in list(STAGE_COLUMNS.values())[:reached]:
            row[column] = day
            day += pd.Timedelta(days=draw(st.integers(0, 400)))
        if reached == 0 or draw(st.booleans()):
            row["planned_opening_on"] = day + pd.Timedelta(days=draw(st.integers(0, 900)))
        rows.append(row)
    columns = list(factory.institutes().columns)
    with_kinds = draw(st.booleans())  # the optional `kind` column, or none at all
    if with_kinds:
        for row in rows:
            row["kind"] = draw(st.none() | st.sampled_from(list(ENTITY_KINDS)))
        columns.append("kind")
    frame = pd.DataFrame(rows, columns=columns)
    for column in (*STAGE_COLUMNS.values(), "planned_opening_on"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.astype({"latitude": float, "longitude": float, "illustrative": bool})


@st.composite
def agreements(draw):
    count = draw(st.integers(0, 6))
    rows = []
    for number in range(count):
        kind = draw(st.sampled_from(list(PARTNER_KINDS)))
        rows.append(
            {
                "agreement_id": f"GA-{number}",
                "title": f"Generated agreement {number}",
                "partner_name": f"Partner {number}",
                "partner_iso3": draw(st.sampled_from(COUNTRIES)) if kind == "country" else None,
                "partner_kind": kind,
                "south_south": draw(st.booleans()),
                "instrument": draw(st.sampled_from(list(INSTRUMENTS))),
                "domains": draw(st.sampled_from(["AI", "AI;skills", "cloud"])),
                "signed_on": pd.Timestamp("2021-01-01")
                + pd.Timedelta(days=draw(st.integers(0, 2000))),
                "status": draw(st.sampled_from(list(AGREEMENT_STATUSES))),
                "region_code": draw(st.none() | st.sampled_from(REGION_CODES)),
                "value_mad": draw(st.none() | st.floats(0, 1e9)),
                "source_url": draw(st.none() | st.just("https://example.org/a")),
                "illustrative": draw(st.booleans()),
                "signed_on_precision": draw(st.none() | st.sampled_from(list(DATE_PRECISIONS))),
                "signed_in": draw(st.none() | st.just("Rabat")),
                "translated": draw(st.none() | st.just("title_ar;title_en")),
            }
        )
    optional = ["signed_on_precision", "signed_in", "translated"] if draw(st.booleans()) else []
    frame = pd.DataFrame(rows, columns=list(factory.cooperation().columns) + optional)
    frame["signed_on"] = pd.to_datetime(frame["signed_on"])
    return frame.astype({"south_south": bool, "illustrative": bool, "value_mad": float})


@st.composite
def strategy_items(draw):
    """The optional strategy file: any mix of targets (measurable or not), milestones,
    governance, quotes and facts, with or without dates, values and translations."""
    rows = []
    for number in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(list(STRATEGY_KINDS)))
        rows.append(
            {
                "item_id": f"S-{number}",
                "kind": kind,
                "scope": draw(st.none() | st.sampled_from(["Maroc IA 2030", "Maroc Digital 2030"])),
                "text": f"Generated {kind} {number}",
                "text_ar": draw(st.none() | st.just(f"عنصر {number}")),
                "value": draw(st.none() | st.floats(0, 1e6)),
                "unit": draw(st.none() | st.just("jobs")),
                "year": draw(st.none() | st.integers(2026, 2035)),
                "date": draw(st.none() | st.just(pd.Timestamp("2025-07-01"))),
                "date_precision": draw(st.none() | st.sampled_from(list(DATE_PRECISIONS))),
                "speaker": "A speaker" if kind == "quote" else None,
                "role": draw(st.none() | st.just("minister")),
                "outlet": draw(st.none() | st.just("An outlet")),
                "indicator_id": draw(st.none() | st.sampled_from(["sv_0", "ad_0", "unknown"])),
                "source": "A publisher",
                "source_url": draw(st.none() | st.just("https://example.org/s")),
                "illustrative": draw(st.booleans()),
            }
        )
    frame = pd.DataFrame(rows, columns=STRATEGY_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame.astype({"value": float, "year": "Int64", "illustrative": bool})


STRATEGY_COLUMNS = [
    "item_id",
    "kind",
    "scope",
    "text",
    "text_ar",
    "value",
    "unit",
    "year",
    "date",
    "date_precision",
    "speaker",
    "role",
    "outlet",
    "indicator_id",
    "source",
    "source_url",
    "illustrative",
]


@st.composite
def folders(draw) -> Folder:
    catalogue = [{**factory.catalogue().iloc[0].to_dict(), "target_year": None}]  # population
    shapes = {}
    tables = {"adoption": [], "sovereignty": [], "context": []}
    for theme, prefix in (("adoption", "ad"), ("sovereignty", "sv"), ("context", "cx")):
        for number in range(draw(st.integers(0 if theme != "adoption" else 0, 3))):
            meta = draw(indicator(f"{prefix}_{number}", theme))
            shape = draw(st.sampled_from(SHAPES))
            shapes[meta["indicator_id"]] = shape
            catalogue.append(meta)
            tables[theme] += draw(observations(meta, shape))
    population = factory.context()
    population["period"] = pd.Timestamp(f"{draw(st.integers(2014, 2025))}-01-01")
    frames = {
        "indicators": pd.DataFrame(catalogue).astype(
            {"target_year": "Int64", "target_value": "float64"}
        ),
        "context": pd.concat(
            [population.assign(illustrative=None, source_url=None), _frame(tables["context"])],
            ignore_index=True,
        ),
        "adoption": _frame(tables["adoption"]),
        "sovereignty": _frame(tables["sovereignty"]),
        "institutes": draw(institutes()),
        "cooperation": draw(agreements()),
    }
    if draw(st.booleans()):  # the optional file, or none
        frames["strategy"] = draw(strategy_items())
    return Folder(frames, shapes)


OBSERVATION_COLUMNS = [
    "indicator_id",
    "region_code",
    "period",
    "sector",
    "value",
    "illustrative",
    "source_url",
    "qualifier",
    "derived_from",
]


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=OBSERVATION_COLUMNS)
    frame["period"] = pd.to_datetime(frame["period"])
    frame["value"] = frame["value"].astype(float)
    frame["illustrative"] = frame["illustrative"].astype("boolean")
    for column in (
        "indicator_id",
        "region_code",
        "sector",
        "source_url",
        "qualifier",
        "derived_from",
    ):
        frame[column] = frame[column].astype(object)
    return frame


# --- Running properties on generated folders ---------------------------------------------------
FUZZ = int(os.environ.get("ATLAS_FUZZ", "0"))
QUICK = os.environ.get("ATLAS_QUICK") == "1"
# The world's countries as the pictures draw them (the dashboard's own file).
WORLD = projection.project_world(json.loads(STATIC_WORLD.read_text("utf-8")))


def bounded(examples: int, fuzz_share: float = 1.0):
    """A reproducible sample in `make test`; many random folders in `make fuzz`."""
    # No shrinking: each example renders pages, so shrinking takes minutes; the failing
    # folder's shapes are printed in full instead.
    if QUICK:  # `make check`: one folder each, to keep the fast check fast
        examples = 1
    return settings(
        max_examples=int(FUZZ * fuzz_share) if FUZZ else examples,
        derandomize=not FUZZ,
        deadline=None,
        print_blob=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


def written(folder: Folder) -> Path:
    """The folder on disk, checked to be valid (a generator bug otherwise)."""
    path = Path(tempfile.mkdtemp(prefix="atlas-generated-")) / "data"
    folder.write(path)
    errors = [p for s in validate_folder(path).values() for p in s.problems if p.is_error]
    assert not errors, f"the generator wrote an invalid folder: {errors[:3]}"
    return path
