"""Drawing plotly figures the same way everywhere: local topojson, no logo, no CDN."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from ui.data import STATIC_URL

# Plotly's geo fetches a base topojson even for custom GeoJSON maps; by default from a
# CDN. It is served locally instead, so no request leaves the dashboard's own host.
PLOTLY_CONFIG = {
    "topojsonURL": f"{STATIC_URL}/topojson/",
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage"],
    "scrollZoom": False,
}


BIG_SCREEN_FONT = 22


class FrozenFigure(go.Figure):
    """A figure turned into its plain dict once, to be drawn by many sessions.

    st.plotly_chart asks a figure for `to_dict()` (a deep copy) on every run; a frozen
    figure hands out the dict made when it was frozen. Never modify one.
    """

    def __init__(self, *args, **kwargs):  # built with freeze(), never directly
        raise TypeError("use freeze(figure)")

    def to_dict(self) -> dict:
        return self._frozen_dict


def freeze(figure: go.Figure) -> FrozenFigure:
    if isinstance(figure, FrozenFigure):
        return figure
    frozen = object.__new__(FrozenFigure)
    object.__setattr__(frozen, "_frozen_dict", figure.to_dict())
    return frozen


def big_screen(figure: go.Figure) -> go.Figure:
    """Type for the event's big screen, read from the back of the hall."""
    scale = BIG_SCREEN_FONT / 13
    margin = figure.layout.margin
    figure.update_layout(
        font={"size": BIG_SCREEN_FONT}, hoverlabel={"font": {"size": BIG_SCREEN_FONT}},
        margin={side: int((getattr(margin, side) or 0) * scale) for side in "lr"})
    return figure


def plot(figure, key: str | None = None, on_select: str = "ignore", big: bool = False):
    """Draw a figure; with on_select="rerun" a click on a region returns a selection."""
    if big and not isinstance(figure, FrozenFigure):
        figure = big_screen(figure)
    figure = freeze(figure)
    kwargs = {"selection_mode": "points"} if on_select != "ignore" else {}
    return st.plotly_chart(figure, config=PLOTLY_CONFIG, key=key, on_select=on_select,
                           theme=None, **kwargs)


def clicked_location(event) -> str | None:
    """The location (region code or country) of the first clicked point, if any."""
    try:
        points = event.selection.points
    except AttributeError:
        return None
    for point in points or []:
        location = point.get("location")
        if location:
            return str(location)
    return None


REGION_PAGE = "pages/region.py"


def region_map(figure, key: str) -> None:
    """Draw a map of the regions; a click on a region opens that region's profile."""
    event = plot(figure, key=key, on_select="rerun")
    code = clicked_location(event)
    if code and code.startswith("MA-"):
        from ui.state import shared_params

        st.switch_page(REGION_PAGE, query_params={**shared_params(), "region": code})
