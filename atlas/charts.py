"""Charts with axes: timelines, bars, trend lines, heatmaps, progress towards targets.

Plain functions: data in, `go.Figure` out, no Streamlit. Every axis is titled with its
unit; every text from the data goes through `safe.plot_text`.

Built to be legible from a 360 px phone to a desktop without knowing the screen: long
category labels are written above their bar (wrapped, never on a crowded axis), date axes
carry at most a handful of ticks, legends sit under the plot, and nothing is placed
outside the figure's own box. Right-to-left languages mirror the value axes and anchor
labels on the right.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from atlas.i18n import is_rtl
from atlas.plotstyle import (ACCENT, FONT_SIZE, LINE_COLOURS, NATIONAL_COLOUR, SEQUENTIAL,
                             STATUS_COLOURS, STATUS_SYMBOLS, xy_layout)
from atlas.safe import plot_text
from loaders.contract import STAGE_COLUMNS

# Characters per line of a label written above its bar: ~260 px of Latin text at 13 px,
# which fits the narrowest phone chart (~330 px) with room to spare.
LABEL_LINE_CHARS = 36
LINE_EM = 1.3           # height of a line of text, in font sizes
BAR_EM = 1.1            # thickness of a bar under its label
GAP_EM = 0.9
MAX_DATE_TICKS = 5


def short(text: str, limit: int = 90) -> str:
    """Long labels cut (the full text stays in the hover and the table)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrap(text: str, width: int = LABEL_LINE_CHARS) -> list[str]:
    """A label as lines of at most `width` characters, broken at spaces or hyphens."""
    lines = textwrap.wrap(" ".join(str(text).split()), width=width, break_long_words=True,
                          break_on_hyphens=True)
    return lines or [""]


@dataclass(frozen=True)
class Rows:
    """Rows numbered 0… from the top, each a bar with its label written above it."""

    count: int
    lines: int                   # lines of the tallest label
    font_size: int = FONT_SIZE

    @property
    def large(self) -> bool:     # the big screen: large type, rows kept compact
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
    def top(self) -> float:      # y of the plot's upper edge: room for the first label
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


def _labelled_rows(figure: go.Figure, labels: list[str], language: str,
                   width: int = LABEL_LINE_CHARS, font_size: int = FONT_SIZE) -> Rows:
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
                x=1 if rtl else 0, xref="paper", xanchor="right" if rtl else "left",
                y=row, yref="y", yanchor="bottom",
                yshift=rows.bar_px / 2 + 1 + (len(label_lines) - 1 - number) * rows.line_px,
                text=plot_text(line), showarrow=False, bgcolor="rgba(255,255,255,0.85)")
    return rows


def _rows_axis(figure: go.Figure, rows: Rows) -> None:
    """The category axis of labelled rows: no tick labels (the labels are above the bars)."""
    figure.update_yaxes(range=[rows.bottom, rows.top], autorange=False, showticklabels=False,
                        showgrid=False, zeroline=False, title=None, automargin=False,
                        fixedrange=True)


# Room under the plot for the value axis: its ticks and its title.
VALUE_AXIS_PX = 62


def horizontal_bars(labels: list[str], values: list[float], value_title: str,
                    language: str, colours: list[str] | None = None,
                    hover: list[str] | None = None, height: int | None = None,
                    value_texts: list[str] | None = None,
                    font_size: int = FONT_SIZE) -> go.Figure:
    """Labelled horizontal bars (a ranking, counts by category), in the given order.

    Each label is written above its bar with its value (`value_texts`, formatted by the
    caller in the page's language)."""
    value_texts = value_texts or hover or [str(v) for v in values]
    hover = hover or value_texts
    figure = go.Figure()
    rows = _labelled_rows(figure, [f"{label} · {value}"
                                   for label, value in zip(labels, value_texts)], language,
                          # a big screen's chart is wide: its lines may be longer
                          width=LABEL_LINE_CHARS if font_size <= FONT_SIZE else 60,
                          font_size=font_size)
    figure.add_trace(go.Bar(
        x=values, y=list(range(rows.count)), orientation="h", width=rows.bar_width,
        marker={"color": colours or ACCENT},
        customdata=[[plot_text(label), plot_text(h)] for label, h in zip(labels, hover)],
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>",
    ))
    figure.update_layout(**xy_layout(max(height or 0, rows.plot_px + VALUE_AXIS_PX + 8),
                                     language, value_title, "", showlegend=False))
    figure.update_layout(font={"size": font_size})
    figure.update_layout(margin={"t": 8, "l": 8, "r": 8, "b": 8})
    _rows_axis(figure, rows)
    top = max((v for v in values if v is not None and not math.isnan(v)), default=0) or 1
    figure.update_xaxes(range=[top * 1.02, 0] if is_rtl(language) else [0, top * 1.02],
                        autorange=False, nticks=5, fixedrange=True)
    return figure


