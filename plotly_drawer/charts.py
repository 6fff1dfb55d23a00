"""The plotly drawer of charts with axes: timelines, bars, trend lines, grids, progress
towards targets, each drawn from its picture (atlas.pictures), no Streamlit. Every text
comes from the picture and goes through `safe.plot_text`.

Built to be legible from a 360 px phone to a desktop without knowing the screen: long
category labels are written above their bar (wrapped, never on a crowded axis), date axes
carry at most a handful of ticks, legends sit under the plot, and nothing is placed
outside the figure's own box. Right-to-left languages mirror the value axes and anchor
labels on the right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import plotly.graph_objects as go

from atlas.i18n import is_rtl
from atlas.pictures import THEME, Bars, Events, Grid, Lines, Progress, Theme, Timeline
from atlas.safe import plot_text, wrap_words
from plotly_drawer.marks import legend_trace, marker_style, stepped, symbol
from plotly_drawer.style import BIG_SCREEN_FONT, FONT_SIZE, xy_layout

# Characters per line of a label written above its bar: ~260 px of Latin text at 13 px,
# which fits the narrowest phone chart (~330 px) with room to spare.
LABEL_LINE_CHARS = 36
LINE_EM = 1.3  # height of a line of text, in font sizes
BAR_EM = 1.1  # thickness of a bar under its label
GAP_EM = 0.9
MAX_DATE_TICKS = 5


def short(text: str, limit: int = 90) -> str:
    """Long labels cut (the full text stays in the hover and the table)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrap(text: str, width: int = LABEL_LINE_CHARS) -> list[str]:
    """A label as lines of about `width` characters (atlas.safe.wrap_words)."""
    return wrap_words(" ".join(str(text).split()), width)


@dataclass(frozen=True)
class Rows:
    """Rows numbered 0… from the top, each a bar with its label written above it."""

    count: int
    lines: int  # lines of the tallest label
    font_size: int = FONT_SIZE

    @property
    def large(self) -> bool:  # the big screen: large type, rows kept compact
        return self.font_size > FONT_SIZE

    @property
    def line_px(self) -> int:
        return round(self.font_size * LINE_EM)

    @property
    def bar_px(self) -> int:
        return round(self.font_size * (0.6 if self.large else BAR_EM))

    @property
    def label_px(self) -> int:
        return self.lines * self.line_px

    @property
    def row_px(self) -> int:
        return self.label_px + self.bar_px + round(self.font_size * (0.4 if self.large else GAP_EM))

    @property
    def top(self) -> float:  # y of the plot's upper edge: room for the first label
        return -(self.bar_px / 2 + self.label_px + 4) / self.row_px

    @property
    def bottom(self) -> float:
        return self.count - 1 + (self.bar_px / 2 + 4) / self.row_px

    @property
    def plot_px(self) -> int:
        return int(math.ceil((self.bottom - self.top) * self.row_px))

    @property
    def bar_width(self) -> float:
        return self.bar_px / self.row_px


def _labelled_rows(
    figure: go.Figure,
    labels: list[str],
    language: str,
    width: int = LABEL_LINE_CHARS,
    font_size: int = FONT_SIZE,
    theme: Theme = THEME,
) -> Rows:
    """Write each row's label above its bar, at the start of the reading direction.

    Labels are annotations in paper coordinates, wrapped to `width` characters, so they
    stay inside the figure at any width."""
    wrapped = [wrap(label, width) for label in labels]
    rows = Rows(len(labels), max((len(w) for w in wrapped), default=1), font_size)
    rtl = is_rtl(language)
    for row, label_lines in enumerate(wrapped):
        # One annotation per line: each box is as wide as its text, so every line starts
        # where the page's reading direction starts (plotly mis-places right-aligned
        # lines of a multi-line annotation).
        for number, line in enumerate(label_lines):
            figure.add_annotation(
                x=1 if rtl else 0,
                xref="paper",
                xanchor="right" if rtl else "left",
                y=row,
                yref="y",
                yanchor="bottom",
                yshift=rows.bar_px / 2 + 1 + (len(label_lines) - 1 - number) * rows.line_px,
                text=plot_text(line),
                showarrow=False,
                bgcolor=theme.label_background,
            )
    return rows


def _rows_axis(figure: go.Figure, rows: Rows) -> None:
    """The category axis of labelled rows: no tick labels (the labels are above the bars)."""
    figure.update_yaxes(
        range=[rows.bottom, rows.top],
        autorange=False,
        showticklabels=False,
        showgrid=False,
        zeroline=False,
        title=None,
        automargin=False,
        fixedrange=True,
    )


# Room under the plot for the value axis: its ticks and its title.
VALUE_AXIS_PX = 62


