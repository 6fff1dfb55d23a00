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


# Marker shapes (plotly's names, as the pictures give them), as SVG: a shape, filled with
# its colour and outlined in ink; "-open" hollow in its colour (an invented value, or a
# planned date); "-open-dot" hollow with a dot.
def marker(symbol: str, x: float, y: float, colour: str, size: float = 6.5) -> str:
    x, y = round(x, 1), round(y, 1)
    shape, _sep, style = symbol.partition("-open")
    hollow = bool(_sep)
    if hollow:
        size -= 1
    drawn = _shape(shape, x, y, size)
    if hollow:
        painted = drawn.format(paint=f'fill="#fff" stroke="{colour}" stroke-width="2.5"')
        if style == "-dot":
            painted += f'<circle cx="{x}" cy="{y}" r="1.6" fill="{colour}"/>'
        return painted
    return drawn.format(paint=f'fill="{colour}" stroke="#1B2A25" stroke-width="1"')


def _shape(shape: str, x: float, y: float, size: float) -> str:
    """The shape's element, with a {paint} slot for its fill and stroke."""
    if shape == "square":
        side = size * 1.7
        return (
            f'<rect x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" width="{side:.1f}" '
            f'height="{side:.1f}" {{paint}}/>'
        )
    if shape == "diamond":
        d = size * 1.3
        return (
            f'<path d="M{x} {y - d:.1f}L{x + d:.1f} {y}L{x} {y + d:.1f}L{x - d:.1f} {y}Z" '
            "{paint}/>"
        )
    if shape in ("triangle-up", "triangle-down"):
        d = size * 1.3 * (1 if shape == "triangle-up" else -1)
        return (
            f'<path d="M{x} {y - d:.1f}L{x + abs(d):.1f} {y + d * 0.8:.1f}'
            f'L{x - abs(d):.1f} {y + d * 0.8:.1f}Z" {{paint}}/>'
        )
    if shape == "star":
        points = []
        for i in range(10):
            radius = size * (1.45 if i % 2 == 0 else 0.6)
            angle = math.pi / 2 + i * math.pi / 5
            points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
        return f'<polygon points="{" ".join(points)}" {{paint}}/>'
    return f'<circle cx="{x}" cy="{y}" r="{size}" {{paint}}/>'


# --- A map as a picture to take away (slides, articles) ----------------------------------
PICTURE_WIDTH = 800
FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"  # DejaVu Sans carries Arabic glyphs


@dataclass(frozen=True)
class Caption:
    """The words a picture taken away carries with it, in the page's language."""

    title: str
    source: str  # the source line, as written under the map
    mark: str = ""  # what an illustrative value is, when the picture shows any
    rtl: bool = False


def caption(title: str, line, _, language: str) -> Caption:
    """The caption of a picture from its view's title and source line (atlas.sources)."""
    from atlas.sources import word
    from loaders.contract import RTL_LANGUAGES

    worded = word(line, _, language)
    source = " · ".join(
        part
        for part in (
            worded.text,
            ", ".join(name for name, _url in worded.links),
            worded.more,
            worded.derived,
        )
        if part
    )
    mark = (worded.explanation or worded.badge or "") if worded.badge else ""
    return Caption(title, source, mark, rtl=language in RTL_LANGUAGES)


