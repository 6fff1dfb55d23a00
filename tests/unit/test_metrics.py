"""Metrics, models and exports on tiny frames: no Streamlit, milliseconds each."""

from __future__ import annotations

import io
import re
import zipfile

import numpy as np
import pandas as pd
import pytest

from atlas import cooperation as coop
from atlas import exports, metrics, model
from atlas.profile import region_profile
from atlas.safe import http_url, markdown_link, markdown_text, plot_text
from tests.support import factory


def institutes():
    return factory.institutes()  # T-1: announced 02-01, agreement 03-01, works 05-01, open 09-01


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        # not announced yet: not known on that date (never "planned" before it was said)
        ("2025-01-15", [None, None]),
        ("2025-02-01", ["announced", None]),
        ("2025-03-10", ["agreement", None]),
        ("2025-06-01", ["construction", "announced"]),
        ("2025-09-01", ["operating", "announced"]),
    ],
)
def test_status_on_a_date_is_the_latest_stage_reached(on, expected):
    assert list(metrics.institute_status(institutes(), on)) == expected


def test_a_row_with_no_stage_date_is_a_plan_known_on_every_date():
    plan = institutes().assign(
        announced_on=pd.NaT, agreement_on=pd.NaT, works_started_on=pd.NaT, opened_on=pd.NaT
    )
    assert list(metrics.institute_status(plan, "2020-01-01")) == ["planned", "planned"]


def test_only_regional_institutes_are_counted():
    every = institutes().assign(kind=["regional_institute", "hub"])
    assert list(metrics.status_counts(every, "2025-07-01")) == [0, 0, 0, 1, 0]
    assert metrics.announced_by(every, "2025-07-01").tolist() == [True, False]


def test_counts_by_region():
    counts = metrics.institute_counts_by_region(institutes(), "2025-07-01")
    assert counts["MA-06"] == 1 and counts["MA-09"] == 1 and counts.sum() == 2
    assert (metrics.institute_counts_by_region(institutes(), "2025-03-01") == 0).sum() == 11
    assert list(metrics.status_counts(institutes(), "2025-07-01")) == [0, 1, 0, 1, 0]


def test_rollout_dates_run_from_the_first_stage_to_today():
    dates = model.rollout_dates(institutes(), pd.Timestamp("2025-04-20"))
    assert dates == ["2025-02-01", "2025-03-01", "2025-04-01", "2025-04-20"]
    later = model.rollout_dates(institutes(), pd.Timestamp("2025-06-10"))
    assert "2025-06-01" in later and later[-1] == "2025-06-10"  # T-2 announced 06-01


def test_per_capita_and_rank():
    values = pd.Series({"MA-01": 50.0, "MA-02": 10.0, "MA-03": np.nan})
    population = pd.Series({"MA-01": 1_000_000.0, "MA-02": 100_000.0, "MA-03": 5.0})
    per = metrics.per_capita(values, population)
    assert per["MA-01"] == pytest.approx(5.0) and per["MA-02"] == pytest.approx(10.0)
    ranks = metrics.rank(per, higher_is_better=True)
    assert ranks["MA-02"] == 1 and ranks["MA-01"] == 2 and pd.isna(ranks["MA-03"])
    assert metrics.rank(pd.Series([3.0, 3.0, 1.0]), False).tolist() == [2, 2, 1]


def test_quartile_groups():
    groups = metrics.quartile_groups(pd.Series(range(12), dtype=float), higher_is_better=True)
    assert groups.tolist() == ["D"] * 3 + ["C"] * 3 + ["B"] * 3 + ["A"] * 3


@pytest.mark.parametrize(
    ("latest", "target", "baseline", "higher", "expected"),
    [
        (50, 100, 0, True, 0.5),
        (120, 100, 0, True, 1.0),
        (90, 50, 140, False, 50 / 90),  # a rank going down from 140 towards 50
        (90, 50, None, False, None),
        (10, 100, 10, True, 0.0),
    ],
)
def test_target_progress(latest, target, baseline, higher, expected):
    progress = metrics.target_progress(latest, target, baseline, higher)
    assert progress == (pytest.approx(expected) if expected is not None else None)


def test_gap_to_target():
    assert metrics.gap_to_target(90, 50, higher_is_better=False) == 40
    assert metrics.gap_to_target(120, 100, higher_is_better=True) == 0


def observations():
    tables = factory.tables()
    return model.combine_observations(
        [tables["adoption"], tables["sovereignty"], tables["context"]], tables["indicators"]
    )


