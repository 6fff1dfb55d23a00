"""The plotly drawer of maps: the 12 regions (values, categories, places) and the world
(cooperation partners), drawn from their pictures (atlas.pictures).

Every region and country is drawn in the colour its picture gives it — plotly computes
no colour of its own — and the legend is the picture's ramp. Every text comes from the
picture and goes through `safe.plot_text`, so nothing a provider writes can become
markup. Geometry is a URL (fetched once by the browser) or the collection itself.
"""

from __future__ import annotations

import plotly.graph_objects as go

from atlas.i18n import is_rtl
from atlas.pictures import PointsMap, RegionMap, Shade, WorldMap
from atlas.safe import plot_text
from plotly_drawer.marks import legend_trace, marker_style, stepped
from plotly_drawer.style import base_layout, hover_lines

NO_HOVER_EXTRA = "<extra></extra>"


def region_map(picture: RegionMap | PointsMap) -> go.Figure:
    """The regions, each in its colour and opacity, with the picture's colour legend."""
    figure = go.Figure()
    _regions(figure, picture.regions, picture.geometry)
    ramp = getattr(picture, "ramp", None)
    if ramp is not None:
        bar = _side_colorbar(picture.language) if picture.big else _under_colorbar()
        chars = SIDE_KEY_TITLE_CHARS if picture.big else None
        figure.add_trace(legend_trace(ramp, bar, True, is_rtl(picture.language), chars))
    figure.update_geos(
        fitbounds="locations",
        visible=False,
        projection_type="mercator",
        bgcolor=picture.theme.transparent,
        **({"domain": {"x": _big_map_span(picture.language)}} if picture.big else {}),
    )
    figure.update_layout(**base_layout(picture.height, picture.language, theme=picture.theme))
    if picture.big:  # the map reaches the chart's top and bottom: no band above or below
        figure.update_layout(margin={"t": 4, "b": 4})
    return figure


# On the big screen the 12 regions take this share of the chart's width: plotly fits a map
# in a square frame, so a share as wide as the chart is tall lets the map use the full
# height (70 % of a 1920x1080 screen), and its key stands right beside it.
BIG_MAP_SHARE = 0.80


# A key beside a big map: its title in lines of this many characters, within the fifth of
# the chart's width the map leaves it.
SIDE_KEY_TITLE_CHARS = 14


def _big_map_span(language: str) -> list[float]:
    return [1 - BIG_MAP_SHARE, 1.0] if is_rtl(language) else [0.0, BIG_MAP_SHARE]


def _beside_big_map(language: str) -> dict:
    """Where a big map's key starts: just after the map, in the reading direction."""
    rtl = is_rtl(language)
    edge = 1 - BIG_MAP_SHARE - 0.02 if rtl else BIG_MAP_SHARE + 0.02
    return {"x": edge, "xanchor": "right" if rtl else "left"}


def _regions(figure: go.Figure, shades: tuple[Shade, ...], geometry) -> None:
    """One trace of exact colours: each distinct colour is a step of a stepped scale, and
    each region takes its colour's step."""
    if not shades:
        return
    colours = list(dict.fromkeys(s.colour for s in shades))
    figure.add_trace(
        go.Choropleth(
            geojson=geometry,
            featureidkey="properties.region_code",
            locations=[s.code for s in shades],
            z=[colours.index(s.colour) for s in shades],
            zmin=-0.5,
            zmax=len(colours) - 0.5,
            colorscale=stepped(colours),
            showscale=False,
            customdata=[hover_lines(s.hover) for s in shades],
            hovertemplate="%{customdata}" + NO_HOVER_EXTRA,
            marker={
                "line": {
                    "color": [s.line for s in shades],
                    "width": [s.line_width for s in shades],
                },
                "opacity": [s.opacity for s in shades],
            },
        )
    )


def _under_colorbar() -> dict:
    # Horizontal, under the map: readable on a phone and never overlapping the regions.
    return {
        "orientation": "h",
        "x": 0.5,
        "xanchor": "center",
        "y": -0.02,
        "yanchor": "top",
        "len": 0.8,
        "thickness": 12,
    }