def label_room(labels: list[str], font_size: int = FONT_SIZE, language: str = "fr") -> int:
    """Pixels to leave for axis labels of this many characters at this font size
    (Arabic letters are wider on average than Latin ones); lines split by <br> count
    one by one."""
    longest = max((len(line) for label in labels for line in str(label).split("<br>")),
                  default=0)
    return int(14 + longest * font_size * (0.7 if is_rtl(language) else 0.6))


def rollout_timeline(institutes: pd.DataFrame, today: pd.Timestamp, labels: dict[str, str],
                     date_title: str, planned_label: str, language: str,
                     names: list[str] | None = None) -> go.Figure:
    """One row per institute, its name above it: a bar per stage, from the stage's date
    to the next one's (or today); the planned opening as an open marker."""
    figure = go.Figure()
    names = names if names is not None else [str(n) for n in institutes["name"]]
    rows = _labelled_rows(figure, names, language)
    row_of = dict(zip(institutes.index, range(rows.count)))
    stages = list(STAGE_COLUMNS.items())
    width = rows.bar_width
    for stage, column in stages:
        starts, ends, ys, hover = [], [], [], []
        for index, row in institutes.iterrows():
            start = row[column]
            if pd.isna(start) or start > today:
                continue
            later = [row[c] for _, c in stages[stages.index((stage, column)) + 1:]
                     if pd.notna(row[c]) and row[c] <= today]
            end = min(later) if later else today
            starts.append(start)
            ends.append(max(end, start + pd.Timedelta(days=6)))  # a visible sliver
            ys.append(row_of[index])
            hover.append([plot_text(names[row_of[index]]), plot_text(labels[stage]),
                          start.date().isoformat()])
        figure.add_trace(go.Bar(
            base=starts, x=[(e - s).total_seconds() * 1000 for s, e in zip(starts, ends)],
            y=ys, orientation="h", name=plot_text(labels[stage]), width=width,
            marker={"color": STATUS_COLOURS[stage], "line": {"width": 0}},
            customdata=hover,
            hovertemplate="%{customdata[0]}<br>%{customdata[1]} · %{customdata[2]}<extra></extra>",
            showlegend=bool(starts),
        ))
    planned = institutes[institutes["planned_opening_on"].notna()]
    figure.add_trace(go.Scatter(
        x=planned["planned_opening_on"], y=[row_of[i] for i in planned.index],
        mode="markers", name=plot_text(planned_label),
        # an illustrative (invented) planned opening: hollow with a dot
        marker={"symbol": ["circle-open-dot" if i else STATUS_SYMBOLS["planned"]
                           for i in planned.get("illustrative", pd.Series(False,
                                                                          index=planned.index))
                           .astype(bool)],
                "size": 11, "color": "#555555", "line": {"width": 2}},
        customdata=[[plot_text(names[row_of[i]])] for i in planned.index],
        hovertemplate="%{customdata[0]}<br>" + plot_text(planned_label)
        + " · %{x|%Y-%m-%d}<extra></extra>",
        showlegend=not planned.empty,
    ))
    figure.add_vline(x=today, line={"color": NATIONAL_COLOUR, "dash": "dot", "width": 1})
    # The legend (above the plot) takes two to three lines on a phone.
    figure.update_layout(**xy_layout(rows.plot_px + VALUE_AXIS_PX + 90, language, date_title,
                                     "", barmode="overlay", mirror_x=True))
    figure.update_layout(margin={"l": 8, "r": 8, "b": 8})
    _rows_axis(figure, rows)
    dates = [*institutes[[c for _, c in stages]].stack(), *planned["planned_opening_on"], today]
    _date_axis(figure, min(dates), max(dates))
    return figure


