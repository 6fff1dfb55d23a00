"""The strategy page (issue 18): what Maroc IA 2030 promises, when each step happened, who
governs it under which ethical frame, which regions the rollout reaches — every item
from published sources, on the shipped folder, on a folder without the optional file, in
the dashboard (three languages), on the big screen and in the edition."""

from __future__ import annotations

import pandas as pd
import pytest

from atlas import event_screen
from atlas.pictures import Empty
from atlas.snapshot import Snapshot
from atlas.views import event, strategy
from loaders.store import DataStore
from tests.support import factory
from tests.support.apptest import exceptions, page_title, run_app

TODAY = pd.Timestamp("2026-11-27")


@pytest.fixture(scope="module")
def shipped() -> Snapshot:
    return Snapshot(DataStore(factory.REPO / "data").states(), factory.REPO / "data")


def test_targets_of_both_strategies_with_their_sources(shipped):
    view = strategy.build(shipped, strategy.Controls("en", TODAY))
    by_text = {t.text: t for t in view.targets}
    ai = [t for t in view.targets if t.scope == "Maroc IA 2030"]
    assert {t.value for t in ai} >= {"100 billion MAD", "50,000 jobs", "200,000 graduates"}
    # where sources disagree, both, each with its own source
    jobs = [t for t in view.targets if t.value in ("240,000 jobs", "270,000 jobs")]
    assert len(jobs) == 2 and jobs[0].source.urls != jobs[1].source.urls
    five_g = [t for t in view.targets if t.text.startswith("5G coverage")]
    # the launch's two readings (population, households) and the ANRT's raised target,
    # shown together and counted once
    assert len(five_g) == 3 and len([t for t in five_g if not t.counted_with]) == 1
    assert all(t.source.source and not t.source.illustrative for t in view.targets)
    # a month-only announcement is printed as its month
    assert by_text["Direct digital jobs"].announced == "Sep 2024"


def test_on_track_only_from_two_published_figures(shipped):
    view = strategy.build(shipped, strategy.Controls("en", TODAY))
    measured = [t for t in view.targets if t.on_track is not None]
    assert len(measured) == 1  # the UN e-government rank: 101 (2022) → 90 (2024), target 50
    (egdi,) = measured
    assert egdi.on_track is False and egdi.verdict.words == "behind the pace needed"
    # the pace needed runs from the latest figure: (90 − 50) ÷ 6 years = 6.7 a year
    assert "5.5 a year so far; 6.7 a year needed" in egdi.verdict.detail
    assert egdi.source.derived and "UN DESA" in egdi.source.source  # whose figures, computed
    others = [t for t in view.targets if t.on_track is None]
    # a target with one published figure says it, as the sovereignty page does
    said = {t.key: t.verdict.words for t in others}
    assert said["T-MD-EXPORTS"] == "one published figure: 17.9B MAD (2023)"
    assert said["T-MD-YOUTH"].startswith("one published figure: 14,000")
    assert all(
        words == "no published figure yet"
        for key, words in said.items()
        if key not in ("T-MD-EXPORTS", "T-MD-YOUTH")
    )


def test_every_target_is_counted_once(shipped):
    view = strategy.build(shipped, strategy.Controls("en", TODAY))
    counted = [t for t in view.targets if not t.counted_with]
    assert len(counted) == 17 and len(view.targets) == 21
    assert view.pace.startswith("Announced targets: 17. Measurable against two published")


def test_milestones_governance_and_quotes(shipped):
    view = strategy.build(shipped, strategy.Controls("fr", TODAY))
    dates = [m.sort_key for m in view.milestones]
    assert dates == sorted(dates)
    texts = " ".join(m.text for m in view.milestones)
    assert "Assises nationales de l'IA" in texts and "Maroc Digital 2030" in texts
    assert "JAZARI ROOT" in texts and "12 départements ministériels" in texts
    assert "juil. 2025" in [m.date for m in view.milestones]  # the Assises: month only
    governance = " ".join(g.text for g in view.governance)
    assert "CNDP" in governance and "09-08" in governance and "UNESCO" in governance
    cndp = next(q for q in view.quotes if "usage loyal" in q.words)
    assert cndp.speaker == "Omar Seghrouchni" and "CNDP" in cndp.role
    # only an English report of these words was found: they are shown as it gives them
    assert "sipoch" in cndp.outlet and cndp.date == "12 janv. 2026"
    english = strategy.build(shipped, strategy.Controls("en", TODAY))
    # our translations of French words; the CNDP's words are English as reported
    assert [q.translated for q in english.quotes].count(False) == 1
    assert all(q.translated for q in english.quotes if "dignity" not in q.words)


def test_territorial_inclusion_from_published_facts(shipped):
    inclusion = strategy.build(shipped, strategy.Controls("en", TODAY)).inclusion
    assert len(inclusion.covered) == 3 and "Oriental" in inclusion.covered
    assert inclusion.covered_population.startswith("2,963,315 inhabitants")
    assert len(inclusion.without_university) == 4  # MA-08, MA-10, MA-11, MA-12
    assert "Guelmim-Oued Noun" in inclusion.without_university
    assert [value for _text, value, _s in inclusion.facts] == ["58.5 %"]
    assert not inclusion.source.illustrative and inclusion.map_figure is not None


def test_a_folder_without_the_strategy_file(tmp_path):
    folder = factory.write_folder(tmp_path / "data")
    snapshot = Snapshot(DataStore(folder).states(), folder)
    view = strategy.build(snapshot, strategy.Controls("ar", TODAY))
    assert not view.has_strategy and view.targets == () and view.inclusion is not None
    slot = event_screen.Slot("strategy", 0, 1, "ar")
    assert isinstance(event.build(snapshot, event.Controls("ar", TODAY, slot)).figure, Empty)


@pytest.mark.apptest
@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_the_page_in_three_languages(lang, tmp_path, monkeypatch):
    app = run_app("pages/strategy.py", query={"lang": lang})
    assert not exceptions(app)
    assert "2030" in page_title(app)
    # every section said, each in one block: targets with their verdicts, milestones,
    # governance, quotes, territorial inclusion (its table beside), not published
    assert len([h for h in app.get("html") if "atlas-section" in h.value]) >= 5
    assert len(app.dataframe) == 1
    empty = run_app(
        "pages/strategy.py",
        data_dir=factory.write_folder(tmp_path / "data"),
        monkeypatch=monkeypatch,
        query={"lang": lang},
    )
    assert not exceptions(empty) and page_title(empty)


def test_the_big_screen_and_the_edition(shipped, shipped_edition):
    slot = event_screen.Slot("strategy", 0, 1, "fr")
    screen = event.build(shipped, event.Controls("fr", TODAY, slot))
    assert screen.figure is not None and len(screen.key_figures) == 2
    assert "Reuters" in screen.source.source  # the key figures' own source
    out = shipped_edition
    for root in ("", "ar/", "en/"):
        page = (out / root / "strategy" / "index.html").read_text()
        assert "Maroc IA 2030" in page  # named in the footer of every language
        assert "Omar Seghrouchni" in page and "Omar Hilale" in page and "channelnewsasia" in page
    home = (out / "index.html").read_text()
    assert 'href="strategy/index.html"' in home
