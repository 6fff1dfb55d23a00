"""A page's sections (atlas.sections) and source lines as HTML: the one renderer of a
page's words, for the edition's templates and the dashboard's `st.html` alike. Every
word comes from the view, escaped; nothing here is typed for a reader."""

from __future__ import annotations

from functools import lru_cache
from html import escape as _escape
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from atlas.i18n import is_rtl, translator
from atlas.sections import Section
from atlas.sources import SourceLine, word
from loaders.contract import MARKS

TEMPLATES = Path(__file__).resolve().parent / "templates"
STYLE = TEMPLATES / "sections.css"


def environment(loader=None) -> Environment:
    """The templates' environment: html_drawer's own (shared.html), and another folder's
    before it when given (the edition's pages)."""
    return Environment(
        loader=loader or FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )


def context(language: str) -> dict:
    """What the shared macros read: the language, its direction, the marks' words, and
    how a source line is worded."""
    _ = translator(language)
    return {
        "lang": language,
        "dir": "rtl" if is_rtl(language) else "ltr",
        # between the parts of a source line: in Arabic held in the line's direction by
        # right-to-left marks, or a dot between two Latin links lands beside another
        "sep": " \u200f·\u200f " if is_rtl(language) else " · ",
        "mark_words": {mark: _(words) for mark, words in MARKS.items()},
        "source": lambda line: word(line, _, language) if line is not None else None,
    }


@lru_cache(maxsize=1)
def _template():
    return environment().get_template("section.html")


def render(section: Section, language: str, level: int = 2) -> str:
    """A section as HTML: heading, lead, items (or why there are none), its source."""
    return (
        _template()
        .render(what="section", value=section, level=level, compact=False, **context(language))
        .strip()
    )


def render_source(line: SourceLine, language: str, compact: bool = False) -> str:
    """A source line as HTML: the publishers and links, what is computed, the mark."""
    return (
        _template()
        .render(what="source", value=line, level=2, compact=compact, **context(language))
        .strip()
    )


def escape(words: str) -> str:
    """Words from a view as HTML text."""
    return _escape(str(words), quote=False)
