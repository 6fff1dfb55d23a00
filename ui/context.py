"""The viewer's language for this run, chosen once by the frame (app.py)."""

from __future__ import annotations

import streamlit as st

from atlas.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Translate,
    language_from_accept,
    normalise_language,
    translator,
)

LANGUAGE_KEY = "lang"


def browser_language() -> str:
    """The browser's preferred language if it is one of ours, else French."""
    try:
        locale = st.context.locale
    except Exception:  # not available outside a browser session (e.g. AppTest)
        locale = None
    from_locale = normalise_language(locale) if locale else None
    if from_locale and (locale or "").lower().split("-")[0] in LANGUAGES:
        return from_locale
    try:
        header = st.context.headers.get("Accept-Language")
    except Exception:
        header = None
    return language_from_accept(header) or DEFAULT_LANGUAGE


def language() -> str:
    return normalise_language(st.session_state.get(LANGUAGE_KEY) or DEFAULT_LANGUAGE)


def t() -> Translate:
    """The `_` of the current viewer's language."""
    return translator(language())
