"""Data folders built in code for the tests: a small valid folder, then named breakages.

Nothing here is a hand-edited fixture: every test writes the files it reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from loaders.contract import REGION_CODES
from tests.support import REPO

SHIPPED_REGIONS = REPO / "data" / "regions.geojson"
QUARTERS = pd.date_range("2025-01-01", periods=4, freq="QS")


def catalogue() -> pd.DataFrame:
    rows = [
        ("population", "context", "persons", True, None, None, False),
        ("pilot_projects", "adoption", "count", True, None, None, True),
        ("e_services_share", "adoption", "%", True, 80.0, 2030, True),
        ("sovereign_cloud_share", "sovereignty", "%", True, 60.0, 2030, True),
    ]
    return pd.DataFrame(
        [
            {
                "indicator_id": i,
                "theme": theme,
                "label_fr": f"{i} (fr)",
                "label_ar": f"{i} (ar)",
                "label_en": f"{i} (en)",
                "unit": unit,
                "higher_is_better": hib,
                "description_fr": None,
                "description_ar": None,
                "description_en": f"About {i}",
                "source": "Test office",
                "source_url": "https://example.org/source",
                "illustrative": illustrative,
                "target_value": target,
                "target_year": year,
            }
            for i, theme, unit, hib, target, year, illustrative in rows
        ]
    ).astype({"target_year": "Int64", "target_value": "float64"})


def observations(
    indicator_id: str, base: float, national: bool = True, sectors: tuple[str | None, ...] = (None,)
) -> pd.DataFrame:
    rows = []
    for number, code in enumerate(REGION_CODES, start=1):
        for step, period in enumerate(QUARTERS):
            for sector in sectors:
                rows.append((indicator_id, code, period, sector, base + number + step))
    if national:  # the mean of the regions: valid for percentages and counts alike
        rows += [
            (indicator_id, None, period, None, base + 6.5 + step)
            for step, period in enumerate(QUARTERS)
        ]
    return pd.DataFrame(rows, columns=["indicator_id", "region_code", "period", "sector", "value"])


def context() -> pd.DataFrame:
    population = pd.DataFrame(
        {
            "indicator_id": "population",
            "region_code": list(REGION_CODES),
            "period": pd.Timestamp("2024-01-01"),
            "sector": None,
            "value": [1_000_000.0 * (i + 1) for i in range(12)],
        }
    )
    return population


def institutes() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "institute_id": ["T-1", "T-2"],
            "name": ["Test institute one", "Test institute two"],
            "region_code": ["MA-06", "MA-09"],
            "city": ["Casablanca", "Agadir"],
            "latitude": [33.57, 30.43],
            "longitude": [-7.59, -9.60],
            "theme": ["Test theme", "Test theme"],
            "announced_on": pd.to_datetime(["2025-02-01", "2025-06-01"]),
            "agreement_on": pd.to_datetime(["2025-03-01", None]),
            "works_started_on": pd.to_datetime(["2025-05-01", None]),
            "opened_on": pd.to_datetime(["2025-09-01", None]),
            "planned_opening_on": pd.to_datetime([None, "2027-01-01"]),
            "partners": ["Partner A; Partner B", None],
            "source_url": ["https://example.org/t1", None],
            "illustrative": [False, True],
        }
    )


def cooperation() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "agreement_id": ["A-1", "A-2", "A-3"],
            "title": ["Skills MoU", "Cloud programme", "Research lab"],
            "partner_name": ["Senegal", "Test Cloud Co", "UNESCO"],
            "partner_iso3": ["SEN", "FRA", None],
            "partner_kind": ["country", "company", "multilateral"],
            "south_south": [True, False, False],
            "instrument": ["mou", "programme", "lab"],
            "domains": ["skills", "data centres;cloud", "research"],
            "signed_on": pd.to_datetime(["2024-05-01", "2025-01-15", "2025-11-20"]),
            "status": ["signed", "active", "planned"],
            "region_code": ["MA-12", None, "MA-04"],
            "value_mad": [np.nan, 1.5e9, np.nan],
            "source_url": ["https://example.org/a1", None, "https://example.org/a3"],
            "illustrative": [False, True, False],
        }
    )


def tables() -> dict[str, pd.DataFrame]:
    """A small folder that follows the contract, with its own ids and labels."""
    return {
        "indicators": catalogue(),
        "adoption": pd.concat(
            [
                observations("pilot_projects", 10, sectors=(None, "Santé", "Justice")),
                observations("e_services_share", 40),
            ],
            ignore_index=True,
        ),
        "sovereignty": observations("sovereign_cloud_share", 20, national=True),
        "context": context(),
        "institutes": institutes(),
        "cooperation": cooperation(),
    }


def write_table(folder: Path, name: str, frame: pd.DataFrame, schema: pa.Schema | None = None):
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_table(table, folder / f"{name}.parquet")


def write_folder(folder: Path, overrides: dict[str, pd.DataFrame] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIPPED_REGIONS, folder / "regions.geojson")
    for name, frame in {**tables(), **(overrides or {})}.items():
        write_table(folder, name, frame)
    return folder
