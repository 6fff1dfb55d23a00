"""Every view builder, called as the pages, the event screen and the edition call it:
on the shipped folder and on another provider's folder, without Streamlit."""

from __future__ import annotations

import pandas as pd
import pytest

from atlas import event_screen, model
from atlas.cooperation import Filters
from atlas.i18n import translator
from atlas.pictures import Empty
from atlas.snapshot import Snapshot
from atlas.views import (
    adoption,
    cooperation,
    data,
    event,
    institutes,
    overview,
    region,
    sovereignty,
)
from loaders.store import DataStore
from plotly_drawer.draw import figure as drawn
from plotly_drawer.style import BIG_SCREEN_FONT
from tests.support import factory
from tests.support.apptest import decoded

TODAY = pd.Timestamp("2026-11-27")


def snapshot_of(folder) -> Snapshot:
    return Snapshot(DataStore(folder).states(), folder)


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return snapshot_of(factory.REPO / "data")


@pytest.fixture
def provider(tmp_path) -> Snapshot:
    return snapshot_of(factory.write_folder(tmp_path / "data"))


def spec(figure) -> dict:
    return decoded(drawn(figure).to_dict())


# --- Overview ----------------------------------------------------------------------
def test_overview_on_the_shipped_folder(shipped):
    view = overview.build(shipped, overview.Controls("fr", TODAY))
    # the map opens on a published figure: the RGPH 2024's higher-education level
    assert view.indicator == "higher_education_share" and not view.map_data.per_capita
    assert view.table.num_rows == 12
    choropleth = spec(view.map)["data"][0]
    assert choropleth["type"] == "choropleth" and len(choropleth["locations"]) == 12
    labels = [card.label for card in view.cards]
    assert "Accords signés" in labels and "Régions dotées d’un institut régional" in labels
    assert view.source.source == "HCP — RGPH 2024" and not view.source.illustrative
    assert len(view.source.evidence) == 12  # each region's record, its words behind it
    # an illustrative indicator is still there, credited to its generator, to no publisher
    sample = overview.build(shipped, overview.Controls("fr", TODAY, "ai_use_cases_deployed"))
    assert sample.source.source == "" and sample.source.illustrative
    assert sample.source.generator.startswith("scripts/build_sample_data.py")


def test_overview_controls_change_the_view(shipped):
    absolute = overview.build(
        shipped,
        overview.Controls(
            "en", TODAY, "civil_servants_trained_ai", per_capita=False, regions=("MA-06",)
        ),
    )
    per_capita = overview.build(
        shipped, overview.Controls("en", TODAY, "civil_servants_trained_ai", per_capita=True)
    )
    assert absolute.map_data.values["value"].max() > 10 * per_capita.map_data.values["value"].max()
    assert absolute.table.num_rows == 1  # the region filter applies to the table
    institutes_layer = overview.build(
        shipped, overview.Controls("en", TODAY, model.INSTITUTES_LAYER)
    )
    assert institutes_layer.title.startswith("Regional Jazari institutes")
    # one institute serves a region: never a count per 100,000 inhabitants
    assert not institutes_layer.map_data.per_capita
    assert not overview.choices(shipped, "en", TODAY).per_capita_possible[model.INSTITUTES_LAYER]


def test_overview_on_another_providers_folder(provider):
    view = overview.build(provider, overview.Controls("en", TODAY))
    assert view.indicator == "pilot_projects"
    assert view.title.startswith("pilot_projects (en)")
    # the folder's figures are illustrative (its catalogue says so): no publisher credited
    assert view.source.source == "" and view.source.illustrative
    assert [c.value for c in view.cards[:2]] == ["1 of 2", "2 of 12"]


# --- Institutes --------------------------------------------------------------------
def test_institutes_status_on_a_date(provider):
    controls = institutes.Controls("en", pd.Timestamp("2025-12-01"))
    timeline = institutes.timeline(provider, controls)
    assert timeline.dates[0] == "2025-02-01" and timeline.dates[-1] == "2025-12-01"
    early = institutes.on_date(provider, institutes.Controls("en", controls.today, "2025-03-10"))
    # the second institute is announced on 1 June: not known yet on 10 March
    assert list(early.current["status"]) == ["agreement"]
    assert len(early.without_institute) == 11
    later = institutes.on_date(provider, institutes.Controls("en", controls.today, "2025-06-01"))
    assert list(later.current["status"]) == ["construction", "announced"]
    names = [trace["name"] for trace in spec(timeline.figure)["data"]]
    assert "Operating" in names


