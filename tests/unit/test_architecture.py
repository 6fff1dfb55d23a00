"""The layering the architecture notes promise, checked on the source: data flows one
way (loaders → atlas → drawers), and pages only read controls, call a view builder and
draw."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.support import REPO

FIGURE_MODULES = {"plotly", "plotly_drawer"}
DRAWERS = {"plotly_drawer", "html_drawer"}


def imports(path: Path) -> set[str]:
    """Every module a file imports (absolute names; `from a import b` gives a and a.b)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def reaches(names: set[str], forbidden: set[str]) -> set[str]:
    return {n for n in names for f in forbidden if n == f or n.startswith(f + ".")}


def files(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


@pytest.mark.parametrize("path", files("loaders"), ids=lambda p: p.name)
def test_loaders_import_no_drawer_and_nothing_of_atlas(path):
    assert not reaches(imports(path), {"atlas", "ui", "streamlit", "pages", "edition", *DRAWERS})


@pytest.mark.parametrize("path", files("atlas"), ids=lambda p: str(p.relative_to(REPO)))
def test_atlas_imports_no_drawer_and_no_streamlit(path):
    assert not reaches(imports(path), {"ui", "streamlit", "pages", "edition", *DRAWERS})


@pytest.mark.parametrize("path", files("pages"), ids=lambda p: p.name)
def test_pages_build_no_figure_and_list_no_dataset(path):
    assert not reaches(imports(path), FIGURE_MODULES)
    source = path.read_text("utf-8")
    assert "DATASETS" not in source and "def build_figures" not in source
    tree = ast.parse(source)
    calls = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert "freeze" not in calls, "figures are frozen by their view builder"


@pytest.mark.parametrize("path", files("pages"), ids=lambda p: p.name)
def test_each_page_draws_one_view_module(path):
    views = {n for n in imports(path) if n.startswith("atlas.views.")}
    assert len(views) == 1 or path.name == "event_screen.py" and views == {"atlas.views.event"}, (
        views
    )


@pytest.mark.parametrize("path", files("atlas/views"), ids=lambda p: p.name)
def test_view_builders_draw_nothing(path):
    """A view is plain data: no builder imports plotly or a drawer."""
    assert not reaches(imports(path), FIGURE_MODULES | DRAWERS)


@pytest.mark.parametrize(
    "path", files("edition") + files("plotly_drawer") + files("html_drawer"), ids=str
)
def test_drawers_and_the_edition_only_draw(path):
    """The drawers and the edition draw the views' pictures and rows: they compute nothing
    of their own (no frame, no metric, no colour scale) and build no view."""
    forbidden = {
        "pandas",
        "atlas.metrics",
        "atlas.model",
        "atlas.cooperation",
        "atlas.colours",
    }
    if "edition" not in path.parts:  # the edition is a surface: it builds its views
        forbidden |= {"atlas.views", "atlas.snapshot", "edition", "ui", "streamlit", "pages"}
    if "plotly_drawer" not in path.parts:
        forbidden.add("plotly")
    assert not reaches(imports(path), forbidden)


COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|\brgba?\(|\bhsla?\(")


@pytest.mark.parametrize("path", files("plotly_drawer") + files("html_drawer"), ids=str)
def test_no_drawer_holds_a_colour(path):
    """A drawer draws the colours its picture gives (its elements', its theme's): a colour
    written in a drawer is a decision made in the wrong place."""
    found = [
        f"{number}: {line.strip()}"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if COLOUR_LITERAL.search(line)
    ]
    assert not found, found


def test_the_colour_check_sees_a_colour():
    assert COLOUR_LITERAL.search('fill="#1B2A25"') and COLOUR_LITERAL.search("rgba(0,0,0,0)")
    assert not COLOUR_LITERAL.search('href="#ramp"') and not COLOUR_LITERAL.search("url(#p-12)")


MESSAGE = re.compile(r"""\b_\(\s*((?:"(?:[^"\\]|\\.)*"\s*|'(?:[^'\\]|\\.)*'\s*)+)\)""")
PART = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""")


def typed_messages(paths: list[Path]) -> dict[str, set[str]]:
    """Every message a surface types itself (`_("…")`), with the files that type it."""
    found: dict[str, set[str]] = {}
    for path in paths:
        for call in MESSAGE.finditer(path.read_text("utf-8")):
            words = "".join(a or b for a, b in PART.findall(call.group(1)))
            found.setdefault(words, set()).add(str(path.relative_to(REPO)))
    return found


def test_no_page_text_is_typed_by_both_surfaces():
    """A page's words exist once: the dashboard (pages/, ui/, app.py) and the edition
    (edition/, html_drawer/) both read them from the views and the page list, and type
    none of the same words themselves (they drifted when they did)."""
    dashboard = typed_messages(files("pages") + files("ui") + [REPO / "app.py"])
    edition = typed_messages(
        files("edition")
        + files("html_drawer")
        + sorted((REPO / "edition" / "templates").glob("*.html"))
        + sorted((REPO / "html_drawer" / "templates").glob("*.html"))
    )
    assert not set(dashboard) & set(edition), {
        words: sorted(dashboard[words] | edition[words]) for words in set(dashboard) & set(edition)
    }


def test_the_typed_text_check_sees_a_message():
    sample = REPO / "pages" / "overview.py"
    assert typed_messages([sample]), "the dashboard's pages type some words of their own"
