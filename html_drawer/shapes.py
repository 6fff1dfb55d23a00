"""What every SVG the drawer writes shares: marker shapes, the legend, right-to-left text
isolated for resvg, escaping."""

from __future__ import annotations

import math
import textwrap

FONT = "DejaVu Sans, Noto Sans, Arial, sans-serif"  # DejaVu Sans carries Arabic glyphs


# Marker shapes (plotly's names, as the pictures give them), as SVG: a shape, filled with
# its colour and outlined in ink; "-open" hollow in its colour (an invented value, or a
# planned date); "-open-dot" hollow with a dot.
def marker(symbol: str, x: float, y: float, colour: str, size: float = 6.5) -> str:
    x, y = round(x, 1), round(y, 1)
    shape, _sep, style = symbol.partition("-open")
    hollow = bool(_sep)
    if hollow:
        size -= 1
    drawn = outline(shape, x, y, size)
    if hollow:
        painted = drawn.format(paint=f'fill="#fff" stroke="{colour}" stroke-width="2.5"')
        if style == "-dot":
            painted += f'<circle cx="{x}" cy="{y}" r="1.6" fill="{colour}"/>'
        return painted
    return drawn.format(paint=f'fill="{colour}" stroke="#1B2A25" stroke-width="1"')


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
        points = []
        for i in range(10):
            radius = size * (1.45 if i % 2 == 0 else 0.6)
            angle = math.pi / 2 + i * math.pi / 5
            points.append(f"{x + radius * math.cos(angle):.1f},{y - radius * math.sin(angle):.1f}")
        return f'<polygon points="{" ".join(points)}" {{paint}}/>'
    return f'<circle cx="{x}" cy="{y}" r="{size}" {{paint}}/>'


def isolated(words: str, rtl: bool) -> str:
    """Right-to-left words in an isolate: resvg lays out every text left to right
    otherwise (an Arabic sentence with a Latin name in it came out in the wrong order)."""
    return f"\u2067{words}\u2069" if rtl else words


def wrapped(words: str, per_line: int) -> list[str]:
    return textwrap.wrap(words, per_line) or [""]


def escape(words: str) -> str:
    return (
        str(words)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )


def legend(drawn: dict, lines: list[str], y: float, width: int, margin: int, rtl: bool) -> float:
    """The colour ramp with its ends, or the keys of the points' kinds."""
    if drawn["gradient"]:
        ramp_width = 320
        left = (width - ramp_width) / 2
        colours = drawn["gradient"][::-1] if rtl else drawn["gradient"]
        stops = "".join(
            f'<stop offset="{i / max(1, len(colours) - 1):.2f}" stop-color="{c}"/>'
            for i, c in enumerate(colours)
        )
        lines.append(f'<defs><linearGradient id="ramp">{stops}</linearGradient></defs>')
        lines.append(
            f'<rect x="{left}" y="{y}" width="{ramp_width}" height="12" fill="url(#ramp)" '
            f'stroke="#8A9A95" stroke-width="0.5"/>'
        )
        low, high = (drawn["high"], drawn["low"]) if rtl else (drawn["low"], drawn["high"])
        lines.append(
            f'<text x="{left - 8}" y="{y + 11}" font-size="13" text-anchor="end" '
            f'fill="#1B2A25">{escape(isolated(low, rtl))}</text>'
            f'<text x="{left + ramp_width + 8}" y="{y + 11}" font-size="13" '
            f'fill="#1B2A25">{escape(isolated(high, rtl))}</text>'
        )
        lines.append(
            f'<text x="{width / 2}" y="{y + 32}" font-size="13" text-anchor="middle" '
            f'fill="#1B2A25">{escape(isolated(drawn["title"], rtl))}</text>'
        )
        return y + 44
    x = margin
    for label, key in drawn["keys"]:
        lines.append(
            f'<g transform="translate({x} {y})">{key}<text x="20" y="13" font-size="13" '
            f'fill="#1B2A25">{escape(isolated(label, rtl))}</text></g>'
        )
        x += 28 + 7.5 * len(label)
        if x > width - 200:
            x, y = margin, y + 22
    return y + 30
