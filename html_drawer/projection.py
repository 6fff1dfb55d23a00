"""The maps' geometry projected once per version: the 12 regions as SVG paths (Mercator,
as the dashboard's maps) and the world's countries (Natural Earth, as its world map)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

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


@dataclass(frozen=True)
class ProjectedWorld:
    paths: dict[str, str]  # ISO 3166 alpha-3 code -> SVG path data
    width: float
    height: float


# The dashboard's world map: Natural Earth's projection, from 57° S to 84° N.
WORLD_SOUTH, WORLD_NORTH = -57.0, 84.0


def _natural_earth(lon: float, lat: float) -> tuple[float, float]:
    """The Natural Earth projection (Šavrič et al., as d3-geo and plotly draw it)."""
    lam, phi = math.radians(lon), math.radians(lat)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))
    )
    y = phi * (
        1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))
    )
    return x, y


def project_world(collection: dict) -> ProjectedWorld:
    """The countries of a GeoJSON collection (with an `iso3` property) as SVG paths, in
    the dashboard's projection; the land south of 57° S (Antarctica) is left out, as there."""
    width = 1000.0
    left, _ = _natural_earth(-180, 0)
    scale = width / (2 * -left)
    top = _natural_earth(0, WORLD_NORTH)[1]
    height = (top - _natural_earth(0, WORLD_SOUTH)[1]) * scale

    def ring(coordinates) -> str:
        points = []
        for lon, lat in coordinates[:-1]:
            x, y = _natural_earth(lon, min(WORLD_NORTH, max(WORLD_SOUTH, lat)))
            points.append((round((x - left) * scale, 1), round((top - y) * scale, 1)))
        head, *rest = points
        return f"M{head[0]} {head[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z"

    paths = {}
    for feature in collection.get("features", []):
        iso3, geometry = feature["properties"].get("iso3"), feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        kept = [p for p in polygons if max(lat for _lon, lat in p[0]) > WORLD_SOUTH]
        if iso3 and kept:
            paths[iso3] = "".join(ring(r) for polygon in kept for r in polygon)
    return ProjectedWorld(paths, width, round(height, 1))
