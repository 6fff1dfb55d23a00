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
