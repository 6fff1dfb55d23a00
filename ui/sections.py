"""Drawing a page's sections (atlas.sections) on the dashboard: each one block of HTML
from the one renderer the edition uses (html_drawer.sections), so both surfaces say the
same words laid out the same way, in one Streamlit element per section."""

from __future__ import annotations

from functools import lru_cache

import streamlit as st

from atlas.sections import KeyFigure, Section, figures
from html_drawer import sections
from ui.context import language, t
from ui.fastpath import Html
from ui.memo import by_identity


def section(part: Section, level: int = 2) -> None:
    st.html(_html(part, language(), level))


@by_identity
def _html(part: Section, lang: str, level: int) -> Html:
    """A section's HTML, made once per section of a shared view."""
    return Html(f'<div class="atlas">{sections.render(part, lang, level)}</div>')


@lru_cache(maxsize=64)
def _header_html(title: str, words: str) -> Html:
    lead = f'<p class="lead">{sections.escape(words)}</p>' if words else ""
    return Html(
        f'<div class="atlas"><h1 class="page-title">{sections.escape(title)}</h1>{lead}</div>'
    )


def key_figures(found: tuple[KeyFigure, ...]) -> None:
    """Key figures as cards, each with what it counts and its source."""
    if found:
        st.html(_figures_html(found, language()))


@by_identity
def _figures_html(found: tuple[KeyFigure, ...], lang: str) -> Html:
    return _html(figures(found), lang, 2)


def page_header(page_id: str, *more: str) -> None:
    """A page's title and lead, as the atlas's page list words them for every surface
    (`more`: what only the dashboard adds, such as how to use its controls): one HTML
    element (two, a title and a lead, were one more on every viewer's first run)."""
    from atlas.pages import heading, page

    _ = t()
    words = " ".join(part for part in (_(page(page_id).lead), *more) if part)
    st.html(_header_html(_(heading(page_id)), words))
