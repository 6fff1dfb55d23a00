"""Downloads: datasets and filtered views as CSV, Excel or Parquet, each with a README.

Every download carries a short README of its columns (from the contract's definitions)
and sources, so a file taken away still says what it is and where it comes from.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from atlas.i18n import Translate
from loaders.contract import TABLES_BY_NAME

FORMATS = ("csv", "xlsx", "parquet")
MIME = {
    "csv": "application/zip",
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "parquet": "application/zip",
}


@dataclass(frozen=True)
class Table:
    name: str
    frame: pd.DataFrame
    source: str  # publisher / licence line
    version: str  # file version (sha prefix)


def region_view(frame: pd.DataFrame, regions: list[str], keep_national: bool) -> pd.DataFrame:
    """Rows of the chosen regions (all rows if none chosen); national rows kept if asked."""
    if not regions or "region_code" not in frame.columns:
        return frame
    keep = frame["region_code"].isin(regions)
    if keep_national:
        keep |= frame["region_code"].isna()
    return frame[keep]


def readme(tables: list[Table], _: Translate, scope: str) -> str:
    """Plain-text README: what is in the download, columns, sources, illustrative values."""
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        _("Jazari Atlas — data download"),
        "=" * 40,
        "",
        _("Downloaded: {when}").format(when=stamp),
        _("Scope: {scope}").format(scope=scope),
        "",
        _(
            "Every row carries its mark: mark = published, illustrative (generated "
            "for demonstration, not a published figure; also illustrative = true) or "
            "derived (computed by us from published figures: see derived_from). "
            "source names the publisher of a published row, or what generated an "
            "illustrative one; source_url links to the published value."
        ),
        "",
    ]
    for table in tables:
        dataset = TABLES_BY_NAME.get(table.name)
        lines += [
            f"## {table.name}",
            _("Rows: {rows}").format(rows=len(table.frame)),
            _("Source: {source}").format(source=table.source),
            _("File version: {version}").format(version=table.version),
            "",
        ]
        for column in table.frame.columns:
            description = ""
            if dataset is not None and column in dataset.column_names:
                description = _(dataset.column(column).description)
            lines.append(f"- {column}: {description}".rstrip(": "))
        lines.append("")
    return "\n".join(lines)


def csv_zip(tables: list[Table], readme_text: str) -> bytes:
    return _zip(
        {
            **{f"{t.name}.csv": t.frame.to_csv(index=False).encode("utf-8-sig") for t in tables},
            "README.txt": readme_text.encode("utf-8"),
        }
    )


def parquet_zip(tables: list[Table], readme_text: str) -> bytes:
    files = {}
    for table in tables:
        buffer = io.BytesIO()
        pq.write_table(pa.Table.from_pandas(table.frame, preserve_index=False), buffer)
        files[f"{table.name}.parquet"] = buffer.getvalue()
    return _zip({**files, "README.txt": readme_text.encode("utf-8")})


def excel(tables: list[Table], readme_text: str) -> bytes:
    """One sheet per table after a README sheet. Every text cell is written as text, so a
    cell starting with "=" can never become a formula in the viewer's spreadsheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "README"
    for line in readme_text.splitlines():
        _text_row(sheet, [line])
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        _text_row(sheet, list(table.frame.columns))
        for row in table.frame.itertuples(index=False):
            _text_row(sheet, [_cell(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_row(sheet, values: list) -> None:
    sheet.append([None if isinstance(v, str) else v for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            cell = sheet.cell(row=row, column=column)
            cell.value = value
            cell.data_type = "s"


def _cell(value):
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):
        return value.item()
    return value


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BUILDERS = {"csv": csv_zip, "xlsx": excel, "parquet": parquet_zip}


def build(fmt: str, tables: list[Table], readme_text: str) -> bytes:
    return BUILDERS[fmt](tables, readme_text)


def file_name(stem: str, fmt: str) -> str:
    return f"{stem}.xlsx" if fmt == "xlsx" else f"{stem}-{fmt}.zip"


# --- The data at stable addresses (the edition's /edition/data/) ----------------------------
# Frictionless Data Package field types for the contract's column kinds.
FIELD_TYPES = {"string": "string", "float": "number", "int": "integer", "bool": "boolean"}
FIELD_TYPES["date"] = "date"
PACKAGE_NAME = "jazari-atlas"


def csv_text(frame: pd.DataFrame) -> str:
    """A table as published: UTF-8 (no byte-order mark), comma-separated, ISO dates, empty
    cells for missing values; `pandas.read_csv` reads it back as the same rows."""
    return frame.to_csv(index=False, date_format="%Y-%m-%d", lineterminator="\n")


def write_dataset(folder, name: str, frame: pd.DataFrame) -> list:
    """`name`.csv and `name`.parquet in `folder`; returns the paths written."""
    csv_path, parquet_path = folder / f"{name}.csv", folder / f"{name}.parquet"
    csv_path.write_text(csv_text(frame), "utf-8")
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), parquet_path)
    return [csv_path, parquet_path]


def field(column: str, frame: pd.DataFrame, dataset=None) -> dict:
    """A Frictionless field for a column: its type and description from the contract where
    it defines the column, else from the column's values."""
    definition = dataset.defined(column) if dataset is not None else None
    if definition is not None:
        kind, description = definition.kind, str(definition.description)
    else:
        kind, description = _kind_of(frame[column]), EXTRA_FIELDS.get(column, "")
    entry = {"name": column, "type": FIELD_TYPES[kind]}
    if description:
        entry["description"] = description
    return entry


EXTRA_FIELDS = {
    "mark": "published, illustrative (not a published figure) or derived (computed by us)",
    "source": "Who publishes the row, or what generated an illustrative one",
    "illustrative": "True when the row is not a published fact",
    "source_url": "Link to the published value",
    "kind": "What the Jazari entity is: regional_institute, hub, research_lab or sector_centre",
    "notes": "Our notes on the row (how it was coded from its sources)",
    "what": "What the rows show (the map's title)",
    "region": "The region's name, in the file's language",
    "value": "The value as the map shows it",
    "unit": "The unit of the value shown",
    "published_value": "The value as published",
    "published_unit": "The unit of the value as published",
}


def _kind_of(values: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(values):
        return "bool"
    if pd.api.types.is_integer_dtype(values):
        return "int"
    if pd.api.types.is_float_dtype(values):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(values):
        return "date"
    return "string"


def resource(name: str, frame: pd.DataFrame, title: str, description: str, dataset=None) -> dict:
    """The Data Package resource of one published CSV (its Parquet twin named beside it)."""
    schema: dict = {"fields": [field(c, frame, dataset) for c in frame.columns]}
    key = list(dataset.key) if dataset is not None else []
    if len(key) == 1 and key[0] in frame.columns:  # composite keys hold empty cells
        schema["primaryKey"] = key
    return {
        "profile": "tabular-data-resource",
        "name": name.replace("/", "-"),
        "path": f"{name}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "title": title,
        "description": description,
        "schema": schema,
        "jazari:parquet": f"{name}.parquet",
    }


def package(resources: list[dict], version: str, date: str | None, licence: str) -> dict:
    """One Frictionless Data Package (v1) describing every published file."""
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Jazari Atlas — the data of the public edition",
        "description": (
            "Every dataset of the data contract (docs/data-contract.md) as published by the "
            "edition: published facts only unless the deployment opts in to illustrative "
            "values, each row with its mark and its source. The addresses stay the same "
            "from one build to the next; `version` says which data they hold."
        ),
        "version": version,
        **({"created": date} if date else {}),
        "licenses": [{"name": "other-at", "title": licence}],
        "resources": resources,
    }


def csv_download(frame: pd.DataFrame) -> bytes:
    """A view's rows as a reader downloads them: UTF-8 with a byte-order mark, so that a
    spreadsheet opens Arabic names correctly (`pandas.read_csv` skips the mark)."""
    return csv_text(frame).encode("utf-8-sig")
