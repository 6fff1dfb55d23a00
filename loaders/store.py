"""Loading the data folder once per file version, shared by every session.

Each dataset is read, normalised and validated once per *signature* (path, mtime, size,
plus the versions of the files it is checked against). Every call first stats the file
(microseconds), so a new data drop is picked up on the next interaction. A version that
fails validation never replaces the last good one: the dataset keeps serving the last
good version and says why the new one was refused. Nothing here writes to the folder.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from loaders import contract
from loaders.contract import N_, REGIONS_FILENAME, Dataset, Rule
from loaders.geometry import regions_from_document
from loaders.problems import Problem, short_value
from loaders.read import MAX_FILE_BYTES, RawTable, normalise_optional, normalise_table
from loaders.schemas import Catalogue, missing_population, points_outside_region, validate_frame

REGIONS = "regions"
DATASET_NAMES: tuple[str, ...] = (REGIONS, *(d.name for d in contract.TABLES))
FILENAMES = {REGIONS: REGIONS_FILENAME, **{d.name: d.filename for d in contract.TABLES}}
# What each dataset is checked against: observations need the catalogue's themes and
# units; institutes are checked against the region polygons (a warning only).
DEPENDS_ON = {
    "institutes": (REGIONS,),
    "adoption": ("indicators",),
    "sovereignty": ("indicators",),
    "context": ("indicators",),
}

# "absent": an optional file the folder does not have (valid, nothing to show).
Status = Literal["ok", "stale", "failed", "absent"]


@dataclass(frozen=True)
class Signature:
    path: str
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> "Signature | None":
        try:
            stat = path.stat()
            # the real path: a data folder published as a link to an immutable version
            # (loaders.publish) changes when the link is switched, even to a file of the
            # same size and date
            real = path.resolve()
        except OSError:
            return None
        return cls(str(real), stat.st_mtime_ns, stat.st_size)


@dataclass(frozen=True)
class Provenance:
    """Where a loaded dataset comes from; shown wherever its figures are."""

    dataset: str
    filename: str
    sha256: str
    size_bytes: int
    modified_at: datetime
    loaded_at: datetime
    rows: int
    illustrative_rows: int | None = None
    source_urls: tuple[str, ...] = ()
    publisher: str | None = None
    licence: str | None = None
    generated_by: str | None = None

    @property
    def version(self) -> str:
        return self.sha256[:10]


@dataclass(frozen=True)
class Version:
    """One good (validated) version of a dataset."""

    frame: pd.DataFrame
    provenance: Provenance
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class DatasetState:
    name: str
    version: Version | None
    problems: tuple[Problem, ...] = ()
    refused: Provenance | None = None  # the newer file that failed validation, if any

    @property
    def status(self) -> Status:
        if self.version is None:
            return "failed" if self.problems else "absent"
        return "stale" if self.problems else "ok"

    @property
    def frame(self) -> pd.DataFrame | None:
        return self.version.frame if self.version else None


@dataclass
class _Entry:
    checked: tuple | None = None  # signature key of the last attempt
    state: DatasetState | None = None


@dataclass(frozen=True)
class _Attempt:
    """The outcome of reading and checking one file version."""

    frame: pd.DataFrame | None
    provenance: Provenance | None
    problems: list[Problem] = field(default_factory=list)


class DataStore:
    """The datasets of one data folder, loaded lazily and refreshed by signature."""

    def __init__(self, data_dir: Path, min_check_interval: float = 0.0):
        self.data_dir = Path(data_dir)
        self._entries = {name: _Entry() for name in DATASET_NAMES}
        self._lock = threading.RLock()
        # A page asks for the same datasets many times per run, and many viewers run at
        # once: the files are stat-ed at most once per interval (the dashboard uses 1 s).
        self.min_check_interval = min_check_interval
        self._checked_at: dict[str, float] = {}

    def path(self, name: str) -> Path:
        return self.data_dir / FILENAMES[name]

    def state(self, name: str) -> DatasetState:
        """The dataset as it should be served now (checks the file's signature)."""
        entry = self._entries[name]
        if (
            entry.state is not None
            and self.min_check_interval
            and time.monotonic() - self._checked_at.get(name, 0.0) < self.min_check_interval
        ):
            return entry.state
        with self._lock:
            dependencies = [self.state(d) for d in DEPENDS_ON.get(name, ())]
            own = Signature.of(self.path(name))
            key = (own, *(_version_key(d) for d in dependencies))
            entry = self._entries[name]
            if entry.state is None or entry.checked != key:
                attempt = self._guarded_attempt(name, own, dependencies)
                if attempt is not None:
                    entry.state = _next_state(name, entry.state, attempt)
                    entry.checked = key
            self._checked_at[name] = time.monotonic()
            assert entry.state is not None  # the first check always makes a state
            return entry.state

    def states(self) -> dict[str, DatasetState]:
        return {name: self.state(name) for name in DATASET_NAMES}

    def _guarded_attempt(self, name, signature, dependencies) -> _Attempt | None:
        try:
            return self._attempt(name, signature, dependencies)
        except Exception as error:  # last resort: a viewer must never get a traceback
            detail = short_value(f"{type(error).__name__}: {error}")
            return _Attempt(
                None,
                None,
                [Problem(FILENAMES[name], None, Rule("unreadable", (("detail", detail),)))],
            )

    def _attempt(self, name, signature, dependencies) -> _Attempt | None:
        filename = FILENAMES[name]
        content = _read_stable(self.path(name), signature)
        if content is _BEING_WRITTEN:
            return None  # try again at the next interaction
        if isinstance(content, Problem):
            optional = name in contract.TABLES_BY_NAME and contract.TABLES_BY_NAME[name].optional
            if optional and content.rule.id == "file_missing":
                return _Attempt(None, None, [])  # absent: nothing to show, nothing wrong
            return _Attempt(None, None, [content])
        provenance = _file_provenance(name, filename, content, signature)
        if name == REGIONS:
            return _check_regions(content, provenance)
        return _check_table(contract.TABLES_BY_NAME[name], content, provenance, dependencies)


def _version_key(state: DatasetState) -> str | None:
    return state.version.provenance.sha256 if state.version else None


def _next_state(name: str, previous: DatasetState | None, attempt: _Attempt) -> DatasetState:
    errors = tuple(p for p in attempt.problems if p.is_error)
    if not errors and attempt.frame is not None and attempt.provenance is not None:
        warnings = tuple(p for p in attempt.problems if not p.is_error)
        return DatasetState(name, Version(attempt.frame, attempt.provenance, warnings))
    last_good = previous.version if previous else None
    return DatasetState(name, last_good, errors, refused=attempt.provenance)


_BEING_WRITTEN = object()


def _read_stable(path: Path, before: Signature | None):
    """The file's bytes, a Problem, or _BEING_WRITTEN if it changed while being read."""
    filename = path.name
    if before is None or not path.is_file():
        return Problem(filename, None, Rule("file_missing"))
    if before.size == 0:
        return Problem(filename, None, Rule("file_empty"))
    if before.size > MAX_FILE_BYTES:
        return Problem(filename, None, Rule("too_large", (("max_mb", MAX_FILE_BYTES >> 20),)))
    try:
        content = path.read_bytes()
    except OSError as error:
        detail = short_value(f"{type(error).__name__}: {error}")
        return Problem(filename, None, Rule("not_parquet", (("detail", detail),)))
    if Signature.of(path) != before or len(content) != before.size:
        return _BEING_WRITTEN
    return content


def _file_provenance(name, filename, content: bytes, signature: Signature) -> Provenance:
    return Provenance(
        dataset=name,
        filename=filename,
        sha256=hashlib.sha256(content).hexdigest(),
        size_bytes=len(content),
        modified_at=datetime.fromtimestamp(signature.mtime_ns / 1e9, tz=timezone.utc),
        loaded_at=datetime.now(tz=timezone.utc),
        rows=0,
    )


def _check_regions(content: bytes, provenance: Provenance) -> _Attempt:
    import json

    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError) as error:
        detail = short_value(f"{type(error).__name__}: {error}")
        return _Attempt(
            None,
            provenance,
            [Problem(REGIONS_FILENAME, None, Rule("geojson_invalid", (("detail", detail),)))],
        )
    frame, problems = regions_from_document(document)
    if frame is None:
        return _Attempt(None, provenance, _labelled(problems, None, None))
    source = document.get("source") if isinstance(document.get("source"), str) else None
    provenance = replace(provenance, rows=len(frame), generated_by=source)
    return _Attempt(frame, provenance, [])