def test_institutes_region_filter(shipped):
    view = institutes.on_date(shipped, institutes.Controls("ar", TODAY, regions=("MA-03",)))
    assert set(view.current["region_code"]) == {"MA-03"}
    every = institutes.timeline(shipped, institutes.Controls("fr", TODAY, regions=()))
    assert not isinstance(every.figure, Empty)


def test_institutes_timeline_says_whether_the_file_or_the_filter_is_empty(provider, tmp_path):
    filtered = institutes.timeline(provider, institutes.Controls("fr", TODAY, regions=("MA-01",)))
    # the filter leaves nothing: said so, with what the reader can do
    assert filtered.figure.reason == "Aucun institut dans les régions sélectionnées."
    assert filtered.figure.hint
    folder = factory.write_folder(tmp_path / "none", {"institutes": factory.institutes().iloc[0:0]})
    none_yet = institutes.timeline(snapshot_of(folder), institutes.Controls("fr", TODAY))
    assert none_yet.figure == Empty("Aucun institut dans le fichier des instituts pour l’instant.")


# --- Adoption ----------------------------------------------------------------------
def test_adoption_view_has_every_section(shipped):
    view = adoption.build(shipped, adoption.Controls("fr"))
    assert set(view.figures) >= {"map", "ranking", "trend", "heatmap"}
    assert list(view.ranked["group"])[0] == "A" and list(view.ranked["group"])[-1] == "D"
    assert view.change.shape[1] == 3 and view.matrix.shape[0] == 12


def test_adoption_sector_and_period(shipped):
    all_sectors = adoption.build(shipped, adoption.Controls("en"))
    health = adoption.build(shipped, adoption.Controls("en", sector="Santé"))
    # the sector is named in the reader's language; its key stays the file's
    assert health.title.startswith(all_sectors.title.split(" · ")[0] + " · Health")
    in_arabic = adoption.build(shipped, adoption.Controls("ar", sector="Santé"))
    assert "الصحة" in in_arabic.figures["heatmap"].columns
    assert "الصحة" in in_arabic.matrix.columns
    assert (health.map_data.values["raw_value"] < all_sectors.map_data.values["raw_value"]).all()
    earlier = adoption.build(shipped, adoption.Controls("en", period="2025-04-01"))
    assert earlier.period == "2025-04-01"


def test_adoption_on_another_providers_folder(provider):
    view = adoption.build(provider, adoption.Controls("en", "e_services_share"))
    # its figures are illustrative: no progress bar, the target and "no published figure"
    assert "target" not in view.figures
    assert "no published figure yet" in view.target_pending
    assert view.title.startswith("e_services_share (en)")


# --- Sovereignty ---------------------------------------------------------------------
def test_sovereignty_targets_and_indicator(shipped):
    view = sovereignty.build(shipped, sovereignty.Controls("fr", "egdi_rank"))
    assert view.targets.figure is not None and len(view.targets.table) >= 5
    trace = spec(view.national_figure)["data"][0]
    assert trace["y"][-1] == 90  # UN EGDI 2024 rank, published
    regional = sovereignty.build(shipped, sovereignty.Controls("fr", "dc_capacity_mw"))
    assert regional.map_figure is not None and len(regional.regional_table) == 12


def test_sovereignty_on_another_providers_folder(provider):
    view = sovereignty.build(provider, sovereignty.Controls("en"))
    assert view.indicator == "sovereign_cloud_share" and view.label.endswith("(en)")


# --- Cooperation ---------------------------------------------------------------------
def test_cooperation_filters(shipped):
    everything = cooperation.build(shipped, cooperation.Controls("fr"))
    south = cooperation.build(shipped, cooperation.Controls("fr", Filters(south_south_only=True)))
    assert 0 < len(south.shown) < len(everything.shown)
    assert set(everything.figures) >= {"world", "timeline"}
    nothing = cooperation.build(
        shipped, cooperation.Controls("fr", Filters(kinds=("company",), south_south_only=True))
    )
    assert nothing.reason == "Aucun accord ne correspond à ces filtres." and nothing.hint


