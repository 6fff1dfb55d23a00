"""Translations and locale-aware formatting (Babel): numbers, dates, units, countries.

The catalogues themselves are read by `loaders.messages` (the contract's texts are
messages too); this module re-exports what the dashboard needs of them.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from functools import lru_cache

import pandas as pd
from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.lists import format_list as _babel_format_list
from babel.numbers import format_compact_decimal, format_decimal

from loaders.contract import (  # noqa: F401  (re-exported for atlas and the drawers)
    DEFAULT_LANGUAGE,
    LANGUAGES,
    N_,
    PLAIN_NUMBER_UNITS,
    RTL_LANGUAGES,
    UNITS,
    Message,
)
from loaders.messages import (  # noqa: F401
    MISSING,
    Translate,
    catalogue,
    normalise_language,
    translate_if_message,
    translator,
)

LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}
# Babel locales used to format numbers and dates: Moroccan conventions, Latin digits.
BABEL_LOCALES = {"fr": "fr_MA", "ar": "ar_MA", "en": "en"}
# Dates in French use CLDR's general French months: fr_MA abbreviates June "jui.", which
# reads as July (juillet). Arabic keeps the Moroccan month names (يونيو, يوليوز, غشت).
DATE_LOCALES = {"fr": "fr", "ar": "ar_MA", "en": "en"}


def language_from_accept(header: str | None) -> str | None:
    """The first of our languages in an Accept-Language header, or None."""
    for part in (header or "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in LANGUAGES:
            return code
    return None


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def document_script(language: str) -> str:
    """The dashboard's one script of its own: the document's language and direction, for
    screen readers, fonts and the browser. Its exact text is allowed by hash in the
    Content-Security-Policy (deploy/headers.py): change it and the hash follows."""
    direction = "rtl" if is_rtl(language) else "ltr"
    return (
        f'document.documentElement.setAttribute("lang", "{language}");'
        f'document.documentElement.setAttribute("dir", "{direction}");'
    )


def format_number(value: float | int | None, language: str, decimals: int = 0) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=BABEL_LOCALES[language])


def format_value(value: float | None, unit: str, language: str, with_unit: bool = True) -> str:
    """A value with its unit, with a sensible number of decimals for the unit (the number
    alone, as it would be written with its unit, when `with_unit` is false)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if unit == "MAD" and abs(value) >= 1e6:  # amounts in millions and billions of dirhams
        number = format_compact_decimal(
            value, format_type="short", fraction_digits=1, locale=BABEL_LOCALES[language]
        )
        return f"{number} {unit_label(unit, language)}" if with_unit else number
    if float(value).is_integer() and unit != "%":
        decimals = 0
    else:
        decimals = 1 if unit == "%" else (0 if abs(value) >= 100 else (1 if abs(value) >= 1 else 3))
    number = format_number(value, language, decimals)
    if not with_unit:
        return number
    if unit == "%":
        return f"{number} %"
    if unit in PLAIN_NUMBER_UNITS:
        return number
    return f"{number} {unit_label(unit, language)}"


def unit_label(unit: str, language: str) -> str:
    return translate_if_message(UNITS.get(unit, unit), translator(language))


def format_date(
    value: date | datetime | pd.Timestamp | None,
    language: str,
    style: str = "medium",
    precision: str | None = "day",
) -> str:
    """A date as precise as its source: a month-only date is printed as its month, a
    year-only one as its year, never as the 1st of January."""
    if value is None or pd.isna(value):
        return "—"
    if isinstance(value, (pd.Timestamp, datetime)):
        value = value.date()
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return format_month(value, language, long=style == "long")
    if language in ("ar",) and style == "medium":
        # CLDR's medium Arabic date is "14‏/04‏/2025": its marks scramble it in a table
        # cell; the day and the month's name read right in any cell ("14 أبريل 2025").
        style = "long"
    return _babel_format_date(value, format=style, locale=DATE_LOCALES[language])


def format_list(items: list[str], language: str) -> str:
    """ "a, b et c" in French, with the Arabic comma and "و" in Arabic."""
    return _babel_format_list([str(i) for i in items], locale=BABEL_LOCALES[language])


def format_month(value: date | pd.Timestamp, language: str, long: bool = False) -> str:
    if isinstance(value, (pd.Timestamp, datetime)):
        value = value.date()
    return _babel_format_date(
        value, format="LLLL y" if long else "LLL y", locale=DATE_LOCALES[language]
    )


@lru_cache(maxsize=1024)
def country_name(iso3: str, language: str) -> str:
    """A country's name in the language (CLDR, through Babel), or the code if unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    names = Locale.parse(BABEL_LOCALES[language]).territories
    return names.get(country.alpha_2, country.name)
