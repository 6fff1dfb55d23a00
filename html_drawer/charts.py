"""Charts as pictures to take away (slides, articles): bars, progress bars, lines over
time, grids, timelines, dated events and the world map (atlas.pictures), each as a
standalone SVG document with its title, the source line and the illustrative mark drawn
in, right to left in Arabic. The maps of the regions have their own
(html_drawer.maps.document); both share the caption's look.

Every value, colour, label and mark comes from the picture, as on the dashboard: this
module only places them. Text is written as text (resvg shapes the Arabic for the PNG).
"""

from __future__ import annotations

import math
import textwrap
from datetime import date, timedelta

from atlas.i18n import format_number
from atlas.pictures import (
    THEME,
    Bars,
    Events,
    Grid,
    Lines,
    Marker,
    Progress,
    Theme,
    Timeline,
    WorldMap,
)
from html_drawer.projection import ProjectedWorld
from html_drawer.shapes import (
    FONT,
    escape,
    isolated,
    key_symbol,
    keys_svg,
    marker,
    ramp_svg,
    swatch,
    wrapped,
)

WIDTH, MARGIN = 800, 24


class Canvas:
    """An SVG being written from top to bottom, in its picture's theme: `y` is where the
    next thing goes."""

    def __init__(self, rtl: bool, theme: Theme = THEME):
        self.rtl, self.y, self.theme = rtl, float(MARGIN), theme
        self.parts: list[str] = []

    def text(self, words: str, size: float, weight="normal", fill=None, x=None) -> None:
        """Words wrapped to the width, from the reading side (right in Arabic)."""
        per_line = max(20, int((WIDTH - 2 * MARGIN) / (size * 0.56)))
        for line in wrapped(words, per_line):
            self.y += size * 1.3
            self.parts.append(
                self.word(line, self.start if x is None else x, self.y, size, weight, fill)
            )

    @property
    def start(self) -> float:
        return WIDTH - MARGIN if self.rtl else MARGIN

    def word(self, words, x, y, size, weight="normal", fill=None, anchor=None) -> str:
        anchor = anchor or ("end" if self.rtl else "start")
        fill = fill or self.theme.ink
        words = isolated(words, self.rtl)
        return (
            f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{escape(words)}</text>'
        )

    def bar(self, share: float, colour: str, height: float) -> None:
        """A bar from the reading side, `share` (0 to 1) of the width."""
        length = max(0.0, min(1.0, share)) * (WIDTH - 2 * MARGIN)
        x = WIDTH - MARGIN - length if self.rtl else MARGIN
        self.parts.append(
            f'<rect x="{x:.1f}" y="{self.y:.1f}" width="{length:.1f}" height="{height}" '
            f'fill="{colour}"/>'
        )

    def svg(self, title: str) -> str:
        height = self.y + MARGIN
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{FONT}" role="img" '
            f'aria-label="{escape(title)}">\n<title>{escape(title)}</title>\n'
            f'<rect width="100%" height="100%" fill="{self.theme.background}"/>\n'
            + "\n".join(self.parts)
            + "\n</svg>\n"
        )


def document(picture, caption, geometry: ProjectedWorld | None = None) -> str:
    """A chart as a standalone SVG: title, the chart, the illustrative mark, the source.
    The world map needs the world's geometry (html_drawer.projection.project_world)."""
    canvas = Canvas(caption.rtl, picture.theme)
    theme = picture.theme
    canvas.text(caption.title, 22, "bold")
    canvas.y += 12
    top = canvas.y
    if isinstance(picture, WorldMap):
        world(picture, canvas, geometry if isinstance(geometry, ProjectedWorld) else None)
    else:
        BODIES[type(picture)](picture, canvas)
    if picture.watermark:  # across the chart, as on the dashboard
        middle = (top + canvas.y) / 2
        canvas.parts.append(
            f'<text x="{WIDTH / 2}" y="{middle:.1f}" font-size="56" fill="{theme.watermark}" '
            f'fill-opacity="{theme.watermark_opacity}" text-anchor="middle" '
            f'transform="rotate(-15 {WIDTH / 2} '
            f'{middle:.1f})">{escape(isolated(picture.watermark, caption.rtl))}</text>'
        )
    canvas.y += 8
    if caption.mark:
        canvas.text(caption.mark, 14, "bold", theme.mark_ink)
    canvas.text(caption.source, 13, fill=theme.muted)
    return canvas.svg(caption.title)


