"""The surface walker: every surface read as its reader reads it — each page of the edition
and its embeds (the region pages are what the briefs print), every picture to take away,
every figure the dashboard and the big screen draw (hovers, labels, keys), every file
the edition publishes, the dashboard's pages (AppTest) — on the shipped folder, with its
invented rows shown (ATLAS_PUBLIC_ILLUSTRATIVE=1, so that they reach every surface), and
on generated folders. It checks that

- every value from an invented row carries its mark word in the same row, point or line;
- no visible text holds markup (<b>, &lt;);
- every count's label matches what it counts, and a key figure has one value everywhere;
- every date is printed at its precision.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given

from atlas import event_screen
from atlas.i18n import format_date, translator
from atlas.pages import EVENT_VIEWS, PAGES
from atlas.pictures import Bar, Event, Picture, Point, Shade, TimelineRow
from atlas.sections import Item, KeyFigure, figures
from atlas.snapshot import Snapshot, published_only
from atlas.views import event, institutes, overview
from edition import site
from edition.__main__ import build_once
from html_drawer import projection, sections, standalone
from loaders import validate_folder
from loaders.contract import LANGUAGES, REGIONAL_INSTITUTE, SIGNED_INSTRUMENTS, SIGNED_STATUSES
from plotly_drawer import draw
from tests.support import REPO, surfaces, walk
from tests.support.generated import WORLD, bounded, folders, written

TODAY = pd.Timestamp("2026-11-30")
QUICK = os.environ.get("ATLAS_QUICK") == "1"


@pytest.fixture(scope="module", autouse=True)
def invented_rows_shown():
    """The public surfaces show invented rows too (marked): the walker reads them all."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", "1")
        yield


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return Snapshot(validate_folder(REPO / "data"), REPO / "data")


@pytest.fixture(scope="module")
def edition(tmp_path_factory, invented_rows_shown) -> Path:
    out = tmp_path_factory.mktemp("walker") / "edition"
    assert build_once(REPO / "data", out, site.Options(today=TODAY)) == 0
    return out


