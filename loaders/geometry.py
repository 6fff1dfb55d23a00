"""Reading and checking regions.geojson, the geometry of the 12 regions."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from shapely.geometry import shape

from loaders.contract import (
    MAX_TEXT_LENGTH,
    N_,
    REGION_CODES,
    REGIONS_FILENAME,
    REGIONS_PROPERTIES,
    Rule,
)
from loaders.problems import Problem, short_value

# Gaps narrower than this (degrees, ~1 km) between neighbours are reported.
GAP_WIDTH_DEG = 0.01


def regions_from_document(document) -> tuple[gpd.GeoDataFrame | None, list[Problem]]:
    name = REGIONS_FILENAME
    is_collection = isinstance(document, dict) and document.get("type") == "FeatureCollection"
    features = document.get("features") if is_collection else None
    if not isinstance(features, list):
        detail = N_("expected a FeatureCollection with a list of features")
        return None, [Problem(name, None, Rule("geojson_invalid", (("detail", detail),)))]

    problems: list[Problem] = []
    if len(features) != len(REGION_CODES):
        problems.append(
            Problem(name, None, Rule("geojson_feature_count", (("found", len(features)),)))
        )
    records, geometries = [], []
    for position, feature in enumerate(features):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        properties = properties if isinstance(properties, dict) else {}
        records.append({p: properties.get(p) for p in REGIONS_PROPERTIES})
        geometries.append(_geometry(feature, position, problems))
    problems += _property_problems(records)
    if problems:
        return None, problems
    frame = gpd.GeoDataFrame(records, geometry=geometries, crs="EPSG:4326")
    if not shapely.coverage_is_valid(np.array(geometries), gap_width=GAP_WIDTH_DEG):
        return None, [Problem(name, None, Rule("geojson_coverage"))]
    return frame.sort_values("region_code", ignore_index=True), []


def _geometry(feature, position: int, problems: list[Problem]):
    try:
        geometry = shape(feature["geometry"])
        valid = (
            geometry.geom_type in ("Polygon", "MultiPolygon")
            and geometry.is_valid
            and not geometry.is_empty
            and _in_wgs84_range(geometry)
        )
    except Exception:  # malformed coordinates of any kind
        geometry, valid = None, False
    if not valid:
        problems.append(
            Problem(REGIONS_FILENAME, "geometry", Rule("geojson_geometry"), positions=(position,))
        )
        return None
    return geometry


def _in_wgs84_range(geometry) -> bool:
    minx, miny, maxx, maxy = geometry.bounds
    return -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90


def _property_problems(records: list[dict]) -> list[Problem]:
    problems = []
    codes = [r["region_code"] for r in records]
    if sorted(c for c in codes if isinstance(c, str)) != list(REGION_CODES):
        wrong = [i for i, c in enumerate(codes) if c not in REGION_CODES or codes.count(c) > 1]
        problems.append(
            Problem(
                REGIONS_FILENAME,
                "region_code",
                Rule("geojson_region_codes"),
                positions=tuple(wrong),
                values=tuple(short_value(codes[i]) for i in wrong[:3]),
            )
        )
    for prop in REGIONS_PROPERTIES[1:]:
        empty = [
            i for i, r in enumerate(records) if not isinstance(r[prop], str) or not r[prop].strip()
        ]
        if empty:
            problems.append(
                Problem(REGIONS_FILENAME, prop, Rule("non_empty"), positions=tuple(empty))
            )
        limit = MAX_TEXT_LENGTH["short"]
        long = [
            i for i, r in enumerate(records) if isinstance(r[prop], str) and len(r[prop]) > limit
        ]
        if long:
            problems.append(
                Problem(
                    REGIONS_FILENAME,
                    prop,
                    Rule("max_length", (("max_length", limit),)),
                    positions=tuple(long),
                )
            )
    return problems
