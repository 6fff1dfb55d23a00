"""Charts with axes: timelines, bars, trend lines, heatmaps, progress towards targets.

Plain functions: data in, `go.Figure` out, no Streamlit. Every axis is titled with its
unit; every text from the data goes through `safe.plot_text`.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from loaders.contract import STAGE_COLUMNS
from atlas.i18n import is_rtl
from atlas.plotstyle import (ACCENT, LINE_COLOURS, NATIONAL_COLOUR, SEQUENTIAL, STATUS_COLOURS,
                             STATUS_SYMBOLS, xy_layout)
from atlas.safe import plot_text


def short(text: str, limit: int = 44) -> str:
    """Long labels cut for an axis (the full text stays in the hover and the table)."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def rollout_timeline(institutes: pd.DataFrame, today: pd.Timestamp, labels: dict[str, str],
                     date_title: str, planned_label: str, language: str) -> go.Figure:
    """One row per institute: a bar per stage, from the stage's date to the next one's
    (or today); the planned opening as an open marker."""
    figure = go.Figure()
    names = [plot_text(short(n)) for n in institutes["name"]]
    stages = list(STAGE_COLUMNS.items())
    for stage, column in stages:
        starts, ends, ys = [], [], []
        for name, (_, row) in zip(names, institutes.iterrows()):
            start = row[column]
            if pd.isna(start) or start > today:
                continue
            later = [row[c] for _, c in stages[stages.index((stage, column)) + 1:]
                     if pd.notna(row[c]) and row[c] <= today]
            end = min(later) if later else today
            starts.append(start)
            ends.append(max(end, start + pd.Timedelta(days=6)))  # a visible sliver
            ys.append(name)
        figure.add_trace(go.Bar(
            base=starts, x=[(e - s).total_seconds() * 1000 for s, e in zip(starts, ends)],
            y=ys, orientation="h", name=plot_text(labels[stage]),
            marker={"color": STATUS_COLOURS[stage], "line": {"width": 0}},
            customdata=[[plot_text(labels[stage]), s.date().isoformat()] for s in starts],
            hovertemplate="%{y}<br>%{customdata[0]} · %{customdata[1]}<extra></extra>",
        ))
    planned = institutes[institutes["planned_opening_on"].notna()]
    figure.add_trace(go.Scatter(
        x=planned["planned_opening_on"], y=[plot_text(short(n)) for n in planned["name"]],
        mode="markers", name=plot_text(planned_label),
        marker={"symbol": STATUS_SYMBOLS["planned"], "size": 12, "color": "#555555",
                "line": {"width": 2}},
        hovertemplate="%{y}<br>" + plot_text(planned_label) + " · %{x|%Y-%m-%d}<extra></extra>",
    ))
    figure.add_vline(x=today, line={"color": NATIONAL_COLOUR, "dash": "dot", "width": 1})
    height = 120 + 34 * len(institutes)
    figure.update_layout(**xy_layout(height, language, date_title, "", barmode="overlay",
                                     bargap=0.35, mirror_x=True))
    figure.update_xaxes(type="date", tickformat="%Y", dtick="M12")
    figure.update_yaxes(autorange="reversed", title=None, ticklabeloverflow="hide past div")
    return figure


def horizontal_bars(labels: list[str], values: list[float], value_title: str,
                    language: str, colours: list[str] | None = None,
                    hover: list[str] | None = None, height: int | None = None) -> go.Figure:
    """Labelled horizontal bars, largest first (a ranking, counts by category)."""
    hover = hover or [str(v) for v in values]
    figure = go.Figure(go.Bar(
        x=values, y=[plot_text(label) for label in labels], orientation="h",
        marker={"color": colours or ACCENT},
        customdata=[plot_text(h) for h in hover],
        hovertemplate="%{y}: %{customdata}<extra></extra>",
        text=[plot_text(h) for h in hover], textposition="auto",
    ))
    figure.update_layout(**xy_layout(height or 80 + 30 * len(labels), language, value_title, "",
                                     mirror_x=True, showlegend=False))
    # Room for the labels, measured in characters: plotly's automargin clips long labels
    # on the right-hand side (Arabic puts the axis there).
    room = label_room(labels, language=language)
    side = "r" if is_rtl(language) else "l"
    figure.update_layout(margin={side: room})
    figure.update_yaxes(autorange="reversed", title=None, automargin=False)
    return figure


def label_room(labels: list[str], font_size: int = 13, language: str = "fr") -> int:
    """Pixels to leave for axis labels of this many characters at this font size
    (Arabic letters are wider on average than Latin ones)."""
    longest = max((len(str(label)) for label in labels), default=0)
    return int(14 + longest * font_size * (0.7 if is_rtl(language) else 0.6))