def _date_axis(figure: go.Figure, first, last) -> None:
    """Year ticks, at most MAX_DATE_TICKS of them whatever the span (a phone's axis)."""
    first, last = pd.Timestamp(first), pd.Timestamp(last)
    years = max(1, last.year - first.year + 1)
    step = max(1, math.ceil(years / MAX_DATE_TICKS))
    figure.update_xaxes(type="date", tickformat="%Y", dtick=f"M{12 * step}",
                        tick0=f"{first.year}-01-01", fixedrange=True)


def trend_lines(series: dict[str, pd.DataFrame], national: pd.DataFrame | None,
                national_label: str, x_title: str, y_title: str, language: str,
                target: tuple[pd.Timestamp, float, str] | None = None,
                height: int = 400, tick_labels: dict | None = None,
                marks: tuple[str, str] | None = None) -> go.Figure:
    """One line per region (name -> frame of period, value), the national figure dashed,
    the target as a star (named in the legend).

    A point whose row is illustrative (an `illustrative` column) is drawn hollow, a
    published one filled; when a chart mixes both, `marks` (the words for "published" and
    "illustrative") label the two kinds of point in the legend."""
    figure = go.Figure()
    lines = [(name, frame, LINE_COLOURS[index % len(LINE_COLOURS)], 2, "solid")
             for index, (name, frame) in enumerate(series.items())]
    if national is not None and len(national):
        lines.append((national_label, national, NATIONAL_COLOUR, 3, "dash"))
    kinds = set()
    for name, frame, colour, width, dash in lines:
        flags = (frame["illustrative"].fillna(True).astype(bool).tolist()
                 if "illustrative" in frame else [False] * len(frame))
        kinds |= set(flags)
        figure.add_trace(go.Scatter(
            x=frame["period"], y=frame["value"], mode="lines+markers", name=plot_text(name),
            line={"color": colour, "width": width, "dash": dash},
            marker={"symbol": ["circle-open" if f else "circle" for f in flags], "size": 8,
                    "color": colour, "line": {"width": 2, "color": colour}},
            customdata=[plot_text(marks[1]) if marks and f else "" for f in flags],
            hovertemplate=plot_text(name) + "<br>%{x|%Y-%m}: %{y:,.4~g} %{customdata}"
            "<extra></extra>",
        ))
    if marks and kinds == {True, False}:  # say which points are which
        for symbol, label in (("circle", marks[0]), ("circle-open", marks[1])):
            figure.add_trace(go.Scatter(
                x=[None], y=[None], mode="markers", name=plot_text(label), hoverinfo="skip",
                marker={"symbol": symbol, "size": 9, "color": NATIONAL_COLOUR,
                        "line": {"width": 2, "color": NATIONAL_COLOUR}}))
    if target is not None:
        when, value, label = target
        figure.add_trace(go.Scatter(
            x=[when], y=[value], mode="markers", name=plot_text(label),
            marker={"symbol": "star", "size": 14, "color": "#D55E00"},
            hovertemplate=plot_text(label) + " %{x|%Y}: %{y:,.4~g}<extra></extra>",
        ))
    figure.update_layout(**xy_layout(height, language, x_title, y_title, mirror_x=True))
    figure.update_yaxes(nticks=6, fixedrange=True)
    periods = [p for _name, frame, *_rest in lines for p in frame["period"]]
    if target is not None:
        periods.append(target[0])
    if tick_labels and len(tick_labels) <= MAX_DATE_TICKS and target is None:
        figure.update_xaxes(tickvals=list(tick_labels), ticktext=list(tick_labels.values()),
                            fixedrange=True)
    elif periods:  # months are never named by plotly (English only): years, a few of them
        _date_axis(figure, min(periods), max(periods))
    return figure


def heatmap(matrix: pd.DataFrame, colour_title: str, language: str,
            hover_unit: str = "") -> go.Figure:
    """Rows × columns coloured by value (e.g. region × sector). Row labels wrap on two
    lines; column labels stand upright above their column, so each takes one line's
    width whatever its length."""
    rows = ["<br>".join(plot_text(line) for line in wrap(label, 16)[:3])
            for label in matrix.index]
    columns = [plot_text(short(c, 32)) for c in matrix.columns]
    figure = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=columns, y=rows, colorscale=SEQUENTIAL,
        colorbar={"title": {"text": plot_text(colour_title), "side": "top"},
                  "orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom",
                  "thickness": 10, "len": 0.9, "nticks": 4},
        customdata=[[[plot_text(r), plot_text(c)] for c in matrix.columns]
                    for r in matrix.index],
        hovertemplate="%{customdata[0]} · %{customdata[1]}: %{z:,.4~g} "
        + plot_text(hover_unit) + "<extra></extra>",
        xgap=2, ygap=2,
    ))
    row_px = 38
    top = 12 + label_room(columns, font_size=12, language="fr")
    side = "r" if is_rtl(language) else "l"
    figure.update_layout(**xy_layout(top + row_px * len(matrix) + 90, language, "", "",
                                     mirror_x=True))
    figure.update_layout(margin={side: label_room(rows, language=language), "t": top, "b": 80,
                                 "r" if side == "l" else "l": 8})
    figure.update_xaxes(side="top", title=None, tickangle=-90, automargin=False,
                        tickfont={"size": 12}, fixedrange=True)
    figure.update_yaxes(autorange="reversed", title=None, automargin=False, fixedrange=True)
    return figure


