"""Reading contract files and normalising the types different tools write.

A provider's tool may write strings as string or large_string, dates as date32 or
timestamps, integers as int32 or int64, an all-null column as the null type, or numbers
as text. Everything that means the same value is accepted and normalised to one pandas
dtype per contract kind; anything that is not is reported cell by cell, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from loaders.contract import N_, Column, Dataset, Rule
from loaders.problems import Problem, short_value

MAX_FILE_BYTES = 100 * 1024 * 1024

PANDAS_DTYPES = {
    "string": "str",
    "float": "float64",
    "int": "Int64",
    "bool": "boolean",
    "date": "datetime64[ns]",
}
KIND_NAMES = {
    "string": N_("text"),
    "float": N_("number"),
    "int": N_("integer"),
    "bool": N_("true/false"),
    "date": N_("date"),
}

_PLAIN_NUMBER = re.compile(r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")
_ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")


@dataclass
class RawTable:
    """A table normalised to the contract's dtypes, with the problems met on the way."""

    frame: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    # (column, row position) pairs whose value could not be converted: later rule
    # checks skip them so one bad cell gives one message.
    bad_cells: set[tuple[str, int]] = field(default_factory=set)


def normalise_table(table: pa.Table, dataset: Dataset) -> RawTable:
    metadata = {
        k.decode("utf-8", "replace"): v.decode("utf-8", "replace")
        for k, v in (table.schema.metadata or {}).items()
        if not k.startswith(b"pandas")
    }
    raw = RawTable(pd.DataFrame(index=pd.RangeIndex(table.num_rows)), metadata=metadata)
    for column in dataset.columns:
        if column.name not in table.column_names:
            raw.problems.append(Problem(dataset.filename, column.name, Rule("missing_column")))
            continue
        raw.frame[column.name] = _normalise_column(
            table.column(column.name), column, dataset.filename, raw
        )
    for extra in table.column_names:
        if extra not in dataset.column_names and extra not in raw.frame.columns:
            raw.frame[extra] = _extra_column(table.column(extra))
    return raw


def normalise_optional(frame: pd.DataFrame, column: Column, filename: str, raw: RawTable):
    """Normalise an optional column already present in `frame` (kept as an extra)."""
    values = pa.array(frame[column.name].astype(object), from_pandas=True)
    frame[column.name] = _normalise_column(pa.chunked_array([values]), column, filename, raw)


def _extra_column(values: pa.ChunkedArray) -> pd.Series:
    try:
        return values.to_pandas()
    except (pa.ArrowException, ValueError, TypeError):
        return pd.Series(values.to_pylist(), dtype=object)


def _normalise_column(
    values: pa.ChunkedArray, column: Column, filename: str, raw: RawTable
) -> pd.Series:
    arrow_type = values.type
    if pa.types.is_dictionary(arrow_type):
        values = values.cast(arrow_type.value_type)
        arrow_type = values.type
    dtype = PANDAS_DTYPES[column.kind]
    if pa.types.is_null(arrow_type):
        return pd.Series([None] * len(values), dtype=dtype)
    converter = _CONVERTERS[column.kind]
    series, bad_rows = converter(values, arrow_type)
    if bad_rows is None:  # the whole column has a type that cannot mean this kind
        bad_rows = [i for i, v in enumerate(values.to_pylist()) if v is not None]
        series = pd.Series([None] * len(values), dtype=dtype)
    if bad_rows:
        sample = values.take(pa.array(bad_rows[:3])).to_pylist()
        raw.problems.append(
            Problem(
                filename,
                column.name,
                Rule("type", (("expected", KIND_NAMES[column.kind]),)),
                positions=tuple(bad_rows),
                values=tuple(short_value(v) for v in sample),
            )
        )
        raw.bad_cells.update((column.name, i) for i in bad_rows)
    elif _is_text(arrow_type) and column.kind == "float":
        raw.problems.append(
            Problem(filename, column.name, Rule("text_as_numbers"), severity="warning")
        )
    return series


def _is_text(arrow_type: pa.DataType) -> bool:
    return (
        pa.types.is_string(arrow_type)
        or pa.types.is_large_string(arrow_type)
        or pa.types.is_string_view(arrow_type)
    )


def _to_string(values, arrow_type):
    if not _is_text(arrow_type):
        return None, None
    return pd.Series(values.to_pylist(), dtype="str"), []


def _to_float(values, arrow_type):
    if (
        pa.types.is_integer(arrow_type)
        or pa.types.is_floating(arrow_type)
        or pa.types.is_decimal(arrow_type)
    ):
        return pd.Series(values.cast(pa.float64()).to_numpy(zero_copy_only=False)), []
    if _is_text(arrow_type):
        texts = values.to_pylist()
        bad = [i for i, t in enumerate(texts) if t is not None and not _PLAIN_NUMBER.match(t)]
        numbers = [
            float(t) if (t is not None and i not in set(bad)) else np.nan
            for i, t in enumerate(texts)
        ]
        return pd.Series(numbers, dtype="float64"), bad
    return None, None


def _to_int(values, arrow_type):
    if pa.types.is_integer(arrow_type):
        return pd.Series(values.to_pylist(), dtype="Int64"), []
    if pa.types.is_floating(arrow_type):
        floats = values.to_pylist()
        bad = [
            i
            for i, f in enumerate(floats)
            if f is not None and not (np.isfinite(f) and float(f).is_integer())
        ]
        ints = [None if (f is None or i in set(bad)) else int(f) for i, f in enumerate(floats)]
        return pd.Series(ints, dtype="Int64"), bad
    return None, None


def _to_bool(values, arrow_type):
    if pa.types.is_boolean(arrow_type):
        return pd.Series(values.to_pylist(), dtype="boolean"), []
    return None, None


def _to_date(values, arrow_type):
    if pa.types.is_timestamp(arrow_type) or pa.types.is_date(arrow_type):
        if pa.types.is_timestamp(arrow_type) and arrow_type.tz is not None:
            values = values.cast(pa.timestamp(arrow_type.unit))
        parsed, bad = [], []
        for i, value in enumerate(values.to_pylist()):
            stamp = _in_range_date(value)
            if value is not None and stamp is None:
                bad.append(i)  # e.g. year 9999 or 0001: outside what a date here can be
            parsed.append(stamp)
        return pd.Series(parsed, dtype="datetime64[ns]"), bad
    if _is_text(arrow_type):
        texts = values.to_pylist()
        parsed, bad = [], []
        for i, text in enumerate(texts):
            stamp = _parse_iso_date(text)
            if text is not None and stamp is None:
                bad.append(i)
            parsed.append(stamp)
        return pd.Series(parsed, dtype="datetime64[ns]"), bad
    return None, None


def _in_range_date(value) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        return pd.Timestamp(value).normalize().as_unit("ns")
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None


def _parse_iso_date(text: str | None) -> pd.Timestamp | None:
    if text is None or not _ISO_DATE.match(text):
        return None
    return _in_range_date(text.strip())


_CONVERTERS = {
    "string": _to_string,
    "float": _to_float,
    "int": _to_int,
    "bool": _to_bool,
    "date": _to_date,
}
