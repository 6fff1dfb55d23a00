"""The Jazari Institutes: where each stands on any date since the first announcement
(map, counts, regions still without one, table), and each institute's timeline."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import metrics, model, pictures
from atlas.colours import (
    NO_INSTITUTE,
    STATUS_COLOURS,
    STATUS_PATTERNS,
    STATUS_SYMBOLS,
    WITH_INSTITUTE,
)
from atlas.i18n import format_date, format_month, format_number, translator
from atlas.pictures import (
    BIG_SCREEN_CHART_PX,
    Bar,
    Bars,
    Empty,
    LegendEntry,
    Point,
    PointsMap,
    Shade,
    Stage,
    TimelineRow,
)
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine
from atlas.views.common import filtered, watermark_text
from loaders.contract import ENTITY_KINDS, STAGE_COLUMNS

NEEDS = ("regions", "institutes")
USES = ()


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    on: str | None = None  # ISO date of the status shown; None: today
    regions: tuple[str, ...] = ()  # empty: all
    big: bool = False


@dataclass(frozen=True)
class Timeline:
    """What does not depend on the date chosen: the dates to replay and the timeline."""

    dates: tuple[str, ...]  # ISO dates a viewer can replay, oldest first
    date_labels: dict[str, str]
    figure: pictures.Timeline | Empty  # Empty: no institute to draw, and why
    source: SourceLine | None


@dataclass(frozen=True)
class OnDate:
    """The institutes' status on one date."""

    on: pd.Timestamp
    title: str
    current: pd.DataFrame  # the institutes shown, with their status
    status_labels: dict[str, str]
    status_map: PointsMap
    status_bars: Bars
    without_institute: tuple[str, ...]  # names of selected regions with none yet
    source: SourceLine


def timeline(snapshot: Snapshot, controls: Controls) -> Timeline:
    _ = translator(controls.language)
    institutes = snapshot.table("institutes")
    dates = tuple(model.rollout_dates(institutes, controls.today))
    labels = {
        d: _("Today") if d == dates[-1] else format_month(pd.Timestamp(d), controls.language)
        for d in dates
    }
    shown = _shown(snapshot, controls)
    if institutes.empty:
        return Timeline(dates, labels, Empty(_("No institute in the institutes file yet.")), None)
    if shown.empty:
        return Timeline(
            dates, labels, filtered(_, _("No institute in the selected regions.")), None
        )
    source = _source(shown)
    figure = rollout(
        _in_order(shown),
        controls.today,
        controls.language,
        _,
        watermark_text(source.illustrative, _),
    )
    return Timeline(dates, labels, figure, source)


def rollout(
    ordered: pd.DataFrame, today: pd.Timestamp, language: str, _, mark: str = ""
) -> pictures.Timeline:
    """Each institute's stages reached by `today` (one bar each, until the next stage or
    today) and its planned opening; the axis spans every date, planned ones included."""
    labels = _status_labels(_)
    stages = list(STAGE_COLUMNS.items())
    rows = []
    for row in ordered.to_dict("records"):
        illustrative = bool(row.get("illustrative", False))
        # an invented institute says so on its own row, not only under the figure
        reached = [
            (stage, row[column])
            for stage, column in stages
            if pd.notna(row[column]) and row[column] <= today
        ]
        drawn = tuple(
            Stage(
                label=labels[stage],
                colour=STATUS_COLOURS[stage],
                start=start.date(),
                end=min([d for _s, d in reached if d > start], default=today).date(),
                date_text=format_date(start, language),
            )
            for stage, start in reached
        )
        planned = row["planned_opening_on"]
        rows.append(
            TimelineRow(
                name=str(row["name"]),
                stages=drawn,
                label=f"{row['name']} · {_('illustrative')}" if illustrative else str(row["name"]),
                name_language=row.get("name__lang") or None,
                planned=planned.date() if pd.notna(planned) else None,
                planned_text=format_date(planned, language) if pd.notna(planned) else "",
                mark="illustrative" if illustrative else "published",
            )
        )
    # every date known (pandas 3's stack() keeps the missing ones: left out here)
    dates = [
        when
        for when in (
            *ordered[[c for _s, c in stages]].stack(),
            *ordered["planned_opening_on"],
            today,
        )
        if pd.notna(when)
    ]
    first, last = min(dates), max(dates)
    return pictures.Timeline(
        language=language,
        rows=tuple(rows),
        watermark=mark,
        legend=tuple(
            LegendEntry(
                label=labels[s],
                colour=STATUS_COLOURS[s],
                symbol=STATUS_SYMBOLS[s],
                pattern=STATUS_PATTERNS[s],
            )
            for s, _c in stages
        ),
        today=today.date(),
        first=first.date(),
        last=last.date(),
        date_title=_("Date"),
        planned_label=_("Planned opening"),
        today_text=format_date(today, language, "long"),
        first_text=format_date(first, language),
        last_text=format_date(last, language),
    )


