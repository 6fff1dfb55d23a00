"""The message catalogues (gettext, in locales/), read directly: the `_` of a language.

Message ids are English. Each language has a standard `.po` catalogue under
`locales/<lang>/LC_MESSAGES/messages.po`, extracted and updated with Babel
(`make i18n`). The data contract's own texts (rules, column descriptions) are messages
too, so the validator speaks the same languages as the dashboard without depending on it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

from babel.messages.pofile import read_po

from loaders.contract import DEFAULT_LANGUAGE, LANGUAGES, Message

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"

Translate = Callable[[str], str]


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> dict[str, str]:
    """msgid -> translation for one language (empty translations left out)."""
    path = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        messages = read_po(handle, locale=language)
    return {
        m.id: m.string
        for m in messages
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string
    }


# Set ATLAS_I18N_STRICT=1 (the tests do) to record every message id that a page asks for
# and the catalogue lacks: a page showing an untranslated string then fails its test.
MISSING: set[tuple[str, str]] = set()


def translator(language: str) -> Translate:
    """The `_` function for a language; unknown ids fall back to the English id."""
    language = normalise_language(language)
    messages = catalogue(language)
    strict = os.environ.get("ATLAS_I18N_STRICT") == "1" and language != "en"

    def _(message: str) -> str:
        translated = messages.get(message)
        if translated is None:
            if strict:
                MISSING.add((language, message))
            return message
        return translated

    return _


def translate_if_message(value: str, _: Translate) -> str:
    """Translate N_-marked messages; return strings from the data as they are."""
    return _(value) if isinstance(value, Message) else value


def normalise_language(language: str | None) -> str:
    code = (language or "").lower().split("-")[0].split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE
