"""Drawing pictures (atlas.pictures) with plotly the same way everywhere: local topojson,
no logo, no CDN."""

from __future__ import annotations

import streamlit as st

from atlas.pictures import Picture
from plotly_drawer import draw
from ui.data import STATIC_URL

# Plotly's geo fetches a base topojson even for custom GeoJSON maps; by default from a
# CDN. It is served locally instead, so no request leaves the dashboard's own host.
# No plotly toolbar: the charts do not zoom or pan (every value is in the table under
# them, and downloads are on the data page), and a toolbar covered legends and labels on
# touch screens.
PLOTLY_CONFIG = {
    "topojsonURL": f"{STATIC_URL}/topojson/",
    "displaylogo": False,
    "displayModeBar": False,
    "scrollZoom": False,
}
REGION_PAGE = "pages/region.py"


def plot(picture: Picture, key: str | None = None, on_select: str = "ignore"):
    """Draw a picture; with on_select="rerun" a click on a region returns a selection."""
    kwargs = {"selection_mode": "points"} if on_select != "ignore" else {}
    return st.plotly_chart(
        draw.figure(picture),
        config=PLOTLY_CONFIG,
        key=key,
        on_select=on_select,
        theme=None,
        **kwargs,
    )


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


def region_map(picture: Picture, key: str) -> None:
    """Draw a map of the regions; a click on a region opens that region's profile."""
    event = plot(picture, key=key, on_select="rerun")
    code = clicked_location(event)
    if code and code.startswith("MA-"):
        from ui.state import shared_params

        st.switch_page(REGION_PAGE, query_params={**shared_params(), "region": code})