def bars(picture: Bars, canvas: Canvas) -> None:
    """Each bar under its label and value, as on the dashboard (which marks invented
    values by the watermark and the caption, as this picture does)."""
    top = max((b.value for b in picture.bars if _known(b.value)), default=0) or 1
    for bar in picture.bars:
        canvas.text(f"{bar.label} · {bar.value_text}", 14)
        canvas.y += 5
        share = bar.value / top if _known(bar.value) else 0
        canvas.bar(share, bar.colour, 16)
        canvas.y += 22
    if picture.value_title:
        canvas.text(picture.value_title, 12, fill=canvas.theme.muted)


def progress(picture: Progress, canvas: Canvas) -> None:
    """Each target's share of the way, on a full-width track."""
    for label, share, text in zip(picture.labels, picture.shares, picture.texts):
        canvas.text(f"{label} · {text}", 14)
        canvas.y += 5
        canvas.bar(1.0, picture.track, 16)
        canvas.bar(share if _known(share) else 0, picture.colour, 16)
        canvas.y += 22
    if picture.axis_title:
        canvas.text(picture.axis_title, 12, fill=canvas.theme.muted)


def lines(picture: Lines, canvas: Canvas) -> None:
    """Time runs left to right (as on the dashboard, in every language); values up from
    zero; published points filled, invented ones hollow; the target a star."""
    points = [p for line in picture.lines for p in line.points if _known(p.value)]
    periods = [p.period for p in points] + ([picture.target.period] if picture.target else [])
    values = [p.value for p in points] + ([picture.target.value] if picture.target else [])
    if not points:
        canvas.text("—", 14)
        return
    first, last = min(periods), max(periods)
    # the value axis: round steps from zero, below it too when a value is negative
    every = _nice(((max(values + [0]) - min(values + [0])) or 1) / 4)
    low = math.floor(min(values + [0]) / every) * every
    high = math.ceil(max(values + [0]) / every) * every or every
    decimals = 0 if every >= 1 and float(every).is_integer() else 2
    axis_room, height = 64, 300
    left, right = MARGIN + axis_room, WIDTH - MARGIN - 12
    top, bottom = canvas.y + 8, canvas.y + 8 + height
    span = (last - first).days or 1

    def x(when: date) -> float:
        return left + (right - left) * (when - first).days / span

    def y(value: float) -> float:
        return bottom - (bottom - top) * (value - low) / (high - low)

    for step in range(round((high - low) / every) + 1):
        value = low + every * step
        canvas.parts.append(
            f'<line x1="{left}" x2="{right}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="{canvas.theme.grid}"/>'
        )
        canvas.parts.append(
            canvas.word(
                format_number(value, picture.language, decimals),
                left - 6,
                y(value) + 4,
                11,
                fill=canvas.theme.muted,
                anchor="end",
            )
        )
    ticks = picture.tick_labels or tuple(
        (date(year, 1, 1), str(year))
        for year in range(first.year, last.year + 1)
        if first <= date(year, 1, 1) <= last
    )
    every = math.ceil(len(ticks) / 8)  # at most 8 dates under the axis
    for when, label in ticks[::every]:
        half = len(label) * 11 * 0.3  # about half the label's width: kept inside the picture
        at = min(max(x(when), MARGIN + half), WIDTH - MARGIN - half)
        canvas.parts.append(
            canvas.word(label, at, bottom + 16, 11, fill=canvas.theme.muted, anchor="middle")
        )
    for line in picture.lines:
        shown = [p for p in line.points if _known(p.value)]
        path = " ".join(f"{x(p.period):.1f},{y(p.value):.1f}" for p in shown)
        dash = ' stroke-dasharray="6 4"' if line.national else ""
        canvas.parts.append(
            f'<polyline points="{path}" fill="none" stroke="{line.colour}" '
            f'stroke-width="{3 if line.national else 2}"{dash}/>'
        )
        for p in shown:
            point = Marker(line.symbol, line.colour, line.colour, hollow=p.hollow)
            canvas.parts.append(marker(point, x(p.period), y(p.value), 4.5, canvas.theme))
    if picture.target:
        target = picture.target
        star = Marker("star", target.colour, target.colour)
        canvas.parts.append(marker(star, x(target.period), y(target.value), 7, canvas.theme))
        canvas.parts.append(
            canvas.word(target.label, x(target.period) - 12, y(target.value) + 4, 12, anchor="end")
        )
    canvas.y = bottom + 26
    if picture.y_title:
        canvas.text(picture.y_title, 12, fill=canvas.theme.muted)
    _keys(canvas, [(line.name, line.colour, line.national, line.symbol) for line in picture.lines])
    _symbol_keys(
        canvas,
        [
            (key.label, key_symbol(key.marker, key.colour, canvas.theme))
            for key in picture.mark_keys
        ],
    )


