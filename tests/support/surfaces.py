"""Reading every surface as its reader does: the visible text of the edition's pages, row
by row (a table row, a list item, a card, a quote, a map region's title); the words of
every picture to take away (SVG); what plotly writes of a figure (hovers, labels,
legends); the rows of every file the edition publishes. The walker (test_surfaces.py)
checks what each says."""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

# The elements a reader reads as one line of their own.
BLOCKS = {"tr", "li", "p", "h1", "h2", "h3", "figure", "blockquote", "figcaption", "title", "th"}
SKIPPED = {"style", "script", "textarea"}  # a stylesheet, and the embed code to copy
# Markup a reader should never see as characters: tags, escaped tags, entities.
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&lt;|&gt;|&amp;|&#\d+;|&[a-z]+;")
# What plotly itself understands in a label or a hover (its pseudo-HTML).
PLOTLY_TAGS = re.compile(r"</?(b|i|em|sup|sub|span|a)(\s[^>]*)?>|<br\s*/?>")


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.open: list[list[str]] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.open.append([])
        elif self.open:  # an element's edge separates words (a card's label and value)
            self.open[-1].append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping -= 1
        elif tag not in BLOCKS and self.open:
            self.open[-1].append(" ")
        elif tag in BLOCKS and self.open:
            words = " ".join("".join(self.open.pop()).split())
            if words:
                self.blocks.append(words)
            if self.open:  # a block within a block: the outer one reads it too
                self.open[-1].append(" " + words + " ")

    def handle_data(self, data):
        if not self.skipping and self.open:
            self.open[-1].append(data)


def page_blocks(page: str) -> list[str]:
    """The visible text of a page, one string per block a reader reads as a line."""
    parser = _Blocks()
    parser.feed(page)
    return parser.blocks


def edition_blocks(out: Path, root: str = "") -> Iterator[tuple[Path, str]]:
    """Every block of every page of one language of an edition built in `out` (root "":
    French; "ar/", "en/"), the region pages (the briefs print them) and the embeds."""
    top = out / root
    for page in sorted(top.rglob("index.html")):
        relative = page.relative_to(out).as_posix()
        if root == "" and relative.split("/")[0] in ("ar", "en"):
            continue
        for block in page_blocks(page.read_text("utf-8")):
            yield page, block


def svg_texts(document: str) -> list[str]:
    """The words of a standalone picture, line by line (its <text> elements)."""
    found = re.findall(r"<(?:text|title)\b[^>]*>(.*?)</(?:text|title)>", document, re.S)
    return [html.unescape(words).strip("\u2066\u2067\u2068\u2069") for words in found]


def plotly_texts(figure: dict) -> list[str]:
    """What plotly writes of a figure, as a reader sees it: each hover (with its
    template filled), each trace's name, each annotation, the colour bars' ticks."""
    found: list[str] = []
    layout = figure.get("layout", {})
    found += [a.get("text", "") for a in layout.get("annotations", [])]
    for trace in figure.get("data", []):
        found.append(str(trace.get("name", "") or ""))
        template = str(trace.get("hovertemplate", "") or "")
        for data in trace.get("customdata", []) or []:
            cells = data if isinstance(data, (list, tuple)) else [data]
            filled = template
            for index, cell in enumerate(cells):
                filled = filled.replace(f"%{{customdata[{index}]}}", str(cell))
            filled = filled.replace("%{customdata}", str(cells[0]) if cells else "")
            found.append(re.sub(r"%\{[^}]*\}", "", filled))
        bar = (trace.get("marker") or {}).get("colorbar") or trace.get("colorbar") or {}
        found += [str(t) for t in bar.get("ticktext", []) or []]
    return [seen(text) for text in found if text]


def seen(plotly_text: str) -> str:
    """A plotly label as drawn: its own tags applied, its entities decoded once."""
    return html.unescape(PLOTLY_TAGS.sub(" ", plotly_text.replace("<extra></extra>", "")))


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as file:
        return list(csv.DictReader(file))
