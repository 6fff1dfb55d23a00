"""Event mode (?mode=kiosk): the big screen of "AI Made in Morocco".

Full screen, large type, no controls; rotates through the key views every `every`
seconds (URL, default 20) and can alternate languages (`alternate=fr,ar`). A QR code
sends the audience to the public link (ATLAS_PUBLIC_URL, else this server's address).
"""

from __future__ import annotations

import os
from datetime import date

import pandas as pd
import streamlit as st

from atlas import kiosk
from atlas.safe import markdown_text
from atlas.views import event
from ui import cache, charts, components, data
from ui.context import language, t
from ui.frame import require_frame
from ui.qr import qr_png

require_frame()
every = kiosk.parse_every(st.query_params.get("every"))
languages = kiosk.parse_languages(st.query_params.get("lang"), st.query_params.get("alternate"))
public_url = os.environ.get("ATLAS_PUBLIC_URL") or (st.context.url or "").split("?")[0]
_ = t()
# The hall's phones open the static edition (no session each), in the screen's language.
edition = kiosk.edition_url(public_url, language(),
                            os.environ.get("ATLAS_EDITION_PATH") or kiosk.EDITION_PATH)
snapshot = data.open_view(event)

head, code = st.columns([5, 1], vertical_alignment="center")
head.title("Jazari Atlas")
head.caption(_("AI Made in Morocco · the national AI strategy, region by region"))
with code:
    if public_url:
        st.image(qr_png(edition), width=170)
        st.caption(_("Open it on your phone") + "  \n**" + markdown_text(
            kiosk.short_address(edition)) + "**")


@st.fragment(run_every=kiosk.TICK_SECONDS)
def rotating_view() -> None:
    # A language switch reruns the whole page once: that run shows the same tick.
    step = 0 if st.session_state.pop("kiosk_switched", False) else 1
    tick = st.session_state["kiosk_tick"] = st.session_state.get("kiosk_tick", -1) + step
    current = kiosk.slot(tick, every, languages)
    st.session_state["kiosk_view"] = current.view
    if current.language != language():
        st.session_state["lang"] = current.language
        st.session_state["kiosk_switched"] = True
        st.rerun()  # the whole page: its direction changes with the language
    view = cache.view(event.build, data.snapshot(),
                      event.Controls(current.language, pd.Timestamp(date.today()), current))
    st.header(view.title)
    if view.subtitle:
        st.subheader(markdown_text(view.subtitle))
    if view.figure is None:
        components.empty_selection(_("Nothing to show for this selection."))
        return
    if view.key_figures:
        left, right = st.columns([3, 1], vertical_alignment="center")
        with left:
            charts.plot(view.figure, key=f"kiosk_{current.view}")
        for figure in view.key_figures:
            right.metric(figure.label, figure.value)
    else:
        charts.plot(view.figure, key=f"kiosk_{current.view}")
    components.source_line(view.source)


rotating_view()
