"""The strategy: Maroc IA 2030 and Maroc Digital 2030 — targets and whether the published
figures are on track, milestones, governance and ethics, territorial inclusion."""

from __future__ import annotations

import html
from datetime import date

import pandas as pd
import streamlit as st

from atlas.i18n import translate_if_message
from atlas.safe import markdown_text
from atlas.views import strategy
from ui import cache, charts, components, data, tables
from ui.context import language, t
from ui.frame import require_frame

require_frame()
_ = t()
lang = language()
snapshot = data.open_view(strategy)
view = cache.view(strategy.build, snapshot, strategy.Controls(lang, pd.Timestamp(date.today())))

st.title(_("The strategy: Maroc IA 2030"))
st.caption(
    _(
        "Maroc IA 2030, Morocco's AI strategy announced at “AI Made in Morocco” (Rabat, "
        "12 January 2026), is part of the wider digital strategy Maroc Digital 2030 "
        "(September 2024). What was promised, when, by whom, and where the rollout "
        "reaches so far: published facts only, each with its source."
    )
)
if view.missing:
    components.nothing(view.missing)

if view.targets:
    st.header(_("Targets, and are they on track?"))
    st.markdown(markdown_text(view.pace))
    for target in view.measured:
        badge = ":green-badge[" if target.on_track else ":orange-badge["
        verdict, _sep, detail = target.verdict.partition(" · ")
        st.markdown(
            f"{badge}{markdown_text(verdict)}] **{markdown_text(target.text)}** "
            f"({markdown_text(target.value)}, {markdown_text(target.year)}): "
            + markdown_text(detail)
        )
    tables.frame(
        pd.DataFrame(
            {
                _("Strategy"): [t.scope for t in view.targets],
                _("Target"): [t.text for t in view.targets],
                _("Value"): [t.value for t in view.targets],
                _("Year"): [t.year for t in view.targets],
                _("Announced"): [t.announced for t in view.targets],
                _("On track?"): [t.verdict.partition(" · ")[0] for t in view.targets],
                _("Source"): [", ".join(filter(None, [t.source.source])) for t in view.targets],
                _("Link"): [t.source.urls[0] if t.source.urls else None for t in view.targets],
            }
        ),
        column_config={_("Link"): st.column_config.LinkColumn(_("Link"), display_text=_("source"))},
    )

if view.milestones:
    st.header(_("Milestones"))
    tables.frame(
        pd.DataFrame(
            {
                _("Date"): [m.date for m in view.milestones],
                _("Milestone"): [m.text for m in view.milestones],
                _("Source"): [translate_if_message(m.source.source, _) for m in view.milestones],
                _("Link"): [m.source.urls[0] if m.source.urls else None for m in view.milestones],
            }
        ),
        column_config={_("Link"): st.column_config.LinkColumn(_("Link"), display_text=_("source"))},
    )

if view.governance or view.quotes:
    st.header(_("Governance and ethics"))
    for item in view.governance:
        st.markdown(
            f"- {markdown_text(item.text)}"
            + (f" ({markdown_text(item.date)})" if item.date != "—" else "")
        )
        components.source_line(item.source, compact=True)
    for quote in view.quotes:
        words = html.escape(quote.words)
        st.markdown(
            f'<blockquote lang="{html.escape(quote.words_language)}">« {words} »</blockquote>',
            unsafe_allow_html=True,
        )
        st.caption(
            markdown_text(
                _("{speaker}, {role}, {date}; reported by {outlet}").format(
                    speaker=quote.speaker, role=quote.role, date=quote.date, outlet=quote.outlet
                )
            )
            + (" · " + _("our translation") if quote.translated else "")
        )

if view.inclusion is not None:
    inclusion = view.inclusion
    st.header(_("Territorial inclusion"))
    # Region names come from the data: written as text, never as markdown.
    st.markdown(
        markdown_text(
            _(
                "Regions with a regional Jazari institute (announced or "
                "beyond): {regions} — {people}."
            ).format(
                regions=", ".join(inclusion.covered) or _("none yet"),
                people=inclusion.covered_population,
            )
        )
    )
    if inclusion.without_university:
        st.markdown(
            markdown_text(
                _("Regions with no public university: {regions}.").format(
                    regions=", ".join(inclusion.without_university)
                )
            )
        )
    for text, value, source in inclusion.facts:
        st.markdown(f"**{markdown_text(value)}** — {markdown_text(text)}")
        components.source_line(source, compact=True)
    if inclusion.map_figure is not None:
        charts.region_map(inclusion.map_figure, key="strategy_map")
    tables.frame(inclusion.rows)
    components.source_line(inclusion.source)

st.header(_("Not published"))
for line in view.not_published:
    st.markdown(f"- {markdown_text(line)}")
