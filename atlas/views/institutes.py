"""The Jazari Institutes: where each stands on any date since the first announcement
(map, counts, regions still without one, table), and each institute's timeline."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from atlas import metrics, model, pictures
from atlas.colours import (
    KIND_MARKERS,
    NO_INSTITUTE,
    REGION_OUTLINE,
    STATUS_COLOURS,
    STATUS_PATTERNS,
    STATUS_SYMBOLS,
    THEME,
    WITH_INSTITUTE,
)
from atlas.i18n import format_date, format_month, format_number, translator
from atlas.pictures import (
    BIG_SCREEN_CHART_PX,
    Bar,
    Bars,
    Empty,
    LegendEntry,
    Marker,
    Point,
    PointsMap,
    Shade,
    Stage,
    TimelineRow,
)
from atlas.sections import Item, Section, find
from atlas.snapshot import Snapshot
from atlas.sources import SourceLine
from atlas.views.common import filtered, point_marker, watermark_text, worded
from loaders.contract import ENTITY_KINDS, REGIONAL_INSTITUTE, STAGE_COLUMNS

NEEDS = ("regions", "institutes")
USES = ()


@dataclass(frozen=True)
class Controls:
    language: str
    today: pd.Timestamp
    on: str | None = None  # ISO date of the status shown; None: today
    regions: tuple[str, ...] = ()  # empty: all
    big: bool = False


def default_controls(language: str, today: pd.Timestamp) -> Controls:
    """The page as it opens (what the data package and the tests build for each page)."""
    return Controls(language, today)


@dataclass(frozen=True)
class Timeline:
    """What does not depend on the date chosen: the dates to replay and the timeline."""

    dates: tuple[str, ...]  # ISO dates a viewer can replay, oldest first
    date_labels: dict[str, str]
    figure: pictures.Timeline | Empty  # Empty: no institute to draw, and why
    source: SourceLine | None
    heading: str = ""  # the timeline's heading, on every surface


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
    # the page's words for this date, as every surface says them: "status" (the bars'
    # heading), "without" (the regions with no regional institute yet, or that none is)
    sections: tuple[Section, ...] = ()

    def section(self, key: str) -> Section:
        return find(self.sections, key)


def timeline(snapshot: Snapshot, controls: Controls) -> Timeline:
    _ = translator(controls.language)
    institutes = snapshot.table("institutes")
    dates = tuple(model.rollout_dates(institutes, controls.today))
    labels = {
        d: _("Today") if d == dates[-1] else format_month(pd.Timestamp(d), controls.language)
        for d in dates
    }
    shown = _shown(snapshot, controls)
    heading = _("Timeline of each Jazari entity")
    if institutes.empty:
        return Timeline(
            dates, labels, Empty(_("No institute in the institutes file yet.")), None, heading
        )
    if shown.empty:
        return Timeline(
            dates, labels, filtered(_, _("No institute in the selected regions.")), None, heading
        )
    source = _source(shown)
    figure = rollout(
        _in_order(shown),
        controls.today,
        controls.language,
        _,
        watermark_text(source.illustrative, _),
    )
    return Timeline(dates, labels, figure, source, heading)


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
                pattern=STATUS_PATTERNS[stage],
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
                planned_marker=point_marker(
                    "circle", THEME.muted, "illustrative" if illustrative else "planned", THEME.ink
                ),
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
            LegendEntry(label=labels[s], colour=STATUS_COLOURS[s], pattern=STATUS_PATTERNS[s])
            for s, _c in stages
        )
        + (
            (
                LegendEntry(
                    _("Planned opening"),
                    THEME.muted,
                    point_marker("circle", THEME.muted, "planned", THEME.ink),
                ),
            )
            if any(row.planned is not None for row in rows)
            else ()
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
    labels = _status_labels(_)
    current = _in_order(metrics.institutes_on(shown, on)).assign(
        kind=lambda f: metrics.entity_kinds(f),
        kind_label=lambda f: metrics.entity_kinds(f).map(kinds),
    )
    markers = [_marker(row) for row in current.to_dict("records")]
    current = current.assign(status_colour=[m.fill for m in markers])
    counts_by_region = metrics.institute_counts_by_region(institutes, on)
    covered = [c for c in selected if counts_by_region.get(c, 0) > 0]
    source = _source(shown)
    mark = watermark_text(source.illustrative, _)
    status_map = _points(
        current, markers, names, selected, covered, lang, _, mark, controls.big, snapshot
    )
    counts = metrics.status_counts(shown, on)
    regional = current[current["kind"] == REGIONAL_INSTITUTE]
    invented_statuses = set(regional.loc[regional["illustrative"].astype(bool), "status"])
    status_bars = Bars(
        language=lang,
        label_title=_("Status"),
        value_title=_("Regional institutes (count)"),
        # each invented count says so beside its bar; across the chart only if all are
        watermark=mark if invented_statuses and invented_statuses >= set(counts) else "",
        bars=tuple(
            Bar(
                label=labels[s],
                value=float(n),
                value_text=worded(
                    format_number(n, lang),
                    "illustrative" if s in invented_statuses else "published",
                    _,
                ),
                colour=STATUS_COLOURS[s],
                # a count that includes an invented institute is marked so
                mark="illustrative" if s in invented_statuses else "published",
            )
            for s, n in counts.items()
        ),
    )
    return OnDate(
        on=on,
        title=_("Jazari Institutes — status on {date}").format(date=format_date(on, lang, "long")),
        current=current,
        status_labels=labels,
        status_map=status_map,
        status_bars=status_bars,
        without_institute=tuple(names.get(c, c) for c in selected if c not in covered),
        source=source,
        sections=(
            Section(_("Regional institutes by status"), key="status"),
            Section(
                _("Regions with no regional institute yet"),
                tuple(Item(text=names.get(c, c)) for c in selected if c not in covered),
                empty=Empty(
                    _("Every selected region has a regional institute announced or beyond.")
                ),
                key="without",
            ),
        ),
    )


def _marker(row: dict) -> Marker:
    """How an entity is drawn: a regional institute in its status's colour and shape
    (hollow when a plan, hollow with a dot when invented); the hub, a lab or a sector
    centre in its kind's own shape and colour, never an institute's."""
    mark = "illustrative" if row.get("illustrative") else row["status"]
    if row["kind"] == REGIONAL_INSTITUTE:
        shape = STATUS_SYMBOLS[row["status"]].removesuffix("-open")
        return point_marker(shape, STATUS_COLOURS[row["status"]], mark, THEME.ink)
    shape, colour = KIND_MARKERS[row["kind"]]
    return point_marker(shape, colour, mark, THEME.ink)


# Places closer than this (degrees) are spread apart on the map, so that one marker never
# hides another (the Mistral AI lab is housed at JAZARI ROOT).
SAME_PLACE = 0.1
SPREAD = 0.6


def spread_apart(places: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each place, moved around a small circle when others lie within SAME_PLACE of it
    (the hover keeps each one's own city). Grouped by distance to a group's first place,
    not by rounding: two places either side of a rounding edge are still one group."""
    import math

    groups: list[list[int]] = []
    for index, (lon, lat) in enumerate(places):
        for members in groups:
            first_lon, first_lat = places[members[0]]
            if math.hypot(lon - first_lon, lat - first_lat) < SAME_PLACE:
                members.append(index)
                break
        else:
            groups.append([index])
    moved = list(places)
    for members in groups:
        if len(members) < 2:
            continue
        for rank, index in enumerate(members):
            # a pair one above the other: along a coast (Rabat), never out to sea
            angle = 2 * math.pi * rank / len(members) + math.pi / 2
            lon, lat = places[index]
            moved[index] = (lon + SPREAD * math.cos(angle), lat + SPREAD * math.sin(angle))
    return moved


