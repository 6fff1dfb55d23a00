"""The page list (atlas.pages) is the one registry: each page's view module, its page
script and every surface it declares draw it — and nothing draws a page it does not
declare."""

from __future__ import annotations

from importlib import import_module

import pandas as pd
import pytest

from atlas.pages import EVENT_NEEDS, EVENT_VIEWS, PAGES, PUBLISHED_MAPS
from atlas.snapshot import Snapshot
from atlas.views import event
from edition import site
from loaders import DATASET_NAMES, validate_folder
from tests.support import REPO


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.id)
def test_each_page_has_its_view_and_its_script(page):
    module = import_module(page.view_module)
    assert callable(getattr(module, page.builder)) and callable(module.default_controls)
    assert set(module.NEEDS) | set(module.USES) <= set(DATASET_NAMES)
    assert (REPO / page.script).is_file()


def test_the_edition_draws_exactly_the_pages_that_declare_it():
    assert set(site.DRAWN) | {"region"} == {p.id for p in PAGES if "edition" in p.surfaces}
    for page in PAGES:
        if page.edition:
            assert (site.TEMPLATES / page.edition).is_file()


def test_the_big_screen_draws_exactly_the_pages_that_declare_it():
    assert set(event.DRAWN) == set(EVENT_VIEWS) == set(EVENT_NEEDS)
    assert all(EVENT_NEEDS[view] for view in EVENT_VIEWS)


def test_the_published_maps_carry_their_marks_and_sources():
    """The data package publishes the rows of each page that declares it, when its
    default view has a map (the shipped sovereignty page opens on a national series)."""
    snapshot = Snapshot(validate_folder(REPO / "data"), REPO / "data")
    published = 0
    for page in PUBLISHED_MAPS:
        rows = getattr(page.build(snapshot, "fr", pd.Timestamp("2026-11-30")), "rows", None)
        if rows is not None and len(rows):
            assert {"mark", "source"} <= set(rows.columns), page.id
            published += 1
    assert published >= 2