def _check_table(
    dataset: Dataset, content: bytes, provenance: Provenance, dependencies: list[DatasetState]
) -> _Attempt:
    try:
        table = pq.read_table(pa.BufferReader(content))
    except Exception as error:  # any parser failure is a data problem, not a crash
        detail = _parquet_failure(content, error)
        return _Attempt(
            None,
            provenance,
            [Problem(dataset.filename, None, Rule("not_parquet", (("detail", detail),)))],
        )
    raw = normalise_table(table, dataset)
    rule_problems = check_table_rules(dataset, raw, dependencies)  # may add type problems
    problems = _labelled(raw.problems + rule_problems, raw.frame, dataset)
    frame = raw.frame
    provenance = replace(
        provenance,
        rows=len(frame),
        illustrative_rows=_illustrative_rows(frame),
        source_urls=_source_urls(frame),
        publisher=raw.metadata.get("atlas.publisher"),
        licence=raw.metadata.get("atlas.licence"),
        generated_by=raw.metadata.get("atlas.generated_by"),
    )
    return _Attempt(frame, provenance, problems)


def _parquet_failure(content: bytes, error: Exception) -> str:
    """Why a file is not readable Parquet, in words a data provider can act on."""
    if not content.startswith(b"PAR1"):
        return N_("no Parquet signature: is it a CSV, Excel or other file renamed?")
    if not content.endswith(b"PAR1"):
        return N_("the end of the file is missing: truncated, or still being written")
    return short_value(f"{type(error).__name__}: {error}")


def check_table_rules(
    dataset: Dataset, raw: RawTable, dependencies: list[DatasetState]
) -> list[Problem]:
    """Schema rules, cross-file rules and warnings for one normalised table."""
    frame = raw.frame
    problems: list[Problem] = []
    catalogue = None
    for optional in dataset.optional_columns:
        if optional.name in frame.columns:
            normalise_optional(frame, optional, dataset.filename, raw)
            problems += _optional_column_problems(frame, optional, dataset)
    if dataset in contract.OBSERVATION_TABLES:
        indicators = dependencies[0].frame if dependencies else None
        if indicators is None:
            problems.append(
                Problem(dataset.filename, "indicator_id", Rule("catalogue_unavailable"))
            )
        else:
            catalogue = Catalogue.from_frame(indicators)
    problems += validate_frame(frame, dataset, catalogue, raw.bad_cells)
    if dataset is contract.CONTEXT:
        missing = missing_population(frame)
        if missing:
            problems.append(
                Problem(
                    dataset.filename,
                    "indicator_id",
                    Rule("population_present"),
                    rows=tuple(missing),
                )
            )
    if dataset is contract.COOPERATION and {"partner_iso3", "partner_kind"} <= set(frame.columns):
        stray = frame["partner_iso3"].notna() & (frame["partner_kind"] != "country")
        if stray.any():
            problems.append(
                Problem(
                    dataset.filename,
                    "partner_iso3",
                    Rule("country_code_for_countries"),
                    positions=tuple(int(i) for i in stray.to_numpy().nonzero()[0]),
                    severity="warning",
                )
            )
    unsupported = published_without_evidence(frame, dataset, catalogue)
    if unsupported:
        problems.append(
            Problem(
                dataset.filename,
                "evidence_quote",
                Rule("evidence_present"),
                positions=tuple(unsupported),
                severity="warning",
            )
        )
    if dataset is contract.INSTITUTES and dependencies and dependencies[0].frame is not None:
        outside = points_outside_region(frame, dependencies[0].frame)
        if outside:
            problems.append(
                Problem(
                    dataset.filename,
                    "latitude",
                    Rule("point_in_region"),
                    positions=tuple(outside),
                    severity="warning",
                )
            )
    return problems


def published_without_evidence(frame: pd.DataFrame, dataset: Dataset, catalogue) -> list[int]:
    """Positions of the rows given as published facts (not illustrative: their own flag, or
    for an observation its indicator's) with no source's words to support them."""
    if dataset.defined("evidence_quote") is None or "illustrative" not in frame.columns:
        if dataset not in contract.OBSERVATION_TABLES:
            return []
    flags = (
        frame["illustrative"].astype("boolean")
        if "illustrative" in frame.columns
        else pd.Series(pd.NA, index=frame.index, dtype="boolean")
    )
    if catalogue is not None and "indicator_id" in frame.columns:
        flags = flags.fillna(
            frame["indicator_id"].map(catalogue.illustrative_by_id).astype("boolean")
        )
    published = ~flags.fillna(True).astype(bool)
    quotes = frame["evidence_quote"] if "evidence_quote" in frame.columns else None
    missing = (
        pd.Series(True, index=frame.index)
        if quotes is None
        else quotes.isna() | (quotes.astype(str).str.strip() == "")
    )
    return [int(i) for i in (published & missing).to_numpy().nonzero()[0]]


def _optional_column_problems(frame, column, dataset) -> list[Problem]:
    optional = replace(dataset, columns=(column,), key=(), table_rules=())
    return validate_frame(frame, optional, None)


def _labelled(
    problems: list[Problem], frame: pd.DataFrame | None, dataset: Dataset | None
) -> list[Problem]:
    return [label_rows(p, frame, dataset) for p in problems]


def label_rows(problem: Problem, frame: pd.DataFrame | None, dataset: Dataset | None) -> Problem:
    """Name each offending row by its number (1 = first row) and, when known, its key."""
    if not problem.positions:
        return problem
    labels = []
    key = [k for k in (dataset.key if dataset else ()) if frame is not None and k in frame]
    for position in problem.positions:
        label = f"{position + 1}"
        if key and frame is not None and position < len(frame):
            parts = [_key_part(frame[k].iloc[position]) for k in key]
            label += f" ({' · '.join(parts)})"
        labels.append(label)
    return replace(problem, rows=tuple(labels), positions=problem.positions)


def _key_part(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return short_value(value)


def _illustrative_rows(frame: pd.DataFrame) -> int | None:
    if "illustrative" not in frame.columns:
        return None
    return int(frame["illustrative"].fillna(False).astype(bool).sum())


def _source_urls(frame: pd.DataFrame) -> tuple[str, ...]:
    if "source_url" not in frame.columns:
        return ()
    urls = frame["source_url"].dropna().astype(str)
    return tuple(sorted(set(u for u in urls if u.lower().startswith(("http://", "https://")))))


# --- One store per data folder, shared by every session of the process ----------------
_STORES: dict[Path, DataStore] = {}
_STORES_LOCK = threading.Lock()


def default_data_dir() -> Path:
    configured = os.environ.get("ATLAS_DATA_DIR")
    if configured:
        return Path(configured)
    return SHIPPED_DATA


SHIPPED_DATA = Path(__file__).resolve().parents[1] / "data"  # resolved once, not per run


@lru_cache(maxsize=64)
def _resolved(folder: str) -> Path:
    # Absolute, but links kept: a host's data folder is a link to its published version
    # (loaders.publish), switched to the next version in place; resolving it here would
    # hold the store to the first version for ever.
    return Path(os.path.abspath(folder))


def get_store(data_dir: Path | None = None) -> DataStore:
    """The process-wide store of a folder (default: $ATLAS_DATA_DIR, else data/). Files
    are checked for changes at most every $ATLAS_CHECK_INTERVAL seconds (default 1)."""
    folder = _resolved(str(data_dir or os.environ.get("ATLAS_DATA_DIR") or _DEFAULT_DIR))
    store = _STORES.get(folder)
    if store is None:
        interval = float(os.environ.get("ATLAS_CHECK_INTERVAL", "1"))
        with _STORES_LOCK:
            store = _STORES.setdefault(folder, DataStore(folder, interval))
    return store


_DEFAULT_DIR = Path(__file__).resolve().parents[1] / "data"


def validate_folder(data_dir: Path) -> dict[str, DatasetState]:
    """Check every file of a folder afresh (no cache shared with the dashboard)."""
    return DataStore(Path(data_dir)).states()
