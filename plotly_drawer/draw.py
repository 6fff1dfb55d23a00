"""The plotly drawer: a picture (atlas.pictures) drawn once into a frozen figure, for
the dashboard's pages and the event screen.

The figure is kept on the picture itself: a picture lives in the view cache with its
view, so it is drawn once for every viewer of that view and forgotten with it.
"""

from __future__ import annotations

import threading

from atlas.pictures import (
    Bars,
    Events,
    Grid,
    Lines,
    PointsMap,
    Progress,
    RegionMap,
    Timeline,
    WorldMap,
)
from plotly_drawer import charts, maps
from plotly_drawer.frozen import FrozenFigure, freeze
from plotly_drawer.style import big_screen, watermark

DRAWERS = {
    RegionMap: maps.region_map,
    PointsMap: maps.points_map,
    WorldMap: maps.world_map,
    Bars: charts.bars,
    Progress: charts.progress,
    Timeline: charts.timeline,
    Lines: charts.lines,
    Grid: charts.grid,
    Events: charts.events,
}


# One drawing at a time: when a crowd opens a page whose view was just built, the first
# session draws its pictures and the others wait for that figure instead of each drawing
# it again (drawing is pure Python: done in parallel it only multiplies the work).
_drawing = threading.Lock()


def figure(picture) -> FrozenFigure:
    drawn = picture.__dict__.get("_figure")
    if drawn is not None:
        return drawn
    with _drawing:
        drawn = picture.__dict__.get("_figure")
        if drawn is None:
            drawn = freeze(draw(picture))
            # A frozen dataclass: the drawn figure is a memo, not a field of the picture.
            object.__setattr__(picture, "_figure", drawn)
    return drawn


def draw(picture):
    """A new plotly figure of the picture (not memoised)."""
    drawn = DRAWERS[type(picture)](picture)
    if picture.big:
        big_screen(drawn)
    if picture.watermark:
        watermark(drawn, picture.watermark, big=picture.big, theme=picture.theme)
    return drawn
