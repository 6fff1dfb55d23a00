"""Page-wide look: the document's language and direction, right-to-left layout for Arabic,
the event screen, and a few readability tweaks."""

from __future__ import annotations

import html
from functools import lru_cache

import streamlit as st

from atlas import i18n
from html_drawer import sections
from ui.fastpath import Html

BASE_CSS = """
/* WCAG AA: captions (source lines, notes) at 6.9:1 on white, not faded by Streamlit to 4.1:1 */
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #4f5d58; }
/* WCAG AA: a control with one choice only is disabled, yet its label and its value are
   read (the overview's "Period: 2024"): not faded to 2.4:1 */
[data-testid="stWidgetLabel"], [data-testid="stWidgetLabel"] p,
.stSelectbox [aria-disabled="true"], .stSelectbox [aria-disabled="true"] *,
.stRadio label:has(input:disabled), .stRadio label:has(input:disabled) * {
  color: #4f5d58 !important; opacity: 1 !important; }
/* Phones: no horizontal scrolling, tighter margins, two key figures per row. */
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-left: 0.8rem; padding-right: 0.8rem;
                                         padding-top: 2.6rem; }
  h1 { font-size: 1.9rem !important; }
  /* a line of controls (ui/state.row): one per line, each label and value whole */
  [class*="st-key-controls-"] > [data-testid="stElementContainer"] {
    flex: 1 1 100% !important; max-width: 100% !important; }
}
/* A link in the page (the overview's to the strategy, a region's): its whole label on
   as many lines as it needs, never cut with "…" on a phone. */
[data-testid="stMain"] [data-testid="stPageLink"] a span:has(> [data-testid="stMarkdownContainer"]),
[data-testid="stMain"] [data-testid="stPageLink"] [data-testid="stMarkdownContainer"] p {
  white-space: normal !important; overflow: visible !important; }
/* A page's title (ui/sections.page_header: one HTML element with its lead), as
   Streamlit draws st.title; the sidebar's note, as a caption. */
.atlas h1.page-title { font-size: 2.75rem; font-weight: 700; line-height: 1.2;
                       padding: 1.25rem 0 1rem; margin: 0; }
.sidebar-note { font-size: 0.875rem; line-height: 1.6; color: #4f5d58; margin: 0; }
/* The cooperation page's six filters: one line of controls wrapped three a line (on a
   phone, one a line, as every line of controls). */
.st-key-controls-filters { flex-wrap: wrap !important; }
@media (min-width: 641px) {
  .st-key-controls-filters > [data-testid="stElementContainer"] {
    flex: 1 1 calc(33% - 1rem) !important; }
}
/* Tables drawn for paper only (ui/tables.py): never on screen (nor their element, unless
   it holds the table's title too: then drawn as st.subheader draws one). */
@media screen { .print-table { display: none; } }
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"] > .print-table:first-child) {
  display: none; }
h3.table-title { font-size: 1.75rem; font-weight: 600; line-height: 1.2;
                 padding: 0.75rem 0 1rem; margin: 0; }
/* On paper: no sidebar, header or controls; the content at the page's full width; each
   chart whole on one page; each table as its HTML copy, wrapped, never cut. */
@page { size: A4; margin: 12mm; }
@media print {
  html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stExpandSidebarButton"],
  [data-testid="stDownloadButton"], [data-testid="stElementToolbar"],
  [data-testid="stDataFrame"], .stDeployButton, footer { display: none !important; }
  [data-testid="stElementContainer"]:has(> [data-testid="stDataFrame"]) { display: none !important; }
  [data-testid="stElementContainer"]:has(> [data-testid="stHtml"] .print-table) {
    display: block !important; }
  [data-testid="stMain"], [data-testid="stMainBlockContainer"] {
    max-width: 100% !important; width: 100% !important; padding: 0 !important; margin: 0 !important; }
  [data-testid="stAppViewContainer"], [data-testid="stMain"] { overflow: visible !important;
                                                             position: static !important; }
  [data-testid="stPlotlyChart"], .print-table tr {
    break-inside: avoid; }
  [data-testid="stPlotlyChart"] { max-width: 100% !important; overflow: hidden; }
  h1, h2, h3, [data-testid="stHeading"] { break-after: avoid; }
  .print-table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  .print-table th, .print-table td { border-bottom: 1px solid #d6dfdb; padding: 2px 4px;
                                     text-align: start; vertical-align: top; }
  .print-table thead { display: table-header-group; }
}
"""

