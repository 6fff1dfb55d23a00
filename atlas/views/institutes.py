"""The Jazari Institutes: where each stands on any date since the first announcement
(map, counts, regions still without one, table), and each institute's timeline."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import metrics, model
from atlas.charts import horizontal_bars, rollout_timeline
from atlas.frozen import FrozenFigure, freeze
from atlas.i18n import format_date, format_month, translator
from atlas.maps import institutes_points
from atlas.plotstyle import BIG_SCREEN_CHART_PX, STATUS_COLOURS, big_screen, watermark
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine
from loaders.contract import ENTITY_KINDS

NEEDS = ("regions", "institutes")
USES = ("adoption", "sovereignty", "context", "indicators")


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    on: str | None = None              # ISO date of the status shown; None: today
    regions: tuple[str, ...] = ()      # empty: all
    big: bool = False


@dataclass(frozen=True)
class Timeline:
    """What does not depend on the date chosen: the dates to replay and the timeline."""

    dates: tuple[str, ...]                 # ISO dates a viewer can replay, oldest first
    date_labels: dict[str, str]
    figure: FrozenFigure | None            # None: no institute to draw
    source: SourceLine | None
    no_institute_yet: bool = False         # the file itself is empty (not the region filter)


@dataclass(frozen=True)
class OnDate:
    """The institutes' status on one date."""

    on: pd.Timestamp
    title: str
    current: pd.DataFrame                  # the institutes shown, with their status
    status_labels: dict[str, str]
    status_map: FrozenFigure
    status_bars: FrozenFigure
    without_institute: tuple[str, ...]     # names of selected regions with none yet
    source: SourceLine


def timeline(snapshot: Snapshot, controls: Controls) -> Timeline:
    _ = translator(controls.language)
    institutes = snapshot.frame("institutes")
    dates = tuple(model.rollout_dates(institutes, controls.today))
    labels = {d: _("Today") if d == dates[-1] else format_month(pd.Timestamp(d), controls.language)
              for d in dates}
    shown = _shown(snapshot, controls)
    if shown.empty:
        return Timeline(dates, labels, None, None, no_institute_yet=institutes.empty)
    ordered = shown.sort_values(["announced_on", "planned_opening_on"])
    # an invented institute says so on its own row, not only under the figure
    names = [f"{name} · {_('illustrative')}" if illustrative else str(name)
             for name, illustrative in zip(ordered["name"], ordered["illustrative"])]
    figure = rollout_timeline(ordered, controls.today, _status_labels(_), _("Date"),
                              _("Planned opening"), controls.language, names=names)
    source = _source(shown)
    if source.illustrative:
        watermark(figure, _("illustrative").upper())
    return Timeline(dates, labels, freeze(figure), source)


def on_date(snapshot: Snapshot, controls: Controls) -> OnDate:
    _ = translator(controls.language)
    lang = controls.language
    institutes = snapshot.frame("institutes")
    names = snapshot.region_names(lang)
    selected = list(controls.regions) or list(names)
    shown = _shown(snapshot, controls)
    on = pd.Timestamp(controls.on) if controls.on else controls.today
    kinds = {kind: _(label) for kind, label in ENTITY_KINDS.items()}
    current = metrics.institutes_on(shown, on).assign(
        kind_label=lambda f: metrics.entity_kinds(f).map(kinds))
    counts_by_region = metrics.institute_counts_by_region(institutes, on)
    covered = [c for c in selected if counts_by_region.get(c, 0) > 0]
    labels = _status_labels(_)
    hover = [model.institute_hover(row, _, lambda d: format_date(d, lang),
                                   names.get(row["region_code"], row["region_code"]))
             for _i, row in current.iterrows()]
    status_map = institutes_points(
        current, snapshot.regions_geojson, {c: names[c] for c in selected if c in names},
        covered, labels, hover, legend_title=_("Status"), language=lang,
        height=BIG_SCREEN_CHART_PX if controls.big else 560,
        illustrative_label=_("illustrative"))
    counts = metrics.status_counts(shown, on)
    status_bars = horizontal_bars(
        [labels[s] for s in counts.index], counts.tolist(), _("Institutes (count)"), lang,
        colours=[STATUS_COLOURS[s] for s in counts.index])
    if controls.big:
        big_screen(status_map)
    source = _source(shown)
    if source.illustrative:
        watermark(status_map, _("illustrative").upper(), big=controls.big)
    return OnDate(
        on=on, title=_("Status on {date}").format(date=format_date(on, lang, "long")),
        current=current, status_labels=labels,
        status_map=freeze(status_map), status_bars=freeze(status_bars),
        without_institute=tuple(names.get(c, c) for c in selected if c not in covered),
        source=source)


def _shown(snapshot: Snapshot, controls: Controls) -> pd.DataFrame:
    institutes = snapshot.frame_in("institutes", controls.language)
    if not controls.regions:
        return institutes
    return institutes[institutes["region_code"].isin(controls.regions)]


def _status_labels(_) -> dict[str, str]:
    return {status: _(label) for status, label in model.STATUS_LABELS.items()}


def _source(rows: pd.DataFrame) -> SourceLine:
    return model.file_credit(rows, model.INSTITUTES_SOURCE)
