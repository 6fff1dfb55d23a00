"""Every rule of the data contract, with a passing and a failing example."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from loaders import contract, validate_folder
from loaders.validate import main as validate_main
from tests.support import factory


def problems_of(folder, name):
    state = validate_folder(folder)[name]
    return [(p.column, p.rule.id) for p in state.problems]


def test_factory_folder_is_valid(tmp_path):
    folder = factory.write_folder(tmp_path)
    states = validate_folder(folder)
    # a folder without the optional strategy file is valid: "absent", not an error
    assert {n: s.status for n, s in states.items()} == {
        n: "absent" if n == "strategy" else "ok" for n in states
    }
    assert not states["strategy"].problems


def test_shipped_data_folder_is_valid():
    states = validate_folder(factory.REPO / "data")
    assert all(s.status == "ok" for s in states.values()), {
        n: s.problems for n, s in states.items() if s.problems
    }


def _two_periods(frame: pd.DataFrame) -> pd.Index:
    """Two rows of one indicator and region in two periods (a sector set on both keeps
    the key unique)."""
    return frame.drop_duplicates(["indicator_id", "region_code", "period"]).index[:2]


def _set(frame: pd.DataFrame, column: str, row: int, value) -> pd.DataFrame:
    frame = frame.copy()
    if column in frame and frame[column].dtype == bool:
        frame[column] = frame[column].astype("boolean")  # so that a null can go in
    elif column in frame and frame[column].dtype != object and value is not None:
        frame[column] = frame[column].astype(object)
    frame.at[row, column] = value
    return frame


# (dataset, breakage, expected (column, rule)) — each rule broken once.
BREAKAGES = [
    pytest.param(
        "institutes",
        lambda f: _set(f, "institute_id", 1, "T-1"),
        ("institute_id", "unique"),
        id="institute-id-duplicate",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "institute_id", 1, " "),
        ("institute_id", "non_empty"),
        id="institute-id-empty",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "name", 0, None),
        ("name", "required"),
        id="institute-name-missing",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "region_code", 0, "MA-13"),
        ("region_code", "region_code"),
        id="institute-unknown-region",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "city", 0, ""),
        ("city", "non_empty"),
        id="institute-city-empty",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "latitude", 0, 48.85),
        ("latitude", "lat_in_morocco"),
        id="latitude-outside-morocco",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "longitude", 0, 2.35),
        ("longitude", "lon_in_morocco"),
        id="longitude-outside-morocco",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "theme", 1, None),
        ("theme", "required"),
        id="institute-theme-missing",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "agreement_on", 0, pd.Timestamp("2024-01-01")),
        ("agreement_on", "stage_order"),
        id="agreement-before-announcement",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "opened_on", 0, pd.Timestamp("2025-04-01")),
        ("opened_on", "stage_order"),
        id="opened-before-works",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "source_url", 0, "javascript:alert(1)"),
        ("source_url", "http_url"),
        id="source-url-not-http",
    ),
    pytest.param(
        "institutes",
        lambda f: _set(f, "illustrative", 0, None),
        ("illustrative", "required"),
        id="institute-illustrative-missing",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "indicator_id", 1, "Pilot-Projects"),
        ("indicator_id", "snake_case"),
        id="indicator-id-not-snake-case",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "indicator_id", 2, "pilot_projects"),
        ("indicator_id", "unique"),
        id="indicator-id-duplicate",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "theme", 1, "economy"),
        ("theme", "one_of"),
        id="indicator-theme-unknown",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "label_ar", 1, ""),
        ("label_ar", "non_empty"),
        id="indicator-label-empty",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "unit", 1, None),
        ("unit", "required"),
        id="indicator-unit-missing",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "higher_is_better", 1, None),
        ("higher_is_better", "required"),
        id="higher-is-better-missing",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "source", 1, ""),
        ("source", "non_empty"),
        id="indicator-source-empty",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "source_url", 1, "ftp://example.org/x"),
        ("source_url", "http_url"),
        id="indicator-url-not-http",
    ),
    pytest.param(
        "indicators",
        lambda f: _set(f, "target_value", 2, np.inf),
        ("target_value", "finite"),
        id="target-infinite",
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "indicator_id", 0, "unknown_indicator"),
        ("indicator_id", "in_catalogue"),
        id="indicator-not-in-catalogue",
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "indicator_id", 0, "sovereign_cloud_share"),
        ("indicator_id", "theme_matches_file"),
        id="indicator-wrong-theme",
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "region_code", 0, "MA-00"),
        ("region_code", "region_code"),
        id="observation-unknown-region",
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "period", 0, pd.Timestamp("2025-01-15")),
        ("period", "first_day"),
        id="period-not-first-day",
    ),
    pytest.param(
        "adoption", lambda f: _set(f, "value", 0, np.nan), ("value", "required"), id="value-nan"
    ),
    pytest.param(
        "adoption", lambda f: _set(f, "value", 0, np.inf), ("value", "finite"), id="value-infinite"
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "value", len(f) - 1, 140.0),
        ("value", "percent_range"),
        id="percent-above-100",
    ),
    pytest.param(
        "adoption",
        lambda f: _set(f, "value", 0, -3.0),
        ("value", "non_negative_unit"),
        id="count-negative",
    ),
    pytest.param(
        "adoption",
        lambda f: pd.concat([f, f.iloc[[0]]], ignore_index=True),
        (None, "key_unique"),
        id="duplicate-key",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "agreement_id", 1, "A-1"),
        ("agreement_id", "unique"),
        id="agreement-id-duplicate",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "title", 0, " "),
        ("title", "non_empty"),
        id="agreement-title-empty",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "partner_name", 0, None),
        ("partner_name", "required"),
        id="partner-name-missing",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "partner_iso3", 0, "XXX"),
        ("partner_iso3", "iso3"),
        id="iso3-invalid",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "partner_kind", 0, "ngo"),
        ("partner_kind", "one_of"),
        id="partner-kind-unknown",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "south_south", 0, None),
        ("south_south", "required"),
        id="south-south-missing",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "instrument", 0, "treaty"),
        ("instrument", "one_of"),
        id="instrument-unknown",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "domains", 0, None),
        ("domains", "required"),
        id="domains-missing",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "signed_on", 0, pd.NaT),
        ("signed_on", "required"),
        id="signed-on-missing",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "status", 0, "cancelled"),
        ("status", "one_of"),
        id="status-unknown",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "region_code", 0, "MA-99"),
        ("region_code", "region_code"),
        id="agreement-unknown-region",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "value_mad", 0, -1.0),
        ("value_mad", "non_negative"),
        id="value-mad-negative",
    ),
    pytest.param(
        "cooperation",
        lambda f: _set(f, "title", 0, "x" * 6000),
        ("title", "max_length"),
        id="enormous-string",
    ),
    pytest.param(
        "context",
        lambda f: f[f["region_code"] != "MA-05"],
        ("indicator_id", "population_present"),
        id="population-missing-for-a-region",
    ),
    pytest.param(
        "adoption",
        lambda f: f.assign(
            sector=f["sector"].mask(f.index.isin(_two_periods(f)), "Douanes"),
            sector_en=pd.Series(["Health", "Healthcare"], index=_two_periods(f)),
        ),
        ("sector", "one_sector_name"),
        id="a-sector-with-two-english-names",
    ),
    pytest.param(
        "institutes",
        lambda f: f.drop(columns=["city"]),
        ("city", "missing_column"),
        id="required-column-missing",
    ),
]


@pytest.mark.parametrize(("name", "breakage", "expected"), BREAKAGES)
def test_each_rule_fails_on_its_breakage(tmp_path, name, breakage, expected, capsys):
    good = factory.tables()[name]
    folder = factory.write_folder(tmp_path, {name: breakage(good)})
    found = problems_of(folder, name)
    assert expected in found
    assert validate_folder(folder)[name].status == "failed"
    # The validator names the file, the column, the rows and the rule, and exits 1.
    assert validate_main([str(folder)]) == 1
    column, rule = expected
    lines = [
        line
        for line in capsys.readouterr().out.splitlines()
        if f"{name}.parquet" in line and "[error]" in line
    ]
    assert any(
        (column is None or f"column {column}" in line)
        and (rule in ("missing_column", "population_present") or "rows " in line)
        for line in lines
    ), lines


def test_every_rule_of_the_contract_has_a_failing_example():
    tested = {p.values[2][1] for p in BREAKAGES}
    column_rules = {r.id for d in contract.TABLES for c in d.columns for r in c.rules}
    table_rules = {r.id for d in contract.TABLES for r in d.table_rules}
    structural = {"required", "unique", "key_unique", "missing_column", "max_length"}
    warnings_only = {"point_in_region", "evidence_present"}
    assert (column_rules | table_rules | structural) - warnings_only <= tested


def test_point_outside_its_region_is_only_a_warning(tmp_path):
    moved = _set(factory.institutes(), "region_code", 0, "MA-12")  # Casablanca in Dakhla
    state = validate_folder(factory.write_folder(tmp_path, {"institutes": moved}))["institutes"]
    assert state.status == "ok"
    found = [(w.column, w.rule.id, w.severity) for w in state.version.warnings]
    assert ("latitude", "point_in_region", "warning") in found
    assert all(severity == "warning" for _c, _r, severity in found)


def test_a_published_row_without_evidence_is_unsupported_a_warning(tmp_path):
    """A provider's published facts load without evidence, reported as unsupported."""
    state = validate_folder(factory.write_folder(tmp_path))["institutes"]
    assert state.status == "ok"
    unsupported = [w for w in state.version.warnings if w.rule.id == "evidence_present"]
    assert unsupported and unsupported[0].column == "evidence_quote"