def grid(picture: Grid, canvas: Canvas) -> None:
    """Rows × columns: each cell in its colour, its value written in its ink; the ramp
    under the grid."""
    label_room = 220
    columns = max(1, len(picture.columns))
    cell = (WIDTH - 2 * MARGIN - label_room) / columns
    cells_left = MARGIN if canvas.rtl else MARGIN + label_room
    # the column titles, upright and wrapped, in reading order
    order = list(range(columns))[::-1] if canvas.rtl else list(range(columns))
    canvas.y += 4
    per_line = max(6, int(cell / (10 * 0.6)))
    # whole words only (a sector's name is not cut in the middle), on at most two lines
    titles = [
        textwrap.wrap(picture.columns[index], per_line, break_long_words=False)[:2] or [""]
        for index in order
    ]
    for slot, lines_of_title in enumerate(titles):
        for line_number, line in enumerate(lines_of_title):
            canvas.parts.append(
                canvas.word(
                    line,
                    cells_left + cell * (slot + 0.5),
                    canvas.y + 10 + 13 * line_number,
                    10,
                    anchor="middle",
                )
            )
    canvas.y += 8 + 13 * max((len(t) for t in titles), default=1)
    for name, fills, inks, texts in zip(picture.rows, picture.colours, picture.inks, picture.texts):
        label_x = WIDTH - MARGIN if canvas.rtl else MARGIN + label_room - 8
        # right-aligned in both directions: against the cells, or against the right edge
        canvas.parts.append(canvas.word(name[:32], label_x, canvas.y + 19, 12, anchor="end"))
        for slot, index in enumerate(order):
            left = cells_left + cell * slot
            canvas.parts.append(
                f'<rect x="{left + 1:.1f}" y="{canvas.y:.1f}" width="{cell - 2:.1f}" height="28" '
                f'fill="{fills[index]}"/>'
            )
            canvas.parts.append(
                canvas.word(
                    texts[index],
                    left + cell / 2,
                    canvas.y + 19,
                    11,
                    fill=inks[index],
                    anchor="middle",
                )
            )
        canvas.y += 30
    if picture.ramp is not None:
        canvas.y = ramp_svg(
            picture.ramp, canvas.parts, canvas.y + 8, WIDTH, canvas.rtl, canvas.theme
        )


class TimeAxis:
    """Dates across the width: left to right, or right to left in Arabic (as the
    dashboard's timelines run), with a room for labels on neither side."""

    def __init__(self, first: date, last: date, rtl: bool):
        self.first, self.span, self.rtl = first, (last - first).days or 1, rtl
        self.left, self.right = MARGIN + 8, WIDTH - MARGIN - 8

    def x(self, when: date) -> float:
        share = (when - self.first).days / self.span
        share = 1 - share if self.rtl else share
        return self.left + (self.right - self.left) * share

    def years(self, canvas: Canvas, top: float, bottom: float) -> None:
        """A thin line and the year under it at each 1 January (at most 8 of them)."""
        last = self.first + timedelta(days=self.span)
        starts = [
            date(year, 1, 1)
            for year in range(self.first.year, last.year + 1)
            if self.first <= date(year, 1, 1) <= last
        ]
        for when in starts[:: math.ceil(len(starts) / 8) or 1]:
            x = self.x(when)
            canvas.parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top:.1f}" y2="{bottom:.1f}" '
                f'stroke="{canvas.theme.grid}"/>'
            )
            canvas.parts.append(
                canvas.word(
                    str(when.year),  # as the dashboard's date axis writes it
                    x,
                    bottom + 14,
                    11,
                    fill=canvas.theme.muted,
                    anchor="middle",
                )
            )


