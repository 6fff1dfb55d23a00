"""Event mode (?mode=event): the big screen of "AI Made in Morocco".

Full screen, large type, no controls; rotates through the key views every `every`
seconds (URL, default 20) and can alternate languages (`alternate=fr,ar`). A QR code
sends the audience to the public link (ATLAS_PUBLIC_URL, else this server's address).
"""

from __future__ import annotations

import html
import os
from datetime import date

import pandas as pd
import streamlit as st

from atlas import event_screen
from atlas.pictures import Empty
from atlas.safe import markdown_text
from atlas.views import event
from ui import cache, charts, components, data, sections
from ui.context import language, t
from ui.frame import require_frame
from ui.qr import qr_png

require_frame()
every = event_screen.parse_every(st.query_params.get("every"))
languages = event_screen.parse_languages(
    st.query_params.get("lang"), st.query_params.get("alternate")
)
public_url = event_screen.public_base(os.environ.get("ATLAS_PUBLIC_URL"), st.context.url)
_ = t()
# The hall's phones open the static edition (no session each), in the screen's language.
edition = event_screen.edition_url(
    public_url, language(), os.environ.get("ATLAS_EDITION_PATH") or event_screen.EDITION_PATH
)
snapshot = data.open_view(event)


@st.fragment(run_every=event_screen.TICK_SECONDS)
def rotating_view() -> None:
    # A language switch reruns the whole page once: that run shows the same tick. While
    # paused (WCAG 2.2.2: moving content can be stopped), every tick shows the same view.
    switched = st.session_state.pop("screen_switched", False)
    step = 0 if switched or st.session_state.get("screen_paused") else 1
    tick = st.session_state["screen_tick"] = st.session_state.get("screen_tick", -1) + step
    today = pd.Timestamp(date.today())
    shown_views = event.available_views(data.snapshot(), language(), today)
    current = event_screen.slot(
        tick, every, languages, st.query_params.get("view", shown_views[0]), shown_views
    )
    st.session_state["screen_view"] = current.view
    if current.language != language():
        st.session_state["lang"] = current.language
        st.session_state["screen_switched"] = True
        st.rerun()  # the whole page: its direction changes with the language
    view = cache.view(
        event.build, data.snapshot(), event.controls(current.language, today, current)
    )
    # The view fills the screen's height (a map as wide as it is tall); beside it, its
    # key figures and a QR code large enough to scan from the middle of the hall.
    main, side = st.columns(event_screen.columns(view.figure), gap="large")
    with main:
        st.header(view.title)
        if view.subtitle:
            st.subheader(markdown_text(view.subtitle))
        if view.notice:
            st.markdown(
                f'<p class="event-notice">{html.escape(view.notice)}</p>', unsafe_allow_html=True
            )
        if isinstance(view.figure, Empty):  # said at the screen's text size
            st.markdown(
                f'<p class="event-notice">{html.escape(view.figure.reason)}</p>',
                unsafe_allow_html=True,
            )
        else:
            charts.plot(view.figure, key=f"screen_{current.view}")
            components.source_line(view.source)
    with side:
        st.title("Jazari Atlas")
        st.caption(_("AI Made in Morocco · the national AI strategy, region by region"))
        sections.key_figures(view.key_figures)
        if view.aside:  # HTML, not Markdown: its numbers keep their no-break spaces
            st.html(f'<p class="event-aside">{html.escape(view.aside)}</p>')
        if public_url:
            address = event_screen.short_address(edition)
            st.image(
                qr_png(edition),
                width=300,
                alt=_("QR code: the event edition, at {address}").format(address=address),
            )
            # The address reads left to right on every page (isolated as such: LRI … PDI).
            st.markdown(
                _("Open it on your phone") + "  \n**\u2066" + markdown_text(address) + "\u2069**"
            )
        paused = st.session_state.get("screen_paused", False)
        st.button(
            _("Resume the rotation") if paused else _("Pause the rotation"),
            icon=":material/play_arrow:" if paused else ":material/pause:",
            type="tertiary",
            key="screen_pause",
            on_click=lambda: st.session_state.update(
                screen_paused=not paused, screen_switched=True
            ),
        )


rotating_view()
