"""Every page runs inside app.py's frame (language, region filter, navigation).

Streamlit 1.67 runs the first session after a server start in its legacy "pages/
directory" mode when a pages/ folder exists: that run shows a navigation built from file
names and may run a page script without app.py. The design card wants our page scripts in
pages/, so the frame switches that legacy mode off and reruns once.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def require_frame() -> None:
    """Call first in app.py and in every page script."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
