"""What a chart or a map shows, as plain data: the view builders decide it, the drawers
only draw it (`plotly_drawer` for the dashboard and the big screen, `html_drawer` for the static
edition).

Each picture holds every value, colour, mark and text a reader sees, already decided and
formatted in the page's language. It holds no plotly object and no data frame: a drawer
never filters, ranks, counts or picks a colour.

Dates are `datetime.date`s. Every value a reader sees (a region's, a point's, a bar's, a
line's point, a timeline's row) carries its mark, in the contract's one vocabulary
(`loaders.contract.MARKS`: published, illustrative, planned, derived, translated); an
illustrative one is drawn hollow, or with the word, never like a published one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from atlas.colours import ACCENT, HIGHLIGHT, NO_INSTITUTE, RegionScale
from loaders.contract import MARKS


@dataclass(frozen=True)
class Marked:
    """A value with its mark (`loaders.contract.MARKS`)."""

    mark: str = field(default="published", kw_only=True)

    def __post_init__(self) -> None:
        if self.mark not in MARKS:
            raise ValueError(f"unknown mark {self.mark!r}: one of {', '.join(MARKS)}")

    @property
    def illustrative(self) -> bool:
        return self.mark == "illustrative"


# The event's big screen (1920×1080): a chart takes 73 % of the height, under its title.
BIG_SCREEN_CHART_PX = 790


@dataclass(frozen=True)
class Empty:
    """Nothing to show, and why, in words (the file is empty; the filter leaves nothing;
    its figures are illustrative and this is a public surface…), with what the reader can
    do about it, if anything. A builder returns it in place of a view, a picture or a
    table; both drawers write it where that would be."""

    reason: str
    hint: str = ""


@dataclass(frozen=True, kw_only=True)
class Picture:
    """What every picture shares."""

    language: str
    # The word written across a picture whose values are (partly) invented, or "".
    watermark: str = ""
    big: bool = False  # the event's big screen


# --- Maps of the 12 regions ----------------------------------------------------------------
@dataclass(frozen=True)
class Shade(Marked):
    """One region of a map: its colour and what its hover says."""

    code: str
    name: str
    colour: str
    hover: str
    value: float | None = None  # the value coloured (None: no figure, or no scale)
    faded: bool = False  # outside the selected regions


@dataclass(frozen=True, kw_only=True)
class RegionMap(Picture):
    """The 12 regions coloured by value (with `scale`) or by category (without)."""

    regions: tuple[Shade, ...] = ()
    scale: RegionScale | None = None
    legend_title: str = ""
    legend_low: str = ""  # the lowest and highest values, as written
    legend_high: str = ""
    height: int = 520
    geometry: str | dict = ""  # for plotly: the served file's URL or the collection


@dataclass(frozen=True)
class Point(Marked):
    """A place on a map (an institute)."""

    longitude: float
    latitude: float
    colour: str
    symbol: str  # plotly's marker names: circle, diamond, star…
    hover: str
    legend: str  # the legend entry it belongs to


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str
    symbol: str
    illustrative: bool = False
    pattern: str = ""  # a bar's fill pattern (plotly's shapes: "", "/", "x", "."…)


@dataclass(frozen=True, kw_only=True)
class PointsMap(Picture):
    """Places over the regions (tinted by category), with a legend of kinds of point."""

    regions: tuple[Shade, ...] = ()
    points: tuple[Point, ...] = ()
    legend: tuple[LegendEntry, ...] = ()
    legend_title: str = ""
    height: int = 560
    geometry: str | dict = ""


@dataclass(frozen=True)
class Country:
    iso3: str
    value: float
    hover: str
    outlined: bool = False  # e.g. a South-South partner


@dataclass(frozen=True, kw_only=True)
class WorldMap(Picture):
    """Partner countries coloured by a count; the home country in the accent colour."""

    countries: tuple[Country, ...] = ()
    others: tuple[str, ...] = ()  # the other countries, drawn grey
    home: str = "MAR"
    home_hover: str = ""
    home_colour: str = ACCENT
    other_colour: str = NO_INSTITUTE
    scale: RegionScale | None = None
    legend_title: str = ""
    legend_low: str = ""  # the lowest and highest counts, as written
    legend_high: str = ""
    outline_label: str = ""  # what an outlined country is, in words
    height: int = 520
    geometry: str | dict | None = None  # None: no world geometry served (tests)


# --- Charts with axes ------------------------------------------------------------------------
@dataclass(frozen=True)
class Bar(Marked):
    label: str
    value: float
    value_text: str  # the value as written beside the label
    colour: str
    hover: str = ""


@dataclass(frozen=True, kw_only=True)
class Bars(Picture):
    """Labelled horizontal bars in the given order (a ranking, counts by category)."""

    bars: tuple[Bar, ...] = ()
    label_title: str = ""  # what the labels are (the table's first heading)
    value_title: str = ""
    height: int = 0  # 0: as tall as the bars need


@dataclass(frozen=True, kw_only=True)
class Progress(Picture):
    """Bars of the share of the way to each target (0 to 1), each with its text."""

    labels: tuple[str, ...] = ()
    shares: tuple[float, ...] = ()
    texts: tuple[str, ...] = ()
    axis_title: str = ""


@dataclass(frozen=True)
class Stage:
    label: str
    colour: str
    start: date
    end: date  # the next stage's start, or today
    date_text: str  # the start, as written


@dataclass(frozen=True)
class TimelineRow(Marked):
    name: str
    label: str  # as written on the chart: the name and its mark
    stages: tuple[Stage, ...]
    planned: date | None = None  # the planned opening
    planned_text: str = ""
    name_language: str | None = None  # when the name is not in the page's language


@dataclass(frozen=True, kw_only=True)
class Timeline(Picture):
    """One row per entity, a bar per stage reached, the planned date as an open mark."""

    rows: tuple[TimelineRow, ...] = ()
    legend: tuple[LegendEntry, ...] = ()  # the stages drawn
    today: date
    first: date  # the axis runs from first to last
    last: date
    date_title: str = ""
    planned_label: str = ""
    today_text: str = ""
    first_text: str = ""
    last_text: str = ""


@dataclass(frozen=True)
class LinePoint(Marked):
    period: date
    value: float


@dataclass(frozen=True)
class Line:
    name: str
    colour: str
    points: tuple[LinePoint, ...]
    national: bool = False  # drawn thicker and dashed
    symbol: str = "circle"  # its points' shape (hollow when invented)


@dataclass(frozen=True)
class Target:
    period: date
    value: float
    label: str
    colour: str = HIGHLIGHT


@dataclass(frozen=True, kw_only=True)
class Lines(Picture):
    """One line per series over time; a target as a star; hollow points are invented."""

    lines: tuple[Line, ...] = ()
    x_title: str = ""
    y_title: str = ""
    target: Target | None = None
    height: int = 400
    tick_labels: tuple[tuple[date, str], ...] = ()  # () : years on the axis
    marks: tuple[str, str] = ("", "")  # the words for a published and an invented point


@dataclass(frozen=True, kw_only=True)
class Grid(Picture):
    """Rows × columns coloured by value (regions × sectors)."""

    rows: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    values: tuple[tuple[float | None, ...], ...] = ()
    colour_title: str = ""
    hover_unit: str = ""
    scale: RegionScale | None = None  # the cells' colours (as the maps': one palette)


@dataclass(frozen=True)
class Event:
    """A dated point on a timeline of events (an agreement)."""

    when: date
    category: str  # its row
    series: str  # its legend entry
    colour: str
    symbol: str
    date_text: str
    who: str
    what: str


@dataclass(frozen=True, kw_only=True)
class Events(Picture):
    """Dated events, one row per category, coloured by series."""

    events: tuple[Event, ...] = ()
    categories: tuple[str, ...] = ()  # rows, top first
    series: tuple[LegendEntry, ...] = ()
    x_title: str = ""