def test_cooperation_on_another_providers_folder(provider):
    view = cooperation.build(provider, cooperation.Controls("en"))
    assert set(view.shown["title"]) == {"Skills MoU", "Cloud programme", "Research lab"}
    # one agreement signed (the MoU); the programme and the lab are other cooperation
    assert [c.value for c in view.cards][:2] == ["1", "2"]


# --- Region profile, data, event ------------------------------------------------------
def test_region_profile(shipped):
    view = region.build(shipped, region.Controls("fr", TODAY, "MA-12"))
    assert view.name == "Dakhla-Oued Ed-Dahab"
    assert "Population légale (RGPH 2024)" in list(view.profile["Indicateur"])
    assert view.population.value.replace("\u202f", " ") == "219 965"


def test_region_profile_on_another_providers_folder(provider):
    view = region.build(provider, region.Controls("en", TODAY, "MA-09"))
    assert list(view.institutes["name"]) == ["Test institute two"]
    assert isinstance(view.agreements, Empty)


def test_data_view_lists_every_dataset(shipped, provider):
    view = data.build(shipped, data.Controls("fr"))
    assert len(view.datasets) == 8 and set(view.datasets["status"]) == {"Valide"}
    assert len(view.contract) == 7 and len(view.downloadable) == 7
    other = data.build(provider, data.Controls("en", ("MA-06",)))
    assert "pilot_projects (en)" in set(other.dictionary["label"])
    assert "Casablanca-Settat" in other.scope


@pytest.mark.parametrize("view_name", event_screen.VIEWS)
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_event_views_come_from_the_page_builders(shipped, view_name, lang):
    slot = event_screen.Slot(view_name, 0, 10, lang)
    view = event.build(shipped, event.Controls(lang, TODAY, slot))
    if view_name == "leaders":
        # the shipped regional adoption figures are all illustrative: left out, said so
        left_out = translator(lang)("Left out: its figures are illustrative, not published.")
        assert view.figure == Empty(left_out)
        assert "leaders" not in event.available_views(shipped, lang, TODAY)
        return
    assert not isinstance(view.figure, Empty) and view.source is not None
    assert not view.source.illustrative  # the big screen shows published facts
    assert spec(view.figure)["layout"]["font"]["size"] == BIG_SCREEN_FONT  # big-screen type


def test_event_on_another_providers_folder(provider, monkeypatch):
    slot = event_screen.Slot("leaders", 0, 10, "en")
    assert isinstance(event.build(provider, event.Controls("en", TODAY, slot)).figure, Empty)
    # a deployment may opt in for a demonstration: then the mark is said at screen size
    monkeypatch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", "1")
    view = event.build(provider, event.Controls("en", TODAY, slot))
    assert view.subtitle.startswith("pilot_projects (en)")
    assert view.source.illustrative and "Illustrative" in view.notice


# --- Every view follows the data -----------------------------------------------------
def replace_file(folder, name: str) -> None:
    """Write a new, valid version of one file (a changed label or value), dated later."""
    import json
    import os

    if name == "regions":
        path = folder / "regions.geojson"
        document = json.loads(path.read_text("utf-8"))
        document["features"][0]["properties"]["name_en"] = "Renamed region"
        path.write_text(json.dumps(document), "utf-8")
    else:
        frame = factory.tables()[name]
        if name == "indicators":
            frame["label_en"] = frame["label_en"] + " (revised)"
        elif name in ("institutes", "cooperation"):
            frame = frame.iloc[:1]
        else:
            frame["value"] = frame["value"] + 1
        factory.write_table(folder, name, frame)
        path = folder / f"{name}.parquet"
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5 * 10**9))


@pytest.mark.parametrize(
    "dataset",
    ["regions", "institutes", "indicators", "adoption", "sovereignty", "context", "cooperation"],
)
def test_replacing_any_file_a_view_reads_builds_a_new_view(dataset, tmp_path, monkeypatch):
    from ui import cache
    from ui import data as ui_data

    folder = factory.write_folder(tmp_path / "data")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    monkeypatch.setenv("ATLAS_CHECK_INTERVAL", "0")
    controls = overview.Controls("en", TODAY)  # the overview reads every file
    before = ui_data.snapshot()
    first = cache.view(overview.build, before, controls)
    assert cache.view(overview.build, ui_data.snapshot(), controls) is first  # shared
    replace_file(folder, dataset)
    after = ui_data.snapshot()
    assert dict(after.versions)[dataset] != dict(before.versions)[dataset]
    assert after.state(dataset).status == "ok"
    assert cache.view(overview.build, after, controls) is not first


