"""What several view builders decide the same way: a map of values, a map of categories."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from atlas import model
from atlas.colours import (
    LINE_COLOURS,
    LINE_SYMBOLS,
    MISSING_COLOUR,
    NATIONAL_COLOUR,
    region_scale,
)
from atlas.i18n import format_value
from atlas.pictures import Empty, Line, LinePoint, Lines, RegionMap, Shade, Target


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
    surface), each with its hover text; regions outside `selected` faded."""
    scale = region_scale(map_data)
    values = map_data.values
    hover = model.map_hover(map_data, language, _)
    shades = []
    derived = values.get("derived_from", pd.Series(None, index=values.index))
    for code, value, illustrative, how, text in zip(
        values["region_code"], values["value"], values["illustrative"], derived, hover
    ):
        known = value is not None and not (isinstance(value, float) and math.isnan(value))
        shades.append(
            Shade(
                code=code,
                name=names.get(code, code),
                colour=scale.colour(float(value)) if known else MISSING_COLOUR,
                hover=text if known else _("No data"),
                value=float(value) if known else None,
                mark=value_mark(bool(illustrative), how),
                faded=bool(selected) and code not in selected,
            )
        )
    values_shown = [s.value for s in shades if s.value is not None]
    shown_unit = "" if map_data.per_capita else map_data.unit
    return RegionMap(
        language=language,
        regions=tuple(shades),
        scale=scale,
        legend_title=model.unit_text(map_data, language, _),
        legend_low=format_value(min(values_shown), shown_unit, language) if values_shown else "",
        legend_high=format_value(max(values_shown), shown_unit, language) if values_shown else "",
        height=height,
        big=big,
        geometry=geometry,
        watermark=watermark_text(map_data.source_line.illustrative, _),
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
            Shade(code=code, name=names.get(code, code), colour=colour, hover=hover.get(code, ""))
            for code, colour in colours.items()
        ),
    )


def line_points(frame) -> tuple[LinePoint, ...]:
    """A frame of period, value (and illustrative) as the points of a line; a point with
    no flag is taken as invented (never shown as published by default)."""
    flags = (
        frame["illustrative"].fillna(True).astype(bool).tolist()
        if "illustrative" in frame
        else [False] * len(frame)
    )
    derived = frame["derived_from"] if "derived_from" in frame else [None] * len(frame)
    return tuple(
        LinePoint(period=_day(p), value=float(v), mark=value_mark(f, how))
        for p, v, f, how in zip(frame["period"], frame["value"], flags, derived)
    )


def value_mark(illustrative: bool, derived_from=None) -> str:
    """A figure's mark: invented, computed by us from published figures, or published."""
    if illustrative:
        return "illustrative"
    if isinstance(derived_from, str) and derived_from.strip():
        return "derived"
    return "published"


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
            points=line_points(frame),
        )
        for index, (name, frame) in enumerate(series.items())
    ]
    if national is not None and len(national):
        lines.append(
            Line(
                name=_("National"),
                colour=NATIONAL_COLOUR,
                points=line_points(national),
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
        watermark=watermark_text(illustrative, _),
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
    line = map_data.source_line
    derived = values.get("derived_from", pd.Series(None, index=values.index))
    marks = [value_mark(bool(f), d) for f, d in zip(values["illustrative"], derived)]
    made_by = f"illustrative: {line.generator}" if line.generator else "illustrative"
    return pd.DataFrame(
        {
            "what": title,
            "region_code": values["region_code"],
            "region": values["region_code"].map(names),
            "value": values["value"],
            "unit": unit_text,
            "published_value": values.get("raw_value", values["value"]),
            "published_unit": map_data.unit,
            "mark": marks,
            "source": [made_by if m == "illustrative" else line.source for m in marks],
            "source_url": ["" if m == "illustrative" else " ".join(line.urls) for m in marks],
        }
    )
