"""The event's big screen: each rotating view is taken from the page builders (the
overview's institutes map, the institutes' status on a replayed date, the adoption
ranking, the cooperation world map), drawn large."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import kiosk, model
from atlas.frozen import FrozenFigure
from atlas.i18n import format_value, translator
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine
from atlas.views import adoption, cooperation, institutes, overview

NEEDS = ("regions",)
USES = ("indicators", "institutes", "adoption", "cooperation", "context")
# What each rotating view cannot do without.
VIEW_NEEDS = {"map": ("indicators", "institutes"), "rollout": ("institutes",),
              "leaders": ("indicators", "adoption"), "cooperation": ("cooperation",)}


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    slot: kiosk.Slot


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class View:
    title: str
    subtitle: str | None = None
    figure: FrozenFigure | None = None      # None: nothing to show in this data folder
    key_figures: tuple[Figure, ...] = ()
    source: SourceLine | None = None


def build(snapshot: Snapshot, controls: Controls) -> View:
    _ = translator(controls.language)
    view = controls.slot.view
    title = _(kiosk.VIEW_TITLES[view])
    if snapshot.unavailable(VIEW_NEEDS[view]):
        return View(title)
    return {"map": _institutes_map, "rollout": _rollout, "leaders": _leaders,
            "cooperation": _partners}[view](snapshot, controls, title)


def _institutes_map(snapshot: Snapshot, controls: Controls, title: str) -> View:
    _ = translator(controls.language)
    shown = overview.build(snapshot, overview.Controls(
        controls.language, controls.today, model.INSTITUTES_LAYER, per_capita=False, big=True))
    kpi = overview.institute_kpis(snapshot.frame("institutes"), controls.today)
    return View(title, None, shown.map_figure, (
        Figure(_("Institutes announced or beyond"), str(kpi["announced"])),
        Figure(_("Regions with an institute"), _("{count} of {total}").format(
            count=kpi["regions_covered"], total=kpi["regions_total"])),
        Figure(_("Institutes operating"), str(kpi["operating"])),
    ), shown.source)


def _rollout(snapshot: Snapshot, controls: Controls, title: str) -> View:
    base = institutes.Controls(controls.language, controls.today, big=True)
    dates = institutes.timeline(snapshot, base).dates
    on = dates[kiosk.replay_position(controls.slot, len(dates))]
    shown = institutes.on_date(snapshot, institutes.Controls(
        controls.language, controls.today, on, big=True))
    return View(title, shown.title, shown.status_map, (), shown.source)


def _leaders(snapshot: Snapshot, controls: Controls, title: str) -> View:
    shown = adoption.build(snapshot, adoption.Controls(controls.language, big=True))
    if shown is None or shown.is_empty:
        return View(title)
    label = adoption.choices(snapshot, controls.language).labels[shown.indicator]
    return View(title, f"{label} · {shown.unit_text}", shown.figures["ranking"], (),
                shown.source)


def _partners(snapshot: Snapshot, controls: Controls, title: str) -> View:
    _ = translator(controls.language)
    shown = cooperation.build(snapshot, cooperation.Controls(controls.language, big=True))
    if shown.is_empty:
        return View(title)
    summary = shown.summary
    subtitle = _("{count} agreements · {share} South-South").format(
        count=summary["total"], share=format_value(summary["share"] * 100, "%",
                                                   controls.language))
    return View(title, subtitle, shown.figures["world"], (), shown.source)
