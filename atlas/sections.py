"""A page's words as structured sections: its heading, a lead, items each with its value,
mark and source, a verdict apart from its detail, and the empty state. A view builder
writes them once, in the reader's language; one renderer (html_drawer.sections) lays
them out for the dashboard and the edition alike, so no surface types a page's words
again and none parses a formatted string back.
"""

from __future__ import annotations

from dataclasses import dataclass

from atlas.pictures import Empty, Marked
from atlas.sources import SourceLine

# How a section lays its items out: a list, a numbered list (dated steps), quotes with
# their attribution, key figures (a value above its words), or paragraphs.
STYLES = ("list", "steps", "quotes", "figures", "paragraphs")
# A verdict's tone, drawn as its badge's look: on track, behind, or not measurable.
TONES = ("good", "warning", "neutral")


@dataclass(frozen=True)
class Verdict:
    """A judgement apart from what it rests on: "On track" · "5.5 a year; 6.7 needed"."""

    words: str
    detail: str = ""
    tone: str = "neutral"

    def __post_init__(self) -> None:
        if self.tone not in TONES:
            raise ValueError(f"unknown tone {self.tone!r}: one of {', '.join(TONES)}")


@dataclass(frozen=True)
class Item(Marked):
    """One thing a section says: its words, the figure it is about (written), a note
    under it (a scope, a date), a verdict, and its source. `language` is the language
    of `text` when it is not the page's (a quote in its original words)."""

    text: str
    value: str = ""
    note: str = ""
    verdict: Verdict | None = None
    source: SourceLine | None = None
    language: str | None = None


@dataclass(frozen=True)
class KeyFigure(Marked):
    """A figure shown large (the overview's, the cooperation page's, a region's, the big
    screen's): its label, value, what it counts (`help`), its change, and its source."""

    label: str
    value: str
    help: str = ""
    delta: str = ""
    source: SourceLine | None = None


@dataclass(frozen=True)
class Section:
    """A part of a page: its heading, lead and items (or why there are none), and the
    source of the whole section when its items share one."""

    heading: str
    items: tuple[Item | KeyFigure, ...] = ()
    lead: str = ""
    style: str = "list"
    empty: Empty | None = None
    source: SourceLine | None = None
    key: str = ""  # a stable name (an anchor, and what a page looks it up by)

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown style {self.style!r}: one of {', '.join(STYLES)}")


def figures(found: tuple[KeyFigure, ...], heading: str = "") -> Section:
    """Key figures as a section of their own (drawn as cards on every surface)."""
    return Section(heading, found, style="figures", key="figures")


def mark_of_line(line: SourceLine | None) -> str:
    """A key figure's mark from its source line: invented if any value it counts is."""
    return "illustrative" if line is not None and line.illustrative else "published"


def find(found: tuple[Section, ...], key: str) -> Section:
    """The section of a page with this key."""
    return next(part for part in found if part.key == key)