def bars(picture: Bars) -> go.Figure:
    """Labelled horizontal bars in the picture's order, each label written above its bar
    with its value."""
    font_size = BIG_SCREEN_FONT if picture.big else FONT_SIZE
    language = picture.language
    figure = go.Figure()
    rows = _labelled_rows(
        figure,
        [f"{b.label} · {b.value_text}" for b in picture.bars],
        language,
        # a big screen's chart is wide: its lines may be longer
        width=LABEL_LINE_CHARS if font_size <= FONT_SIZE else 60,
        font_size=font_size,
        theme=picture.theme,
    )
    values = [b.value for b in picture.bars]
    figure.add_trace(
        go.Bar(
            x=values,
            y=list(range(rows.count)),
            orientation="h",
            width=rows.bar_width,
            marker={"color": [b.colour for b in picture.bars]},
            customdata=[
                [plot_text(b.label), plot_text(b.hover or b.value_text)] for b in picture.bars
            ],
            hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
        )
    )
    figure.update_layout(
        **xy_layout(
            max(picture.height, rows.plot_px + VALUE_AXIS_PX + 8),
            language,
            picture.value_title,
            "",
            picture.theme,
            showlegend=False,
        )
    )
    figure.update_layout(font={"size": font_size})
    figure.update_layout(margin={"t": 8, "l": 8, "r": 8, "b": 8})
    _rows_axis(figure, rows)
    top = max((v for v in values if v is not None and not math.isnan(v)), default=0) or 1
    figure.update_xaxes(
        range=[top * 1.02, 0] if is_rtl(language) else [0, top * 1.02],
        autorange=False,
        nticks=5,
        fixedrange=True,
    )
    return figure


def label_room(labels: list[str], font_size: int = FONT_SIZE, language: str = "fr") -> int:
    """Pixels to leave for axis labels of this many characters at this font size
    (Arabic letters are wider on average than Latin ones); lines split by <br> count
    one by one."""
    longest = max((len(line) for label in labels for line in str(label).split("<br>")), default=0)
    return int(14 + longest * font_size * (0.7 if is_rtl(language) else 0.6))


def timeline(picture: Timeline) -> go.Figure:
    """One row per entity, its name above it: a bar per stage, from the stage's date to
    the next one's (or today), in the stage's colour and pattern; the planned date as its
    marker; today as a dotted line."""
    figure = go.Figure()
    language, theme = picture.language, picture.theme
    rows = _labelled_rows(figure, [row.label for row in picture.rows], language, theme=theme)
    for entry in picture.legend:
        if entry.marker is not None:
            continue  # the planned opening's key: drawn with its markers below
        starts, ends, ys, hover = [], [], [], []
        for y, row in enumerate(picture.rows):
            for stage in row.stages:
                if stage.label != entry.label:
                    continue
                starts.append(stage.start)
                ends.append(max(stage.end, stage.start + timedelta(days=6)))  # a visible sliver
                ys.append(y)
                hover.append([plot_text(row.name), plot_text(stage.label), stage.date_text])
        figure.add_trace(
            go.Bar(
                base=starts,
                x=[(e - s).total_seconds() * 1000 for s, e in zip(starts, ends)],
                y=ys,
                orientation="h",
                name=plot_text(entry.label),
                width=rows.bar_width,
                marker={
                    "color": entry.colour,
                    "line": {"width": 0},
                    "pattern": {"shape": entry.pattern, "fillmode": "overlay", "size": 7},
                },
                customdata=hover,
                hovertemplate="%{customdata[0]}<br>%{customdata[1]} · %{customdata[2]}"
                "<extra></extra>",
                showlegend=bool(starts),
            )
        )
    planned = [
        (y, row, row.planned_marker)
        for y, row in enumerate(picture.rows)
        if row.planned is not None and row.planned_marker is not None
    ]
    figure.add_trace(
        go.Scatter(
            x=[row.planned for _y, row, _m in planned],
            y=[y for y, _row, _m in planned],
            mode="markers",
            name=plot_text(picture.planned_label),
            marker={
                "symbol": [symbol(drawn) for _y, _row, drawn in planned],
                "size": 11,
                "color": [drawn.fill for _y, _row, drawn in planned],
                "line": {"width": 2},
            },
            customdata=[
                [plot_text(row.name), plot_text(row.planned_text)] for _y, row, _m in planned
            ],
            hovertemplate="%{customdata[0]}<br>"
            + plot_text(picture.planned_label)
            + " · %{customdata[1]}<extra></extra>",
            showlegend=bool(planned),
        )
    )
    figure.add_vline(x=picture.today, line={"color": theme.ink, "dash": "dot", "width": 1})
    # The legend (above the plot) takes two to three lines on a phone.
    figure.update_layout(
        **xy_layout(
            rows.plot_px + VALUE_AXIS_PX + 90,
            language,
            picture.date_title,
            "",
            theme,
            barmode="overlay",
            mirror_x=True,
        )
    )
    figure.update_layout(margin={"l": 8, "r": 8, "b": 8})
    _rows_axis(figure, rows)
    _date_axis(figure, picture.first, picture.last)
    return figure


