"""What several view builders decide the same way: a map of values, a map of categories."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from atlas import model
from atlas.colours import (
    FADED_OPACITY,
    LINE_COLOURS,
    LINE_SYMBOLS,
    MISSING_COLOUR,
    NATIONAL_COLOUR,
    RegionScale,
    region_scale,
)
from atlas.i18n import format_month, format_number, format_value
from atlas.pictures import (
    THEME,
    Empty,
    Grid,
    LegendEntry,
    Line,
    LinePoint,
    Lines,
    Marker,
    Ramp,
    RegionMap,
    Shade,
    Target,
)

RAMP_COLOURS = 9  # a continuous legend: the scale sampled at nine equal steps


def watermark_text(illustrative: bool, _) -> str:
    """The word written across a picture whose values are (partly) invented."""
    return _("illustrative").upper() if illustrative else ""


def value_map(
    map_data: model.MapData,
    names: dict[str, str],
    language: str,
    _,
    *,
    selected: tuple[str, ...] = (),
    height: int = 520,
    big: bool = False,
    geometry: str | dict = "",
) -> RegionMap:
    """The regions coloured by their value on one scale (the same colours on every
    surface), each with its hover lines; regions outside `selected` faded."""
    scale = region_scale(map_data)
    values = map_data.values
    hover = model.map_hover(map_data, language, _)
    shades = []
    for code, value, mark, text in zip(
        values["region_code"], values["value"], values["mark"], hover
    ):
        known = value is not None and not (isinstance(value, float) and math.isnan(value))
        name = names.get(code, code)
        shades.append(
            Shade(
                code=code,
                name=name,
                colour=scale.colour(float(value)) if known else MISSING_COLOUR,
                hover=(name, text if known else _("No data")),
                value=float(value) if known else None,
                mark=mark if known else "published",
                opacity=FADED_OPACITY if selected and code not in selected else 1.0,
            )
        )
    values_shown = [s.value for s in shades if s.value is not None]
    shown_unit = "" if map_data.per_capita else map_data.unit
    return RegionMap(
        language=language,
        regions=tuple(shades),
        ramp=ramp(
            scale,
            model.unit_text(map_data, language, _),
            [format_value(v, shown_unit, language) for v in (scale.low, scale.high)],
            _,
        )
        if values_shown
        else None,
        height=height,
        big=big,
        geometry=geometry,
        watermark=watermark_text(map_data.source_line.illustrative, _),
    )


def ramp(scale: RegionScale, title: str, ends: list[str], _) -> Ramp:
    """The legend of a scale: its colours from the lowest value to the highest, the ends
    written (`ends`: the lowest and highest values as written), or for counts one
    labelled block per count; and "darker is better" where a lower value is better."""
    note = _("Darker is better.") if scale.reverse else ""
    if scale.whole:
        steps = scale.steps
        return Ramp(
            title=title,
            colours=tuple(scale.colour(step) for step in steps),
            ticks=tuple(((i + 0.5) / len(steps), str(step)) for i, step in enumerate(steps)),
            note=note,
            stepped=True,
        )
    return Ramp(
        title=title,
        colours=tuple(scale.gradient(RAMP_COLOURS)),
        ticks=((0.0, ends[0]), (1.0, ends[1])) if ends[0] != ends[1] else ((0.5, ends[0]),),
        note=note,
    )


def value_grid(
    rows: tuple[str, ...],
    columns: tuple[str, ...],
    values: tuple[tuple[float | None, ...], ...],
    unit_text: str,
    language: str,
    _,
    watermark: str = "",
    marks: tuple[tuple[str, ...], ...] = (),
) -> Grid:
    """Rows × columns coloured on one scale from the lowest value shown to the highest
    (the maps' palette), each value written in its cell in an ink legible on its colour;
    a cell with no figure in the missing colour, written "—"."""
    known = [v for row in values for v in row if v is not None]
    scale = RegionScale(min(known), max(known), reverse=False) if known else None
    decimals = 2 if known and max(known) < 2 else 1

    def dark(value: float) -> bool:  # white ink from the middle of the scale up
        return scale is not None and scale.fraction(value) > 0.55

    return Grid(
        language=language,
        rows=rows,
        columns=columns,
        values=values,
        texts=tuple(
            tuple("—" if v is None else format_number(v, language, decimals) for v in row)
            for row in values
        ),
        colours=tuple(
            tuple(MISSING_COLOUR if v is None or scale is None else scale.colour(v) for v in row)
            for row in values
        ),
        inks=tuple(
            tuple(THEME.background if v is not None and dark(v) else THEME.ink for v in row)
            for row in values
        ),
        marks=marks,
        hover_unit=unit_text,
        ramp=ramp(
            scale,
            unit_text,
            [format_number(v, language, decimals) for v in (scale.low, scale.high)],
            _,
        )
        if scale is not None
        else None,
        watermark=watermark,
    )


def category_map(
    colours: dict[str, str],
    names: dict[str, str],
    hover: dict[str, str],
    language: str,
    *,
    height: int = 520,
    geometry: str | dict = "",
) -> RegionMap:
    """The regions coloured by category (covered or not, the chosen region): no scale."""
    return RegionMap(
        language=language,
        height=height,
        geometry=geometry,
        regions=tuple(
            Shade(
                code=code,
                name=names.get(code, code),
                colour=colour,
                hover=(names.get(code, code), *([hover[code]] if hover.get(code) else [])),
            )
            for code, colour in colours.items()
        ),
    )


def point_marker(shape: str, colour: str, mark: str, ink: str) -> Marker:
    """How a value's point is drawn: filled and outlined in ink when published (or
    derived), hollow in its colour when invented, hollow when it is a plan."""
    if mark == "illustrative":
        return Marker(shape, colour, colour, hollow=True, dot=True)
    if mark == "planned":
        return Marker(shape, colour, colour, hollow=True)
    return Marker(shape, colour, ink)


def line_points(frame, language: str, _) -> tuple[LinePoint, ...]:
    """A frame of period, value and mark (atlas.marks) as the points of a line: an
    invented one hollow; a frame without marks is taken as invented (never shown as
    published by default). Each period is written as precisely as the series gives it:
    an annual edition as its year, not as its first month."""
    marks = (
        frame["mark"].fillna("illustrative") if "mark" in frame else ["illustrative"] * len(frame)
    )
    kind = model.granularity(list(frame["period"]))
    return tuple(
        LinePoint(
            period=_day(p),
            value=float(v),
            mark=mark,
            hollow=mark == "illustrative",
            when=model.period_label(p, kind, _, lambda m: format_month(m, language)),
        )
        for p, v, mark in zip(frame["period"], frame["value"], marks)
    )


def worded(text: str, mark: str, _) -> str:
    """A value as read where it is written: an invented or computed one carries its
    mark's word beside it (never a colour or a tick alone)."""
    from loaders.contract import MARKS

    return f"{text} · {_(MARKS[mark])}" if mark in ("illustrative", "derived") else text