def timeline(picture: Timeline, canvas: Canvas) -> None:
    """Each entity's name above its row; a bar per stage reached, from its date to the
    next stage's; the planned opening an open circle (with a dot when illustrative);
    today a dotted line. Under the rows: the years, then the stages' keys."""
    axis = TimeAxis(picture.first, picture.last, canvas.rtl)
    fills = {
        entry.label: _fill(canvas, entry.colour, entry.pattern)
        for entry in picture.legend
        if entry.marker is None
    }
    top = canvas.y
    for row in picture.rows:
        canvas.text(row.label, 12)
        canvas.y += 4
        for stage in row.stages:
            start, end = (
                axis.x(stage.start),
                axis.x(max(stage.end, stage.start + timedelta(days=6))),
            )
            canvas.parts.append(
                f'<rect x="{min(start, end):.1f}" y="{canvas.y:.1f}" '
                f'width="{abs(end - start):.1f}" height="12" '
                f'fill="{fills.get(stage.label, stage.colour)}"/>'
            )
        if row.planned is not None and row.planned_marker is not None:
            canvas.parts.append(
                marker(row.planned_marker, axis.x(row.planned), canvas.y + 6, 6, canvas.theme)
            )
        canvas.y += 18
    today = axis.x(picture.today)
    canvas.parts.append(
        f'<line x1="{today:.1f}" x2="{today:.1f}" y1="{top:.1f}" y2="{canvas.y:.1f}" '
        f'stroke="{canvas.theme.ink}" stroke-dasharray="2 3"/>'
    )
    axis.years(canvas, top, canvas.y)
    canvas.y += 22
    drawn = {stage.label for row in picture.rows for stage in row.stages}
    keys = [
        (entry.label, swatch(fills[entry.label]))
        if entry.marker is None
        else (entry.label, marker(entry.marker, 0, 0, 6, canvas.theme))
        for entry in picture.legend
        if entry.label in drawn or entry.marker is not None
    ]
    if picture.today_text:
        keys.append(
            (
                picture.today_text,
                f'<line x1="0" x2="0" y1="-7" y2="7" stroke="{canvas.theme.ink}" '
                'stroke-dasharray="2 3"/>',
            )
        )
    _symbol_keys(canvas, keys)
    if picture.date_title:
        canvas.text(picture.date_title, 12, fill=canvas.theme.muted)


def events(picture: Events, canvas: Canvas) -> None:
    """Dated events (agreements), one row per category, each a mark of its series'
    colour and shape; the years under the rows, the series' keys below."""
    if not picture.events:
        canvas.text("—", 14)
        return
    first = min(e.when for e in picture.events) - timedelta(days=60)
    last = max(e.when for e in picture.events) + timedelta(days=60)
    axis = TimeAxis(first, last, canvas.rtl)
    label_room = 170
    if canvas.rtl:
        axis.right -= label_room
    else:
        axis.left += label_room
    top = canvas.y
    rows = {category: top + 22 + 34 * n for n, category in enumerate(picture.categories)}
    for category, y in rows.items():
        label_x = WIDTH - MARGIN if canvas.rtl else MARGIN
        canvas.parts.append(canvas.word(category[:26], label_x, y + 4, 12))
        canvas.parts.append(
            f'<line x1="{axis.left}" x2="{axis.right}" y1="{y}" y2="{y}" '
            f'stroke="{canvas.theme.grid}"/>'
        )
    for event in picture.events:
        if event.category in rows:
            canvas.parts.append(
                marker(event.marker, axis.x(event.when), rows[event.category], 6, canvas.theme)
            )
    canvas.y = top + 34 * max(1, len(rows)) + 10
    axis.years(canvas, top, canvas.y)
    canvas.y += 22
    _symbol_keys(
        canvas,
        [
            (entry.label, key_symbol(entry.marker, entry.colour, canvas.theme))
            for entry in picture.series
        ],
    )
    if picture.x_title:
        canvas.text(picture.x_title, 12, fill=canvas.theme.muted)