def test_a_replaced_observation_file_changes_what_the_map_shows(tmp_path, monkeypatch):
    from ui import cache
    from ui import data as ui_data

    folder = factory.write_folder(tmp_path / "data")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    monkeypatch.setenv("ATLAS_CHECK_INTERVAL", "0")
    controls = adoption.Controls("en", "e_services_share")
    before = cache.view(adoption.build, ui_data.snapshot(), controls)
    replace_file(folder, "adoption")
    after = cache.view(adoption.build, ui_data.snapshot(), controls)
    assert list(after.map_data.values["raw_value"]) == [
        v + 1 for v in before.map_data.values["raw_value"]
    ]


def test_free_text_follows_the_readers_language(tmp_path):
    catalogue = factory.catalogue().assign(source_fr="Bureau des tests", illustrative=False)
    agreements = factory.cooperation().assign(title_ar=["اتفاق المهارات", None, None])
    folder = factory.write_folder(
        tmp_path / "data", {"indicators": catalogue, "cooperation": agreements}
    )
    snapshot = snapshot_of(folder)
    view = cooperation.build(snapshot, cooperation.Controls("ar"))
    titles = dict(zip(view.shown["agreement_id"], view.shown["title"]))
    assert titles["A-1"] == "اتفاق المهارات" and titles["A-2"] == "Cloud programme"
    assert view.shown.set_index("agreement_id").loc["A-1", "title__lang"] == "ar"
    arabic = adoption.build(snapshot, adoption.Controls("ar", "e_services_share"))
    assert arabic.source.source == "Bureau des tests"
    assert arabic.source.source_language == "fr"  # marked: not the page's language
    french = adoption.build(snapshot, adoption.Controls("fr", "e_services_share"))
    assert french.source.source_language == "fr"


@pytest.mark.parametrize("per_capita", [True, False], ids=["per-100k", "absolute"])
def test_a_map_downloads_exactly_the_rows_on_screen(shipped, per_capita):
    """Issue 19: the selected regions, sector and period, the values as shown, names in
    the page's language, each with its mark and source; read back by pandas."""
    import io

    from atlas.exports import csv_download

    chosen = ("MA-01", "MA-06", "MA-12")
    view = adoption.build(
        shipped,
        adoption.Controls("ar", sector="Santé", per_capita=per_capita, regions=chosen),
    )
    rows = pd.read_csv(io.BytesIO(csv_download(view.rows)))
    assert list(rows["region_code"]) == list(chosen)
    shown = {s.code: s for s in view.figures["map"].regions}
    for row in rows.itertuples():
        assert row.value == pytest.approx(shown[row.region_code].value)
        assert row.region == shipped.region_names("ar")[row.region_code]
        assert row.mark == shown[row.region_code].mark
        assert row.what == view.title and "الصحة" in row.what
    assert rows["source"].str.startswith("illustrative").all()  # the shipped figures are
    if not per_capita:
        assert (rows["value"] == rows["published_value"]).all()


