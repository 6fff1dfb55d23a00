"""A data folder whose every free-text cell is hostile markup, built in code."""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

import pandas as pd

from tests.support import factory

HOSTILE = (
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "[click me](javascript:alert(3))",
    "![pixel](http://evil.example/pixel.png)",
)
# Columns where the contract allows any text (constrained columns would fail validation;
# test_hostile_values_in_constrained_columns covers those).
FREE_TEXT = {
    "institutes": ("name", "city", "theme", "partners", "notes"),
    "indicators": (
        "label_fr",
        "label_ar",
        "label_en",
        "description_fr",
        "description_ar",
        "description_en",
        "source",
        "unit",
    ),
    "adoption": ("sector",),
    "cooperation": ("title", "partner_name", "domains", "notes"),
}


def hostile_tables() -> dict[str, pd.DataFrame]:
    tables = factory.tables()
    tables["institutes"] = tables["institutes"].assign(notes="")
    tables["cooperation"] = tables["cooperation"].assign(notes="")
    for name, columns in FREE_TEXT.items():
        frame = tables[name]
        for column in columns:
            values = cycle(HOSTILE)
            mask = frame[column].notna() if column != "sector" else frame[column].notna()
            frame.loc[mask, column] = [f"{next(values)} {i}" for i in range(int(mask.sum()))]
        tables[name] = frame
    # Keep the catalogue's units usable (a unit is free text; "%" keeps its range rule).
    return tables


def write_hostile_folder(folder: Path) -> Path:
    factory.write_folder(folder, hostile_tables())
    geometry = json.loads((folder / "regions.geojson").read_text("utf-8"))
    strings = cycle(HOSTILE)
    for feature in geometry["features"]:
        for key in ("name_fr", "name_ar", "name_en"):
            feature["properties"][key] = f"{next(strings)} {feature['properties']['region_code']}"
    (folder / "regions.geojson").write_text(json.dumps(geometry), "utf-8")
    return folder