# --- Types written by different tools ---------------------------------------------------
def _rewrite(folder, name, mutate):
    path = folder / f"{name}.parquet"
    table = mutate(pq.read_table(path))
    pq.write_table(table, path)


def _cast(column: str, arrow_type: pa.DataType):
    def mutate(table: pa.Table) -> pa.Table:
        index = table.schema.get_field_index(column)
        return table.set_column(index, column, table.column(column).cast(arrow_type))

    return mutate


@pytest.mark.parametrize(
    ("name", "mutate"),
    [
        pytest.param("institutes", _cast("name", pa.large_string()), id="large-string"),
        pytest.param("institutes", _cast("announced_on", pa.date32()), id="date32"),
        pytest.param(
            "institutes",
            _cast("announced_on", pa.timestamp("ms", tz="UTC")),
            id="timestamp-with-zone",
        ),
        pytest.param("indicators", _cast("target_year", pa.int32()), id="int32"),
        pytest.param("indicators", _cast("target_year", pa.float64()), id="int-as-float"),
        pytest.param(
            "institutes",
            _cast("region_code", pa.dictionary(pa.int8(), pa.string())),
            id="dictionary-string",
        ),
        pytest.param(
            "cooperation",
            lambda t: t.set_column(
                t.schema.get_field_index("value_mad"), "value_mad", pa.nulls(len(t))
            ),
            id="all-null-nullable-column",
        ),
        pytest.param("adoption", _cast("value", pa.float32()), id="float32"),
        pytest.param("adoption", _cast("period", pa.timestamp("ns")), id="timestamp-ns"),
        pytest.param("adoption", _cast("region_code", pa.string_view()), id="string-view"),
    ],
)
def test_types_written_by_other_tools_are_accepted(tmp_path, name, mutate):
    folder = factory.write_folder(tmp_path)
    _rewrite(folder, name, mutate)
    state = validate_folder(folder)[name]
    assert state.status == "ok", state.problems


