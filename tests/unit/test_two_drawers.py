"""One truth, drawn twice: the dashboard (plotly) and the edition (SVG and HTML) draw the
same rows, ranks, marks and colours from the same view — compared on what each drawer
wrote, on the shipped folder and on a generated one."""

from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given

from atlas.i18n import translator
from atlas.pictures import Empty
from atlas.snapshot import Snapshot, published_only
from atlas.views import adoption, institutes, overview, region
from edition import site
from loaders import validate_folder
from plotly_drawer import draw
from tests.support import REPO
from tests.support.generated import bounded, folders, written

TODAY = pd.Timestamp("2026-11-27")


def rgb(colour: str) -> tuple[int, int, int]:
    if colour.startswith("#"):
        return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(round(float(c)) for c in colour[colour.index("(") + 1 : -1].split(",")[:3])


def dashboard_colours(picture) -> dict[str, tuple[int, int, int]]:
    """Each region's colour as the plotly drawer draws it: the step of its trace's
    stepped colour scale its z picks (plotly computes no colour of its own)."""
    colours = {}
    for trace in draw.draw(picture).to_dict()["data"]:
        if trace["type"] != "choropleth":
            continue
        steps = trace["colorscale"][::2]  # two stops a step, one colour each
        for code, z in zip(trace["locations"], trace["z"]):
            colours[code] = rgb(steps[int(z)][1])
    return colours


def view_colours(picture) -> dict[str, tuple[int, int, int]]:
    """Each region's colour as its view decided it."""
    return {shade.code: rgb(shade.colour) for shade in picture.regions}


REGION_PATH = re.compile(
    r'<a href="[^"]*regions/(MA-\d\d)/index.html"><path d="[^"]*" '
    r'fill="([^"]+)"[^>]*><title>([^<]*)</title>'
)


def edition_colours(page: str) -> dict[str, tuple[int, int, int]]:
    return {code: rgb(fill) for code, fill, _title in REGION_PATH.findall(page)}


def edition(snapshot: Snapshot) -> Path:
    out = Path(tempfile.mkdtemp(prefix="atlas-two-drawers-")) / "site"
    site.build_site(snapshot, out, site.Options(today=TODAY))
    return out


def same(*drawn: dict) -> bool:
    """The same regions, each in exactly the same colour."""
    return all(colours == drawn[0] for colours in drawn[1:])


def compare(snapshot: Snapshot, out: Path, language: str) -> int:
    """Compares every page the edition (built in `out`) shares with the dashboard;
    returns the number of things compared (so that a folder with nothing to compare is
    seen)."""
    public = published_only(snapshot)
    root = out / ("" if language == "fr" else language)
    compared = 0
    # The home map and its table: colours, rows, ranks, marks.
    view = overview.build(public, overview.Controls(language, TODAY))
    home = (root / "index.html").read_text("utf-8")
    if not isinstance(view.map, Empty):
        assert same(edition_colours(home), dashboard_colours(view.map), view_colours(view.map))
        ranks = re.findall(r"<tr><td>([^<]*)</td><td><a href=\"[^\"]*regions/(MA-\d\d)/", home)
        table = view.table.to_pylist()
        assert [(r, c) for r, c in ranks] == [
            (str(row["rank"]) if row["rank"] is not None else "—", row["region_code"])
            for row in table
        ]
        marks = home.count('class="mark mark-illustrative"')
        invented = translator(language)("illustrative")
        assert marks == sum(row["mark"] == invented for row in table)
        compared += len(table)
    # The region locator: the chosen region stands out the same way on both.
    for code in ("MA-01", "MA-12"):
        shown = region.build(public, region.Controls(language, TODAY, code))
        page = (root / "regions" / code / "index.html").read_text("utf-8")
        assert same(
            edition_colours(page), dashboard_colours(shown.locator), view_colours(shown.locator)
        )
        compared += 1
    # The institutes: the same entities in the same order, the same stages and points.
    if public.has("institutes"):
        controls = institutes.Controls(language, TODAY)
        page = (root / "institutes" / "index.html").read_text("utf-8")
        overall = institutes.timeline(public, controls)
        if not isinstance(overall.figure, Empty):
            figure = draw.draw(overall.figure).to_dict()
            stages = sum(len(t["x"]) for t in figure["data"] if t["type"] == "bar")
            assert page.count('class="stage"') == stages
            planned = sum(len(t["x"]) for t in figure["data"] if t["type"] == "scatter")
            assert page.count('class="planned"') == planned
            labels = [
                a["text"]
                for a in figure["layout"].get("annotations", [])
                if a.get("name") != "illustrative-watermark"
            ]
            assert len(labels) >= len(overall.figure.rows)
            compared += stages
        status = institutes.on_date(public, controls)
        points = sum(
            sum(lon is not None for lon in t["lon"])
            for t in draw.draw(status.status_map).to_dict()["data"]
            if t["type"] == "scattergeo"
        )
        assert page.count('<g class="point">') == points
        compared += points
    # AI in public services: the same leading and lagging regions, the same values.
    if public.has("adoption"):
        page = html.unescape((root / "adoption" / "index.html").read_text("utf-8"))
        options = adoption.choices(public, language)
        for indicator in options.indicators:
            view = adoption.build(public, adoption.Controls(language, indicator))
            if isinstance(view, Empty):
                continue
            bars = draw.draw(view.figures["ranking"]).to_dict()["layout"]["annotations"]
            # a long label is written on several lines, one annotation each
            drawn = html.unescape(
                " ".join(a["text"] for a in bars if a.get("name") != "illustrative-watermark")
            )
            for row in (*view.leaders, *view.laggards):
                assert f"{row.group} · {row.name} · {row.value}" in drawn
                assert row.name in page and row.value in page
                compared += 1
    return compared