def test_regional_values_with_and_without_sector():
    frame = observations()
    period = factory.QUARTERS[-1]
    total = metrics.regional_values(frame, "pilot_projects", period)
    health = metrics.regional_values(frame, "pilot_projects", period, "Santé")
    assert len(total) == len(health) == 12
    without_total = frame[~((frame["indicator_id"] == "pilot_projects") & frame["sector"].isna())]
    summed = metrics.regional_values(without_total, "pilot_projects", period)
    assert summed.set_index("region_code")["value"]["MA-01"] == 2 * (10 + 1 + 3)


def test_illustrative_flag_comes_from_the_row_then_the_catalogue():
    frame = observations()
    assert frame.loc[frame["indicator_id"] == "population", "illustrative"].eq(False).all()
    assert frame.loc[frame["indicator_id"] == "pilot_projects", "illustrative"].all()


def test_indicator_map_per_capita():
    frame = observations()
    catalogue = factory.catalogue()
    rows = metrics.catalogue_rows(catalogue)
    data = model.indicator_map(
        frame, rows["pilot_projects"], "pilot_projects", factory.QUARTERS[0], True
    )
    values = data.values.set_index("region_code")
    assert data.per_capita and data.illustrative
    assert values.loc["MA-01", "value"] == pytest.approx(11 / 1_000_000 * 100_000)
    percent = model.indicator_map(
        frame, rows["e_services_share"], "e_services_share", factory.QUARTERS[0], True
    )
    assert not percent.per_capita  # percentages are shown as published


def test_region_profile_ranks_per_capita():
    profile = region_profile(
        observations(), metrics.catalogue_rows(factory.catalogue()), "MA-12"
    ).set_index("indicator_id")
    assert profile.loc["pilot_projects", "per_capita"]
    assert profile.loc["pilot_projects", "rank"] == 12  # the largest region per its model
    assert profile.loc["e_services_share", "rank"] == 1
    assert profile.loc["population", "ranked"] == 12


def test_targets_table():
    # illustrative figures never make a progress bar: "no published figure yet"
    table = metrics.targets_table(observations(), factory.catalogue(), "sovereignty")
    (row,) = table.itertuples()
    assert row.indicator_id == "sovereign_cloud_share" and row.target == 60.0
    assert row.progress is None and row.baseline is None
    # the same figures, published: measured from the first to the latest published one
    tables = factory.tables()
    catalogue = tables["indicators"].assign(illustrative=False)
    published = model.combine_observations(
        [tables["adoption"], tables["sovereignty"], tables["context"]], catalogue
    )
    (row,) = metrics.targets_table(published, catalogue, "sovereignty").itertuples()
    assert 0 < row.progress < 1
    assert row.baseline_period < row.latest_period


def test_progress_needs_a_published_start_and_a_later_published_figure():
    catalogue = factory.catalogue().assign(illustrative=False, baseline_year=2024)
    meta = catalogue.set_index("indicator_id").loc["sovereign_cloud_share"].copy()
    meta["indicator_id"] = "sovereign_cloud_share"
    series = pd.DataFrame(
        {
            "period": pd.to_datetime(["2023-01-01", "2024-01-01", "2025-01-01"]),
            "value": [10.0, 20.0, 30.0],
            "illustrative": [False, False, True],
        }
    )
    # 2023 is before the baseline year, 2025 is illustrative: one published figure only
    only_one = metrics.progress_towards_target(series, meta)
    assert only_one["progress"] is None and only_one["latest"] == 20.0
    series.loc[2, "illustrative"] = False
    measured = metrics.progress_towards_target(series, meta)
    assert measured["baseline"] == 20.0 and measured["latest"] == 30.0
    assert measured["progress"] == pytest.approx((30 - 20) / (60 - 20))


def test_cooperation_filters_and_summary():
    agreements = factory.cooperation()
    everything = coop.filter_agreements(agreements, coop.Filters())
    assert len(everything) == 3
    assert list(
        coop.filter_agreements(agreements, coop.Filters(south_south_only=True))["agreement_id"]
    ) == ["A-1"]
    assert list(
        coop.filter_agreements(agreements, coop.Filters(domains=("cloud",)))["agreement_id"]
    ) == ["A-2"]
    assert coop.filter_agreements(agreements, coop.Filters(start_year=2025)).shape[0] == 2
    assert list(
        coop.filter_agreements(agreements, coop.Filters(regions=("MA-04",)))["agreement_id"]
    ) == ["A-3"]
    summary = coop.south_south_summary(agreements)
    # shares and counts are of the agreements signed (one: the MoU with Senegal); the
    # programme and the lab are other cooperation
    assert summary["total"] == 1 and summary["other"] == 2
    assert summary["share"] == pytest.approx(1.0) and summary["african"] == 1
    # "Test Cloud Co" is a company with a French code: never counted as a partner country
    assert coop.per_country(agreements)["iso3"].tolist() == ["SEN"]
    assert summary["partner_countries"] == 1
    assert list(coop.without_country(agreements).index) == ["Test Cloud Co", "UNESCO"] or set(
        coop.without_country(agreements).index
    ) == {"Test Cloud Co", "UNESCO"}


