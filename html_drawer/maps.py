"""The regions' maps and the rollout timeline as what the edition's templates draw (inline
SVG paths and markers; names, legends and numbers in HTML beside them, so Arabic is
shaped and runs right to left), and a map as a standalone SVG document to take away.
Every colour, mark and text comes from the picture, as on the dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from atlas.pictures import PointsMap, RegionMap, Timeline
from html_drawer.projection import ProjectedRegions
from html_drawer.shapes import (
    FONT,
    escape,
    isolated,
    key_symbol,
    keys_svg,
    marker,
    ramp_svg,
    wrapped,
)

if TYPE_CHECKING:
    from html_drawer.standalone import Caption

PICTURE_WIDTH = 800


# --- Pictures as what the templates draw ---------------------------------------------------
def draw(picture, geometry: ProjectedRegions) -> dict:
    """What a template draws of a picture the edition shows (see DRAWERS)."""
    drawer = DRAWERS[type(picture)]
    return drawer(picture, geometry) if drawer is not timeline else timeline(picture)


def region_map(picture, geometry: ProjectedRegions) -> dict:
    """A map of the regions (atlas.pictures.RegionMap or PointsMap): paths with their
    colour, opacity and hover, the points, and the legend (a ramp, or keys)."""
    theme = picture.theme
    return {
        "width": geometry.width,
        "height": geometry.height,
        "regions": [
            {
                "code": r.code,
                "name": r.name,
                "path": geometry.paths[r.code],
                "colour": r.colour,
                "opacity": r.opacity,
                "line": r.line,
                "hover": " · ".join(r.hover[1:]),
            }
            for r in picture.regions
            if r.code in geometry.paths
        ],
        "points": [
            f'<g class="point">'
            f"{marker(p.marker, *geometry.point(p.longitude, p.latitude), theme=theme)}</g>"
            for p in getattr(picture, "points", ())
        ],
        "keys": [
            (
                entry.label,
                f'<g transform="translate(9 9)">{key_symbol(entry.marker, entry.colour, theme)}</g>',
            )
            for entry in getattr(picture, "legend", ())
        ],
        "ramp": getattr(picture, "ramp", None),
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
                        "pattern": s.pattern,
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


# --- A map as a picture to take away (slides, articles) ----------------------------------
def document(picture, geometry: ProjectedRegions, caption: Caption) -> str:
    """A map (RegionMap or PointsMap) as a standalone SVG document: its title, the map,
    its legend, the source line and the illustrative mark drawn into the picture, so a
    slide or an article that takes it keeps them. Arabic runs right to left. A chart
    is drawn by html_drawer.charts with the same caption."""
    drawn = region_map(picture, geometry)
    theme = picture.theme
    width, margin = PICTURE_WIDTH, 24
    lines: list[str] = []
    y: float = margin

    def text(words: str, size: float, weight: str = "normal", fill: str = theme.ink) -> None:
        nonlocal y
        per_line = max(20, int((width - 2 * margin) / (size * 0.56)))
        for line in wrapped(words, per_line):
            y += size * 1.3
            x, anchor = (width - margin, "end") if caption.rtl else (margin, "start")
            line = isolated(line, caption.rtl)
            lines.append(
                f'<text x="{x}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
                f'fill="{fill}" text-anchor="{anchor}">{escape(line)}</text>'
            )

    text(caption.title, 22, "bold")
    y += 10
    scale = min((width - 2 * margin) / drawn["width"], 560 / drawn["height"])
    map_width, map_height = drawn["width"] * scale, drawn["height"] * scale
    left = (width - map_width) / 2
    shapes = "".join(
        f'<path d="{r["path"]}" fill="{r["colour"]}" stroke="{r["line"]}" stroke-width="0.6"'
        + (f' opacity="{r["opacity"]}"' if r["opacity"] < 1 else "")
        + "/>"
        for r in drawn["regions"]
    )
    lines.append(
        f'<g transform="translate({left:.1f} {y:.1f}) scale({scale:.4f})">'
        f"{shapes}{''.join(drawn['points'])}</g>"
    )
    if picture.watermark:  # across the map, as on the dashboard
        lines.append(
            f'<text x="{width / 2}" y="{y + map_height / 2:.1f}" font-size="64" '
            f'fill="{theme.watermark}" fill-opacity="{theme.watermark_opacity}" '
            f'text-anchor="middle" transform="rotate(-20 {width / 2} {y + map_height / 2:.1f})">'
            f"{escape(isolated(picture.watermark, caption.rtl))}</text>"
        )
    y += map_height + 16
    if drawn["ramp"] is not None:
        y = ramp_svg(drawn["ramp"], lines, y, width, caption.rtl, theme)
    else:
        keys = [
            (entry.label, key_symbol(entry.marker, entry.colour, theme))
            for entry in getattr(picture, "legend", ())
        ]
        if getattr(picture, "legend_title", ""):
            text(picture.legend_title, 13, "bold")
        y = keys_svg(keys, lines, y, width, margin, caption.rtl, theme) + 10
    if caption.mark:
        text(caption.mark, 14, "bold", theme.mark_ink)
    text(caption.source, 13, fill=theme.muted)
    height = y + margin
    body = "\n".join(lines)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height:.0f}" '
        f'viewBox="0 0 {width} {height:.0f}" font-family="{FONT}" role="img" '
        f'aria-label="{escape(caption.title)}">\n<title>{escape(caption.title)}</title>\n'
        f'<rect width="100%" height="100%" fill="{theme.background}"/>\n{body}\n</svg>\n'
    )
