"""The few pieces every page draws the same way: source lines, the illustrative mark,
data problems in plain words. Text from the data is always escaped (atlas.safe)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from atlas.i18n import format_date
from atlas.pictures import Empty, WorldMap
from atlas.safe import markdown_text
from atlas.sources import SourceLine
from loaders import DatasetState
from loaders.contract import REGIONS_TITLE, TABLES_BY_NAME
from loaders.problems import format_problem
from ui.context import language, t
from ui.fastpath import Html
from ui.memo import by_identity

DATASET_TITLES = {name: d.title for name, d in TABLES_BY_NAME.items()} | {"regions": REGIONS_TITLE}


def dataset_title(name: str) -> str:
    return t()(DATASET_TITLES.get(name, name))


def source_line(line: SourceLine | None, compact: bool = False, note: str = "") -> None:
    """The line under every figure, as the edition writes it (html_drawer's one source
    line): its source and links, what we computed, the illustrative mark in words, and
    "Why this number?" — the sources' own words behind its published values. `note`:
    how to read the figure, in the page's words, above it (one element, not two)."""
    if line is None:
        return
    st.html(_source_html(line, language(), compact, note))


@by_identity
def _source_html(line: SourceLine, lang: str, compact: bool, note: str) -> Html:
    from html_drawer.sections import escape, render_source

    above = f'<p class="small">{escape(note)}</p>' if note else ""
    return Html(f'<div class="atlas">{above}{render_source(line, lang, compact)}</div>')


def first_run(data_dir: Path) -> None:
    _ = t()
    st.title(_("Welcome to Jazari Atlas"))
    st.error(_("No data found in the data folder {folder}.").format(folder=markdown_text(data_dir)))
    st.markdown(
        _(
            "To fix it: put the seven files of the data contract in that folder (or point "
            "`ATLAS_DATA_DIR` at a folder that has them), then run "
            "`python -m loaders.validate` to check them. The repository ships a complete "
            "sample folder in `data/`; `make data` rebuilds it."
        )
    )


def unavailable(states: list[DatasetState], compact: bool = False) -> None:
    """A plain-language message for datasets with no good version, in the viewer's language."""
    _ = t()
    for state in states:
        message = _("The data “{dataset}” cannot be shown: its file has problems.").format(
            dataset=dataset_title(state.name)
        )
        lines = [markdown_text(format_problem(p, _)) for p in state.problems[:5]]
        advice = _(
            "The rest of the dashboard keeps working. A data manager can list every "
            "problem with `python -m loaders.validate`."
        )
        if compact:
            st.warning(message + "  \n" + "  \n".join(lines[:2]))
        else:
            st.error(
                message + "  \n" + "  \n".join(f"- {line}" for line in lines) + "  \n" + advice
            )


def stale_notice(state: DatasetState) -> None:
    """Say which version is shown when a newer file was refused."""
    _ = t()
    lang = language()
    shown = state.version.provenance
    reason = format_problem(state.problems[0], _) if state.problems else ""
    st.warning(
        _(
            "“{dataset}”: showing the last valid version ({version}, file of {date}). "
            "A newer file was refused: {reason}"
        ).format(
            dataset=dataset_title(state.name),
            version=shown.version,
            date=format_date(shown.modified_at, lang),
            reason=markdown_text(reason),
        )
    )


def nothing(empty: Empty) -> None:
    """What a view says when it has nothing to show (atlas.pictures.Empty)."""
    # our own messages (never the data's words), so written as they are
    st.info(" ".join(part for part in (empty.reason, empty.hint) if part))


def chart_downloads(
    snapshot, picture, title: str, source, stem: str, table=True, **table_settings
) -> None:
    """Under a chart: its table (the chart's rows, its text alternative: what a screen
    reader reads of it; or `table`, a fuller one the page has; none with False), its rows
    as CSV and the chart as a picture for slides (PNG and SVG), as under a map."""
    shown = chart_table(picture) if table is True else (None if table is False else table)
    rows = chart_csv_rows(picture, title, source)
    map_downloads(snapshot, picture, rows, title, source, stem, table=shown, **table_settings)


@by_identity
def chart_csv_rows(picture, title: str, source):
    """A chart's rows for its CSV, made once per picture of a shared view."""
    from atlas.tables import chart_rows

    return chart_rows(picture, title, source)


@by_identity
def chart_table(picture):
    """A chart's rows as a table, made once per picture of a shared view."""
    from atlas.tables import picture_table

    return picture_table(picture)


def map_downloads(
    snapshot, picture, rows, title: str, source, stem: str, table=None, **table_settings
) -> None:
    """Under a map (or a chart, through chart_downloads): its table (`table`, with
    `table_settings` for ui.tables.frame), its rows as CSV (exactly what is on screen), and the map as a picture for slides — PNG
    and SVG drawn by the edition's drawer from the same picture, with the title, the
    source line and the illustrative mark in it."""
    box = _data_box(stem, table is not None)
    if box is not None:
        with box:
            if table is not None:
                from ui.tables import frame

                frame(table, **table_settings)
            _download_buttons(snapshot, picture, rows, title, source, stem)


def _data_box(stem: str, with_table: bool):
    """One closed box under a figure for its table and its files, made only when a viewer
    opens it (on_change="rerun"): closed, it is one element, and a viewer who reads no
    table and downloads nothing costs no rerun anything for them. (A table in one box and
    the files in a menu beside it were two widgets per figure on every rerun.)"""
    _ = t()
    box = st.expander(
        _("Table and downloads") if with_table else _("Downloads"),
        key=f"data-{stem}",
        on_change="rerun",
        icon=":material/table_view:" if with_table else ":material/download:",
    )
    return box if box.open else None


def _download_buttons(snapshot, picture, rows, title: str, source, stem: str) -> None:
    """The figure's files, each made only when clicked."""
    from atlas.exports import csv_download
    from html_drawer import projection, standalone

    _ = t()
    lang = language()

    def drawn() -> str:
        if isinstance(picture, WorldMap):
            geometry = snapshot.memo(("svg-world",), _world_geometry)
        else:
            geometry = snapshot.memo(
                ("svg-geometry",), lambda: projection.project_regions(snapshot.frame("regions"))
            )
        return standalone.document(picture, geometry, standalone.caption(title, source, _, lang))

    def png() -> bytes:
        import resvg_py

        return bytes(resvg_py.svg_to_bytes(svg_string=drawn(), zoom=2))

    files = [
        (_("Rows (CSV)"), lambda: csv_download(rows), "csv", "text/csv"),
        (_("Picture (PNG)"), png, "png", "image/png"),
        (_("Picture (SVG)"), drawn, "svg", "image/svg+xml"),
    ]
    if rows is None or not len(rows):
        files = files[1:]
    line = st.container(horizontal=True, key=f"files-{stem}")
    for label, data, suffix, mime in files:
        line.download_button(
            label,
            data=data,
            file_name=f"jazari-atlas-{stem}.{suffix}",
            mime=mime,
            icon=":material/download:",
            key=f"download-{stem}-{suffix}",
            on_click="ignore",
        )


def _world_geometry():
    """The countries as the pictures draw them (the file the dashboard's world map reads)."""
    import json

    from html_drawer import projection
    from ui.data import STATIC_WORLD

    return projection.project_world(json.loads(STATIC_WORLD.read_text("utf-8")))
