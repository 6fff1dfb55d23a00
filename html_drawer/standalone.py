"""A picture as a standalone SVG document to take away (slides, articles, the briefs):
its title, the picture, its legend, the illustrative mark and the source line drawn in,
right to left in Arabic. Maps of the regions are drawn by html_drawer.maps, every other
picture by html_drawer.charts, with the same caption."""

from __future__ import annotations

from dataclasses import dataclass

from atlas.pictures import PointsMap, RegionMap
from html_drawer import charts, maps
from html_drawer.projection import ProjectedRegions, ProjectedWorld


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

    # every publisher by name: a picture has no link to open for "(+2 more)"
    worded = word(line, _, language, max_links=len(line.urls))
    rtl = language in RTL_LANGUAGES
    # In Arabic: the Arabic comma, and right-to-left marks that keep each separator beside
    # the Latin name it follows (a bare "," or "·" between two Latin runs drifts)
    dot, comma = (" \u200f·\u200f ", "\u200f، ") if rtl else (" · ", ", ")
    source = dot.join(
        part
        for part in (
            worded.text,
            comma.join(dict.fromkeys(name for name, _url in worded.links)),
            worded.more,
            worded.derived,
        )
        if part
    )
    mark = (worded.explanation or worded.badge or "") if worded.badge else ""
    return Caption(title, source, mark, rtl=rtl)


def document(picture, geometry: ProjectedRegions | ProjectedWorld | None, caption: Caption) -> str:
    """The picture as a standalone SVG document (the world map needs the world's
    geometry, the regions' maps the regions')."""
    if isinstance(picture, (RegionMap, PointsMap)) and isinstance(geometry, ProjectedRegions):
        return maps.document(picture, geometry, caption)
    return charts.document(
        picture, caption, geometry if isinstance(geometry, ProjectedWorld) else None
    )