def every_view(snapshot: Snapshot, language: str) -> list[object]:
    """Every view a reader can open as it opens: each page of the list, the institutes'
    timeline and a replayed date, and each big-screen view."""
    views: list[object] = [page.build(snapshot, language, TODAY) for page in PAGES]
    controls = institutes.Controls(language, TODAY)
    timeline = institutes.timeline(snapshot, controls)
    views.append(timeline)
    views += [
        institutes.on_date(snapshot, institutes.Controls(language, TODAY, on))
        for on in timeline.dates[:: max(1, len(timeline.dates) // 4)]
    ]
    views += [
        event.build(snapshot, event.Controls(language, TODAY, event_screen.Slot(v, 0, 1, language)))
        for v in EVENT_VIEWS
    ]
    return views


def element_words(value) -> str | None:
    """The words a drawn element carries of its own (None: it carries none)."""
    if isinstance(value, Bar):
        return f"{value.label} {value.value_text}"
    if isinstance(value, (Shade, Point)):
        return " ".join(value.hover)
    if isinstance(value, TimelineRow):
        return value.label
    if isinstance(value, Event):
        return value.what
    return None


def check_views(snapshot: Snapshot, language: str) -> int:
    """Every invented element of every view says so in its own words; every table row
    with a mark says the same as its flag; no element's words hold markup."""
    _ = translator(language)
    word = _("illustrative")
    checked = 0
    for view in every_view(snapshot, language):
        for value in walk.values(view):
            words = element_words(value)
            if words is not None:
                assert not surfaces.MARKUP.search(words), words
                if value.illustrative:  # type: ignore[attr-defined]
                    assert word in words, (type(value).__name__, words)
                    checked += 1
            elif isinstance(value, (KeyFigure, Item)) and value.illustrative:
                drawn = (
                    sections.render(figures((value,)), language)
                    if isinstance(value, KeyFigure)
                    else sections.render(sections_of(value), language)
                )
                assert word in drawn, value
                checked += 1
            elif isinstance(value, pd.DataFrame) and {"mark", "illustrative"} <= set(value):
                invented = value["illustrative"].astype(bool)
                assert (value.loc[invented, "mark"] == "illustrative").all()
    return checked


def sections_of(item: Item):
    from atlas.sections import Section

    return Section("", (item,))


# --- Invented values carry their word, wherever they are read -------------------------------
def test_every_invented_value_says_so_in_every_view(shipped):
    for language in LANGUAGES:
        assert check_views(shipped, language) > 20  # the shipped folder invents many values


def test_every_invented_row_says_so_on_every_edition_page(shipped, edition):
    """Each block of the edition (a row, an item, a card, a region's title) that names an
    invented institute says the word in that same block."""
    for language in LANGUAGES:
        _ = translator(language)
        frame = shipped.frame_in("institutes", language)
        invented = set(frame.loc[frame["illustrative"], "name"])
        assert invented
        root = "" if language == "fr" else f"{language}/"
        seen = 0
        for page, block in surfaces.edition_blocks(edition, root):
            for name in invented:
                if name in block:
                    assert _("illustrative") in block, (page, block)
                    seen += 1
        assert seen >= len(invented)


def test_every_invented_row_of_every_published_file_says_so(edition):
    for path in sorted((edition / "data").rglob("*.csv")):
        for row in surfaces.csv_rows(path):
            # a row's source says it in words (the catalogue keeps its own source)
            if row.get("mark") == "illustrative" and path.name != "indicators.csv":
                assert row["source"].startswith("illustrative"), (path.name, row)
            if row.get("illustrative") == "True":
                assert row.get("mark") == "illustrative", (path.name, row)


# --- No markup where a reader reads ------------------------------------------------------------
def test_no_visible_text_holds_markup(shipped, edition):
    for page, block in surfaces.edition_blocks(edition, ""):
        assert not surfaces.MARKUP.search(block), (page, block)
    for language in ("fr", "ar"):
        _ = translator(language)
        geometry = projection.project_regions(shipped.frame("regions"))
        for view in every_view(shipped, language):
            for picture in walk.pictures(view):
                for text in surfaces.plotly_texts(draw.figure(picture).to_dict()):
                    assert not surfaces.MARKUP.search(text), (type(picture).__name__, text)
                taken = standalone.document(
                    picture,
                    WORLD if type(picture).__name__ == "WorldMap" else geometry,
                    standalone.Caption("title", "source"),
                )
                for text in surfaces.svg_texts(taken):
                    assert not surfaces.MARKUP.search(text), (type(picture).__name__, text)


# --- A count means its label; a key figure has one value --------------------------------------
def test_every_count_means_its_label_on_every_surface(shipped, edition):
    entities = shipped.frame("institutes")
    regional = entities[entities["kind"] == REGIONAL_INSTITUTE]
    stages = ["announced_on", "agreement_on", "works_started_on", "opened_on"]
    announced = int((regional[stages].min(axis=1) <= TODAY).sum())
    operating = int((regional["opened_on"] <= TODAY).sum())
    agreements = shipped.frame("cooperation")
    signed = int(
        (
            agreements["instrument"].isin(SIGNED_INSTRUMENTS)
            & agreements["status"].isin(SIGNED_STATUSES)
        ).sum()
    )
    view = overview.build(shipped, overview.Controls("en", TODAY))
    cards = {card.label: card.value for card in view.cards}
    assert cards["Regional institutes operating / announced"] == f"{operating} of {announced}"
    assert cards["Agreements signed"] == str(signed)
    # the status bars count the regional institutes known on each date, nothing else
    for on in institutes.timeline(shipped, institutes.Controls("en", TODAY)).dates:
        shown = institutes.on_date(shipped, institutes.Controls("en", TODAY, on))
        known = shown.current[shown.current["kind"] == REGIONAL_INSTITUTE]
        assert sum(bar.value for bar in shown.status_bars.bars) == len(known)
        # an entity shown on a date was announced by then, or is a plan with no date
        dated = shown.current[stages].min(axis=1)
        assert (dated.isna() | (dated <= pd.Timestamp(on))).all(), on
    # the big screen's key figures are the overview's
    screen = event.build(shipped, event.Controls("en", TODAY, event_screen.Slot("map", 0, 1, "en")))
    said = {figure.label: figure.value for figure in screen.key_figures}
    assert said["Regional institutes announced or beyond"] == str(announced)
    assert said["Regional institutes operating"] == str(operating)
    # and the edition's home page says the same cards, each in one block
    home = surfaces.page_blocks((edition / "en" / "index.html").read_text("utf-8"))
    public = overview.build(published_only(shipped), overview.Controls("en", TODAY))
    for card in public.cards:
        assert any(block.startswith(f"{card.label} {card.value}") for block in home), card


# --- Dates at their precision -----------------------------------------------------------------
def test_every_date_is_printed_at_its_precision(shipped, edition):
    agreements = shipped.frame("cooperation")
    coarse = agreements[agreements["signed_on_precision"].fillna("day") != "day"]
    assert len(coarse)
    for language in LANGUAGES:
        days = [
            re.compile(rf"(?<!\d){re.escape(format_date(d, language))}")
            for d in coarse["signed_on"]
        ]
        root = "" if language == "fr" else f"{language}/"
        for page, block in surfaces.edition_blocks(edition, root):
            assert not any(day.search(block) for day in days), (page, block)
        for view in every_view(shipped, language):
            for picture in walk.pictures(view):
                if isinstance(picture, Picture):
                    for text in surfaces.plotly_texts(draw.figure(picture).to_dict()):
                        assert not any(day.search(text) for day in days), text


# --- On any folder the contract accepts ---------------------------------------------------------
@bounded(examples=2)
@given(folders())
def test_the_walker_on_any_valid_folder(folder):
    path = written(folder)
    snapshot = Snapshot(validate_folder(path), path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", "1")
        for language in ("fr", "ar"):
            check_views(snapshot, language)
        if QUICK:
            return
        out = Path(tempfile.mkdtemp(prefix="atlas-walker-")) / "edition"
        assert build_once(path, out, site.Options(today=TODAY)) == 0
        for page, block in surfaces.edition_blocks(out, ""):
            assert not surfaces.MARKUP.search(block), (page, block)
