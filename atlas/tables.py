"""Tables shown under figures, as plain frames ready to draw: every cell a value a reader
can read — a missing one is "—", never "None", "nan" or "NaT" — dates as ISO days."""

from __future__ import annotations

import pandas as pd

from atlas import pictures
from atlas.cooperation import domain_text
from atlas.i18n import N_, format_number, translate_if_message, translator
from atlas.safe import http_url
from loaders.contract import MARKS, STAGE_COLUMNS

MISSING = "—"

# Every table's column headings, in words, once for every surface (the dashboard's tables
# and the edition's): a column is named by its key, its heading is said here.
HEADINGS = {
    "name": N_("Name"),
    "kind": N_("What it is"),
    "region_code": N_("Code"),
    "region": N_("Region"),
    "city": N_("City"),
    "status": N_("Status"),
    "announced_on": N_("Announced"),
    "agreement_on": N_("Agreement signed"),
    "works_started_on": N_("Works started"),
    "opened_on": N_("Opened"),
    "planned_opening_on": N_("Planned opening"),
    "partners": N_("Partners"),
    "source_url": N_("Source"),
    "mark": N_("Mark"),
    "signed_on": N_("Date"),
    "partner": N_("Partner"),
    "partner_kind": N_("Kind of partner"),
    "title": N_("Summary"),
    "instrument": N_("Instrument"),
    "south_south": N_("South-South"),
    "signed_in": N_("Signed or held in"),
    "region_involved": N_("Moroccan region involved"),
    "domains": N_("Domains"),
    "rank": N_("Rank (1 = best)"),
    "entity": N_("Jazari entity"),
}
SOURCE_LINK = N_("source")  # the words of a link to a row's source


def headings(language: str) -> dict[str, str]:
    """Each column's heading in the reader's language."""
    _ = translator(language)
    return {key: _(words) for key, words in HEADINGS.items()}


def readable(
    frame: pd.DataFrame, keep: tuple[str, ...] = (), language: str | None = None
) -> pd.DataFrame:
    """A copy where missing cells read "—": dates become ISO days, text keeps its text,
    numbers are written in the page's language (when given) — a number column with a gap
    becomes text, as the grid would otherwise print "None". True/false columns and the
    columns in `keep` (links) are left as they are."""
    shown = frame.copy()
    for column in shown.columns:
        if column in keep:
            continue
        values = shown[column]
        if pd.api.types.is_bool_dtype(values):
            continue
        if pd.api.types.is_datetime64_any_dtype(values):
            shown[column] = values.map(lambda d: d.date().isoformat() if pd.notna(d) else MISSING)
        elif pd.api.types.is_numeric_dtype(values):
            if language is None and not values.isna().any():
                continue
            shown[column] = values.map(lambda v: _number(v, language)).astype(object)
        else:
            shown[column] = values.map(lambda v: MISSING if _missing(v) else str(v)).astype(object)
    return shown


def _number(value, language: str | None) -> str:
    if _missing(value):
        return MISSING
    if language is None:
        return str(value)
    from atlas.i18n import format_value

    return format_value(float(value), "", language)


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def links(series: pd.Series) -> pd.Series:
    """Only http(s) URLs are links; anything else is no link at all (an empty cell)."""
    return series.map(lambda u: http_url(u) or "").astype(object)


def mark_words(language: str) -> dict[str, str]:
    """Each mark as a table writes it, in the reader's language."""
    _ = translator(language)
    return {mark: _(word) for mark, word in MARKS.items()}


def institutes(
    current: pd.DataFrame, names: dict[str, str], status_labels: dict[str, str], language: str
) -> pd.DataFrame:
    return readable(
        pd.DataFrame(
            {
                # what a phone shows without scrolling sideways first: name, status, mark
                "name": current["name"],
                "status": current["status"].map(status_labels),
                "mark": current["mark"].map(mark_words(language)),
                "region": current["region_code"].map(names),
                "kind": current["kind_label"] if "kind_label" in current else None,
                "city": current["city"],
                **{
                    column: current[column]
                    for column in (*STAGE_COLUMNS.values(), "planned_opening_on")
                },
                "partners": current["partners"].str.replace(";", ",")
                if "partners" in current
                else None,
                "source_url": links(current["source_url"]),
            }
        ),
        keep=("source_url",),
    )


def agreements(
    rows: pd.DataFrame, names: dict[str, str], labels: dict[str, str], language: str
) -> pd.DataFrame:
    """One row per agreement or other cooperation item, newest first: the date as precise
    as its source (`date_text` when the view wrote it), the place of signing apart from
    the region involved, our translations of summaries marked."""
    ordered = rows.sort_values("signed_on", ascending=False)
    dates = ordered["date_text"] if "date_text" in ordered else ordered["signed_on"]
    words = mark_words(language)
    summary = ordered["title"].astype(str)
    if "title__translated" in ordered:
        summary = summary.where(
            ~ordered["title__translated"].astype(bool), summary + f" ({words['translated']})"
        )
    table = pd.DataFrame(
        {
            # what a phone shows without scrolling sideways first: date, partner, status
            "signed_on": dates,
            "partner": ordered["partner_name"],
            "status": ordered["status"].map(labels),
            "mark": ordered["mark"].map(words),
            "instrument": ordered["instrument"].map(labels),
            "partner_kind": ordered["partner_kind"].map(labels),
            "title": summary,
            "south_south": ordered["south_south"].astype(bool),
            "signed_in": ordered["signed_in"] if "signed_in" in ordered else None,
            "region_involved": ordered["region_code"].map(names),
            "domains": ordered["domains"].map(
                lambda d: domain_text(d, translator(language), language)
            ),
            "source_url": links(ordered["source_url"]),
        }
    )
    return readable(table, keep=("source_url",))