def on_date(snapshot: Snapshot, controls: Controls) -> OnDate:
    _ = translator(controls.language)
    lang = controls.language
    institutes = snapshot.frame("institutes")
    names = snapshot.region_names(lang)
    selected = list(controls.regions) or list(names)
    shown = _shown(snapshot, controls)
    on = pd.Timestamp(controls.on) if controls.on else controls.today
    kinds = {kind: _(label) for kind, label in ENTITY_KINDS.items()}
    current = _in_order(metrics.institutes_on(shown, on)).assign(
        kind_label=lambda f: metrics.entity_kinds(f).map(kinds),
        status_colour=lambda f: f["status"].map(STATUS_COLOURS),
    )
    counts_by_region = metrics.institute_counts_by_region(institutes, on)
    covered = [c for c in selected if counts_by_region.get(c, 0) > 0]
    labels = _status_labels(_)
    hover = [
        model.institute_hover(
            row,
            _,
            lambda d: format_date(d, lang),
            names.get(row["region_code"], row["region_code"]),
        )
        for _i, row in current.iterrows()
    ]
    source = _source(shown)
    mark = watermark_text(source.illustrative, _)
    status_map = _points(
        current,
        names,
        selected,
        covered,
        hover,
        lang,
        _,
        mark,
        controls.big,
        snapshot.regions_geojson,
    )
    counts = metrics.status_counts(shown, on)
    statuses = metrics.institute_status(shown, on)
    invented_statuses = set(statuses[shown["illustrative"].astype(bool)])
    status_bars = Bars(
        language=lang,
        label_title=_("Status"),
        value_title=_("Institutes (count)"),
        watermark=mark,
        bars=tuple(
            Bar(
                label=labels[s],
                value=float(n),
                value_text=format_number(n, lang),
                colour=STATUS_COLOURS[s],
                # a count that includes an invented institute is marked so
                mark="illustrative" if s in invented_statuses else "published",
            )
            for s, n in counts.items()
        ),
    )
    return OnDate(
        on=on,
        title=_("Status on {date}").format(date=format_date(on, lang, "long")),
        current=current,
        status_labels=labels,
        status_map=status_map,
        status_bars=status_bars,
        without_institute=tuple(names.get(c, c) for c in selected if c not in covered),
        source=source,
    )


def _points(
    current: pd.DataFrame,
    names: dict[str, str],
    selected: list[str],
    covered: list[str],
    hover: list[str],
    language: str,
    _,
    mark: str,
    big: bool,
    geometry: str | dict,
) -> PointsMap:
    """Institutes as points coloured and shaped by status over the selected regions
    (tinted when covered); an invented one hollow with a dot, under its own legend entry."""
    labels = _status_labels(_)
    legend, points = [], []
    invented = (
        current["illustrative"].astype(bool)
        if "illustrative" in current
        else pd.Series(False, index=current.index)
    )
    for status, colour in STATUS_COLOURS.items():
        for illustrative in (False, True):
            rows = current[(current["status"] == status) & (invented == illustrative)]
            if illustrative and rows.empty:
                continue
            symbol = STATUS_SYMBOLS[status]
            entry = LegendEntry(
                label=labels[status] + (f" ({_('illustrative')})" if illustrative else ""),
                colour=colour,
                illustrative=illustrative,
                symbol=f"{symbol.removesuffix('-open')}-open-dot" if illustrative else symbol,
            )
            legend.append(entry)
            points += [
                Point(
                    longitude=float(r["longitude"]),
                    latitude=float(r["latitude"]),
                    colour=colour,
                    symbol=entry.symbol,
                    hover=text,
                    legend=entry.label,
                    # a planned institute is a plan, published or not
                    mark="illustrative"
                    if illustrative
                    else ("planned" if status == "planned" else "published"),
                )
                for (index, r) in rows.iterrows()
                for text in [hover[current.index.get_loc(index)]]
            ]
    shades = tuple(
        Shade(
            code=c,
            name=names[c],
            hover=names[c],
            colour=WITH_INSTITUTE if c in covered else NO_INSTITUTE,
        )
        for c in selected
        if c in names
    )
    return PointsMap(
        language=language,
        regions=shades,
        points=tuple(points),
        legend=tuple(legend),
        legend_title=_("Status"),
        watermark=mark,
        big=big,
        height=BIG_SCREEN_CHART_PX if big else 560,
        geometry=geometry,
    )


def _in_order(institutes: pd.DataFrame) -> pd.DataFrame:
    """The order every surface lists institutes in: first announced first."""
    return institutes.sort_values(["announced_on", "planned_opening_on"])


def _shown(snapshot: Snapshot, controls: Controls) -> pd.DataFrame:
    institutes = snapshot.table_in("institutes", controls.language)
    if not controls.regions:
        return institutes
    return institutes[institutes["region_code"].isin(controls.regions)]


def _status_labels(_) -> dict[str, str]:
    return {status: _(label) for status, label in model.STATUS_LABELS.items()}


def _source(rows: pd.DataFrame) -> SourceLine:
    return model.file_credit(rows, model.INSTITUTES_SOURCE)