def test_downloads_carry_a_readme_and_never_formulas():
    frame = pd.DataFrame({"title": ['=HYPERLINK("http://evil","x")', "ok"], "value": [1.0, 2.0]})
    tables = [exports.Table("cooperation", frame, "Test office", "abc123")]
    readme = exports.readme(tables, str, "all regions")
    assert "title: Title or summary" in readme and "Test office" in readme
    archive = zipfile.ZipFile(io.BytesIO(exports.build("csv", tables, readme)))
    assert sorted(archive.namelist()) == ["README.txt", "cooperation.csv"]
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(exports.build("xlsx", tables, readme)))
    cell = book["cooperation"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    parquet = zipfile.ZipFile(io.BytesIO(exports.build("parquet", tables, readme)))
    assert "cooperation.parquet" in parquet.namelist()


def test_region_view_keeps_national_rows_where_asked():
    frame = pd.DataFrame({"region_code": ["MA-01", None, "MA-02"], "value": [1, 2, 3]})
    assert exports.region_view(frame, ["MA-01"], keep_national=True)["value"].tolist() == [1, 2]
    assert exports.region_view(frame, ["MA-01"], keep_national=False)["value"].tolist() == [1]
    assert len(exports.region_view(frame, [], keep_national=False)) == 3


@pytest.mark.parametrize(
    "hostile",
    [
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "![x](http://evil.example/x.png)",
    ],
)
def test_text_from_the_data_is_made_inert(hostile):
    assert "<" not in plot_text(hostile)
    # Every Markdown/HTML special character is escaped with a backslash.
    assert re.search(r"(?<!\\)[<>\[\]()!]", markdown_text(hostile)) is None


def test_only_http_links():
    assert http_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "ftp://x", "//evil", "http://", None):
        assert http_url(bad) is None
    assert markdown_link("x", "javascript:alert(1)") == "x"
    assert markdown_link("a(b)", "https://e.org/p(1)") == "[a\\(b\\)](https://e.org/p%281%29)"


# --- Free text in the reader's language ------------------------------------------------
def test_free_text_in_the_readers_language_with_its_language_marked():
    frame = pd.DataFrame(
        {
            "title": ["Base one", "قاعدة", "Base three"],
            "title_ar": ["عنوان", None, "  "],
            "title_fr": [None, None, "Titre trois"],
        }
    )
    arabic = model.localise(frame, ("title",), "ar")
    assert list(arabic["title"]) == ["عنوان", "قاعدة", "Titre trois"]
    # the first is Arabic, the second is the base column in Arabic script, the third is
    # French (a blank Arabic cell counts as missing)
    assert list(arabic["title__lang"]) == ["ar", "ar", "fr"]
    english = model.localise(frame, ("title",), "en")
    assert list(english["title"]) == ["Base one", "قاعدة", "Titre trois"]
    assert list(english["title__lang"]) == [None, "ar", "fr"]


def test_tables_never_show_none_nan_or_nat():
    from atlas import tables
    from atlas.marks import resolve

    current = metrics.institutes_on(resolve("institutes", institutes()), "2025-06-01")
    table = tables.institutes(
        current, {"MA-06": "Casablanca-Settat"}, {s: s for s in metrics.STATUSES}, "fr"
    )
    agreements = tables.agreements(resolve("cooperation", factory.cooperation()), {}, {}, "en")
    for frame in (
        table,
        agreements,
        tables.readable(
            pd.DataFrame(
                {"n": [1.5, np.nan], "d": pd.to_datetime(["2025-01-01", None]), "t": ["a", None]}
            ),
            language="fr",
        ),
    ):
        for column in frame.columns:
            if pd.api.types.is_bool_dtype(frame[column]):
                continue
            cells = frame[column].tolist()
            assert not any(c is None or (isinstance(c, float) and np.isnan(c)) for c in cells)
            assert not {"None", "nan", "NaT", "<NA>"} & {str(c) for c in cells}, column
