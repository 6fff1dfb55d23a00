"""Maps: the 12 regions (values, institutes) and the world (cooperation partners).

Plain functions: data in, `go.Figure` out, no Streamlit. Every text that comes from the
data goes through `safe.plot_text`, so nothing a provider writes can become markup.
Geometry is passed as a URL (fetched once by the browser) or as the collection itself.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from atlas.colours import region_scale, value_scale
from atlas.model import MapData
from atlas.plotstyle import BORDER_COLOUR, FADED_OPACITY, MISSING_COLOUR, base_layout
from atlas.safe import plot_text


def region_choropleth(data: MapData, geojson, names: dict[str, str], hover_values: list[str],
                      colorbar_title: str, no_data_text: str, selected: list[str] | None = None,
                      height: int = 520, language: str = "en",
                      show_scale: bool = True, big: bool = False) -> go.Figure:
    """The 12 regions coloured by value; regions outside `selected` are faded.

    `geojson` is a URL (served once and cached by the browser) or the collection itself.
    `hover_values` are the formatted values, in the same order as `data.values`.
    """
    values = data.values.assign(hover=hover_values)
    values["name"] = values["region_code"].map(lambda c: plot_text(names.get(c, c)))
    known = values[values["value"].notna()]
    missing = values[values["value"].isna()]
    scale = region_scale(data).plotly()  # the same colours as the edition's SVG maps
    opacity = _opacities(known["region_code"], selected)
    figure = go.Figure()
    figure.add_trace(go.Choropleth(
        geojson=geojson,
        featureidkey="properties.region_code",
        locations=known["region_code"],
        z=known["value"],
        customdata=known[["name", "hover"]].to_numpy(),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>",
        marker={"line": {"color": BORDER_COLOUR, "width": 1}, "opacity": opacity},
        colorbar={**(_side_colorbar(colorbar_title, language) if big else _colorbar(colorbar_title)),
                  **scale.pop("colorbar")},
        showscale=show_scale,
        **scale,
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


def _side_colorbar(title: str, language: str) -> dict:
    """Beside the map, at the end of the reading direction (the big screen: the map keeps
    the full height)."""
    from atlas.i18n import is_rtl

    rtl = is_rtl(language)
    return {"title": {"text": plot_text(title), "side": "top"}, "orientation": "v",
            "x": 0 if rtl else 1, "xanchor": "right" if rtl else "left", "y": 0.5,
            "yanchor": "middle", "len": 0.55, "thickness": 24}


def institutes_points(institutes: pd.DataFrame, geojson, names: dict[str, str],
                      covered: list[str], labels: dict[str, str], hover_lines: list[str],
                      legend_title: str, height: int = 560, language: str = "en",
                      illustrative_label: str = "illustrative") -> go.Figure:
    """Institutes as points coloured (and shaped) by status, over the regions.

    `institutes` has a `status` column; regions in `covered` are tinted, the others grey.
    `hover_lines` are the formatted hover texts, one per institute. An illustrative
    institute (not a published fact) is drawn hollow with a dot, under its own legend
    entry, so no invented institute looks like a published one.
    """
    from atlas.plotstyle import STATUS_COLOURS, STATUS_SYMBOLS

    codes = list(names)
    figure = go.Figure(go.Choropleth(
        geojson=geojson, featureidkey="properties.region_code", locations=codes,
        z=[1 if c in covered else 0 for c in codes], zmin=0, zmax=1,
        colorscale=[[0, "#eceff1"], [1, "#cfe8dc"]], showscale=False,
        customdata=[plot_text(names[c]) for c in codes],
        hovertemplate="%{customdata}<extra></extra>",
        marker={"line": {"color": "#9aa5a0", "width": 0.8}},
    ))
    frame = institutes.assign(hover=hover_lines)
    invented = frame["illustrative"].astype(bool) if "illustrative" in frame else False
    for status, colour in STATUS_COLOURS.items():
        for illustrative in (False, True):
            rows = frame[(frame["status"] == status) & (invented == illustrative)]
            if illustrative and rows.empty:
                continue
            symbol = STATUS_SYMBOLS[status].removesuffix("-open")
            figure.add_trace(go.Scattergeo(
                lon=rows["longitude"], lat=rows["latitude"], mode="markers",
                name=plot_text(labels[status] + (f" ({illustrative_label})"
                                                 if illustrative else "")),
                marker={"size": 15, "color": colour,
                        "symbol": f"{symbol}-open-dot" if illustrative
                        else STATUS_SYMBOLS[status],
                        "line": {"color": colour if illustrative else "#1B2A25",
                                 "width": 2.5 if illustrative else 1}},
                customdata=rows[["hover"]].to_numpy(),
                hovertemplate="%{customdata[0]}<extra></extra>",
                visible=True if len(rows) else "legendonly",
            ))
    figure.update_geos(fitbounds="locations", visible=False, projection_type="mercator",
                       bgcolor="rgba(0,0,0,0)")
    layout = base_layout(height, language)
    layout["legend"] = {"title": {"text": plot_text(legend_title), "side": "top"},
                        "orientation": "h",
                        "y": -0.02, "yanchor": "top", "x": 0.5, "xanchor": "center"}
    figure.update_layout(**layout)
    return figure


def world_partners(counts: pd.DataFrame, geojson, all_iso3: list[str], hover: dict[str, str],
                   colorbar_title: str, highlight: set[str], height: int = 520,
                   language: str = "en") -> go.Figure:
    """Agreements per partner country on a world map; Morocco in the accent colour.

    `counts` has iso3 and agreements; `highlight` (e.g. African partners) get a dark outline.
    """
    from atlas.plotstyle import ACCENT

    others = [c for c in all_iso3 if c not in set(counts["iso3"]) and c != "MAR"]
    figure = go.Figure(go.Choropleth(
        geojson=geojson, featureidkey="properties.iso3", locations=others,
        z=[0] * len(others), colorscale=[[0, "#eceff1"], [1, "#eceff1"]], showscale=False,
        hoverinfo="skip", marker={"line": {"color": "#ffffff", "width": 0.4}},
    ))
    scale = value_scale(counts["agreements"].tolist(), whole=True).plotly()
    figure.add_trace(go.Choropleth(
        geojson=geojson, featureidkey="properties.iso3", locations=counts["iso3"],
        z=counts["agreements"],
        customdata=[plot_text(hover.get(c, c)) for c in counts["iso3"]],
        hovertemplate="%{customdata}<extra></extra>",
        marker={"line": {"color": ["#1B2A25" if c in highlight else "#ffffff"
                                   for c in counts["iso3"]],
                         "width": [1.6 if c in highlight else 0.4 for c in counts["iso3"]]}},
        colorbar={**_colorbar(colorbar_title), **scale.pop("colorbar")},
        **scale,
    ))
    figure.add_trace(go.Choropleth(
        geojson=geojson, featureidkey="properties.iso3", locations=["MAR"], z=[1],
        colorscale=[[0, ACCENT], [1, ACCENT]], showscale=False,
        customdata=[plot_text(hover.get("MAR", "MAR"))],
        hovertemplate="%{customdata}<extra></extra>",
        marker={"line": {"color": "#ffffff", "width": 0.4}},
    ))
    figure.update_geos(visible=False, projection_type="natural earth", bgcolor="rgba(0,0,0,0)",
                       lataxis_range=[-57, 84])
    figure.update_layout(**base_layout(height, language))
    return figure