def _side_colorbar(language: str) -> dict:
    """Beside the map, at the end of the reading direction (the big screen: the map keeps
    the full height)."""
    return {
        "orientation": "v",
        **_beside_big_map(language),
        "y": 0.5,
        "yanchor": "middle",
        "len": 0.55,
        "thickness": 24,
    }


def points_map(picture: PointsMap) -> go.Figure:
    """Places, each with its marker, over the regions in their fills; one legend entry
    per key of the picture (markers, and the regions' fills as squares)."""
    figure = region_map(picture)
    for entry in picture.legend:
        points = [p for p in picture.points if p.legend == entry.label]
        if entry.marker is None:  # a region fill: a key only
            figure.add_trace(
                go.Scattergeo(
                    lon=[None],
                    lat=[None],
                    mode="markers",
                    name=plot_text(entry.label),
                    hoverinfo="skip",
                    marker={
                        "size": 14,
                        "symbol": "square",
                        "color": entry.colour,
                        "line": {"color": picture.theme.muted, "width": 1},
                    },
                )
            )
            continue
        figure.add_trace(
            go.Scattergeo(
                lon=[p.longitude for p in points],
                lat=[p.latitude for p in points],
                mode="markers",
                name=plot_text(entry.label),
                marker=marker_style(entry.marker),
                customdata=[hover_lines(p.hover) for p in points],
                hovertemplate="%{customdata}" + NO_HOVER_EXTRA,
                visible=True if points else "legendonly",
            )
        )
    layout = base_layout(picture.height, picture.language, theme=picture.theme)
    title = {"text": plot_text(picture.legend_title), "side": "top"}
    # On the big screen, the key sits in the map's own frame, in its empty south-east
    # corner (east of the southern regions): the map keeps the full height and width.
    layout["legend"] = (
        {
            "title": title,
            "orientation": "v",
            "x": _big_map_span(picture.language)[1] - 0.01,
            "xanchor": "right",
            "y": 0.02,
            "yanchor": "bottom",
        }
        if picture.big
        else {
            "title": title,
            "orientation": "h",
            "y": -0.02,
            "yanchor": "top",
            "x": 0.5,
            "xanchor": "center",
        }
    )
    figure.update_layout(**layout)
    return figure


def world_map(picture: WorldMap) -> go.Figure:
    """The countries: partners in their colours (outlined when the picture says so), the
    home country in its colour, the others in theirs; the ramp under the map."""
    theme = picture.theme
    countries = picture.countries
    figure = go.Figure(
        go.Choropleth(  # the other countries, under the rest: no hover
            geojson=picture.geometry,
            featureidkey="properties.iso3",
            locations=list(picture.others),
            z=[0] * len(picture.others),
            colorscale=stepped([picture.other_colour]),
            showscale=False,
            hoverinfo="skip",
            marker={"line": {"color": theme.border, "width": 0.4}},
        )
    )
    drawn = [
        *((c.iso3, c.colour, c.line, c.line_width, c.hover) for c in countries),
        (picture.home, picture.home_colour, theme.border, 0.4, picture.home_hover),
    ]
    colours = list(dict.fromkeys(fill for _iso, fill, *_rest in drawn))
    figure.add_trace(
        go.Choropleth(
            geojson=picture.geometry,
            featureidkey="properties.iso3",
            locations=[iso for iso, *_rest in drawn],
            z=[colours.index(fill) for _iso, fill, *_rest in drawn],
            zmin=-0.5,
            zmax=len(colours) - 0.5,
            colorscale=stepped(colours),
            showscale=False,
            customdata=[plot_text(hover) for *_rest, hover in drawn],
            hovertemplate="%{customdata}" + NO_HOVER_EXTRA,
            marker={
                "line": {
                    "color": [line for _i, _f, line, _w, _h in drawn],
                    "width": [width for _i, _f, _l, width, _h in drawn],
                }
            },
        )
    )
    if picture.ramp is not None and countries:
        figure.add_trace(
            legend_trace(picture.ramp, _under_colorbar(), True, is_rtl(picture.language))
        )
    figure.update_geos(
        visible=False,
        projection_type="natural earth",
        bgcolor=theme.transparent,
        lataxis_range=[-57, 84],
    )
    figure.update_layout(**base_layout(picture.height, picture.language, theme=theme))
    return figure