def _points(
    current: pd.DataFrame,
    markers: list[Marker],
    names: dict[str, str],
    selected: list[str],
    covered: list[str],
    language: str,
    _,
    mark: str,
    big: bool,
    snapshot: Snapshot,
) -> PointsMap:
    """The entities known on the date as points over the selected regions (tinted when
    they have a regional institute); the legend names every marker and fill drawn: each
    status of the regional institutes, each other kind of entity, invented ones apart."""
    labels = _status_labels(_)
    kinds = {kind: _(label) for kind, label in ENTITY_KINDS.items()}
    legend: dict[tuple, LegendEntry] = {}
    points = []
    rows = current.to_dict("records")
    places = spread_apart([(float(r["longitude"]), float(r["latitude"])) for r in rows])
    for row, marker, (lon, lat) in zip(rows, markers, places):
        regional = row["kind"] == REGIONAL_INSTITUTE
        name = labels[row["status"]] if regional else kinds[row["kind"]]
        if not regional and row["status"] == "planned":
            name += f" ({labels['planned'].lower()})"
        if row.get("illustrative"):
            name += f" ({_('illustrative')})"
        order = (
            bool(row.get("illustrative")),
            list(ENTITY_KINDS).index(row["kind"]),
            list(labels).index(row["status"]) if regional else row["status"] != "planned",
        )
        legend.setdefault(order, LegendEntry(name, marker.fill, marker))
        points.append(
            Point(
                longitude=lon,
                latitude=lat,
                marker=marker,
                hover=model.institute_hover(
                    row,
                    _,
                    lambda d: format_date(d, language),
                    names.get(row["region_code"], row["region_code"]),
                ),
                legend=name,
                mark="illustrative"
                if row.get("illustrative")
                else ("planned" if row["status"] == "planned" else "published"),
            )
        )
    fills = {
        WITH_INSTITUTE: _("Region with a regional institute"),
        NO_INSTITUTE: _("Region with no regional institute yet"),
    }
    shades = tuple(
        Shade(
            code=c,
            name=names[c],
            hover=(names[c], fills[WITH_INSTITUTE if c in covered else NO_INSTITUTE]),
            colour=WITH_INSTITUTE if c in covered else NO_INSTITUTE,
            line=REGION_OUTLINE,
            line_width=0.8,
        )
        for c in selected
        if c in names
    )
    drawn_fills = {shade.colour for shade in shades}
    return PointsMap(
        language=language,
        regions=shades,
        points=tuple(points),
        legend=tuple(legend[order] for order in sorted(legend))
        + tuple(LegendEntry(label, fill) for fill, label in fills.items() if fill in drawn_fills),
        legend_title=_("Key"),
        # the mark sits on what is invented: each invented point says so in its legend
        # entry and hover; the word across the map only when every point is invented
        watermark=mark if rows and all(r.get("illustrative") for r in rows) else "",
        big=big,
        height=BIG_SCREEN_CHART_PX if big else 560,
        geometry=snapshot.regions_geojson,
    )


def _in_order(institutes: pd.DataFrame) -> pd.DataFrame:
    """The order every surface lists institutes in: first announced first."""
    return institutes.sort_values(["announced_on", "planned_opening_on"])


def _shown(snapshot: Snapshot, controls: Controls) -> pd.DataFrame:
    institutes = model.translation_marked(
        snapshot.table_in("institutes", controls.language), "name", translator(controls.language)
    )
    if not controls.regions:
        return institutes
    return institutes[institutes["region_code"].isin(controls.regions)]


def _status_labels(_) -> dict[str, str]:
    return {status: _(label) for status, label in model.STATUS_LABELS.items()}


def _source(rows: pd.DataFrame) -> SourceLine:
    return model.file_credit(rows, model.INSTITUTES_SOURCE)
