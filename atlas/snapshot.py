"""A data snapshot: the validated datasets of one folder as they were read, with their
versions. Every view is built from one snapshot; the shared view cache is keyed on the
snapshot's version, so replacing any file produces new views on the next interaction
without any page naming the files it depends on.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import pandas as pd

from loaders import DATASET_NAMES, DatasetState
from loaders.contract import OBSERVATION_TABLES

OBSERVATION_NAMES = tuple(d.name for d in OBSERVATION_TABLES)
# The datasets whose rows carry a mark (atlas.marks): all but the regions. A public
# surface leaves out the invented rows of the files of facts (the observations are left
# out row by row in `observations`; the catalogue stays whole).
FACT_FILES = ("institutes", "cooperation", "strategy")
RESOLVED = ("indicators", *FACT_FILES, *OBSERVATION_NAMES)


@dataclass(frozen=True)
class Geometry:
    """How figures reference the maps' geometry. A drawer that serves the files itself
    passes their URLs (browsers fetch them once); otherwise the regions travel inline."""

    regions_url: str | None = None
    world_url: str | None = None
    world_ids: tuple[str, ...] = ()


class Snapshot:
    """The datasets of a folder at one moment. Frames are shared read-only: never modify
    one. Anything derived from them is computed once per snapshot (`memo`)."""

    published_only = False

    def __init__(
        self, states: Mapping[str, DatasetState], data_dir: Path, geometry: Geometry = Geometry()
    ):
        self.states = dict(states)
        self.data_dir = Path(data_dir)
        self.geometry = geometry
        self.versions = tuple((name, _sha(self.states.get(name))) for name in DATASET_NAMES)
        self.key: tuple = (str(self.data_dir), self.versions, geometry)
        self._memo: dict[Any, Any] = {}
        self._lock = threading.Lock()
        self._building: dict[Any, threading.Lock] = {}

    # --- the datasets ---------------------------------------------------------------
    def state(self, name: str) -> DatasetState:
        return self.states.get(name) or DatasetState(name, None)

    def frame(self, name: str) -> pd.DataFrame | None:
        """A dataset as every view reads it: each row with its mark and source resolved
        (atlas.marks), once per snapshot."""
        from atlas.marks import resolve

        frame = self.state(name).frame
        if frame is None or name not in RESOLVED:
            return frame
        return self.memo(
            ("resolved", name),
            lambda: resolve(
                name,
                frame,
                catalogue=self.catalogue if name in OBSERVATION_NAMES else None,
                generator=self.generator(name),
            ),
        )

    def table(self, name: str) -> pd.DataFrame:
        """A dataset the caller cannot do without (in its view's NEEDS, or checked with
        `has`): its frame, or an error naming it."""
        frame = self.frame(name)
        if frame is None:
            raise LookupError(f"{name}: no valid version in {self.data_dir}")
        return frame

    def table_in(self, name: str, language: str) -> pd.DataFrame:
        """`table`, with its free text in the reader's language (see `frame_in`)."""
        self.table(name)
        return self.frame_in(name, language)  # type: ignore[return-value]

    def has(self, name: str) -> bool:
        return self.frame(name) is not None

    def unavailable(self, names: Iterable[str]) -> list[DatasetState]:
        """Datasets with no good version, less optional files the folder simply does not
        have (a page says "nothing to show" for those, not "cannot be displayed")."""
        return [
            self.state(n) for n in names if not self.has(n) and self.state(n).status != "absent"
        ]

    def stale(self, names: Iterable[str]) -> list[DatasetState]:
        return [self.state(n) for n in names if self.state(n).status == "stale"]

    @property
    def is_empty(self) -> bool:
        return not any(self.has(n) for n in DATASET_NAMES)

    # --- derived once per snapshot ----------------------------------------------------
    def memo(self, key, build: Callable[[], Any]) -> Any:
        """build() once per snapshot and key (a view asks for the same derived frames
        many times; every viewer of this version shares them). One lock per key: a
        build may itself ask for other keys."""
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            if key not in self._memo:
                self._memo[key] = build()
            return self._memo[key]

    @property
    def catalogue(self) -> pd.DataFrame | None:
        return self.frame("indicators")

    def frame_in(self, name: str, language: str) -> pd.DataFrame | None:
        """The dataset with its free text in the reader's language (model.localise)."""
        from atlas.model import localise
        from loaders.contract import TABLES_BY_NAME

        frame = self.frame(name)
        if frame is None or name not in TABLES_BY_NAME:
            return frame
        return self.memo(
            ("in", name, language),
            lambda: localise(frame, TABLES_BY_NAME[name].translatable, language).assign(
                generated_by=self.generator(name)
            ),
        )

    def generator(self, name: str) -> str | None:
        """What generated a file's illustrative rows, as its metadata says (e.g.
        `atlas.generated_by`); None when the file does not say."""
        state = self.state(name)
        return state.version.provenance.generated_by if state.version else None

    @property
    def observations(self) -> pd.DataFrame:
        """adoption + sovereignty + context (the files with a good version), each row
        with its unit, theme, illustrative flag and source (see model.combine_observations)."""
        from atlas.model import combine_observations, empty_observations

        def build():
            names = [n for n in OBSERVATION_NAMES if self.has(n)]
            if self.catalogue is None or not names:
                return empty_observations()
            return combine_observations(
                [self.frame(n) for n in names],  # type: ignore[misc]
                self.catalogue,
                [self.generator(n) for n in names],
            )

        return self.memo("observations", build)

    def region_names(self, language: str) -> dict[str, str]:
        def build():
            regions = self.frame("regions")
            if regions is None:
                return {}
            return dict(zip(regions["region_code"], regions[f"name_{language}"]))

        return self.memo(("region-names", language), build)

    def indicator_rows(self, language: str) -> dict[str, dict]:
        """Each indicator's catalogue row (free text in the reader's language), by id."""
        from atlas.metrics import catalogue_rows

        return self.memo(
            ("indicator-rows", language),
            lambda: catalogue_rows(self.table_in("indicators", language)),
        )

    def indicator_labels(self, language: str) -> dict[str, str]:
        def build():
            catalogue = self.catalogue
            if catalogue is None:
                return {}
            return dict(zip(catalogue["indicator_id"], catalogue[f"label_{language}"]))

        return self.memo(("indicator-labels", language), build)

    @property
    def regions_geojson(self) -> str | dict:
        """What a plotly map of the regions is given: the served file's URL, or the
        collection itself (a data folder with its own regions.geojson)."""
        if self.geometry.regions_url:
            return self.geometry.regions_url
        return self.memo(
            "regions-geojson",
            lambda: json.loads(self.table("regions")[["region_code", "geometry"]].to_json()),
        )


