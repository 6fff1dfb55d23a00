"""Helpers to run pages with Streamlit's AppTest on a chosen data folder."""

from __future__ import annotations

import base64
import html
import json
import re
from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def run_app(
    page: str | None = None,
    query: dict[str, str] | None = None,
    data_dir: Path | None = None,
    monkeypatch=None,
) -> AppTest:
    if data_dir is not None:
        monkeypatch.setenv("ATLAS_DATA_DIR", str(data_dir))
    app = AppTest.from_file(APP, default_timeout=90)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    if page:
        app.switch_page(page)
    return app.run()


def exceptions(app: AppTest) -> list[str]:
    return [e.value for e in app.exception]


def figure(app: AppTest, index: int = 0) -> dict:
    """The plotly figure of a chart, with plotly's base64 typed arrays decoded to lists."""
    return decoded(json.loads(app.get("plotly_chart")[index].proto.spec))


def decoded(value):
    if isinstance(value, dict):
        if set(value) >= {"dtype", "bdata"}:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            shape = value.get("shape")
            if isinstance(shape, str):  # plotly writes a 2-D shape as "rows, columns"
                shape = tuple(int(n) for n in shape.split(","))
            return array.reshape(shape).tolist() if shape else array.tolist()
        return {k: decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decoded(v) for v in value]
    return value


def texts(app: AppTest) -> str:
    """Everything a viewer reads on the page, as one string."""
    parts = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "info",
        "warning",
        "error",
        "success",
    ):
        parts += [str(element.value) for element in app.get(kind)]
    parts += [f"{m.label} {m.value}" for m in app.metric]
    # sections drawn as HTML (ui/sections.py): their text, without the markup
    parts += [
        html.unescape(re.sub(r"<[^>]+>", " ", element.value))
        for element in app.get("html")
        if "<style" not in element.value and "<script" not in element.value
    ]
    return "\n".join(parts)


def region_hovers(app, index: int = 0) -> dict[str, str]:
    """Each region's hover on a map (the first choropleth of figure `index`): what a
    reader reads of its value (the map's colours are the view's; see test_two_drawers)."""
    trace = next(t for t in figure(app, index)["data"] if t["type"] == "choropleth")
    return dict(zip(trace["locations"], trace["customdata"]))


def page_title(app) -> str:
    """The page's title: its header's h1 (ui/sections.page_header: one HTML element with
    the lead), or an st.title (the region profile's, the welcome page's)."""
    if app.title:
        return app.title[0].value
    for element in app.get("html"):
        found = re.search(r'<h1 class="page-title">(.*?)</h1>', element.proto.body, re.S)
        if found:
            return html.unescape(found.group(1))
    return ""


def blocks(node):
    """Every block and element under `node`, depth first."""
    for child in getattr(node, "children", {}).values():
        yield child
        yield from blocks(child)


def open_everything(app: AppTest) -> AppTest:
    """Open every download menu and table expander a viewer can open (they build their
    content only when opened), then run again: what a viewer who opened them all sees."""
    for _ in range(3):  # what opens inside an opened fragment, as a viewer would
        keys = []
        for block in blocks(app.main):
            # an expander's proto is its Expandable; a popover's, the block holding it
            widget_id = {
                "expander": lambda: block.proto.id,
                "popover": lambda: block.proto.popover.id,
            }.get(block.type, lambda: "")()
            if widget_id and not app.session_state[key_of(widget_id)]:
                keys.append(key_of(widget_id))
        if not keys:
            return app
        for key in keys:
            app.session_state[key] = True
        app.run()
    return app


def key_of(widget_id: str) -> str:
    """The key given to a widget, from Streamlit's id for it ("$$ID-<hash>-<key>")."""
    return widget_id.split("-", 2)[2]
