"""Making text from the data inert wherever it is displayed.

Data files come from several offices by hand: any string in them may contain markup.
Nothing from the data is ever rendered as HTML or Markdown that could run code or load a
resource; links are shown only for http(s) URLs.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def plot_text(value: object) -> str:
    """Text for plotly labels and hovers, which understand a little HTML: escape it."""
    return html.escape(" ".join(str(value).split()), quote=False)


def markdown_text(value: object) -> str:
    """Text for st.markdown/st.caption: every Markdown and HTML special character escaped,
    so `![x](http://…)`, `[x](javascript:…)` or `<img …>` display as the characters typed."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(value).split()))


def http_url(value: object) -> str | None:
    """The URL if it is a plain http(s) URL with a host, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in " \t\n\r<>\"'`"):
        return None
    return url


def markdown_link(label: object, url: object) -> str:
    """A Markdown link with an escaped label, or the escaped label alone if the URL is
    not http(s). Parentheses in the URL are percent-encoded so the link cannot break out."""
    safe = http_url(url)
    text = markdown_text(label)
    if safe is None:
        return text
    return f"[{text}]({safe.replace('(', '%28').replace(')', '%29')})"


def wrap_words(text: str, width: int) -> list[str]:
    """Lines of about `width` characters for a drawer, broken at spaces or hyphens: a word
    a little longer than a line stays whole ("multilatérale", never "multilatéral/e"),
    only a run far longer than a line (an unbroken string from a provider) is cut."""
    import textwrap

    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=True)
    cut = [
        part
        for line in lines
        for part in (textwrap.wrap(line, width) if len(line) > 2 * width else [line])
    ]
    return cut or [""]