def test_text_where_numbers_belong_names_the_rows(tmp_path):
    frame = factory.tables()["adoption"].astype({"value": str})
    frame.loc[3, "value"] = "12,5"
    state = validate_folder(factory.write_folder(tmp_path, {"adoption": frame}))["adoption"]
    (problem,) = state.problems
    assert (problem.column, problem.rule.id, problem.values) == ("value", "type", ("12,5",))
    assert problem.rows[0].startswith("4 (pilot_projects")


def test_numbers_stored_as_plain_text_are_accepted_with_a_warning(tmp_path):
    frame = factory.tables()["adoption"].astype({"value": str})
    state = validate_folder(factory.write_folder(tmp_path, {"adoption": frame}))["adoption"]
    assert state.status == "ok"
    assert [w.rule.id for w in state.version.warnings] == ["text_as_numbers"]


def test_wrong_type_for_a_whole_column(tmp_path):
    frame = factory.tables()["cooperation"].assign(south_south=["yes", "no", "no"])
    assert ("south_south", "type") in problems_of(
        factory.write_folder(tmp_path, {"cooperation": frame}), "cooperation"
    )


def test_all_problems_of_a_file_are_reported_at_once(tmp_path):
    frame = factory.institutes()
    frame = _set(frame, "region_code", 0, "MA-13")
    frame = _set(frame, "source_url", 1, "not a url")
    frame = _set(frame, "latitude", 1, 99.0)
    found = problems_of(factory.write_folder(tmp_path, {"institutes": frame}), "institutes")
    assert {
        ("region_code", "region_code"),
        ("source_url", "http_url"),
        ("latitude", "lat_in_morocco"),
    } <= set(found)