class PublishedSnapshot(Snapshot):
    """The same snapshot with every illustrative row left out: what the public surfaces
    (the event screen, the edition) draw by default. Every builder works on it unchanged;
    a view whose rows are all invented has nothing to show and says so."""

    published_only = True

    def __init__(self, full: Snapshot):
        super().__init__(full.states, full.data_dir, full.geometry)
        self.full = full
        self.key = (*full.key, "published-only")

    def frame(self, name: str) -> pd.DataFrame | None:
        frame = super().frame(name)
        if frame is None or name not in FACT_FILES:
            return frame
        return self.memo(("published", name), lambda: frame[~frame["illustrative"].astype(bool)])

    @property
    def observations(self) -> pd.DataFrame:
        every = self.full.observations
        return self.memo(
            "published-observations", lambda: every[~every["illustrative"].astype(bool)]
        )

    def left_out(self, name: str) -> int:
        """How many illustrative rows of a dataset this snapshot leaves out."""
        if name == "observations":
            return len(self.full.observations) - len(self.observations)
        full = self.full.frame(name)
        return 0 if full is None else len(full) - len(self.table(name))


def published_only(snapshot: Snapshot) -> Snapshot:
    """What a public surface shows: published rows only, unless the deployment opts in
    to illustrative values for a demonstration (ATLAS_PUBLIC_ILLUSTRATIVE=1)."""
    import os

    if snapshot.published_only or os.environ.get("ATLAS_PUBLIC_ILLUSTRATIVE", "").strip() in (
        "1",
        "true",
        "yes",
    ):
        return snapshot  # already public (never wrapped twice), or the opt-in
    return snapshot.memo("published-only-view", lambda: PublishedSnapshot(snapshot))


def _sha(state: DatasetState | None) -> str | None:
    if state is None or state.version is None:
        return None
    return state.version.provenance.sha256
