"""Walking a built view: every value it holds, however nested (dataclasses, dicts,
tuples, lists), to find its pictures, and anything that is not plain data."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pandas as pd
import plotly.basedatatypes

from atlas.pictures import Picture


def values(view) -> Iterator[object]:
    yield view
    if dataclasses.is_dataclass(view) and not isinstance(view, type):
        for item in dataclasses.fields(view):
            if item.name != "geometry":  # the regions' GeoJSON: plain data, and large
                yield from values(getattr(view, item.name))
    elif isinstance(view, dict):
        for value in view.values():
            yield from values(value)
    elif isinstance(view, (tuple, list)):
        for value in view:
            yield from values(value)


def pictures(view) -> list[Picture]:
    return [value for value in values(view) if isinstance(value, Picture)]


def drawn_objects(view) -> list[object]:
    """What a view should never hold: plotly figures or traces."""
    return [
        value
        for value in values(view)
        if isinstance(value, (plotly.basedatatypes.BaseFigure, plotly.basedatatypes.BasePlotlyType))
    ]


def frames(view) -> list[pd.DataFrame]:
    return [value for value in values(view) if isinstance(value, pd.DataFrame)]
