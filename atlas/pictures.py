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

from atlas.colours import ACCENT, HIGHLIGHT, NO_INSTITUTE, THEME, Theme
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


# The event's big screen (1920×1080): a chart takes 80 % of the height under its title
# (a map of the 12 regions drawn 70 % of the screen high), leaving room for a source
# line of up to three lines (publishers named, no links: atlas.views.event); under a
# subtitle of two lines, 68 %.
BIG_SCREEN_CHART_PX = 860
BIG_SCREEN_CHART_UNDER_TEXT_PX = 730


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
    theme: Theme = THEME  # the frame's colours: ink, grid, background, the watermark's


@dataclass(frozen=True)
class Marker:
    """A mark on a map or a chart, as drawn: its shape (circle, square, diamond, star,
    triangle-up, triangle-down, hexagon, pentagon, cross), its fill and outline colours,
    hollow (outline only: an invented value, a planned date) and a dot in its middle (an
    invented place)."""

    shape: str
    fill: str
    line: str
    hollow: bool = False
    dot: bool = False


@dataclass(frozen=True)
class Ramp:
    """A colour legend: `colours` from the lowest value to the highest (equal steps);
    `ticks` the words written along it, each at its place (0 the lowest end, 1 the
    highest); `note` what a reader should know to read it ("darker is better")."""

    title: str
    colours: tuple[str, ...]
    ticks: tuple[tuple[float, str], ...] = ()
    note: str = ""
    stepped: bool = False  # one colour per value (counts): drawn as blocks, not a gradient

    @property
    def low(self) -> str:
        return self.ticks[0][1] if self.ticks else ""

    @property
    def high(self) -> str:
        return self.ticks[-1][1] if self.ticks else ""


# --- Maps of the 12 regions ----------------------------------------------------------------
@dataclass(frozen=True)
class Shade(Marked):
    """One region of a map as drawn: its fill, outline and opacity, and what its hover
    says (lines of plain text, the first its name)."""

    code: str
    name: str
    colour: str
    hover: tuple[str, ...] = ()
    value: float | None = None  # the value coloured (None: no figure, or no scale)
    opacity: float = 1.0  # below 1: outside the selected regions
    line: str = THEME.border
    line_width: float = 1.0


@dataclass(frozen=True, kw_only=True)
class RegionMap(Picture):
    """The 12 regions, each in its colour, with a colour legend (`ramp`) or none."""

    regions: tuple[Shade, ...] = ()
    ramp: Ramp | None = None
    height: int = 520
    geometry: str | dict = ""  # for plotly: the served file's URL or the collection


@dataclass(frozen=True)
class Point(Marked):
    """A place on a map (a Jazari entity): its marker, its hover lines (plain text, the
    first its name) and the legend entry it belongs to."""

    longitude: float
    latitude: float
    marker: Marker
    hover: tuple[str, ...]
    legend: str


@dataclass(frozen=True)
class LegendEntry:
    """A key: its words and what it shows — a marker, or a colour (with a pattern, for a
    bar)."""

    label: str
    colour: str
    marker: Marker | None = None
    pattern: str = ""  # a bar's fill pattern (plotly's shapes: "", "/", "x", "."…)


@dataclass(frozen=True, kw_only=True)
class PointsMap(Picture):
    """Places over the regions (tinted by category), with a legend of kinds of point."""

    regions: tuple[Shade, ...] = ()
    points: tuple[Point, ...] = ()
    legend: tuple[LegendEntry, ...] = ()  # every marker and every region fill drawn
    legend_title: str = ""
    height: int = 560
    geometry: str | dict = ""


@dataclass(frozen=True)
class Country:
    """A partner country as drawn: its fill, outline and hover."""

    iso3: str
    value: float
    colour: str
    hover: str
    outlined: bool = False  # e.g. a South-South partner
    line: str = THEME.border
    line_width: float = 0.4


@dataclass(frozen=True, kw_only=True)
class WorldMap(Picture):
    """Partner countries in their colours; the home country in the accent colour; the
    others grey."""

    countries: tuple[Country, ...] = ()
    others: tuple[str, ...] = ()  # the other countries, drawn grey
    home: str = "MAR"
    home_hover: str = ""
    home_colour: str = ACCENT
    other_colour: str = NO_INSTITUTE
    ramp: Ramp | None = None
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
    """Bars of the share of the way to each target (0 to 1), each with its text, drawn
    in `colour` over a `track` of the whole way."""

    labels: tuple[str, ...] = ()
    shares: tuple[float, ...] = ()
    texts: tuple[str, ...] = ()
    axis_title: str = ""
    colour: str = ACCENT
    track: str = THEME.grid


@dataclass(frozen=True)
class Stage:
    label: str
    colour: str
    start: date
    end: date  # the next stage's start, or today
    date_text: str  # the start, as written
    pattern: str = ""


@dataclass(frozen=True)
class TimelineRow(Marked):
    name: str
    label: str  # as written on the chart: the name and its mark
    stages: tuple[Stage, ...]
    planned: date | None = None  # the planned opening
    planned_text: str = ""
    planned_marker: Marker | None = None
    name_language: str | None = None  # when the name is not in the page's language


@dataclass(frozen=True, kw_only=True)
class Timeline(Picture):
    """One row per entity, a bar per stage reached, the planned date as an open mark."""

    rows: tuple[TimelineRow, ...] = ()
    legend: tuple[LegendEntry, ...] = ()  # the stages drawn, and the planned opening's key
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
    hollow: bool = False  # drawn in outline only: an invented value
    when: str = ""  # the period as written (a year, a quarter, a month), in the hover and rows


@dataclass(frozen=True)
class Line:
    name: str
    colour: str
    points: tuple[LinePoint, ...]
    national: bool = False  # drawn thicker and dashed
    symbol: str = "circle"  # its points' shape


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
    # the keys of a published and an invented point, when the chart shows both
    mark_keys: tuple[LegendEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Grid(Picture):
    """Rows × columns, each cell in its colour with its value written in its ink."""

    rows: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    values: tuple[tuple[float | None, ...], ...] = ()
    texts: tuple[tuple[str, ...], ...] = ()  # each value as written in its cell
    colours: tuple[tuple[str, ...], ...] = ()
    inks: tuple[tuple[str, ...], ...] = ()  # each cell's text colour, legible on its fill
    marks: tuple[tuple[str, ...], ...] = ()  # each cell's mark ("" where no figure)
    hover_unit: str = ""
    ramp: Ramp | None = None


@dataclass(frozen=True)
class Event(Marked):
    """A dated point on a timeline of events (an agreement)."""

    when: date
    category: str  # its row
    series: str  # its legend entry
    marker: Marker
    date_text: str
    who: str
    what: str
    url: str = ""  # its own source (the page that reports it)


@dataclass(frozen=True, kw_only=True)
class Events(Picture):
    """Dated events, one row per category, each a marker of its series."""

    events: tuple[Event, ...] = ()
    categories: tuple[str, ...] = ()  # rows, top first
    series: tuple[LegendEntry, ...] = ()
    x_title: str = ""