def trend_lines(series: dict[str, pd.DataFrame], national: pd.DataFrame | None,
                national_label: str, x_title: str, y_title: str, language: str,
                target: tuple[pd.Timestamp, float, str] | None = None,
                height: int = 380, tick_labels: dict | None = None) -> go.Figure:
    """One line per region (name -> frame of period, value), the national figure dashed."""
    figure = go.Figure()
    for index, (name, frame) in enumerate(series.items()):
        figure.add_trace(go.Scatter(
            x=frame["period"], y=frame["value"], mode="lines+markers", name=plot_text(name),
            line={"color": LINE_COLOURS[index % len(LINE_COLOURS)], "width": 2},
            hovertemplate=plot_text(name) + "<br>%{x|%Y-%m}: %{y:,.4~g}<extra></extra>",
        ))
    if national is not None and len(national):
        figure.add_trace(go.Scatter(
            x=national["period"], y=national["value"], mode="lines+markers",
            name=plot_text(national_label),
            line={"color": NATIONAL_COLOUR, "width": 3, "dash": "dash"},
            hovertemplate=plot_text(national_label) + "<br>%{x|%Y-%m}: %{y:,.4~g}<extra></extra>",
        ))
    if target is not None:
        when, value, label = target
        figure.add_trace(go.Scatter(
            x=[when], y=[value], mode="markers+text", name=plot_text(label),
            marker={"symbol": "star", "size": 14, "color": "#D55E00"},
            text=[plot_text(label)], textposition="top center",
            hovertemplate=plot_text(label) + " %{x|%Y}: %{y:,.4~g}<extra></extra>",
        ))
    figure.update_layout(**xy_layout(height, language, x_title, y_title, mirror_x=True))
    _localised_dates(figure, tick_labels)
    return figure


def _localised_dates(figure: go.Figure, tick_labels: dict | None) -> None:
    """Plotly names months in English only: label the periods ourselves, or show years."""
    if tick_labels and len(tick_labels) <= 6:
        figure.update_xaxes(tickvals=list(tick_labels), ticktext=list(tick_labels.values()))
    else:  # many periods: one tick per year keeps a phone's axis readable
        figure.update_xaxes(tickformat="%Y", dtick="M12")


def heatmap(matrix: pd.DataFrame, colour_title: str, language: str,
            hover_unit: str = "") -> go.Figure:
    """Rows × columns coloured by value (e.g. region × sector)."""
    figure = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=[plot_text(c) for c in matrix.columns],
        y=[plot_text(i) for i in matrix.index], colorscale=SEQUENTIAL,
        colorbar={"title": {"text": plot_text(colour_title), "side": "top"},
                  "orientation": "h", "y": -0.25, "yanchor": "top", "thickness": 12},
        hovertemplate="%{y} · %{x}: %{z:,.4~g} " + plot_text(hover_unit) + "<extra></extra>",
        xgap=2, ygap=2,
    ))
    figure.update_layout(**xy_layout(110 + 30 * len(matrix), language, "", "", mirror_x=True))
    figure.update_layout(margin={"r" if is_rtl(language) else "l":
                                 label_room(list(matrix.index), language=language),
                                 "t": 20 + label_room(list(matrix.columns)) // 2})
    figure.update_xaxes(side="top", title=None, tickangle=-45, automargin=False)
    figure.update_yaxes(autorange="reversed", title=None, automargin=False)
    return figure


def target_progress(rows: pd.DataFrame, language: str, axis_title: str) -> go.Figure:
    """Progress bars: share of the way to each target (0–100 %), one row per indicator.

    `rows` has label, progress (0..1), text (what the bar says).
    """
    figure = go.Figure()
    figure.add_trace(go.Bar(
        x=[100] * len(rows), y=[plot_text(label) for label in rows["label"]], orientation="h",
        marker={"color": "#e5e9e7"}, hoverinfo="skip", showlegend=False,
    ))
    figure.add_trace(go.Bar(
        x=rows["progress"] * 100, y=[plot_text(label) for label in rows["label"]],
        orientation="h", marker={"color": ACCENT}, showlegend=False,
        text=[plot_text(t) for t in rows["text"]], textposition="outside",
        customdata=[plot_text(t) for t in rows["text"]],
        hovertemplate="%{y}<br>%{customdata}<extra></extra>",
    ))
    figure.update_layout(**xy_layout(80 + 46 * len(rows), language, axis_title, "",
                                     barmode="overlay", mirror_x=True))
    figure.update_xaxes(range=[0, 170], ticksuffix=" %", tickvals=[0, 25, 50, 75, 100])
    figure.update_yaxes(autorange="reversed", title=None)
    return figure


def agreements_timeline(agreements: pd.DataFrame, labels: dict[str, str], x_title: str,
                        language: str, highlight_colour: str = "#D55E00") -> go.Figure:
    """Agreements over time, one row per partner kind; South-South in the highlight colour."""
    figure = go.Figure()
    for south_south, colour, name in ((True, highlight_colour, labels["south_south"]),
                                      (False, "#0072B2", labels["other"])):
        rows = agreements[agreements["south_south"] == south_south]
        figure.add_trace(go.Scatter(
            x=rows["signed_on"], y=[plot_text(labels[k]) for k in rows["partner_kind"]],
            mode="markers", name=plot_text(name),
            marker={"size": 13, "color": colour, "symbol": "circle" if south_south else "diamond",
                    "line": {"color": "#1B2A25", "width": 1}, "opacity": 0.85},
            customdata=rows[["partner_name", "title"]].map(plot_text).to_numpy(),
            hovertemplate="%{x|%Y-%m-%d} · %{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        ))
    figure.update_layout(**xy_layout(300, language, x_title, "", mirror_x=True))
    kinds = [labels[k] for k in agreements["partner_kind"].unique()]
    figure.update_layout(margin={"r" if is_rtl(language) else "l":
                                 label_room(kinds, language=language)})
    figure.update_xaxes(tickformat="%Y", dtick="M12")
    figure.update_yaxes(title=None, automargin=False)
    return figure