def test_extra_columns_are_kept(tmp_path):
    frame = factory.institutes().assign(notes=["a", "b"])
    state = validate_folder(factory.write_folder(tmp_path, {"institutes": frame}))["institutes"]
    assert list(state.frame["notes"]) == ["a", "b"]


def test_optional_row_level_illustrative_flag_is_checked(tmp_path):
    frame = factory.context().assign(illustrative="maybe")
    assert ("illustrative", "type") in problems_of(
        factory.write_folder(tmp_path, {"context": frame}), "context"
    )


# --- Files and geometry -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "rule"),
    [
        pytest.param(b"", "file_empty", id="empty-file"),
        pytest.param(b"region_code,value\nMA-01,3\n", "not_parquet", id="csv-not-parquet"),
    ],
)
def test_unreadable_files(tmp_path, content, rule):
    folder = factory.write_folder(tmp_path)
    (folder / "cooperation.parquet").write_bytes(content)
    assert (None, rule) in problems_of(folder, "cooperation")


def test_truncated_parquet(tmp_path):
    folder = factory.write_folder(tmp_path)
    path = folder / "adoption.parquet"
    path.write_bytes(path.read_bytes()[:-100])
    state = validate_folder(folder)["adoption"]
    assert state.problems[0].rule.id == "not_parquet"
    assert "truncated" in str(state.problems[0].rule.params)


def test_missing_file(tmp_path):
    folder = factory.write_folder(tmp_path)
    (folder / "institutes.parquet").unlink()
    assert (None, "file_missing") in problems_of(folder, "institutes")


def _geojson(folder):
    return json.loads((folder / "regions.geojson").read_text("utf-8"))


@pytest.mark.parametrize(
    ("mutate", "rule"),
    [
        pytest.param(
            lambda g: g.update(features=g["features"][:11]),
            "geojson_feature_count",
            id="eleven-regions",
        ),
        pytest.param(
            lambda g: g["features"][0]["properties"].update(region_code="MA-13"),
            "geojson_region_codes",
            id="unknown-region-code",
        ),
        pytest.param(
            lambda g: g["features"][0]["properties"].update(name_ar=""),
            "non_empty",
            id="name-missing",
        ),
        pytest.param(
            lambda g: g["features"][0].update(geometry={"type": "Point", "coordinates": [0, 0]}),
            "geojson_geometry",
            id="not-a-polygon",
        ),
        pytest.param(
            lambda g: g["features"][1].update(geometry=g["features"][0]["geometry"]),
            "geojson_coverage",
            id="overlapping-regions",
        ),
    ],
)
def test_geojson_rules(tmp_path, mutate, rule):
    folder = factory.write_folder(tmp_path)
    document = _geojson(folder)
    mutate(document)
    (folder / "regions.geojson").write_text(json.dumps(document), "utf-8")
    assert rule in [r for _, r in problems_of(folder, "regions")]


