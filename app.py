"""Jazari Atlas: the router and frame. Page config, language, the shared region filter,
navigation from the page list below, and the footer; nothing page-specific."""

from __future__ import annotations

import copy

import streamlit as st

from atlas.event_screen import parse_languages
from atlas.i18n import LANGUAGE_NAMES, is_rtl
from atlas.pages import ABOUT, ILLUSTRATIVE_NOTE
from loaders import publish
from loaders.contract import DEFAULT_LANGUAGE, LANGUAGES, REGION_CODES
from loaders.store import default_data_dir
from ui import state
from ui.context import LANGUAGE_KEY, browser_language, t
from ui.data import snapshot
from ui.fastpath import install as install_fast_config_reads
from ui.frame import navigation_pages, require_frame
from ui.style import EVENT_SCREEN_CSS, inject_style

# Served from static/ (a relative static URL): no icon CDN, and no image re-encoded and
# stored per session on every run, as a file path would be.
FAVICON = "app/static/favicon.png"

install_fast_config_reads()  # see ui/fastpath.py: measured, ~10 % under a burst
require_frame()
st.set_page_config(page_title="Jazari Atlas", page_icon=FAVICON, layout="wide")


def event_frame() -> None:
    """?mode=event: the big screen. No sidebar or menus; languages from the URL."""
    languages = parse_languages(st.query_params.get("lang"), st.query_params.get("alternate"))
    st.session_state.setdefault(LANGUAGE_KEY, languages[0])
    language = st.session_state[LANGUAGE_KEY]
    inject_style(language, rtl=is_rtl(language), extra_css=EVENT_SCREEN_CSS)
    st.navigation(
        [st.Page("pages/event_screen.py", title="Jazari Atlas", default=True)], position="hidden"
    ).run()


def dashboard_frame() -> None:
    language = state.selectbox(
        "Langue · اللغة · Language",
        list(LANGUAGES),
        key=LANGUAGE_KEY,
        default=browser_language(),
        format_func=LANGUAGE_NAMES.get,
        container=st.sidebar,
        # In the URL unless French, so a link opens in its language on any browser.
        url_default=DEFAULT_LANGUAGE,
    )
    _ = t()
    names = snapshot().region_names(language)
    state.multiselect(
        _("Regions"),
        list(REGION_CODES),
        key="regions",
        format_func=lambda c: names.get(c, c),
        container=st.sidebar,
        placeholder=_("All 12 regions"),
        help=_("Filter every page to these regions. Empty: all regions."),
    )
    # before the page (its look from the first element on); under the controls
    inject_style(language, rtl=is_rtl(language), note=_(ABOUT) + " " + _(ILLUSTRATIVE_NOTE))
    # Each run gets its own copies: st.navigation marks the page it runs on the object.
    st.navigation([copy.copy(page) for page in navigation_pages(language)]).run()
    host_version(_)


def host_version(_) -> None:
    """On a host fed by published versions (loaders.publish): which version this server
    shows, and, when it could not take the latest one, that it shows its last good one."""
    status = publish.host_status(default_data_dir())
    if status is None or not status.get("serving"):
        return
    serving = status["serving"]
    st.sidebar.caption(_("Data version {version} (this server).").format(version=serving))
    if status.get("problem") and status.get("latest") not in (None, serving):
        st.sidebar.warning(
            _(
                "This server could not take the latest data version ({latest}): it shows "
                "its last good version ({version})."
            ).format(latest=status["latest"], version=serving),
            icon=":material/sync_problem:",
        )


# ?mode=event: the event screen (?mode=kiosk, its former name, still opens it: screens and
# QR codes already set up keep working).
if st.query_params.get("mode") in ("event", "kiosk"):
    event_frame()
else:
    dashboard_frame()