def chart_pictures(snapshot, language):
    """Every chart (not map) the dashboard offers as a picture, with its title and source."""
    today = pd.Timestamp("2026-11-30")
    picked = adoption.build(snapshot, adoption.Controls(language))
    watched = sovereignty.build(snapshot, sovereignty.Controls(language, None, None, ()))
    rollout = institutes.on_date(snapshot, institutes.Controls(language, today))
    history = institutes.timeline(snapshot, institutes.Controls(language, today))
    partners = cooperation.build(snapshot, cooperation.Controls(language))
    return [
        (history.figure, "timeline", history.source),
        (partners.figures["timeline"], "events", partners.source),
        (partners.figures["world"], "world", partners.source),
        (partners.figures["multilateral"], "organisations", partners.source),
        (picked.figures["ranking"], picked.title, picked.source),
        (picked.figures["trend"], picked.trend_title, picked.trend_source),
        (picked.figures["heatmap"], picked.title, picked.heatmap_source),
        (watched.targets.figure, "targets", watched.targets.source),
        (watched.national_figure, watched.label, watched.national_source),
        (rollout.status_bars, "status", rollout.source),
    ]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_chart_saved_as_a_picture_carries_its_words(shipped, language):
    """Issue 19, item 1: bars, lines, progress bars, the grid, timelines, dated events and
    the world map as standalone SVG (and PNG): the title, every label and value the chart
    writes, the source and the illustrative mark; in Arabic each line of text isolated
    right to left and anchored on the right."""
    import json
    import xml.etree.ElementTree as ET

    import resvg_py

    from atlas.i18n import translator
    from atlas.pictures import Bars, Events, Grid, Lines, Progress, Timeline, WorldMap
    from html_drawer import charts, projection, standalone
    from ui.data import STATIC_WORLD

    _ = translator(language)
    world = projection.project_world(json.loads(STATIC_WORLD.read_text("utf-8")))
    kinds = set()
    for picture, title, source in chart_pictures(shipped, language):
        kinds.add(type(picture))
        caption = standalone.caption(title, source, _, language)
        drawn = standalone.document(
            picture, world if isinstance(picture, WorldMap) else None, caption
        )
        texts = [t for t in ET.fromstring(drawn).iter("{http://www.w3.org/2000/svg}text")]
        words = " ".join(" ".join((t.text or "").strip("\u2067\u2069") for t in texts).split())
        assert " ".join(title.split())[:15] in words
        assert caption.source.split(" · ")[0][:20] in words
        if caption.mark:
            assert caption.mark[:20] in words
        expected = {
            Bars: lambda p: [f"{b.label} · {b.value_text}"[:25] for b in p.bars],
            Progress: lambda p: [label[:25] for label in p.labels],
            Lines: lambda p: [line.name for line in p.lines],
            Grid: lambda p: [row[:20] for row in p.rows],
            Timeline: lambda p: [row.label[:25] for row in p.rows] + [p.planned_label],
            Events: lambda p: [c[:20] for c in p.categories] + [s.label for s in p.series],
            WorldMap: lambda p: [p.ramp.title, p.outline_label, p.home_hover],
        }[type(picture)](picture)
        for text in expected:
            assert text in words, (type(picture).__name__, text)
        if language == "ar":
            right = [t for t in texts if t.get("x") == f"{charts.WIDTH - charts.MARGIN:.1f}"]
            assert right and all(t.get("text-anchor") == "end" for t in right)
            assert all(t.text.startswith("\u2067") for t in texts if t.text and t.text.strip())
        png = resvg_py.svg_to_bytes(svg_string=drawn)
        assert bytes(png[:8]) == b"\x89PNG\r\n\x1a\n"
        if isinstance(picture, WorldMap):  # each partner in its colour; Africa outlined
            shapes = list(ET.fromstring(drawn).iter("{http://www.w3.org/2000/svg}path"))
            fills = {p.get("d"): p.get("fill") for p in shapes if p.get("fill") != "none"}
            for country in picture.countries:
                assert fills[world.paths[country.iso3]] == country.colour
            outlined = [p.get("d") for p in shapes if p.get("fill") == "none"]
            assert sorted(outlined) == sorted(
                world.paths[c.iso3] for c in picture.countries if c.outlined
            )
            assert outlined, "the shipped partners include African countries"
    assert kinds == {Bars, Lines, Progress, Grid, Timeline, Events, WorldMap}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_charts_table_holds_what_it_draws(shipped, language):
    """Issue 19, item 5: the table under a chart (its text alternative) has a row per bar,
    per point, per stage reached and per planned opening, each with its mark."""
    from atlas.i18n import translator
    from atlas.pictures import Bars, Lines, Progress, Timeline
    from atlas.tables import picture_table
    from loaders.contract import MARKS

    _ = translator(language)
    invented = _(MARKS["illustrative"])
    seen = set()
    for picture, _title, _source in chart_pictures(shipped, language):
        rows = picture_table(picture)
        if rows is None:
            continue
        seen.add(type(picture))
        if isinstance(picture, Bars):
            assert rows.iloc[:, 0].tolist() == [b.label for b in picture.bars]
            assert rows.iloc[:, 1].tolist() == [b.value_text for b in picture.bars]
            marks = [b.mark for b in picture.bars]
        elif isinstance(picture, Lines):
            points = [p for line in picture.lines for p in line.points]
            assert len(rows) == len(points) + (picture.target is not None)
            marks = [p.mark for p in points]
        elif isinstance(picture, Timeline):
            stages = sum(len(row.stages) for row in picture.rows)
            planned = [row for row in picture.rows if row.planned is not None]
            assert len(rows) == stages + len(planned)
            assert set(rows.iloc[:, 0]) == {row.name for row in picture.rows}
            marks = [row.mark for row in picture.rows]
        else:
            assert len(rows) == len(picture.labels)
            marks = []
        column = rows.columns[-1]
        assert (rows[column] == invented).sum() >= marks.count("illustrative")
    assert seen == {Bars, Lines, Progress, Timeline}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_charts_rows_download_as_csv(shipped, language):
    """Issue 30, item 2: every chart (not the world map: its rows are the map's) has its
    rows as CSV, exactly what it draws, in the page's language, each row with its mark
    and source; pandas reads the file back as the same rows; an agreement on the timeline
    carries its own source link."""
    import io

    from atlas.exports import csv_download
    from atlas.i18n import translator
    from atlas.pictures import Events, Grid, WorldMap
    from atlas.tables import chart_rows
    from loaders.contract import MARKS

    _ = translator(language)
    marks = {_(m) for m in MARKS.values()} | {_("target")}  # a trend's target: its own row
    for picture, title, source in chart_pictures(shipped, language):
        if isinstance(picture, WorldMap):
            continue
        rows = chart_rows(picture, title, source)
        assert rows is not None and len(rows), type(picture).__name__
        assert set(rows[_("Chart")]) == {title}
        mark = next(c for c in rows.columns if c in (_("Mark"), _("Figures")))
        if mark == _("Mark"):
            assert set(rows[mark]) <= marks, (type(picture).__name__, set(rows[mark]))
        assert rows[_("Source")].str.len().min() > 0
        back = pd.read_csv(io.BytesIO(csv_download(rows)), dtype=str, keep_default_na=False)
        assert back.shape == rows.shape and list(back.columns) == list(rows.columns)
        if isinstance(picture, Grid):
            cells = sum(v is not None for row in picture.values for v in row)
            assert len(rows) == cells
        if isinstance(picture, Events):
            assert len(rows) == len(picture.events)
            assert rows[_("Source links")].str.startswith("http").all()