@pytest.mark.parametrize("public_illustrative", ["", "1"])
def test_both_drawers_draw_the_shipped_folder_alike(public_illustrative, monkeypatch):
    monkeypatch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", public_illustrative)
    snapshot = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    out = edition(snapshot)
    for language in ("fr", "ar"):
        assert compare(snapshot, out, language) > 12


@bounded(examples=3)
@given(folders())
def test_both_drawers_draw_any_valid_folder_alike(folder):
    path = written(folder)
    os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"] = "1"
    try:
        snapshot = Snapshot(validate_folder(path), path)
        compare(snapshot, edition(snapshot), "ar")
    finally:
        del os.environ["ATLAS_PUBLIC_ILLUSTRATIVE"]


@pytest.mark.apptest
def test_nothing_to_show_is_said_alike_by_both_drawers(tmp_path, monkeypatch):
    """An empty institutes file: the dashboard's page and the edition's page say the
    same words (the view's Empty), each in its own way of drawing."""
    from tests.support import factory
    from tests.support.apptest import exceptions, run_app

    folder = factory.write_folder(tmp_path / "data", {"institutes": factory.institutes().iloc[0:0]})
    app = run_app("pages/institutes.py", data_dir=folder, monkeypatch=monkeypatch)
    assert not exceptions(app)
    said = [element.value for element in app.info]
    page = edition(Snapshot(validate_folder(folder), folder)) / "institutes" / "index.html"
    written = re.findall(r'<p class="empty">([^<]*)</p>', page.read_text("utf-8"))
    assert (
        said
        == [html.unescape(text) for text in written]
        == ["Aucun institut dans le fichier des instituts pour l’instant."]
    )


def test_every_value_carries_its_mark_from_the_contracts_vocabulary():
    """Regions, points, bars and line points each carry one mark of loaders.contract.MARKS:
    a figure we computed is "derived", an invented one "illustrative", a plan "planned"."""
    from atlas.pictures import Marked, Shade
    from loaders.contract import MARKS
    from tests.support import walk

    snapshot = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    urban = overview.build(snapshot, overview.Controls("fr", TODAY, "urbanisation_rate"))
    marks = {shade.code: shade.mark for shade in urban.map.regions}
    assert marks["MA-01"] == marks["MA-03"] == "derived"  # computed by us (RGPH 2024)
    assert set(marks.values()) == {"published", "derived"}
    adoption_view = adoption.build(snapshot, adoption.Controls("fr"))
    assert {b.mark for b in adoption_view.figures["ranking"].bars} == {"illustrative"}
    status = institutes.on_date(snapshot, institutes.Controls("fr", TODAY))
    assert {p.mark for p in status.status_map.points} == {"published", "illustrative"}
    everything = [
        urban,
        adoption_view,
        status,
        institutes.timeline(snapshot, institutes.Controls("fr", TODAY)),
    ]
    for value in (v for view in everything for v in walk.values(view)):
        if isinstance(value, Marked):
            assert value.mark in MARKS
        elif isinstance(value, pd.DataFrame) and "mark" in value.columns:  # rows downloaded
            assert set(value["mark"].dropna()) <= set(MARKS)
    with pytest.raises(ValueError):
        Shade(code="MA-01", name="x", colour="#fff", mark="guessed")


def test_a_crowd_draws_each_picture_once(monkeypatch):
    """Twenty sessions asking at once for a just-built view's map: one drawing, shared."""
    import threading

    snapshot = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    picture = institutes.on_date(snapshot, institutes.Controls("fr", TODAY)).status_map
    drawings = []
    original = draw.draw
    monkeypatch.setattr(draw, "draw", lambda p: drawings.append(p) or original(p))
    figures = []
    sessions = [
        threading.Thread(target=lambda: figures.append(draw.figure(picture))) for _ in range(20)
    ]
    for session in sessions:
        session.start()
    for session in sessions:
        session.join()
    assert len(drawings) == 1 and len(figures) == 20
    assert all(f is figures[0] for f in figures)


def test_a_key_reads_right_to_left_along_a_line_and_upright_keeps_its_highest_on_top():
    """Issue 30: on the Arabic big screen the institutes' key stood upright with 0 at the
    top and 1 at the bottom (the right-to-left reversal meant for a horizontal key); a
    key's title beside a big map is on short lines (on one line it pushed plotly's margin
    and the map shrank to 66 % of the screen's height)."""
    from atlas.pictures import Ramp
    from plotly_drawer.marks import legend_trace

    ramp = Ramp(
        "Instituts régionaux", ("#eeeeee", "#000080"), ((0.25, "0"), (0.75, "1")), stepped=True
    )
    upright = legend_trace(ramp, {"orientation": "v"}, True, rtl=True, title_chars=14)
    bar = upright.marker.colorbar
    assert upright.marker.colorscale[-1][1] == "#000080"  # the highest colour on top
    assert list(bar.tickvals) == [0.25, 0.75] and list(bar.ticktext) == ["0", "1"]
    assert bar.title.text == "Instituts<br>régionaux"
    along = legend_trace(ramp, {"orientation": "h"}, True, rtl=True)
    assert along.marker.colorscale[-1][1] == "#eeeeee"  # the highest at the left end
    assert list(along.marker.colorbar.tickvals) == [0.75, 0.25]
