"""The data at stable addresses (issue 19): every dataset of the contract and every map's
rows, as CSV (and Parquet, JSON), described by one Frictionless Data Package, read back
by pandas as the rows the dashboard shows."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from atlas.snapshot import Snapshot, published_only
from atlas.views import data as data_view
from atlas.views import overview
from edition.__main__ import build_once
from loaders import validate_folder
from loaders.contract import TABLES
from tests.support import REPO, TODAY, edition_options, factory

OPTIONS = edition_options()


def build(folder: Path, out: Path) -> Path:
    assert build_once(folder, out, OPTIONS) == 0
    return out / "data"


@pytest.fixture(scope="module")
def shipped_data(shipped_edition) -> Path:
    return shipped_edition / "data"


def test_the_package_is_valid_frictionless(shipped_data):
    from frictionless import validate

    report = validate(str(shipped_data / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "type", "note"])
    package = json.loads((shipped_data / "datapackage.json").read_text("utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {d.name for d in TABLES} <= names  # every dataset of the contract
    assert {f"views-overview-map-{lang}" for lang in ("fr", "ar", "en")} <= names


def test_every_address_reads_back_as_the_rows_shown(shipped_data):
    snapshot = published_only(Snapshot(validate_folder(REPO / "data"), REPO / "data"))
    package = json.loads((shipped_data / "datapackage.json").read_text("utf-8"))
    for resource in package["resources"]:
        read = pd.read_csv(shipped_data / resource["path"])
        assert list(read.columns) == [f["name"] for f in resource["schema"]["fields"]]
        parquet = pd.read_parquet(shipped_data / resource["jazari:parquet"])
        assert len(parquet) == len(read), resource["name"]
        if resource["name"] == "indicators":
            continue  # its own test, below
        if resource["name"] in {d.name for d in TABLES}:
            shown = snapshot.frame(resource["name"])
            shown = shown[shown["mark"] != "illustrative"]
            assert len(read) == len(shown), resource["name"]
            assert "illustrative" not in set(read["mark"])  # a public surface
    for lang in ("fr", "ar", "en"):
        view = overview.build(snapshot, overview.Controls(lang, TODAY))
        read = pd.read_csv(shipped_data / "views" / f"overview-map-{lang}.csv")
        assert list(read["region"]) == list(view.rows["region"])
        assert read["value"].tolist() == pytest.approx(view.rows["value"].tolist())
        as_json = pd.read_json(shipped_data / "views" / f"overview-map-{lang}.json")
        assert list(as_json["region"]) == list(view.rows["region"])


def test_every_published_value_keeps_its_indicator_definition(shipped_data):
    """An indicator with one published value (digital exports: 17.9 billion MAD in 2023)
    keeps its label, unit and target in indicators.csv, said published there; one without
    any published value is left out, as every invented row is."""
    catalogue = pd.read_csv(shipped_data / "indicators.csv")
    observed = pd.concat(
        pd.read_csv(shipped_data / f"{name}.csv") for name in ("adoption", "sovereignty", "context")
    )
    assert set(observed["indicator_id"]) <= set(catalogue["indicator_id"])
    assert {"digital_exports", "youth_trained_digital"} <= set(catalogue["indicator_id"])
    assert set(catalogue["indicator_id"]) <= set(observed["indicator_id"])
    assert "illustrative" not in set(catalogue["mark"])
    assert not catalogue["illustrative"].any()


def test_the_addresses_stay_the_same_from_one_build_to_the_next(tmp_path):
    folder = factory.write_folder(tmp_path / "data")
    first = build(folder, tmp_path / "out")
    before = sorted(str(p.relative_to(first)) for p in first.rglob("*"))
    data = factory.tables()["institutes"]
    factory.write_table(folder, "institutes", data.iloc[:-1])  # a new data version
    second = build(folder, tmp_path / "out")
    assert sorted(str(p.relative_to(second)) for p in second.rglob("*")) == before
    package = json.loads((second / "datapackage.json").read_text("utf-8"))
    assert len(pd.read_csv(second / "institutes.csv")) == len(data) - 1
    assert package["version"]  # which data the addresses hold


def test_illustrative_rows_are_published_only_when_the_deployment_opts_in(tmp_path):
    folder = factory.write_folder(tmp_path / "data")
    os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"] = "1"
    try:
        data = build(folder, tmp_path / "out")
    finally:
        del os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"]
    marks = set(pd.read_csv(data / "adoption.csv")["mark"])
    assert "illustrative" in marks  # and marked as such, row by row


def test_the_data_pages_filtered_download_is_one_csv_of_the_chosen_regions():
    """Issue 19, item 6: the data page's filtered view of one dataset is one CSV file
    (pandas.read_csv reads it), only the chosen regions, each row with its mark and source."""
    import io

    snapshot = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    chosen = ["MA-01", "MA-06"]
    for name in ("institutes", "adoption"):
        read = pd.read_csv(io.BytesIO(data_view.filtered_csv(snapshot, name, chosen)))
        everything = snapshot.frame(name)
        regional = everything["region_code"].isin(chosen)
        assert set(read["region_code"].dropna()) == set(everything[regional]["region_code"])
        national = everything["region_code"].isna().sum() if name == "adoption" else 0
        assert len(read) == regional.sum() + national
        assert {"mark", "source"} <= set(read.columns)