def _date_axis(figure: go.Figure, first: date, last: date) -> None:
    """Year ticks, at most MAX_DATE_TICKS of them whatever the span (a phone's axis)."""
    years = max(1, last.year - first.year + 1)
    step = max(1, math.ceil(years / MAX_DATE_TICKS))
    figure.update_xaxes(
        type="date",
        tickformat="%Y",
        dtick=f"M{12 * step}",
        tick0=f"{first.year}-01-01",
        fixedrange=True,
    )


def lines(picture: Lines) -> go.Figure:
    """One line per series, the national one thicker and dashed, the target as a star
    (named in the legend). Each point as its picture says: filled, or hollow; the keys of
    the two when the picture gives them."""
    figure = go.Figure()
    invented_word = picture.marks[1]
    for line in picture.lines:
        figure.add_trace(
            go.Scatter(
                x=[p.period for p in line.points],
                y=[p.value for p in line.points],
                mode="lines+markers",
                name=plot_text(line.name),
                line={
                    "color": line.colour,
                    "width": 3 if line.national else 2,
                    "dash": "dash" if line.national else "solid",
                },
                marker={
                    "symbol": [
                        f"{line.symbol}-open" if p.hollow else line.symbol for p in line.points
                    ],
                    "size": 8,
                    "color": line.colour,
                    "line": {"width": 2, "color": line.colour},
                },
                customdata=[
                    (plot_text(p.when), plot_text(invented_word) if p.hollow else "")
                    for p in line.points
                ],
                hovertemplate=plot_text(line.name)
                + "<br>%{customdata[0]}: %{y:,.4~g} %{customdata[1]}<extra></extra>",
            )
        )
    for key in picture.mark_keys:
        if key.marker is None:
            continue
        figure.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=plot_text(key.label),
                hoverinfo="skip",
                marker=marker_style(key.marker, size=9),
            )
        )
    target = picture.target
    if target is not None:
        figure.add_trace(
            go.Scatter(
                x=[target.period],
                y=[target.value],
                mode="markers",
                name=plot_text(target.label),
                marker={"symbol": "star", "size": 14, "color": target.colour},
                hovertemplate=plot_text(target.label) + " %{x|%Y}: %{y:,.4~g}<extra></extra>",
            )
        )
    figure.update_layout(
        **xy_layout(
            picture.height,
            picture.language,
            picture.x_title,
            picture.y_title,
            picture.theme,
            mirror_x=True,
        )
    )
    figure.update_yaxes(nticks=6, fixedrange=True)
    periods = [p.period for line in picture.lines for p in line.points]
    if target is not None:
        periods.append(target.period)
    ticks = picture.tick_labels
    if ticks and len(ticks) <= MAX_DATE_TICKS and target is None:
        figure.update_xaxes(
            tickvals=[when for when, _text in ticks],
            ticktext=[plot_text(text) for _when, text in ticks],
            fixedrange=True,
        )
    elif periods:  # months are never named by plotly (English only): years, a few of them
        _date_axis(figure, min(periods), max(periods))
    return figure


def grid(picture: Grid) -> go.Figure:
    """Rows × columns, each cell in its picture's colour. Row labels wrap on two lines;
    column labels stand upright above their column, so each takes one line's width
    whatever its length; the picture's ramp under the grid."""
    language = picture.language
    rows = ["<br>".join(plot_text(line) for line in wrap(label, 16)[:3]) for label in picture.rows]
    columns = [plot_text(short(c, 32)) for c in picture.columns]
    colours = list(dict.fromkeys(c for row in picture.colours for c in row))
    figure = go.Figure(
        go.Heatmap(
            z=[[colours.index(c) for c in row] for row in picture.colours],
            zmin=-0.5,
            zmax=max(0.5, len(colours) - 0.5),
            x=columns,
            y=rows,
            colorscale=stepped(colours or [picture.theme.background]),
            showscale=False,
            customdata=[
                [
                    [plot_text(r), plot_text(c), plot_text(text)]
                    for c, text in zip(picture.columns, texts)
                ]
                for r, texts in zip(picture.rows, picture.texts)
            ],
            hovertemplate="%{customdata[0]} · %{customdata[1]}: %{customdata[2]} "
            + plot_text(picture.hover_unit)
            + "<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    if picture.ramp is not None:
        figure.add_trace(
            legend_trace(
                picture.ramp,
                # Under the grid, hanging from its lower edge (as under a map): placed
                # from the page's bottom edge, its title landed on the bar or below
                # the chart's box, as the number of rows changed.
                {
                    "orientation": "h",
                    "y": 0,
                    "yanchor": "top",
                    "thickness": 10,
                    "len": 0.9,
                },
                False,
                is_rtl(language),
            )
        )
    row_px = 38
    top = 12 + label_room(columns, font_size=12, language="fr")
    side = "r" if is_rtl(language) else "l"
    figure.update_layout(
        **xy_layout(
            top + row_px * len(picture.rows) + 90, language, "", "", picture.theme, mirror_x=True
        )
    )
    figure.update_layout(
        margin={
            side: label_room(rows, language=language),
            "t": top,
            "b": 80,
            "r" if side == "l" else "l": 8,
        }
    )
    figure.update_xaxes(
        side="top",
        title=None,
        tickangle=-90,
        automargin=False,
        tickfont={"size": 12},
        fixedrange=True,
        showgrid=False,
        zeroline=False,
    )
    figure.update_yaxes(
        autorange="reversed",
        title=None,
        automargin=False,
        fixedrange=True,
        showgrid=False,
        zeroline=False,
    )
    return figure


def progress(picture: Progress) -> go.Figure:
    """Progress bars: the share of the way to each target (0–100 %), one row per target,
    its label and what the bar says written above it."""
    language = picture.language
    figure = go.Figure()
    labels = [f"{label} — {text}" for label, text in zip(picture.labels, picture.texts)]
    layout = _labelled_rows(figure, labels, language, theme=picture.theme)
    positions, width = list(range(layout.count)), layout.bar_width
    figure.add_trace(
        go.Bar(
            x=[100] * layout.count,
            y=positions,
            orientation="h",
            width=width,
            marker={"color": picture.track},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    figure.add_trace(
        go.Bar(
            x=[share * 100 for share in picture.shares],
            y=positions,
            orientation="h",
            width=width,
            marker={"color": picture.colour},
            showlegend=False,
            customdata=[
                [plot_text(label), plot_text(text)]
                for label, text in zip(picture.labels, picture.texts)
            ],
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        )
    )
    figure.update_layout(
        **xy_layout(
            layout.plot_px + VALUE_AXIS_PX + 8,
            language,
            picture.axis_title,
            "",
            picture.theme,
            barmode="overlay",
        )
    )
    figure.update_layout(margin={"t": 8, "l": 8, "r": 8, "b": 8})
    _rows_axis(figure, layout)
    figure.update_xaxes(
        range=[100, 0] if is_rtl(language) else [0, 100],
        autorange=False,
        ticksuffix=" %",
        tickvals=[0, 25, 50, 75, 100],
        fixedrange=True,
    )
    return figure


def events(picture: Events) -> go.Figure:
    """Dated events, one row per category, coloured and shaped by series."""
    language = picture.language
    figure = go.Figure()
    wrapped = {c: "<br>".join(plot_text(line) for line in wrap(c, 12)) for c in picture.categories}
    for entry in picture.series:
        shown = [e for e in picture.events if e.series == entry.label]
        figure.add_trace(
            go.Scatter(
                x=[e.when for e in shown],
                y=[wrapped[e.category] for e in shown],
                mode="markers",
                name=plot_text(entry.label),
                marker=marker_style(entry.marker, size=12)
                if entry.marker
                else {"size": 12, "color": entry.colour},
                customdata=[
                    [plot_text(e.date_text), plot_text(e.who), plot_text(e.what)] for e in shown
                ],
                hovertemplate="%{customdata[0]} · %{customdata[1]}<br>%{customdata[2]}"
                "<extra></extra>",
            )
        )
    figure.update_layout(
        **xy_layout(
            110 + 56 * max(len(picture.categories), 1),
            language,
            picture.x_title,
            "",
            picture.theme,
            mirror_x=True,
        )
    )
    side = "r" if is_rtl(language) else "l"
    figure.update_layout(
        margin={
            side: label_room(list(wrapped.values()), language=language),
            "r" if side == "l" else "l": 12,
            "t": 8,
            "b": 8,
        }
    )
    figure.update_yaxes(
        title=None,
        automargin=False,
        categoryorder="array",
        categoryarray=list(wrapped.values()),
        fixedrange=True,
        side="right" if is_rtl(language) else "left",
    )
    if picture.events:
        first = min(e.when for e in picture.events)
        last = max(e.when for e in picture.events)
        _date_axis(figure, first - timedelta(days=60), last + timedelta(days=60))
    return figure
