"""Every page runs inside app.py's frame (language, region filter, navigation).

Streamlit 1.67 runs the first session after a server start in its legacy "pages/
directory" mode when a pages/ folder exists: that run shows a navigation built from file
names and may run a page script without app.py. The design card wants our page scripts in
pages/, so the frame switches that legacy mode off and reruns once.
"""

from __future__ import annotations

from functools import lru_cache

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from atlas.i18n import translator
from atlas.pages import PAGES
from loaders.contract import LANGUAGES


def require_frame() -> None:
    """Call first in app.py and in every page script."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


@lru_cache(maxsize=len(LANGUAGES))
def navigation_pages(language: str) -> tuple:
    """The navigation's pages in a language, made once per server (not in app.py, which
    Streamlit executes anew on every run): st.Page resolves and checks its script's path
    on the disk, 8 pages on every run of every viewer. app.py runs on copies."""
    _ = translator(language)
    return tuple(
        st.Page(
            page.script,
            title=_(page.title),
            icon=page.icon,
            url_path=page.path or None,
            default=not page.path,
        )
        for page in PAGES
    )
