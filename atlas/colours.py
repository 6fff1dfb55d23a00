"""Colouring the regions by value: one scale for the dashboard's maps and the static
edition's SVG maps, so both show the same colour for the same value."""

from __future__ import annotations

import math
from dataclasses import dataclass

from plotly.colors import sample_colorscale

from atlas.model import MapData
from atlas.plotstyle import MISSING_COLOUR, SEQUENTIAL


@dataclass(frozen=True)
class RegionScale:
    low: float             # the value drawn with the first colour of the scale
    high: float            # … and with the last
    reverse: bool          # lower is better: the darkest colour for the lowest value

    def fraction(self, value: float) -> float:
        if self.high == self.low:
            return 0.5
        share = (value - self.low) / (self.high - self.low)
        share = min(1.0, max(0.0, share))
        return 1.0 - share if self.reverse else share

    def colour(self, value: float | None) -> str:
        if value is None or not math.isfinite(value):
            return MISSING_COLOUR
        return sample_colorscale(SEQUENTIAL, [self.fraction(value)])[0].replace(" ", "")

    def gradient(self, steps: int = 5) -> list[str]:
        """Colours from the low value to the high one (for a legend drawn in CSS)."""
        values = [self.low + (self.high - self.low) * i / (steps - 1) for i in range(steps)]
        return [self.colour(v) for v in values]


def region_scale(data: MapData) -> RegionScale:
    known = data.values["value"].dropna()
    low = float(known.min()) if len(known) else 0.0
    high = float(known.max()) if len(known) else 1.0
    return RegionScale(low, high, reverse=not data.higher_is_better)