def world(picture: WorldMap, canvas: Canvas, geometry: ProjectedWorld | None) -> None:
    """The countries: partners in their colours (outlined when the picture says so), the
    home country in its colour, the others in theirs; then the ramp and the keys of the
    home country and of the outline."""
    theme = canvas.theme
    if geometry is None:
        canvas.text("—", 14)
        return
    scale = (WIDTH - 2 * MARGIN) / geometry.width
    partners = {c.iso3: c for c in picture.countries}

    def shape(iso: str, fill: str, stroke: str, width: float = 0.5) -> str:
        return (
            f'<path d="{geometry.paths[iso]}" fill="{fill}" stroke="{stroke}" '
            f'stroke-width="{width / scale:.2f}" stroke-linejoin="round"/>'
        )

    shapes = []
    for iso in geometry.paths:
        if iso == picture.home:
            shapes.append(shape(iso, picture.home_colour, theme.border))
        elif iso in partners:
            shapes.append(shape(iso, partners[iso].colour, theme.border))
        else:
            shapes.append(shape(iso, picture.other_colour, theme.border))
    # outlines last, so a neighbour's border does not cover them
    shapes += [
        shape(c.iso3, "none", c.line, c.line_width)
        for c in picture.countries
        if c.outlined and c.iso3 in geometry.paths
    ]
    canvas.parts.append(
        f'<g transform="translate({MARGIN} {canvas.y:.1f}) scale({scale:.4f})">{"".join(shapes)}</g>'
    )
    canvas.y += geometry.height * scale + 16
    if picture.ramp is not None and picture.countries:
        canvas.y = ramp_svg(picture.ramp, canvas.parts, canvas.y, WIDTH, canvas.rtl, theme)
    keys = [(picture.home_hover, swatch(picture.home_colour))] if picture.home_hover else []
    outlined = [c for c in picture.countries if c.outlined]
    if picture.outline_label and outlined:
        keys.append((picture.outline_label, swatch(theme.background, outlined[0].line)))
    _symbol_keys(canvas, keys)


# Pattern shapes as plotly draws them over a bar's colour (fillmode "overlay"), 7 px apart.
PATTERNS = {
    "/": "M0 7L7 0M-1 1L1 -1M6 8L8 6",
    "\\": "M0 0L7 7M-1 6L1 8M6 -1L8 1",
    "x": "M0 7L7 0M0 0L7 7",
    "-": "M0 3.5H7",
    "|": "M3.5 0V7",
    "+": "M0 3.5H7M3.5 0V7",
}


def _fill(canvas: Canvas, colour: str, pattern: str) -> str:
    """The fill of a bar: its colour, with its pattern drawn over it when it has one."""
    if not pattern:
        return colour
    name = f"pattern-{len(canvas.parts)}"
    if pattern == ".":
        drawing = (
            f'<circle cx="3.5" cy="3.5" r="1.3" fill="{canvas.theme.ink}" fill-opacity="0.5"/>'
        )
    else:
        drawing = (
            f'<path d="{PATTERNS.get(pattern, "")}" stroke="{canvas.theme.ink}" '
            'stroke-opacity="0.5" stroke-width="1.2"/>'
        )
    canvas.parts.append(
        f'<defs><pattern id="{name}" width="7" height="7" patternUnits="userSpaceOnUse">'
        f'<rect width="7" height="7" fill="{colour}"/>{drawing}</pattern></defs>'
    )
    return f"url(#{name})"


def _symbol_keys(canvas: Canvas, keys: list[tuple[str, str]]) -> None:
    """Keys (a symbol drawn around (0, 0), its words) from the reading side, wrapped over
    as many rows as they need."""
    canvas.y = keys_svg(keys, canvas.parts, canvas.y, WIDTH, MARGIN, canvas.rtl, canvas.theme)


def _keys(canvas: Canvas, keys: list[tuple[str, str, bool, str]]) -> None:
    """The lines' names with their colour, dash and shape, wrapped over as many rows as
    they need."""
    x, row = 0.0, canvas.y + 14
    for name, colour, national, symbol in keys:
        room = 34 + 7 * len(name)
        if x + room > WIDTH - 2 * MARGIN:
            x, row = 0.0, row + 20
        start = WIDTH - MARGIN - x if canvas.rtl else MARGIN + x
        end = start - 22 if canvas.rtl else start + 22
        dash = ' stroke-dasharray="6 4"' if national else ""
        canvas.parts.append(
            f'<line x1="{start:.1f}" x2="{end:.1f}" y1="{row - 4}" y2="{row - 4}" '
            f'stroke="{colour}" stroke-width="3"{dash}/>'
        )
        point = Marker(symbol, colour, canvas.theme.ink)
        canvas.parts.append(marker(point, (start + end) / 2, row - 4, 4.5, canvas.theme))
        canvas.parts.append(canvas.word(name, end - 6 if canvas.rtl else end + 6, row, 12))
        x += room
    canvas.y = row + 10


def _nice(value: float) -> float:
    """The top of the value axis: the next round number above the highest value."""
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


def _known(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


BODIES = {
    Bars: bars,
    Progress: progress,
    Lines: lines,
    Grid: grid,
    Timeline: timeline,
    Events: events,
}
