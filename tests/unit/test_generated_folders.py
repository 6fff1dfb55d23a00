"""Any folder the contract accepts renders every page: property-based, with folders
generated in the shapes publishers send (tests/generated.py).

`make test` runs a bounded, reproducible sample (derandomised); `make fuzz` runs at least
1,000 folders (ATLAS_FUZZ=1000). A failure prints the folder's shapes; Hypothesis shrinks
it to a small one first.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given

from atlas import event_screen
from atlas.pages import PAGES as ATLAS_PAGES
from atlas.pictures import WorldMap
from atlas.snapshot import Snapshot
from atlas.tables import picture_table
from atlas.views import (
    adoption,
    cooperation,
    data,
    event,
    institutes,
    overview,
    region,
    sovereignty,
    strategy,
)
from html_drawer import maps, projection, standalone
from loaders import validate_folder
from plotly_drawer import draw
from tests.support import walk
from tests.support.apptest import exceptions, run_app
from tests.support.generated import WORLD, bounded, folders, written

PAGES = [page.script for page in ATLAS_PAGES]
TODAY = pd.Timestamp("2026-11-27")


def shows_something(app) -> bool:
    """A chart, a table, a key figure — or a message saying why there is none."""
    return bool(app.dataframe) or any(
        app.get(kind) for kind in ("plotly_chart", "metric", "info", "warning", "error", "success")
    )


@pytest.mark.apptest
@bounded(examples=4, fuzz_share=1.0)
@given(folders())
def test_every_page_renders_any_valid_folder_in_french_and_arabic(folder):
    path = written(folder)
    previous = os.environ.get("ATLAS_DATA_DIR")
    os.environ["ATLAS_DATA_DIR"] = str(path)
    try:
        from ui import cache
        from ui import data as ui_data

        cache.clear()
        ui_data.clear()
        for page in PAGES:
            for lang in ("fr", "ar"):
                app = run_app(page, query={"lang": lang})
                assert not exceptions(app), (page, lang, folder.shapes, exceptions(app))
                assert shows_something(app), (page, lang, folder.shapes)
        app = run_app(None, query={"mode": "event", "lang": "ar"})
        assert not exceptions(app), ("event screen", folder.shapes, exceptions(app))
    finally:
        if previous is None:
            os.environ.pop("ATLAS_DATA_DIR", None)
        else:
            os.environ["ATLAS_DATA_DIR"] = previous


@bounded(examples=25)
@given(folders())
def test_every_view_builds_on_any_valid_folder(folder):
    """The builders themselves, with every control they take (fast: no Streamlit); every
    view is plain data, and every picture it holds is drawn by both drawers."""
    path = written(folder)
    snapshot = Snapshot(validate_folder(path), path)
    built = []
    for lang in ("fr", "ar", "en"):
        built += every_view(snapshot, lang)
    geometry = projection.project_regions(snapshot.frame("regions"))
    caption = standalone.Caption("title", "source", "mark")
    for view in built:
        assert not walk.drawn_objects(view), type(view)
        for picture in walk.pictures(view):
            draw.draw(picture)
            if type(picture) in maps.DRAWERS:  # what the edition draws
                maps.draw(picture, geometry)
            # what a reader takes away: the picture (SVG) and the chart's table
            taken = standalone.document(
                picture, WORLD if isinstance(picture, WorldMap) else geometry, caption
            )
            assert taken.startswith("<svg") and "title" in taken
            picture_table(picture)


def every_view(snapshot: Snapshot, lang: str) -> list:
    built = []
    choices = overview.choices(snapshot, lang, TODAY)
    for indicator in choices.indicators:
        for period in choices.periods[indicator][:2]:
            for per_capita in (True, False):
                built.append(
                    overview.build(
                        snapshot, overview.Controls(lang, TODAY, indicator, period, per_capita)
                    )
                )
    built.append(overview.build(snapshot, overview.Controls(lang, TODAY)))
    timeline = institutes.timeline(snapshot, institutes.Controls(lang, TODAY))
    built.append(timeline)
    for on in timeline.dates[:: max(1, len(timeline.dates) // 3)]:
        built.append(institutes.on_date(snapshot, institutes.Controls(lang, TODAY, on)))
    options = adoption.choices(snapshot, lang)
    for indicator in options.indicators:
        for sector in (None, *options.sectors[indicator]):
            for period in options.periods[indicator]:
                built.append(
                    adoption.build(snapshot, adoption.Controls(lang, indicator, period, sector))
                )
    options = sovereignty.choices(snapshot, lang)
    for indicator in (None, *options.indicators):
        built.append(sovereignty.build(snapshot, sovereignty.Controls(lang, indicator)))
    built.append(cooperation.build(snapshot, cooperation.Controls(lang)))
    for code in ("MA-01", "MA-06", "MA-12"):
        built.append(region.build(snapshot, region.Controls(lang, TODAY, code)))
    built.append(data.build(snapshot, data.Controls(lang)))
    shown = strategy.build(snapshot, strategy.Controls(lang, TODAY))
    built.append(shown)
    assert shown.has_strategy == snapshot.has("strategy")
    # the strategy page shows published facts only
    if snapshot.has("strategy"):
        published = snapshot.frame("strategy")["illustrative"].eq(False).sum()
        assert len(shown.targets) + len(shown.quotes) + len(shown.governance) <= published
    for view in event_screen.VIEWS:
        built.append(
            event.build(snapshot, event.Controls(lang, TODAY, event_screen.Slot(view, 3, 10, lang)))
        )
    return built


@bounded(examples=2, fuzz_share=0.05)
@given(folders())
def test_the_edition_builds_on_any_valid_folder(folder):
    from edition import site

    path = written(folder)
    out = Path(tempfile.mkdtemp(prefix="atlas-edition-"))
    pages = site.build_site(
        Snapshot(validate_folder(path), path), out / "site", site.Options(today=TODAY)
    )
    html = [p for p in pages if p.suffix == ".html"]
    # 5 sections and 12 region profiles per language; a page to embed per map drawn
    assert len([p for p in html if "embed" not in p.parts]) == 3 * (5 + 12)
    for embed in (p for p in html if "embed" in p.parts):
        assert (
            embed.is_file() and (embed.parents[2] / "maps" / f"{embed.parent.name}.svg").is_file()
        )