# --- A chart as a table: its text alternative -----------------------------------------------
def picture_table(picture) -> pd.DataFrame | None:
    """What a chart shows, as rows a screen reader reads (and anyone can copy): each bar,
    each point of each line, each stage of each timeline row, each target's progress,
    with its mark, in the picture's language and as the chart writes it. None for a
    picture that has no table of its own here (maps, grids and events have theirs)."""
    _ = translator(picture.language)
    mark = _("Mark")
    if isinstance(picture, pictures.Bars):
        return pd.DataFrame(
            {
                picture.label_title or _("Label"): [b.label for b in picture.bars],
                picture.value_title or _("Value"): [b.value_text for b in picture.bars],
                mark: [_(MARKS[b.mark]) for b in picture.bars],
            }
        )
    if isinstance(picture, pictures.Lines):
        return _lines_table(picture, _)
    if isinstance(picture, pictures.Timeline):
        rows = [
            (row.name, stage.label, stage.date_text, _(MARKS[row.mark]))
            for row in picture.rows
            for stage in row.stages
        ] + [
            (row.name, picture.planned_label, row.planned_text, _(MARKS[row.mark]))
            for row in picture.rows
            if row.planned is not None
        ]
        return pd.DataFrame(rows, columns=[_("Name"), _("Stage"), _("Date"), mark])
    if isinstance(picture, pictures.Progress):
        return pd.DataFrame(
            {
                _("Indicator"): list(picture.labels),
                picture.axis_title or _("Progress"): [
                    format_number(100 * share, picture.language) + " %" for share in picture.shares
                ],
                _("Figures"): list(picture.texts),
            }
        )
    return None


def chart_rows(picture, title: str, source) -> pd.DataFrame | None:
    """A chart's rows as a reader downloads them (CSV): exactly what it draws, as its
    table writes it (the page's language, values as shown, each with its mark), with the
    chart's title and its source on every row. None for a picture without a table."""
    _ = translator(picture.language)
    table = picture_table(picture)
    if isinstance(picture, pictures.Grid):
        table = _grid_rows(picture, _)
    elif isinstance(picture, pictures.Events):
        table = _event_rows(picture, _)
    if table is None:
        return None
    rows = table.copy()
    rows.insert(0, _("Chart"), title)
    if source is not None:
        # illustrative values are never credited to a publisher: what made them instead
        links = rows.pop(_("Source links")) if _("Source links") in rows else None
        rows[_("Source")] = translate_if_message(source.source or source.generator or "", _)
        rows[_("Source links")] = " ".join(source.urls) if links is None else links
    return rows


def _grid_rows(picture: pictures.Grid, _) -> pd.DataFrame:
    """A heatmap long: one row per cell with a figure, as its cell writes it."""
    rows = [
        (row, column, text, _(MARKS[mark]) if mark else "")
        for r, row in enumerate(picture.rows)
        for c, column in enumerate(picture.columns)
        for text, mark in [(picture.texts[r][c], _cell_mark(picture, r, c))]
        if picture.values[r][c] is not None
    ]
    unit = f" ({picture.hover_unit})" if picture.hover_unit else ""
    return pd.DataFrame(rows, columns=[_("Row"), _("Column"), _("Value") + unit, _("Mark")])


def _cell_mark(picture: pictures.Grid, r: int, c: int) -> str:
    return picture.marks[r][c] if picture.marks else ""


def _event_rows(picture: pictures.Events, _) -> pd.DataFrame:
    """A timeline of events: one row per event, in its row's order, then by date."""
    order = {category: i for i, category in enumerate(picture.categories)}
    events = sorted(picture.events, key=lambda e: (order.get(e.category, 0), e.when))
    return pd.DataFrame(
        [
            (e.category, e.date_text, e.who, e.what, e.series, _(MARKS[e.mark]), e.url)
            for e in events
        ],
        columns=[_("Row"), _("Date"), _("Who"), _("What"), _("Kind"), _("Mark"), _("Source links")],
    )


def _lines_table(picture: pictures.Lines, _) -> pd.DataFrame:
    """One row per point: the series, the period as the axis (or the hover) writes it,
    the value, its mark; the target last."""
    ticks = dict(picture.tick_labels)

    def period(point) -> str:
        return point.when or ticks.get(point.period) or point.period.isoformat()

    def value(number: float) -> str:
        whole = float(number).is_integer()
        return format_number(number, picture.language, 0 if whole else 2)

    rows = [
        (line.name, period(p), value(p.value), _(MARKS[p.mark]))
        for line in picture.lines
        for p in line.points
        if not _missing(p.value)
    ]
    if picture.target is not None:
        target = picture.target
        rows.append((target.label, str(target.period.year), value(target.value), _("target")))
    return pd.DataFrame(
        rows,
        columns=[
            _("Series"),
            picture.x_title or _("Period"),
            picture.y_title or _("Value"),
            _("Mark"),
        ],
    )