def test_nothing_is_told_by_colour_alone(shipped):
    """Issue 19, item 5: the rollout's stages differ by their fill's pattern as well as
    their colour (on the dashboard and in the picture); lines by their points' shape as
    well as their colour; invented points are hollow; the world map's outline is said in
    words (hover and key)."""
    from html_drawer import standalone
    from plotly_drawer import draw

    today = pd.Timestamp("2026-11-30")
    history = institutes.timeline(shipped, institutes.Controls("fr", today)).figure
    # the stages a bar can show (a planned date is a marker)
    stages = [entry for entry in history.legend if entry.marker is None]
    assert len({e.pattern for e in stages}) == len(stages)
    bars = [t for t in draw.figure(history).to_plotly_json()["data"] if t["type"] == "bar"]
    assert {t["marker"]["pattern"]["shape"] for t in bars} == {e.pattern for e in stages}
    caption = standalone.Caption("t", "s")
    drawn = standalone.document(history, None, caption)
    patterned = {e.pattern for e in stages if e.pattern}
    assert drawn.count("<pattern ") == len(patterned)

    regions = ("MA-01", "MA-06", "MA-07", "MA-09", "MA-11")
    trend = adoption.build(shipped, adoption.Controls("fr", regions=regions)).figures["trend"]
    regional = [line for line in trend.lines if not line.national]
    assert len({line.symbol for line in regional}) == len(regional) == 5
    for trace, line in zip(draw.figure(trend).to_plotly_json()["data"], trend.lines):
        shapes = set(trace["marker"]["symbol"])
        assert shapes <= {line.symbol, f"{line.symbol}-open"}
        invented = [p.illustrative for p in line.points]
        assert (f"{line.symbol}-open" in shapes) == any(invented)

    world = cooperation.build(shipped, cooperation.Controls("fr")).figures["world"]
    outlined = [c for c in world.countries if c.outlined]
    assert outlined and all("Afrique (contour foncé)" in c.hover for c in outlined)
    assert not any("Afrique" in c.hover for c in world.countries if not c.outlined)


