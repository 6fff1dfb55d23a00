"""Colouring the regions by value: one scale for the dashboard's maps and the static
edition's SVG maps, so both show the same colour for the same value.

Counts (institutes, agreements) are drawn in whole steps — one colour per count, a
legend of whole numbers — never as a continuous ramp that would suggest "1.5 institutes".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from loaders.contract import COUNT_UNIT, ENTITY_KINDS, INSTITUTE_STATUSES


@dataclass(frozen=True)
class Theme:
    """The colours of a picture's frame, the same on every surface: text, grid lines,
    borders, background, the illustrative watermark. What a value means (its fill, its
    marker) is decided by its view, never by a drawer."""

    ink: str = "#1B2A25"
    muted: str = "#4A5A55"  # axis titles, source lines: 7.6:1 on white
    grid: str = "#E6ECE9"  # grid lines, a progress bar's track
    border: str = "#ffffff"  # between regions and countries
    background: str = "#ffffff"
    transparent: str = "rgba(0,0,0,0)"
    label_background: str = "rgba(255,255,255,0.85)"  # behind a label written over a plot
    watermark: str = "#8a3b00"
    watermark_opacity: float = 0.28
    mark_ink: str = "#8A4B12"  # the illustrative mark's words under a picture


THEME = Theme()
MISSING_COLOUR = "#d9d9d9"  # a region or a cell with no figure
# ColorBrewer's single-hue "Blues" (plotly's `Blues`), from the lowest to the highest value.
SEQUENTIAL = (
    "rgb(247,251,255)",
    "rgb(222,235,247)",
    "rgb(198,219,239)",
    "rgb(158,202,225)",
    "rgb(107,174,214)",
    "rgb(66,146,198)",
    "rgb(33,113,181)",
    "rgb(8,81,156)",
    "rgb(8,48,107)",
)

# Palettes are colour-blind safe: single-hue sequential scales for magnitudes, and the
# Okabe-Ito qualitative palette (with a distinct marker symbol per category) for statuses.
BORDER_COLOUR = "#ffffff"
ACCENT = "#0B6E4F"
NATIONAL_COLOUR = "#1B2A25"
HIGHLIGHT = "#D55E00"  # South-South, a target
OTHER = "#0072B2"
FADED_OPACITY = 0.3  # a region outside the selected ones
REGION_OUTLINE = "#9aa5a0"  # the regions under a map of places
FADED_BAR = "#b7c4bf"  # bars of regions outside the selection
NO_INSTITUTE = "#eceff1"  # a region with no institute yet; grey countries of the world map
WITH_INSTITUTE = "#cfe8dc"
CHOSEN_REGION = "#0B6E4F"  # the region profile's locator
OTHER_REGION = "#dfe6e2"
# Okabe-Ito colours, one per rollout status in the contract's order (planned first), with
# a symbol each for colour-blind viewers.
STATUS_COLOURS = dict(
    zip(INSTITUTE_STATUSES, ("#999999", "#E69F00", "#56B4E9", "#0072B2", "#009E73"), strict=True)
)
STATUS_SYMBOLS = dict(
    zip(INSTITUTE_STATUSES, ("circle-open", "circle", "diamond", "square", "star"), strict=True)
)
# The Jazari entities that are not regional institutes are drawn with their own shape and
# colour, never an institute's: the hub, a lab, a sector centre (ENTITY_KINDS).
KIND_MARKERS = {
    "hub": ("hexagon", "#6A3D9A"),
    "research_lab": ("triangle-up", "#CC79A7"),
    "sector_centre": ("pentagon", "#8C510A"),
}
assert set(KIND_MARKERS) == set(ENTITY_KINDS) - {"regional_institute"}
# The rollout's stages on a timeline also differ by their fill's pattern (plotly's pattern
# shapes): a stage is never told from the next by its colour alone. Solid: open.
STATUS_PATTERNS = dict(zip(INSTITUTE_STATUSES, ("", ".", "/", "x", ""), strict=True))
# A qualitative palette for up to eight lines (regions) on one chart.
LINE_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)

# … each with its marker's shape too, so that lines are told apart without their colour
# (an invented point is the same shape, hollow).
LINE_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down")

MAX_STEPS = 12  # beyond this many distinct counts, a continuous ramp reads better
LOWEST_SHARE = 0.12  # the first step is a light blue, not white (a count of 0 is a value)


@dataclass(frozen=True)
class RegionScale:
    low: float  # the value drawn with the first colour of the scale
    high: float  # … and with the last
    reverse: bool  # lower is better: the darkest colour for the lowest value
    whole: bool = False  # counts: one colour per whole number from low to high

    def fraction(self, value: float) -> float:
        if self.high == self.low:
            return 1.0 if self.whole else 0.5
        share = (value - self.low) / (self.high - self.low)
        share = min(1.0, max(0.0, share))
        if self.whole:
            share = LOWEST_SHARE + (1 - LOWEST_SHARE) * share
        return 1.0 - share if self.reverse else share

    def colour(self, value: float | None) -> str:
        if value is None or not math.isfinite(value):
            return MISSING_COLOUR
        if self.whole:
            value = round(value)
        return sample(self.fraction(value))

    @property
    def steps(self) -> list[int]:
        return list(range(int(self.low), int(self.high) + 1)) if self.whole else []

    def gradient(self, count: int = 5) -> list[str]:
        """Colours from the low value to the high one (for a legend drawn in CSS)."""
        if self.whole:
            return [self.colour(step) for step in self.steps]
        values = [self.low + (self.high - self.low) * i / (count - 1) for i in range(count)]
        return [self.colour(v) for v in values]


def sample(fraction: float) -> str:
    """The colour of the sequential scale at `fraction` (0 to 1), interpolated in RGB."""
    stops = [tuple(int(c) for c in stop[4:-1].split(",")) for stop in SEQUENTIAL]
    position = min(1.0, max(0.0, fraction)) * (len(stops) - 1)
    index = min(int(position), len(stops) - 2)
    share = position - index
    low, high = stops[index], stops[index + 1]
    red, green, blue = (round(a + (b - a) * share) for a, b in zip(low, high))
    return f"rgb({red},{green},{blue})"


def region_scale(data) -> RegionScale:
    """The scale of a map of values (an `atlas.model.MapData`)."""
    known = data.values["value"].dropna()
    return value_scale(
        known.tolist(),
        higher_is_better=data.higher_is_better,
        whole=data.unit == COUNT_UNIT and not data.per_capita,
    )


def value_scale(
    values: list[float], higher_is_better: bool = True, whole: bool = False
) -> RegionScale:
    low = float(min(values)) if values else 0.0
    high = float(max(values)) if values else 1.0
    whole = whole and all(float(v).is_integer() for v in values) and high - low < MAX_STEPS
    return RegionScale(low, high, reverse=not higher_is_better, whole=whole)