def _day(when) -> date:
    return when.date() if hasattr(when, "date") else when


def trend(
    series: dict[str, object],
    national,
    language: str,
    _,
    *,
    x_title: str,
    y_title: str,
    target: Target | None = None,
    height: int = 400,
    tick_labels: tuple = (),
    illustrative: bool = False,
) -> Lines:
    """One line per region (name -> frame of period, value), the national one dashed."""
    lines = [
        Line(
            name=name,
            colour=LINE_COLOURS[index % len(LINE_COLOURS)],
            symbol=LINE_SYMBOLS[index % len(LINE_SYMBOLS)],
            points=line_points(frame, language, _),
        )
        for index, (name, frame) in enumerate(series.items())
    ]
    if national is not None and len(national):
        lines.append(
            Line(
                name=_("National"),
                colour=NATIONAL_COLOUR,
                points=line_points(national, language, _),
                national=True,
            )
        )
    return Lines(
        language=language,
        lines=tuple(lines),
        x_title=x_title,
        y_title=y_title,
        target=target,
        height=height,
        tick_labels=tick_labels,
        marks=(_("published"), _("illustrative")),
        mark_keys=mark_keys(lines, _),
        watermark=watermark_text(illustrative, _),
    )


def mark_keys(lines: list[Line], _) -> tuple[LegendEntry, ...]:
    """When a chart mixes published and invented points, the keys that say which is
    which: a filled point, a hollow one."""
    hollow = {p.hollow for line in lines for p in line.points}
    if hollow != {True, False}:
        return ()
    return (
        LegendEntry(
            _("published"), NATIONAL_COLOUR, Marker("circle", NATIONAL_COLOUR, NATIONAL_COLOUR)
        ),
        LegendEntry(
            _("illustrative"),
            NATIONAL_COLOUR,
            Marker("circle", NATIONAL_COLOUR, NATIONAL_COLOUR, hollow=True),
        ),
    )


def filtered(_, reason: str = "") -> Empty:
    """Nothing left once the reader's filters are applied (regions, period, filters)."""
    return Empty(
        reason or _("Nothing to show for this selection."),
        _("Widen the region filter or choose another period."),
    )


def map_rows(
    map_data: model.MapData,
    names: dict[str, str],
    title: str,
    unit_text: str,
    selected: tuple[str, ...] = (),
) -> pd.DataFrame:
    """The rows a map shows, as a reader downloads them: the selected regions (all when
    none is), names in the page's language, the value as shown (per 100,000 inhabitants
    or as published) beside the published one, each with its mark and source."""
    values = map_data.values
    if selected:
        values = values[values["region_code"].isin(selected)]
    values = values.dropna(subset=["value"]).sort_values("region_code")
    return pd.DataFrame(
        {
            "what": title,
            "region_code": values["region_code"],
            "region": values["region_code"].map(names),
            "value": values["value"],
            "unit": unit_text,
            "published_value": values.get("raw_value", values["value"]),
            "published_unit": map_data.unit,
            "mark": values["mark"],
            "source": _column(values, "source").fillna(map_data.source_line.source),
            "source_url": _column(values, "source_url").fillna(""),
        }
    )


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return frame[name] if name in frame else pd.Series(None, index=frame.index, dtype=object)
