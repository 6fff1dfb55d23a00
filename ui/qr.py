"""The QR code shown on the event's big screen (segno: pure Python, no network)."""

from __future__ import annotations

import io
from functools import lru_cache

import segno


@lru_cache(maxsize=8)
def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(
        buffer, kind="png", scale=8, border=2, dark="#1B2A25", light="#ffffff"
    )
    return buffer.getvalue()