def target_progress(rows: pd.DataFrame, language: str, axis_title: str) -> go.Figure:
    """Progress bars: share of the way to each target (0–100 %), one row per indicator,
    its label and what the bar says written above it.

    `rows` has label, progress (0..1), text (what the bar says)."""
    figure = go.Figure()
    labels = [f"{label} — {text}" for label, text in zip(rows["label"], rows["text"])]
    layout = _labelled_rows(figure, labels, language)
    positions, width = list(range(layout.count)), layout.bar_width
    figure.add_trace(go.Bar(
        x=[100] * len(rows), y=positions, orientation="h", width=width,
        marker={"color": "#e5e9e7"}, hoverinfo="skip", showlegend=False,
    ))
    figure.add_trace(go.Bar(
        x=rows["progress"] * 100, y=positions, orientation="h", width=width,
        marker={"color": ACCENT}, showlegend=False,
        customdata=[[plot_text(label), plot_text(text)]
                    for label, text in zip(rows["label"], rows["text"])],
        hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>",
    ))
    figure.update_layout(**xy_layout(layout.plot_px + VALUE_AXIS_PX + 8, language, axis_title,
                                     "", barmode="overlay"))
    figure.update_layout(margin={"t": 8, "l": 8, "r": 8, "b": 8})
    _rows_axis(figure, layout)
    figure.update_xaxes(range=[100, 0] if is_rtl(language) else [0, 100], autorange=False,
                        ticksuffix=" %", tickvals=[0, 25, 50, 75, 100], fixedrange=True)
    return figure


def agreements_timeline(agreements: pd.DataFrame, labels: dict[str, str], x_title: str,
                        language: str, highlight_colour: str = "#D55E00") -> go.Figure:
    """Agreements over time, one row per partner kind; South-South in the highlight colour."""
    figure = go.Figure()
    kinds = [k for k in labels if k in set(agreements["partner_kind"])]
    wrapped = {k: "<br>".join(plot_text(line) for line in wrap(labels[k], 12)) for k in kinds}
    for south_south, colour, name in ((True, highlight_colour, labels["south_south"]),
                                      (False, "#0072B2", labels["other"])):
        rows = agreements[agreements["south_south"] == south_south]
        figure.add_trace(go.Scatter(
            x=rows["signed_on"], y=[wrapped[k] for k in rows["partner_kind"]],
            mode="markers", name=plot_text(name),
            marker={"size": 12, "color": colour, "symbol": "circle" if south_south else "diamond",
                    "line": {"color": "#1B2A25", "width": 1}, "opacity": 0.85},
            customdata=rows[["date_text" if "date_text" in rows else "signed_on",
                             "partner_name", "title"]].astype(str).map(plot_text).to_numpy(),
            hovertemplate="%{customdata[0]} · %{customdata[1]}<br>%{customdata[2]}"
                          "<extra></extra>",
        ))
    figure.update_layout(**xy_layout(110 + 56 * max(len(kinds), 1), language, x_title, "",
                                     mirror_x=True))
    side = "r" if is_rtl(language) else "l"
    figure.update_layout(margin={side: label_room(list(wrapped.values()), language=language),
                                 "r" if side == "l" else "l": 12, "t": 8, "b": 8})
    figure.update_yaxes(title=None, automargin=False, categoryorder="array",
                        categoryarray=[wrapped[k] for k in kinds], fixedrange=True,
                        side="right" if is_rtl(language) else "left")
    if len(agreements):
        first, last = agreements["signed_on"].min(), agreements["signed_on"].max()
        _date_axis(figure, first - pd.Timedelta(days=60), last + pd.Timedelta(days=60))
    return figure
