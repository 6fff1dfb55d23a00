"""Plotly figure builders. Plain functions: data in, `go.Figure` out, no Streamlit.

Every text that comes from the data goes through `safe.plot_text`, so nothing a data
provider writes can become markup in the browser. Colour scales are colour-blind safe:
single-hue sequential for magnitudes.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas.model import MapData
from atlas.safe import plot_text

SEQUENTIAL = "Blues"           # magnitudes: light = low, dark = high
MISSING_COLOUR = "#d9d9d9"
BORDER_COLOUR = "#ffffff"
FONT_FAMILY = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
FADED_OPACITY = 0.3


# Plotly's number separators (decimal, then thousands) for each language.
SEPARATORS = {"fr": ", ", "ar": ",.", "en": ".,"}


def base_layout(height: int, language: str = "en") -> dict:
    rtl = language == "ar"
    return {
        "separators": SEPARATORS.get(language, ".,"),
        "height": height,
        "margin": {"l": 0, "r": 0, "t": 8, "b": 0},
        "font": {"family": FONT_FAMILY, "size": 13},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "hoverlabel": {"font": {"family": FONT_FAMILY, "size": 14}, "align": "right" if rtl else "left"},
        "dragmode": False,
    }


def region_choropleth(data: MapData, geojson, names: dict[str, str], hover_values: list[str],
                      colorbar_title: str, no_data_text: str, selected: list[str] | None = None,
                      height: int = 520, language: str = "en") -> go.Figure:
    """The 12 regions coloured by value; regions outside `selected` are faded.

    `geojson` is a URL (served once and cached by the browser) or the collection itself.
    `hover_values` are the formatted values, in the same order as `data.values`.
    """
    values = data.values.assign(hover=hover_values)
    values["name"] = values["region_code"].map(lambda c: plot_text(names.get(c, c)))
    known = values[values["value"].notna()]
    missing = values[values["value"].isna()]
    opacity = _opacities(known["region_code"], selected)
    figure = go.Figure()
    figure.add_trace(go.Choropleth(
        geojson=geojson,
        featureidkey="properties.region_code",
        locations=known["region_code"],
        z=known["value"],
        customdata=known[["name", "hover"]].to_numpy(),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
        colorscale=SEQUENTIAL,
        reversescale=not data.higher_is_better,
        marker={"line": {"color": BORDER_COLOUR, "width": 1}, "opacity": opacity},
        colorbar=_colorbar(colorbar_title),
        zmin=float(known["value"].min()) if len(known) else None,
        zmax=float(known["value"].max()) if len(known) else None,
    ))
    if len(missing):
        figure.add_trace(go.Choropleth(
            geojson=geojson,
            featureidkey="properties.region_code",
            locations=missing["region_code"],
            z=[0] * len(missing),
            customdata=missing[["name"]].assign(hover=plot_text(no_data_text)).to_numpy(),
            hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
            colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
            showscale=False,
            marker={"line": {"color": BORDER_COLOUR, "width": 1}},
        ))
    figure.update_geos(
        fitbounds="locations", visible=False, projection_type="mercator",
        bgcolor="rgba(0,0,0,0)",
    )
    figure.update_layout(**base_layout(height, language))
    return figure


def _opacities(codes: pd.Series, selected: list[str] | None) -> list[float] | float:
    if not selected:
        return 1.0
    return [1.0 if code in selected else FADED_OPACITY for code in codes]


def _colorbar(title: str) -> dict:
    # Horizontal, under the map: readable on a phone and never overlapping the regions.
    return {
        "title": {"text": plot_text(title), "side": "top"},
        "orientation": "h",
        "x": 0.5,
        "xanchor": "center",
        "y": -0.02,
        "yanchor": "top",
        "len": 0.8,
        "thickness": 12,
    }