RTL_CSS = """
/* Arabic: the whole page reads right to left; with dir="rtl" on the document (set
   below), the flex layout already puts the sidebar on the right. */
[data-testid="stMain"], [data-testid="stSidebarContent"], [data-testid="stSidebarNav"] {
  direction: rtl; text-align: right;
}
[data-testid="stSidebar"] { border-left: 1px solid rgba(49, 51, 63, 0.1); }
/* Streamlit slides a collapsed sidebar out to the left, which in a right-to-left page
   leaves a strip of it over the content: hide it outright when collapsed. */
[data-testid="stSidebar"][data-collapsed="true"] { display: none !important; }
[data-testid="stMain"] .stMarkdown, [data-testid="stCaptionContainer"],
[data-testid="stMain"] [data-testid="stHeading"], [data-testid="stMain"] h1,
[data-testid="stMain"] h2, [data-testid="stMain"] h3 { text-align: right; }
[data-testid="stMain"] [data-testid="stHeading"] { width: 100%; }
/* Charts keep their own geometry: their axes are mirrored by the figure builders. Each
   chart text is ordered by its own first letter (an Arabic label reads right to left,
   a Latin name left to right), while plotly still anchors it as it measured it. */
[data-testid="stPlotlyChart"] { direction: ltr; }
[data-testid="stPlotlyChart"] svg text { unicode-bidi: plaintext; }
"""

# Event mode: the big screen (1920×1080). No header, toolbar, menu or sidebar; the page
# never scrolls. Sizes for a reader 10 m from a 3 m high screen (1 px ≈ 2.8 mm): text
# 24 px (a 47 mm capital, 16 minutes of arc, the legibility minimum of ISO 9241-303),
# view titles 44 px, key figures 72 px (48'), their labels 26 px, chart text 24 px
# (plotly_drawer.style.BIG_SCREEN_FONT); only the source line is smaller (18 px), for those
# close by.
EVENT_SCREEN_CSS = """
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stSidebar"],
[data-testid="stExpandSidebarButton"], [data-testid="stMainMenu"], footer {
  display: none !important; }
html { font-size: 24px; }
[data-testid="stMainBlockContainer"] { padding: 0.3rem 1.6rem 0 !important;
                                       max-width: 100% !important; }
h1 { font-size: 1.7rem !important; padding: 0 !important; }
h2 { font-size: 1.85rem !important; padding: 0 0 0.3rem !important; }
h3 { font-size: 1.25rem !important; padding: 0 !important; }
/* Key figures (ui/sections.py): one under the other, the value at 72 px, its label 26 px */
.atlas .cards { grid-template-columns: 1fr !important; gap: 0.1rem; margin: 0.3rem 0; }
.atlas .card { border: 0; padding: 0.1rem 0; }
.atlas .card strong { font-size: 3rem; line-height: 1.05; }
.atlas .card .label { font-size: 1.1rem; line-height: 1.2; color: inherit; }
.atlas .card .help, .atlas .card .source { font-size: 0.75rem; }
[data-testid="stCaptionContainer"] { font-size: 0.75rem !important; }
/* The illustrative mark is read from 10 m like the rest: never below the screen's 24 px. */
.event-notice { font-size: 1rem !important; font-weight: 700; color: #8a3b00;
                margin: 0 !important; }
.event-aside { font-size: 1rem; line-height: 1.5; margin: 0.4rem 0 0.6rem; }
"""

# The sections' look, as the edition's (html_drawer/templates/sections.css), read once.
SECTIONS_CSS = sections.STYLE.read_text("utf-8")


def inject_style(language: str, rtl: bool, extra_css: str = "", note: str = "") -> None:
    """The page-wide style, the document's language and direction, and the sidebar's
    `note` (what the atlas is), as one element in the sidebar: a style element applies
    to the whole page wherever it is, and one element, not three, is built and sent on
    every viewer's first run."""
    with st.sidebar:
        st.html(_style_and_script(language, rtl, extra_css, note), unsafe_allow_javascript=True)


# Made once per server, not on every run of every viewer (ui/fastpath.Html: sent as is).
@lru_cache(maxsize=16)
def _style_and_script(language: str, rtl: bool, extra_css: str, note: str) -> Html:
    css = BASE_CSS + SECTIONS_CSS + (RTL_CSS if rtl else "") + extra_css
    written = f'<p class="sidebar-note">{html.escape(note, quote=False)}</p>' if note else ""
    return Html(f"<style>{css}</style><script>{i18n.document_script(language)}</script>{written}")