def test_a_line_picture_with_negative_values_keeps_them_on_its_axis():
    """A change can be negative: the picture's value axis runs below zero to hold it (it
    failed to draw before: the axis only ran up from zero)."""
    import re
    from datetime import date

    from atlas.pictures import Line, LinePoint, Lines
    from html_drawer import charts, standalone

    points = tuple(
        LinePoint(period=date(2025, month, 1), value=value)
        for month, value in ((1, -3.0), (4, -0.5), (7, 2.0))
    )
    picture = Lines(language="en", lines=(Line(name="Change", colour="#0072B2", points=points),))
    drawn = charts.document(picture, standalone.Caption("Change", "Source: test"))
    # the three points, then the key's marker
    circles = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', drawn)][:3]
    grid = [float(y) for y in re.findall(r'<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)"', drawn)]
    assert min(grid) <= min(circles) and max(circles) <= max(grid)
    assert circles[0] > circles[1] > circles[2]  # -3 lowest on the page, 2 highest
    assert ">-4<" in drawn and ">0<" in drawn  # round steps, through zero


def test_the_change_table_follows_the_sidebar_and_is_headed_in_words(shipped):
    """Issue 30: the "change since" table (and the heatmap's) was headed region_code and
    listed the 12 regions whatever the sidebar chose."""
    view = adoption.build(shipped, adoption.Controls("fr", regions=("MA-02", "MA-09")))
    assert view.change.index.name == "Région"
    assert view.matrix.index.name == "Région"  # the heatmap's table too
    names = shipped.region_names("fr")
    assert set(view.change.index) == {names["MA-02"], names["MA-09"]}
    every = adoption.build(shipped, adoption.Controls("fr"))
    assert len(every.change) == 12


def test_places_that_share_a_city_are_spread_apart():
    """Issue 30, item 3: the Mistral AI lab housed at JAZARI ROOT (3 km apart, either side
    of a rounding edge) is drawn beside the hub, not under it; a lone place stays put."""
    import math

    from atlas.views.institutes import SPREAD, spread_apart

    hub, lab, alone = (-6.8416, 34.0209), (-6.8200, 33.9990), (-2.9335, 35.1681)
    moved = spread_apart([hub, lab, alone])
    assert math.dist(moved[0], moved[1]) > SPREAD  # was 0.03 degrees
    assert moved[2] == alone
    assert all(math.dist(m, p) <= SPREAD + 1e-9 for m, p in zip(moved, [hub, lab, alone]))


def test_agreement_domains_are_in_the_readers_language_and_say_they_are_ours():
    """Issue 30: a French or Arabic page showed the providers' English domains; ours are
    marked "our translation", a domain we have no word for is shown as published."""
    from atlas.cooperation import domain_label, domain_text

    fr, ar, en = translator("fr"), translator("ar"), translator("en")
    assert domain_text("AI;digital sovereignty", fr, "fr") == (
        "IA, souveraineté numérique (notre traduction)"
    )
    assert domain_text("AI;digital sovereignty", ar, "ar").endswith("(ترجمتنا)")
    assert "، " in domain_text("AI;digital sovereignty", ar, "ar")
    assert domain_text("AI;digital sovereignty", en, "en") == "AI, digital sovereignty"
    assert domain_text("quantum widgets", fr, "fr") == "quantum widgets"  # as published
    assert domain_text(None, fr, "fr") == ""
    assert domain_label("startups", fr) == "start-up"


def test_labels_wrap_between_words_never_inside_one():
    """Issue 30: on a phone "Organisation multilatérale" broke as "multilatéral/e"; a word
    a little longer than a line stays whole, an unbroken run far longer is still cut."""
    from atlas.safe import wrap_words

    assert wrap_words("Organisation multilatérale", 12) == ["Organisation", "multilatérale"]
    long = "x" * 40
    assert all(len(line) <= 12 for line in wrap_words(long, 12))
    assert "".join(wrap_words(long, 12)) == long
