"""The edition's drawer: pictures (atlas.pictures) as inline SVG and the plain values its
templates write. The regions' geometry is projected once per version; every colour, mark
and text comes from the picture, as on the dashboard. No words are drawn inside an SVG:
names, legends and numbers are HTML beside it (so Arabic is shaped and runs right to left).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from atlas.pictures import PointsMap, RegionMap, Timeline

WIDTH = 360  # viewBox width; the map scales to its container
SIMPLIFY_DEGREES = 0.015  # ~1.5 km: finer than a pixel of a phone-sized map


@dataclass(frozen=True)
class ProjectedRegions:
    paths: dict[str, str]  # region code -> SVG path data
    width: float
    height: float
    west: float  # projection parameters, to place points on the map
    north_y: float
    scale: float

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        return ((lon - self.west) * self.scale, (self.north_y - _mercator_y(lat)) * self.scale)


def _mercator_y(lat: float) -> float:
    """Mercator's northing, in degrees of longitude (so x and y share one scale)."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def project_regions(regions) -> ProjectedRegions:
    """The 12 regions (a GeoDataFrame with region_code and geometry) as SVG paths in a
    WIDTH-wide viewBox, Mercator like the dashboard's maps, simplified without gaps."""
    geometries = shapely.coverage_simplify(np.array(list(regions.geometry)), SIMPLIFY_DEGREES)
    west, south, east, north = shapely.total_bounds(geometries)
    north_y = _mercator_y(north)
    scale = WIDTH / (east - west)
    height = (north_y - _mercator_y(south)) * scale

    def ring(coordinates) -> str:
        points = [
            (round((x - west) * scale, 1), round((north_y - _mercator_y(y)) * scale, 1))
            for x, y in coordinates[:-1]
        ]
        head, *rest = points
        return f"M{head[0]} {head[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z"

    paths = {}
    for code, geometry in zip(regions["region_code"], geometries):
        polygons = getattr(geometry, "geoms", [geometry])
        paths[code] = "".join(
            ring(list(p.exterior.coords)) + "".join(ring(list(i.coords)) for i in p.interiors)
            for p in polygons
        )
    return ProjectedRegions(paths, WIDTH, round(height, 1), west, north_y, scale)


# --- Pictures as what the templates draw ---------------------------------------------------
def draw(picture, geometry: ProjectedRegions) -> dict:
    """What a template draws of a picture the edition shows (see DRAWERS)."""
    drawer = DRAWERS[type(picture)]
    return drawer(picture, geometry) if drawer is not timeline else timeline(picture)


def region_map(picture, geometry: ProjectedRegions) -> dict:
    """A map of the regions (atlas.pictures.RegionMap or PointsMap): paths with their
    colour and hover, the points, and the legend (a colour ramp, or keys)."""
    scale = getattr(picture, "scale", None)
    return {
        "width": geometry.width,
        "height": geometry.height,
        "regions": [
            {
                "code": r.code,
                "name": r.name,
                "path": geometry.paths[r.code],
                "colour": r.colour,
                "hover": r.hover,
                "faded": r.faded,
            }
            for r in picture.regions
            if r.code in geometry.paths
        ],
        "points": [
            f'<g class="point">{marker(p.symbol, *geometry.point(p.longitude, p.latitude), p.colour)}</g>'
            for p in getattr(picture, "points", ())
        ],
        "keys": [
            (entry.label, marker(entry.symbol, 9, 9, entry.colour, 5.5))
            for entry in getattr(picture, "legend", ())
        ],
        "gradient": scale.gradient() if scale else [],
        "reverse": bool(scale and scale.reverse),
        "low": getattr(picture, "legend_low", ""),
        "high": getattr(picture, "legend_high", ""),
        "title": getattr(picture, "legend_title", ""),
    }


def timeline(picture) -> dict:
    """A timeline (atlas.pictures.Timeline) as positions in per cent of its span."""
    span = (picture.last - picture.first).days or 1

    def at(when) -> float:
        return round(100 * (when - picture.first).days / span, 2)

    return {
        "rows": [
            {
                "name": row.name,
                "name_lang": row.name_language,
                "illustrative": row.illustrative,
                "stages": [
                    {
                        "label": s.label,
                        "colour": s.colour,
                        "date": s.date_text,
                        "start": at(s.start),
                        "width": max(1.0, at(s.end) - at(s.start)),
                    }
                    for s in row.stages
                ],
                "planned": {"date": row.planned_text, "at": at(row.planned)}
                if row.planned is not None
                else None,
            }
            for row in picture.rows
        ],
        "start": picture.first_text,
        "end": picture.last_text,
        "today": picture.today_text,
        "today_at": at(picture.today),
        "planned_label": picture.planned_label,
    }


DRAWERS = {RegionMap: region_map, PointsMap: region_map, Timeline: timeline}


# Marker shapes (plotly's names, as the pictures give them), as SVG.
def marker(symbol: str, x: float, y: float, colour: str, size: float = 6.5) -> str:
    x, y = round(x, 1), round(y, 1)
    stroke = 'stroke="#1B2A25" stroke-width="1"'
    if symbol.endswith("-open-dot"):  # an invented one: hollow, with a dot
        return (
            f'<circle cx="{x}" cy="{y}" r="{size - 1}" fill="#fff" stroke="{colour}" '
            f'stroke-width="2.5"/><circle cx="{x}" cy="{y}" r="1.6" fill="{colour}"/>'
        )
    if symbol == "circle-open":
        return f'<circle cx="{x}" cy="{y}" r="{size - 1}" fill="#fff" stroke="{colour}" stroke-width="2.5"/>'
    if symbol == "square":
        side = size * 1.7
        return (
            f'<rect x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" width="{side:.1f}" '
            f'height="{side:.1f}" fill="{colour}" {stroke}/>'
        )
    if symbol == "diamond":
        d = size * 1.3
        return f'<path d="M{x} {y - d:.1f}L{x + d:.1f} {y}L{x} {y + d:.1f}L{x - d:.1f} {y}Z" fill="{colour}" {stroke}/>'
    if symbol == "star":
        points = []
        for i in range(10):
            radius = size * (1.45 if i % 2 == 0 else 0.6)
            angle = math.pi / 2 + i * math.pi / 5
            points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
        return f'<polygon points="{" ".join(points)}" fill="{colour}" {stroke}/>'
    return f'<circle cx="{x}" cy="{y}" r="{size}" fill="{colour}" {stroke}/>'
