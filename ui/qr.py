"""The QR code shown on the event's big screen (segno: pure Python, no network)."""

from __future__ import annotations

from functools import lru_cache

import segno


@lru_cache(maxsize=8)
def qr_svg(url: str, label: str) -> str:
    """The QR code as inline SVG with its text alternative (an <img> without one fails
    WCAG 1.1.1), 220 px wide."""
    from html import escape

    code = segno.make(url, error="m")
    drawing = code.svg_inline(scale=8, border=2, dark="#1B2A25", light="#ffffff")
    side = code.symbol_size(scale=8, border=2)[0]
    return (
        f'<div role="img" aria-label="{escape(label)}" style="width:220px">'
        + drawing.replace(
            f'width="{side}" height="{side}"',
            f'width="220" height="220" viewBox="0 0 {side} {side}" aria-hidden="true"',
            1,
        )
        + "</div>"
    )
