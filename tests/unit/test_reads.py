"""What a view reads is known, not declared: each view module's NEEDS and USES (the files
its page stops without, and those it reads when they are there) are exactly the datasets
its builders read, recorded while they build every view of the shipped folder and of a
generated one."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given

from atlas import event_screen
from atlas.pages import PAGES
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
    strategy,
)
from loaders import DATASET_NAMES, validate_folder
from tests.support import REPO
from tests.support.generated import bounded, folders, written

TODAY = pd.Timestamp("2026-11-27")
LANGUAGES = ("fr", "ar")


def build_overview(snapshot: Snapshot, lang: str) -> None:
    options = overview.choices(snapshot, lang, TODAY)
    for indicator in (None, *options.indicators):
        overview.build(snapshot, overview.Controls(lang, TODAY, indicator))


def build_institutes(snapshot: Snapshot, lang: str) -> None:
    timeline = institutes.timeline(snapshot, institutes.Controls(lang, TODAY))
    for on in timeline.dates[:2]:
        institutes.on_date(snapshot, institutes.Controls(lang, TODAY, on))


def build_adoption(snapshot: Snapshot, lang: str) -> None:
    options = adoption.choices(snapshot, lang)
    for indicator in (None, *options.indicators):
        for per_capita in (True, False):
            adoption.build(snapshot, adoption.Controls(lang, indicator, per_capita=per_capita))


def build_sovereignty(snapshot: Snapshot, lang: str) -> None:
    for indicator in (None, *sovereignty.choices(snapshot, lang).indicators):
        sovereignty.build(snapshot, sovereignty.Controls(lang, indicator))


def build_cooperation(snapshot: Snapshot, lang: str) -> None:
    cooperation.choices(snapshot, lang)
    cooperation.build(snapshot, cooperation.Controls(lang))
    cooperation.build(
        snapshot, cooperation.Controls(lang, cooperation.coop.Filters(regions=("MA-01",)))
    )


def build_region(snapshot: Snapshot, lang: str) -> None:
    region.choices(snapshot, lang)
    for code in ("MA-01", "MA-12"):
        region.build(snapshot, region.Controls(lang, TODAY, code))


def build_data(snapshot: Snapshot, lang: str) -> None:
    data.build(snapshot, data.Controls(lang))


def build_strategy(snapshot: Snapshot, lang: str) -> None:
    strategy.build(snapshot, strategy.Controls(lang, TODAY))


def build_event(snapshot: Snapshot, lang: str) -> None:
    event.available_views(snapshot, lang, TODAY)
    for view in event_screen.VIEWS:
        event.build(snapshot, event.Controls(lang, TODAY, event_screen.Slot(view, 0, 1, lang)))


# How each page's builders are exercised, by page id (atlas.pages) and the big screen.
EXERCISED = {
    "overview": build_overview,
    "institutes": build_institutes,
    "adoption": build_adoption,
    "sovereignty": build_sovereignty,
    "cooperation": build_cooperation,
    "region": build_region,
    "data": build_data,
    "strategy": build_strategy,
    "event": build_event,
}
# Every view module of the page list, and the big screen's: derived, never listed again.
BUILDERS = {
    import_module(f"atlas.views.{name}"): exercise
    for name, exercise in EXERCISED.items()
    if name == "event" or name in {page.id for page in PAGES}
}


def test_every_page_of_the_list_is_exercised():
    assert set(EXERCISED) == {page.id for page in PAGES} | {"event"}


def reads(module, folder: Path, monkeypatch) -> set[str]:
    """The datasets a view module's builders read, on a fresh snapshot of the folder
    (nothing memoised yet), with every illustrative row shown (as the dashboard does)."""
    monkeypatch.setenv("ATLAS_PUBLIC_ILLUSTRATIVE", "1")
    read: set[str] = set()
    state = Snapshot.state

    def recording(self, name):
        read.add(name)
        return state(self, name)

    monkeypatch.setattr(Snapshot, "state", recording)
    snapshot = Snapshot(validate_folder(folder), folder)
    for lang in LANGUAGES:
        BUILDERS[module](snapshot, lang)
    monkeypatch.undo()
    return read


def declared(module) -> set[str]:
    return set(module.NEEDS) | set(module.USES)


@pytest.mark.parametrize("module", list(BUILDERS), ids=lambda m: m.__name__.split(".")[-1])
def test_each_view_reads_what_it_declares(module, monkeypatch):
    read = reads(module, REPO / "data", monkeypatch)
    if module is data:  # the data page explains every dataset, whatever its state
        assert read == set(DATASET_NAMES) and declared(module) == set()
    else:
        assert read == declared(module), (read - declared(module), declared(module) - read)


@bounded(examples=2)
@given(folders())
def test_no_view_reads_more_than_it_declares_on_any_folder(folder):
    path = written(folder)
    with pytest.MonkeyPatch.context() as monkeypatch:
        for module in BUILDERS:
            read = reads(module, path, monkeypatch)
            assert module is data or read <= declared(module), (module.__name__, read)