def document(picture, geometry: ProjectedRegions | ProjectedWorld, caption: Caption) -> str:
    """A map (RegionMap or PointsMap) as a standalone SVG document: its title, the map,
    its legend, the source line and the illustrative mark drawn into the picture, so a
    slide or an article that takes it keeps them. Arabic runs right to left. A chart
    (bars, lines, a grid) is drawn by edition.chart_svg with the same caption."""
    if not isinstance(picture, (RegionMap, PointsMap)):
        from edition import chart_svg

        return chart_svg.document(picture, caption, geometry)
    drawn = region_map(picture, geometry)
    width, margin = PICTURE_WIDTH, 24
    lines: list[str] = []
    y = margin

    def text(words: str, size: float, weight: str = "normal", fill: str = "#1B2A25") -> None:
        nonlocal y
        per_line = max(20, int((width - 2 * margin) / (size * 0.56)))
        for line in _wrapped(words, per_line):
            y += size * 1.3
            x, anchor = (width - margin, "end") if caption.rtl else (margin, "start")
            line = isolated(line, caption.rtl)
            lines.append(
                f'<text x="{x}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
                f'fill="{fill}" text-anchor="{anchor}">{_escape(line)}</text>'
            )

    text(caption.title, 22, "bold")
    y += 10
    scale = min((width - 2 * margin) / drawn["width"], 560 / drawn["height"])
    map_width, map_height = drawn["width"] * scale, drawn["height"] * scale
    left = (width - map_width) / 2
    faded = ' opacity="0.45"'
    shapes = "".join(
        f'<path d="{r["path"]}" fill="{r["colour"]}" stroke="#fff" stroke-width="0.6"'
        f"{faded if r['faded'] else ''}/>"
        for r in drawn["regions"]
    )
    lines.append(
        f'<g transform="translate({left:.1f} {y:.1f}) scale({scale:.4f})">'
        f"{shapes}{''.join(drawn['points'])}</g>"
    )
    if picture.watermark:  # across the map, as on the dashboard
        lines.append(
            f'<text x="{width / 2}" y="{y + map_height / 2:.1f}" font-size="64" '
            f'fill="#B5651D" fill-opacity="0.35" text-anchor="middle" '
            f'transform="rotate(-20 {width / 2} {y + map_height / 2:.1f})">'
            f"{_escape(isolated(picture.watermark, caption.rtl))}</text>"
        )
    y += map_height + 16
    y = _legend(drawn, lines, y, width, margin, caption.rtl)
    if caption.mark:
        text(caption.mark, 14, "bold", "#8A4B12")
    text(caption.source, 13, fill="#4A5A55")
    height = y + margin
    body = "\n".join(lines)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="0 0 {width} {height:.0f}" font-family="{FONT}" role="img" '
        f'aria-label="{_escape(caption.title)}">\n<title>{_escape(caption.title)}</title>\n'
        f'<rect width="100%" height="100%" fill="#fff"/>\n{body}\n</svg>\n'
    )


def _legend(drawn: dict, lines: list[str], y: float, width: int, margin: int, rtl: bool) -> float:
    """The colour ramp with its ends, or the keys of the points' kinds."""
    if drawn["gradient"]:
        ramp_width = 320
        left = (width - ramp_width) / 2
        colours = drawn["gradient"][::-1] if rtl else drawn["gradient"]
        stops = "".join(
            f'<stop offset="{i / max(1, len(colours) - 1):.2f}" stop-color="{c}"/>'
            for i, c in enumerate(colours)
        )
        lines.append(f'<defs><linearGradient id="ramp">{stops}</linearGradient></defs>')
        lines.append(
            f'<rect x="{left}" y="{y}" width="{ramp_width}" height="12" fill="url(#ramp)" '
            f'stroke="#8A9A95" stroke-width="0.5"/>'
        )
        low, high = (drawn["high"], drawn["low"]) if rtl else (drawn["low"], drawn["high"])
        lines.append(
            f'<text x="{left - 8}" y="{y + 11}" font-size="13" text-anchor="end" '
            f'fill="#1B2A25">{_escape(isolated(low, rtl))}</text>'
            f'<text x="{left + ramp_width + 8}" y="{y + 11}" font-size="13" '
            f'fill="#1B2A25">{_escape(isolated(high, rtl))}</text>'
        )
        lines.append(
            f'<text x="{width / 2}" y="{y + 32}" font-size="13" text-anchor="middle" '
            f'fill="#1B2A25">{_escape(isolated(drawn["title"], rtl))}</text>'
        )
        return y + 44
    x = margin
    for label, key in drawn["keys"]:
        lines.append(
            f'<g transform="translate({x} {y})">{key}<text x="20" y="13" font-size="13" '
            f'fill="#1B2A25">{_escape(isolated(label, rtl))}</text></g>'
        )
        x += 28 + 7.5 * len(label)
        if x > width - 200:
            x, y = margin, y + 22
    return y + 30


def isolated(words: str, rtl: bool) -> str:
    """Right-to-left words in an isolate: resvg lays out every text left to right
    otherwise (an Arabic sentence with a Latin name in it came out in the wrong order)."""
    return f"\u2067{words}\u2069" if rtl else words


def _wrapped(words: str, per_line: int) -> list[str]:
    import textwrap

    return textwrap.wrap(words, per_line) or [""]


def _escape(words: str) -> str:
    return (
        str(words)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )
