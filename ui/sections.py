"""Drawing a page's sections (atlas.sections) on the dashboard: each one block of HTML
from the one renderer the edition uses (html_drawer.sections), so both surfaces say the
same words laid out the same way, in one Streamlit element per section."""

from __future__ import annotations

import streamlit as st

from atlas.sections import Section
from html_drawer import sections
from ui.context import language


def section(part: Section) -> None:
    st.html(f'<div class="atlas">{sections.render(part, language())}</div>')


def lead(words: str) -> None:
    """A page's lead, as every surface writes it."""
    st.html(f'<div class="atlas"><p class="lead">{sections.escape(words)}</p></div>')