def test_geojson_that_is_not_json(tmp_path):
    folder = factory.write_folder(tmp_path)
    (folder / "regions.geojson").write_text('{"type": "FeatureCollection", "feat', "utf-8")
    assert (None, "geojson_invalid") in problems_of(folder, "regions")


def test_dates_outside_the_representable_range_are_reported(tmp_path):
    folder = factory.write_folder(tmp_path)
    table = pq.read_table(folder / "institutes.parquet")
    index = table.schema.get_field_index("announced_on")
    import datetime

    dates = pa.array([datetime.date(9999, 1, 1), datetime.date(2025, 6, 1)], pa.date32())
    pq.write_table(table.set_column(index, "announced_on", dates), folder / "institutes.parquet")
    state = validate_folder(folder)["institutes"]
    assert [(p.column, p.rule.id, p.rows) for p in state.problems][:1] == [
        ("announced_on", "type", ("1 (T-1)",))
    ]


def test_a_file_with_duplicate_column_names_is_reported_not_crashed(tmp_path):
    folder = factory.write_folder(tmp_path)
    table = pq.read_table(folder / "cooperation.parquet")
    doubled = pa.Table.from_arrays(
        table.columns + [table.column("title")], names=table.column_names + ["title"]
    )
    pq.write_table(doubled, folder / "cooperation.parquet")
    state = validate_folder(folder)["cooperation"]
    assert state.status == "failed" and state.problems


# --- Free text in each language ------------------------------------------------------------
def test_free_text_may_come_in_each_language_and_is_checked(tmp_path):
    cooperation = factory.cooperation().assign(
        title_ar=["اتفاق", None, "مختبر"], partner_name_fr=["Sénégal", None, None]
    )
    folder = factory.write_folder(tmp_path / "good", {"cooperation": cooperation})
    assert validate_folder(folder)["cooperation"].status == "ok"
    bad = cooperation.assign(title_fr=["", "x" * 6000, None])
    states = validate_folder(factory.write_folder(tmp_path / "bad", {"cooperation": bad}))
    rules = {(p.column, p.rule.id) for p in states["cooperation"].problems}
    assert {("title_fr", "non_empty"), ("title_fr", "max_length")} <= rules


def test_the_contract_documents_list_the_per_language_columns():
    for document in ("data-contract.md", "contrat-de-donnees.md"):
        text = (factory.REPO / "docs" / document).read_text("utf-8")
        for column in ("name_ar", "city_fr", "title_en", "partner_name_ar", "source_fr"):
            assert f"`{column}`" in text, (document, column)


def test_the_optional_strategy_file_is_checked_when_present(tmp_path):
    from scripts.build_sample_data import build_strategy

    folder = factory.write_folder(tmp_path)
    factory.write_table(folder, "strategy", build_strategy())
    assert validate_folder(folder)["strategy"].status == "ok"
    broken = build_strategy().assign(kind="promise")  # not in the vocabulary
    factory.write_table(folder, "strategy", broken)
    state = validate_folder(folder)["strategy"]
    assert state.status == "failed"
    assert any(p.column == "kind" and p.rule.id == "one_of" for p in state.problems)


def test_sectors_may_be_named_in_each_language(tmp_path):
    from atlas.model import sector_names

    adoption = factory.tables()["adoption"]
    rows = _two_periods(adoption)
    named = adoption.assign(
        sector=adoption["sector"].mask(adoption.index.isin(rows), "Douanes"),
        sector_ar=pd.Series(["الجمارك", None], index=rows),
        sector_en=pd.Series([None, "Customs"], index=rows),
    )
    folder = factory.write_folder(tmp_path, {"adoption": named})
    state = validate_folder(folder)["adoption"]
    assert state.status == "ok", state.problems
    # one row gives the Arabic name, another the English one: both are the sector's
    assert sector_names(state.frame, "ar")["Douanes"] == "الجمارك"
    assert sector_names(state.frame, "en")["Douanes"] == "Customs"
    assert sector_names(state.frame, "fr")["Douanes"] == "Customs"  # no French name: English
    assert sector_names(adoption.assign(sector="Justice"), "ar") == {"Justice": "Justice"}
