"""Translations (gettext catalogues in locales/) and locale-aware formatting (Babel).

Message ids are English. Each language has a standard `.po` catalogue under
`locales/<lang>/LC_MESSAGES/messages.po`, extracted and updated with Babel
(`make i18n`); they are read directly, so there is no compiled file to keep in sync.
"""

from __future__ import annotations

import math
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable

import pandas as pd
from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.messages.pofile import read_po
from babel.numbers import format_compact_decimal, format_decimal

from loaders.contract import N_, Message  # noqa: F401  (N_ is re-exported for atlas)

LANGUAGES = ("fr", "ar", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}
RTL_LANGUAGES = frozenset({"ar"})
# Babel locales used to format numbers and dates: Moroccan conventions, Latin digits.
BABEL_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "en": "en"}
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
    return {m.id: m.string for m in messages if m.id and isinstance(m.id, str) and m.string}


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


def language_from_accept(header: str | None) -> str | None:
    """The first of our languages in an Accept-Language header, or None."""
    for part in (header or "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in LANGUAGES:
            return code
    return None


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def format_number(value: float | int | None, language: str, decimals: int = 0) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=BABEL_LOCALES[language])


def format_value(value: float | None, unit: str, language: str) -> str:
    """A value with its unit, with a sensible number of decimals for the unit."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if unit == "MAD" and abs(value) >= 1e6:  # amounts in millions and billions of dirhams
        number = format_compact_decimal(value, format_type="short", fraction_digits=1,
                                        locale=BABEL_LOCALES[language])
        return f"{number} {unit_label(unit, language)}"
    if float(value).is_integer() and unit != "%":
        decimals = 0
    else:
        decimals = 1 if unit == "%" else (0 if abs(value) >= 100 else (1 if abs(value) >= 1 else 3))
    number = format_number(value, language, decimals)
    if unit == "%":
        return f"{number} %"
    if unit in ("", "count", "score", "rank"):  # these read as plain numbers
        return number
    return f"{number} {unit_label(unit, language)}"


def unit_label(unit: str, language: str) -> str:
    return translate_if_message(UNIT_LABELS.get(unit, unit), translator(language))


UNIT_LABELS = {
    "count": N_("count"),
    "persons": N_("persons"),
    "score": N_("score"),
    "rank": N_("rank"),
    "MAD": N_("MAD"),
    "MW": N_("MW"),
    "PFLOPS": N_("PFLOPS"),
    "%": "%",
}


def format_date(value: date | datetime | pd.Timestamp | None, language: str,
                style: str = "medium") -> str:
    if value is None or pd.isna(value):
        return "—"
    if isinstance(value, (pd.Timestamp, datetime)):
        value = value.date()
    return _babel_format_date(value, format=style, locale=BABEL_LOCALES[language])


def format_month(value: date | pd.Timestamp, language: str) -> str:
    if isinstance(value, (pd.Timestamp, datetime)):
        value = value.date()
    return _babel_format_date(value, format="MMM y", locale=BABEL_LOCALES[language])


def language_display_name(language: str) -> str:
    return LANGUAGE_NAMES.get(language) or Locale.parse(language).display_name


@lru_cache(maxsize=1024)
def country_name(iso3: str, language: str) -> str:
    """A country's name in the language (CLDR, through Babel), or the code if unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    names = Locale.parse(BABEL_LOCALES[language]).territories
    return names.get(country.alpha_2, country.name)
