"""Colouring the regions by value: one scale for the dashboard's maps and the static
edition's SVG maps, so both show the same colour for the same value.

Counts (institutes, agreements) are drawn in whole steps — one colour per count, a
legend of whole numbers — never as a continuous ramp that would suggest "1.5 institutes".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from plotly.colors import sample_colorscale

from atlas.model import MapData
from atlas.plotstyle import MISSING_COLOUR, SEQUENTIAL
from loaders.contract import COUNT_UNIT

MAX_STEPS = 12           # beyond this many distinct counts, a continuous ramp reads better
LOWEST_SHARE = 0.12      # the first step is a light blue, not white (a count of 0 is a value)


@dataclass(frozen=True)
class RegionScale:
    low: float             # the value drawn with the first colour of the scale
    high: float            # … and with the last
    reverse: bool          # lower is better: the darkest colour for the lowest value
    whole: bool = False    # counts: one colour per whole number from low to high

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
        return sample_colorscale(SEQUENTIAL, [self.fraction(value)])[0].replace(" ", "")

    @property
    def steps(self) -> list[int]:
        return list(range(int(self.low), int(self.high) + 1)) if self.whole else []

    def gradient(self, count: int = 5) -> list[str]:
        """Colours from the low value to the high one (for a legend drawn in CSS)."""
        if self.whole:
            return [self.colour(step) for step in self.steps]
        values = [self.low + (self.high - self.low) * i / (count - 1) for i in range(count)]
        return [self.colour(v) for v in values]

    def plotly(self) -> dict:
        """The trace settings that draw this scale in plotly: colours, bounds, colour bar
        ticks (whole numbers for counts)."""
        if not self.whole:
            return {"colorscale": SEQUENTIAL, "reversescale": self.reverse,
                    "zmin": self.low, "zmax": self.high, "colorbar": {"nticks": 5}}
        steps = self.steps
        bins = len(steps)
        colorscale = []
        for index, step in enumerate(steps):
            colour = self.colour(step)
            colorscale += [[index / bins, colour], [(index + 1) / bins, colour]]
        return {"colorscale": colorscale, "zmin": steps[0] - 0.5, "zmax": steps[-1] + 0.5,
                "colorbar": {"tickvals": steps, "ticktext": [str(s) for s in steps],
                             "tickmode": "array"}}


def region_scale(data: MapData) -> RegionScale:
    known = data.values["value"].dropna()
    return value_scale(known.tolist(), higher_is_better=data.higher_is_better,
                       whole=data.unit == COUNT_UNIT and not data.per_capita)


def value_scale(values: list[float], higher_is_better: bool = True,
                whole: bool = False) -> RegionScale:
    low = float(min(values)) if values else 0.0
    high = float(max(values)) if values else 1.0
    whole = whole and all(float(v).is_integer() for v in values) and high - low < MAX_STEPS
    return RegionScale(low, high, reverse=not higher_is_better, whole=whole)
