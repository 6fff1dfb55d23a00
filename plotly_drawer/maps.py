"""The plotly drawer of maps: the 12 regions (values, categories, institutes) and the
world (cooperation partners), drawn from their pictures (atlas.pictures).

Every text comes from the picture and goes through `safe.plot_text`, so nothing a
provider writes can become markup. Geometry is a URL (fetched once by the browser) or
the collection itself.
"""

from __future__ import annotations

import plotly.graph_objects as go

from atlas.colours import BORDER_COLOUR, FADED_OPACITY, SEQUENTIAL, RegionScale
from atlas.i18n import is_rtl
from atlas.pictures import PointsMap, RegionMap, Shade, WorldMap
from atlas.safe import plot_text
from plotly_drawer.style import base_layout

HOVER = "<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"


def region_map(picture: RegionMap) -> go.Figure:
    """The regions coloured by value (a colour bar) or by category (none); regions
    outside the selection faded."""
    figure = go.Figure()
    scale = picture.scale
    scaled = [s for s in picture.regions if scale is not None and s.value is not None]
    if scale is not None and scaled:
        settings = scale_settings(scale)
        colour_bar = (
            _side_colorbar(picture.legend_title, picture.language)
            if picture.big
            else _colorbar(picture.legend_title)
        )
        figure.add_trace(
            _regions(
                picture,
                scaled,
                z=[s.value for s in scaled],
                colorbar={**colour_bar, **settings.pop("colorbar")},
                showscale=True,
                **settings,
            )
        )
    for colour in dict.fromkeys(s.colour for s in picture.regions if s not in scaled):
        shades = [s for s in picture.regions if s not in scaled and s.colour == colour]
        figure.add_trace(
            _regions(
                picture,
                shades,
                z=[0] * len(shades),
                showscale=False,
                colorscale=[[0, colour], [1, colour]],
            )
        )
    figure.update_geos(
        fitbounds="locations", visible=False, projection_type="mercator", bgcolor="rgba(0,0,0,0)"
    )
    figure.update_layout(**base_layout(picture.height, picture.language))
    return figure


def _regions(picture, shades: list[Shade], **trace) -> go.Choropleth:
    faded = any(s.faded for s in shades)
    return go.Choropleth(
        geojson=picture.geometry,
        featureidkey="properties.region_code",
        locations=[s.code for s in shades],
        customdata=[[plot_text(s.name), plot_text(s.hover)] for s in shades],
        hovertemplate=HOVER,
        marker={
            "line": {"color": BORDER_COLOUR, "width": 1},
            "opacity": [FADED_OPACITY if s.faded else 1.0 for s in shades] if faded else 1.0,
        },
        **trace,
    )


def scale_settings(scale: RegionScale) -> dict:
    """The trace settings that draw a scale in plotly: colours, bounds, colour bar ticks
    (whole numbers for counts)."""
    if not scale.whole:
        stops = [[i / (len(SEQUENTIAL) - 1), c] for i, c in enumerate(SEQUENTIAL)]
        return {
            "colorscale": stops,
            "reversescale": scale.reverse,
            "zmin": scale.low,
            "zmax": scale.high,
            "colorbar": {"nticks": 5},
        }
    steps = scale.steps
    bins = len(steps)
    colorscale = []
    for index, step in enumerate(steps):
        colour = scale.colour(step)
        colorscale += [[index / bins, colour], [(index + 1) / bins, colour]]
    return {
        "colorscale": colorscale,
        "zmin": steps[0] - 0.5,
        "zmax": steps[-1] + 0.5,
        "colorbar": {"tickvals": steps, "ticktext": [str(s) for s in steps], "tickmode": "array"},
    }


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
    rtl = is_rtl(language)
    return {
        "title": {"text": plot_text(title), "side": "top"},
        "orientation": "v",
        "x": 0 if rtl else 1,
        "xanchor": "right" if rtl else "left",
        "y": 0.5,
        "yanchor": "middle",
        "len": 0.55,
        "thickness": 24,
    }


def points_map(picture: PointsMap) -> go.Figure:
    """Places as points coloured and shaped by kind, over the regions tinted by category.
    An illustrative place is drawn hollow with a dot, under its own legend entry."""
    figure = region_map(
        RegionMap(
            language=picture.language,
            regions=picture.regions,
            height=picture.height,
            geometry=picture.geometry,
        )
    )
    for trace in figure.data:
        trace.marker.line = {"color": "#9aa5a0", "width": 0.8}
        trace.hovertemplate = "%{customdata[0]}<extra></extra>"
    for entry in picture.legend:
        points = [p for p in picture.points if p.legend == entry.label]
        figure.add_trace(
            go.Scattergeo(
                lon=[p.longitude for p in points],
                lat=[p.latitude for p in points],
                mode="markers",
                name=plot_text(entry.label),
                marker={
                    "size": 15,
                    "color": entry.colour,
                    "symbol": entry.symbol,
                    "line": {
                        "color": entry.colour if entry.illustrative else "#1B2A25",
                        "width": 2.5 if entry.illustrative else 1,
                    },
                },
                customdata=[[plot_text(p.hover)] for p in points],
                hovertemplate="%{customdata[0]}<extra></extra>",
                visible=True if points else "legendonly",
            )
        )
    layout = base_layout(picture.height, picture.language)
    layout["legend"] = {
        "title": {"text": plot_text(picture.legend_title), "side": "top"},
        "orientation": "h",
        "y": -0.02,
        "yanchor": "top",
        "x": 0.5,
        "xanchor": "center",
    }
    figure.update_layout(**layout)
    return figure


def world_map(picture: WorldMap) -> go.Figure:
    """Partner countries coloured by their count, outlined when highlighted; the home
    country in the accent colour."""
    figure = go.Figure(
        go.Choropleth(
            geojson=picture.geometry,
            featureidkey="properties.iso3",
            locations=list(picture.others),
            z=[0] * len(picture.others),
            colorscale=[[0, picture.other_colour], [1, picture.other_colour]],
            showscale=False,
            hoverinfo="skip",
            marker={"line": {"color": "#ffffff", "width": 0.4}},
        )
    )
    countries = picture.countries
    if countries and picture.scale is not None:
        settings = scale_settings(picture.scale)
        figure.add_trace(
            go.Choropleth(
                geojson=picture.geometry,
                featureidkey="properties.iso3",
                locations=[c.iso3 for c in countries],
                z=[c.value for c in countries],
                customdata=[plot_text(c.hover) for c in countries],
                hovertemplate="%{customdata}<extra></extra>",
                marker={
                    "line": {
                        "color": ["#1B2A25" if c.outlined else "#ffffff" for c in countries],
                        "width": [1.6 if c.outlined else 0.4 for c in countries],
                    }
                },
                colorbar={**_colorbar(picture.legend_title), **settings.pop("colorbar")},
                **settings,
            )
        )
    figure.add_trace(
        go.Choropleth(
            geojson=picture.geometry,
            featureidkey="properties.iso3",
            locations=[picture.home],
            z=[1],
            colorscale=[[0, picture.home_colour], [1, picture.home_colour]],
            showscale=False,
            customdata=[plot_text(picture.home_hover)],
            hovertemplate="%{customdata}<extra></extra>",
            marker={"line": {"color": "#ffffff", "width": 0.4}},
        )
    )
    figure.update_geos(
        visible=False,
        projection_type="natural earth",
        bgcolor="rgba(0,0,0,0)",
        lataxis_range=[-57, 84],
    )
    figure.update_layout(**base_layout(picture.height, picture.language))
    return figure
