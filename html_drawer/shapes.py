"""What every SVG the drawer writes shares: markers, swatches, the colour ramp and the
keys of a legend, right-to-left text isolated for resvg, escaping. Every colour comes
from the picture: its elements' for the values, its theme's for the frame."""

from __future__ import annotations

import math

from atlas.pictures import THEME, Marker, Ramp, Theme
from atlas.safe import wrap_words

FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"  # DejaVu Sans carries Arabic glyphs


def marker(drawn: Marker, x: float, y: float, size: float = 6.5, theme: Theme = THEME) -> str:
    """A marker as SVG: its shape filled and outlined in its colours; a hollow one an
    outline in its fill colour over the background (with a dot when it has one)."""
    x, y = round(x, 1), round(y, 1)
    if drawn.hollow:
        size -= 1
    element = outline(drawn.shape, x, y, size)
    if drawn.hollow:
        painted = element.format(
            paint=f'fill="{theme.background}" stroke="{drawn.fill}" stroke-width="2.5"'
        )
        if drawn.dot:
            painted += f'<circle cx="{x}" cy="{y}" r="1.6" fill="{drawn.fill}"/>'
        return painted
    return element.format(paint=f'fill="{drawn.fill}" stroke="{drawn.line}" stroke-width="1"')


def outline(shape: str, x: float, y: float, size: float) -> str:
    """The shape's element, with a {paint} slot for its fill and stroke."""
    if shape == "square":
        side = size * 1.7
        return (
            f'<rect x="{x - side / 2:.1f}" y="{y - side / 2:.1f}" width="{side:.1f}" '
            f'height="{side:.1f}" {{paint}}/>'
        )
    if shape == "diamond":
        d = size * 1.3
        return (
            f'<path d="M{x} {y - d:.1f}L{x + d:.1f} {y}L{x} {y + d:.1f}L{x - d:.1f} {y}Z" '
            "{paint}/>"
        )
    if shape in ("triangle-up", "triangle-down"):
        d = size * 1.3 * (1 if shape == "triangle-up" else -1)
        return (
            f'<path d="M{x} {y - d:.1f}L{x + abs(d):.1f} {y + d * 0.8:.1f}'
            f'L{x - abs(d):.1f} {y + d * 0.8:.1f}Z" {{paint}}/>'
        )
    if shape == "star":
        return _polygon(x, y, [size * (1.45 if i % 2 == 0 else 0.6) for i in range(10)])
    if shape == "hexagon":
        return _polygon(x, y, [size * 1.2] * 6, turn=math.pi / 6)
    if shape == "pentagon":
        return _polygon(x, y, [size * 1.25] * 5)
    return f'<circle cx="{x}" cy="{y}" r="{size}" {{paint}}/>'


def _polygon(x: float, y: float, radii: list[float], turn: float = 0.0) -> str:
    """A polygon around (x, y), its first corner straight up (turned by `turn`)."""
    points = []
    for index, radius in enumerate(radii):
        angle = math.pi / 2 + turn + index * 2 * math.pi / len(radii)
        points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
    return f'<polygon points="{" ".join(points)}" {{paint}}/>'


def swatch(colour: str, stroke: str = "none") -> str:
    """A key's square, centred on (0, 0)."""
    return (
        f'<rect x="-7" y="-7" width="14" height="14" fill="{colour}" stroke="{stroke}" '
        'stroke-width="1.6"/>'
    )


def key_symbol(marker_or_none: Marker | None, colour: str, theme: Theme = THEME) -> str:
    """What a legend entry shows, centred on (0, 0): its marker, or its colour's square."""
    if marker_or_none is None:
        return swatch(colour, theme.muted)
    return marker(marker_or_none, 0, 0, 5.5, theme)


def ramp_svg(
    ramp: Ramp, lines: list[str], y: float, width: int, rtl: bool, theme: Theme = THEME
) -> float:
    """The ramp centred under a picture: its colours (blocks for counts, a gradient
    otherwise), its words along it, its title and note under it. Returns the next y."""
    ramp_width, left = 320, (width - 320) / 2
    colours = ramp.colours[::-1] if rtl else ramp.colours
    count = max(1, len(colours))
    if ramp.stepped:
        block = ramp_width / count
        lines += [
            f'<rect x="{left + i * block:.1f}" y="{y}" width="{block:.1f}" height="12" fill="{c}"/>'
            for i, c in enumerate(colours)
        ]
    else:
        stops = "".join(
            f'<stop offset="{i / max(1, count - 1):.2f}" stop-color="{c}"/>'
            for i, c in enumerate(colours)
        )
        lines.append(f'<defs><linearGradient id="ramp">{stops}</linearGradient></defs>')
        lines.append(
            f'<rect x="{left}" y="{y}" width="{ramp_width}" height="12" fill="url(#ramp)"/>'
        )
    lines.append(
        f'<rect x="{left}" y="{y}" width="{ramp_width}" height="12" fill="none" '
        f'stroke="{theme.muted}" stroke-width="0.5"/>'
    )
    for place, words in ramp.ticks:
        at = left + ramp_width * (1 - place if rtl else place)
        lines.append(
            f'<text x="{at:.1f}" y="{y + 28}" font-size="13" text-anchor="middle" '
            f'fill="{theme.ink}">{escape(isolated(words, rtl))}</text>'
        )
    title = f"{ramp.title} · {ramp.note}" if ramp.note else ramp.title
    lines.append(
        f'<text x="{width / 2}" y="{y + 48}" font-size="13" text-anchor="middle" '
        f'fill="{theme.ink}">{escape(isolated(title, rtl))}</text>'
    )
    return y + 60


def keys_svg(
    keys: list[tuple[str, str]],
    lines: list[str],
    y: float,
    width: int,
    margin: int,
    rtl: bool,
    theme: Theme = THEME,
) -> float:
    """Keys (a symbol drawn around (0, 0), its words) from the reading side, wrapped over
    as many rows as they need. Returns the next y."""
    x, row = 0.0, y + 14
    for words, symbol in keys:
        room = 34 + 7 * len(words)
        if x and x + room > width - 2 * margin:
            x, row = 0.0, row + 22
        centre = width - margin - x - 8 if rtl else margin + x + 8
        lines.append(f'<g transform="translate({centre:.1f} {row - 4})">{symbol}</g>')
        at, anchor = (centre - 14, "end") if rtl else (centre + 14, "start")
        lines.append(
            f'<text x="{at:.1f}" y="{row}" font-size="12" text-anchor="{anchor}" '
            f'fill="{theme.ink}">{escape(isolated(words, rtl))}</text>'
        )
        x += room
    return row + 10 if keys else y


def isolated(words: str, rtl: bool) -> str:
    """Right-to-left words in an isolate: resvg lays out every text left to right
    otherwise (an Arabic sentence with a Latin name in it came out in the wrong order)."""
    return f"\u2067{words}\u2069" if rtl else words


def wrapped(words: str, per_line: int) -> list[str]:
    return wrap_words(words, per_line)


def escape(words: str) -> str:
    return (
        str(words)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )
