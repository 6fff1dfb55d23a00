"""The event's big screen: each rotating view is taken from the page builders (the
overview's institutes map, the institutes' status on a replayed date, the adoption
ranking, the cooperation world map), drawn large."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd

from atlas import event_screen, model
from atlas.i18n import format_value, translator
from atlas.pages import EVENT_NEEDS, EVENT_TITLES
from atlas.pictures import Empty, Picture
from atlas.sections import KeyFigure
from atlas.snapshot import Snapshot, published_only
from atlas.sources import SourceLine
from atlas.views import adoption, cooperation, institutes, overview, strategy

NEEDS = ("regions",)
USES = ("indicators", "institutes", "adoption", "sovereignty", "cooperation", "context", "strategy")


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    slot: event_screen.Slot


# The views that change from one tick to the next (the rollout replays its dates); every
# other view is the same for all its time on screen, so it is built once, not each tick
# (the view cache's key is the controls).
REPLAYS = ("rollout",)


def controls(language: str, today: pd.Timestamp, slot: event_screen.Slot) -> Controls:
    """The controls of the view a tick shows, as the view cache should know them."""
    if slot.view not in REPLAYS:
        slot = replace(slot, tick_in_view=0)
    return Controls(language, today, slot)


@dataclass(frozen=True)
class View:
    title: str
    subtitle: str | None
    figure: Picture | Empty  # Empty: nothing to show, and why
    key_figures: tuple[KeyFigure, ...] = ()
    source: SourceLine | None = None
    # Said at the screen's text size: illustrative values shown (a demonstration), or
    # why a view is left out of the rotation.
    notice: str | None = None
    # A sentence read beside the view, under its key figures (the view keeps the height)
    aside: str | None = None


def build(snapshot: Snapshot, controls: Controls) -> View:
    """One rotating view, from published facts only unless the deployment opts in
    (snapshot.published_only): the big screen is a public surface."""
    _ = translator(controls.language)
    view = controls.slot.view
    title = _(EVENT_TITLES[view])
    public = published_only(snapshot)
    if public.unavailable(EVENT_NEEDS[view]):
        return View(title, None, nothing(_))
    if view in REPLAYS:
        # The ticks that show one date of the replay get one view, the same object: what
        # the dashboard makes from it (its source line's HTML, its figure) is made once.
        on = _rollout_date(public, controls)
        return public.memo(
            ("event-replay", view, controls.language, controls.today, on),
            lambda: _finished(public, controls, title),
        )
    return _finished(public, controls, title)


def _finished(public: Snapshot, controls: Controls, title: str) -> View:
    _ = translator(controls.language)
    shown = DRAWN[controls.slot.view](public, controls, title)
    if isinstance(shown.figure, Empty) and public.published_only:
        return replace(
            shown, figure=Empty(_("Left out: its figures are illustrative, not published."))
        )
    if shown.source is not None:
        # nobody clicks a screen in a hall: the sources' words and links are on the
        # phones' edition (its QR code beside); the screen names the publishers and keeps
        # its height for the map
        shown = replace(shown, source=replace(shown.source, evidence=(), urls=()))
    if shown.source is not None and shown.source.illustrative:
        return replace(shown, notice=_("Illustrative values, not published data: a demonstration."))
    return shown


def available_views(snapshot: Snapshot, language: str, today: pd.Timestamp) -> tuple[str, ...]:
    """The views the rotation shows: those with something to draw on this screen."""

    def build_all():
        return tuple(
            v
            for v in event_screen.VIEWS
            if not isinstance(
                build(
                    snapshot, Controls(language, today, event_screen.Slot(v, 0, 1, language))
                ).figure,
                Empty,
            )
        )

    return snapshot.memo(("event-views", language, today), build_all) or event_screen.VIEWS[:1]


def _institutes_map(snapshot: Snapshot, controls: Controls, title: str) -> View:
    _ = translator(controls.language)
    shown = overview.build(
        snapshot,
        overview.Controls(
            controls.language, controls.today, model.INSTITUTES_LAYER, per_capita=False, big=True
        ),
    )
    kpi = overview.institute_kpis(snapshot.frame("institutes"), controls.today)
    return View(
        title,
        None,
        shown.map or nothing(_),
        key_figures=(
            KeyFigure(_("Regional institutes announced or beyond"), str(kpi["announced"])),
            KeyFigure(
                _("Regions with a regional institute"),
                _("{count} of {total}").format(
                    count=kpi["regions_covered"], total=kpi["regions_total"]
                ),
            ),
            KeyFigure(_("Regional institutes operating"), str(kpi["operating"])),
        ),
        source=shown.source,
    )


def _rollout_date(snapshot: Snapshot, controls: Controls):
    """The date of the replay this tick shows."""
    base = institutes.Controls(controls.language, controls.today, big=True)
    dates = snapshot.memo(
        ("event-rollout-dates", controls.language, controls.today),
        lambda: institutes.timeline(snapshot, base).dates,
    )
    return dates[event_screen.replay_position(controls.slot, len(dates))]


def _rollout(snapshot: Snapshot, controls: Controls, title: str) -> View:
    on = _rollout_date(snapshot, controls)
    # one map per date of the replay, whatever the tick that shows it
    shown = snapshot.memo(
        ("event-rollout", controls.language, controls.today, on),
        lambda: institutes.on_date(
            snapshot, institutes.Controls(controls.language, controls.today, on, big=True)
        ),
    )
    return View(title, shown.title, shown.status_map, source=shown.source)


def _leaders(snapshot: Snapshot, controls: Controls, title: str) -> View:
    shown = adoption.build(snapshot, adoption.Controls(controls.language, big=True))
    if isinstance(shown, Empty):
        return View(title, None, shown)
    label = adoption.choices(snapshot, controls.language).labels[shown.indicator]
    return View(
        title, f"{label} · {shown.unit_text}", shown.figures["ranking"], source=shown.source
    )


def _partners(snapshot: Snapshot, controls: Controls, title: str) -> View:
    _ = translator(controls.language)
    shown = cooperation.build(snapshot, cooperation.Controls(controls.language, big=True))
    if isinstance(shown, Empty):
        return View(title, None, shown)
    summary = shown.summary
    subtitle = _(
        "{count} agreements signed, {share} of them South-South · {other} other "
        "cooperation (talks, forums, resolutions)"
    ).format(
        count=summary["total"],
        other=summary["other"],
        share=format_value(summary["share"] * 100, "%", controls.language),
    )
    return View(title, subtitle, shown.figures["world"], source=shown.source)


def _strategy(snapshot: Snapshot, controls: Controls, title: str) -> View:
    """Maroc IA 2030's announced targets beside the regions its institutes reach so far."""
    _ = translator(controls.language)
    shown = strategy.build(snapshot, strategy.Controls(controls.language, controls.today, big=True))
    if not shown.has_strategy or shown.inclusion is None or shown.inclusion.map_figure is None:
        return View(title, None, nothing(_))
    # two key figures: their labels are long, and the screen never scrolls
    targets = [t for t in shown.targets if t.scope == "Maroc IA 2030" and t.year != "—"][:2]
    figures = []
    for target in targets:
        # a key figure says what it is: a target, for its year, in its unit
        label = _("Target for {year}: {what} ({unit})").format(
            year=target.year, what=target.headline, unit=target.unit
        )
        figures.append(KeyFigure(label, target.number))
    # the key figures' own sources beside the map's
    source = strategy.merge_sources(
        [shown.inclusion.map_source or shown.inclusion.source, *(t.source for t in targets)], _
    )
    # the regions reached and their people, in a sentence beside the map: under the title
    # it took three lines of the map's height
    return View(
        title,
        None,
        shown.inclusion.map_figure,
        tuple(figures),
        source,
        aside=shown.inclusion.summary,
    )


# Each big-screen view of the page list (atlas.pages: a page's `event`), by name.
DRAWN = {
    "map": _institutes_map,
    "rollout": _rollout,
    "leaders": _leaders,
    "cooperation": _partners,
    "strategy": _strategy,
}


def nothing(_) -> Empty:
    return Empty(_("Nothing to show in this data folder."))
