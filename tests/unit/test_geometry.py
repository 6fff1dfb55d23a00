"""The shipped regions.geojson: 12 valid regions, no gaps or overlaps, small, drawable."""

from __future__ import annotations

import json

import numpy as np
import shapely
from shapely.geometry import shape

from loaders.contract import REGION_CODES
from tests.support import REPO

REGIONS = REPO / "data" / "regions.geojson"
SERVED = REPO / "static" / "regions.geojson"


def features():
    return json.loads(REGIONS.read_text("utf-8"))["features"]


def test_twelve_regions_with_iso_codes_and_names():
    props = [f["properties"] for f in features()]
    assert [p["region_code"] for p in props] == list(REGION_CODES)
    by_code = {p["region_code"]: p for p in props}
    assert by_code["MA-03"]["name_fr"] == "Fès-Meknès"
    assert by_code["MA-05"]["name_fr"] == "Béni Mellal-Khénifra"
    assert by_code["MA-11"]["name_fr"] == "Laâyoune-Sakia El Hamra"
    for p in props:
        assert p["name_ar"] == " ".join(p["name_ar"].split()) and p["name_ar"]
        assert p["name_en"]


def test_every_geometry_is_valid():
    for feature in features():
        geometry = shape(feature["geometry"])
        assert geometry.is_valid, feature["id"]
        assert geometry.geom_type == "MultiPolygon"


def test_no_gaps_or_overlaps_between_neighbours():
    geometries = np.array([shape(f["geometry"]) for f in features()])
    assert shapely.coverage_is_valid(geometries, gap_width=0.01)
    union = shapely.union_all(geometries)
    assert abs(union.area - sum(g.area for g in geometries)) < 1e-9  # no overlap
    assert all(len(p.interiors) == 0 for p in shapely.get_parts(union))  # no hole


def test_exterior_rings_are_clockwise_for_plotly_geo():
    # d3-geo (plotly geo) fills the whole globe when an exterior ring is anticlockwise.
    for feature in features():
        for polygon in shapely.get_parts(shape(feature["geometry"])):
            assert not polygon.exterior.is_ccw, feature["id"]
            assert all(ring.is_ccw for ring in polygon.interiors), feature["id"]


def test_small_enough_to_send_to_every_viewer():
    assert REGIONS.stat().st_size <= 150 * 1024


def test_served_copy_is_the_data_file():
    assert SERVED.read_bytes() == REGIONS.read_bytes()
