"""Does a source's own words state a value and its date? A machine reading of a row's
evidence (the contract's evidence_* columns), as a reader checking it would: the numbers
the quote writes (2 963 315, 2,963,315, 2.96 millions, 8,0 %, 90e, 101st…) and its dates
(14 novembre 2025, April 14, 2 يوليوز, 2025-11-14, or the weekday a dispatch names).

Used by the tests on the shipped folder (every published value it ships is stated by its
evidence) and open to any provider's folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Month names as sources write them, to their number: French, English, Arabic (Maghreb
# and Mashriq spellings), Spanish and German, with the usual abbreviations.
MONTHS: dict[str, int] = {}
for number, names in enumerate(
    (
        "janvier janv jan january enero januar يناير جانفي كانون الثاني",
        "février fevrier févr fev feb february febrero februar فبراير فيفري شباط",
        "mars mar march marzo märz مارس آذار",
        "avril avr apr april abril أبريل ابريل أفريل نيسان",
        "mai may mayo ماي مايو أيار",
        "juin jun june junio juni يونيو يونيه جوان حزيران",
        "juillet juil jul july julio juli يوليوز يوليو جويلية تموز",
        "août aout aug august agosto غشت أغسطس اوت أوت آب",
        "septembre sept sep september septiembre شتنبر سبتمبر أيلول",
        "octobre oct october octubre oktober أكتوبر اكتوبر تشرين الأول",
        "novembre nov november noviembre نونبر نوفمبر تشرين الثاني",
        "décembre decembre déc dec december diciembre dezember دجنبر ديسمبر كانون الأول",
    ),
    start=1,
):
    for name in names.split():
        MONTHS.setdefault(name, number)
WEEKDAYS: dict[str, int] = {}
for number, names in enumerate(
    (
        "lundi monday lunes montag الاثنين الإثنين",
        "mardi tuesday martes dienstag الثلاثاء",
        "mercredi wednesday miércoles mittwoch الأربعاء",
        "jeudi thursday jueves donnerstag الخميس",
        "vendredi friday viernes freitag الجمعة",
        "samedi saturday sábado samstag السبت",
        "dimanche sunday domingo sonntag الأحد",
    )
):
    for name in names.split():
        WEEKDAYS[name] = number
SCALES = {
    "thousand": 1e3,
    "mille": 1e3,
    "ألف": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mio": 1e6,
    "مليون": 1e6,
    "ملايين": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "mmdh": 1e9,
    "mds": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "مليار": 1e9,
    "مليارات": 1e9,
}
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# A number as written: digits grouped by spaces (incl. narrow and no-break), dots or
# commas, with a decimal part after a dot or a comma.
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
# Small numbers a source may write in words ("the twelve regions", "douze régions").
NUMBER_WORDS = {
    **dict.fromkeys(("two", "deux", "اثنين", "اثنتين"), 2),
    **dict.fromkeys(("three", "trois", "ثلاث", "ثلاثة"), 3),
    **dict.fromkeys(("four", "quatre", "أربع", "أربعة"), 4),
    **dict.fromkeys(("five", "cinq", "خمس", "خمسة"), 5),
    **dict.fromkeys(("six", "ست", "ستة"), 6),
    **dict.fromkeys(("seven", "sept", "سبع", "سبعة"), 7),
    **dict.fromkeys(("eight", "huit", "ثمان", "ثمانية"), 8),
    **dict.fromkeys(("nine", "neuf", "تسع", "تسعة"), 9),
    **dict.fromkeys(("ten", "dix", "عشر", "عشرة"), 10),
    **dict.fromkeys(("eleven", "onze"), 11),
    **dict.fromkeys(("twelve", "douze", "twelfth", "الاثنتي", "الإثنتي"), 12),
}
# Words that date a report relative to its publication ("ce mois-ci", "today", "الجاري").
RELATIVE = ("ce mois", "this month", "aujourd", "today", "الجاري", "اليوم", "hier", "yesterday")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Written:
    """A number as a quote writes it: its candidate values (a separator may be a thousands
    or a decimal one) and how precise it is (half its last digit)."""

    values: tuple[float, ...]
    tolerance: float


def numbers(text: str) -> list[Written]:
    """Every number in a text, each with its possible readings, scaled by a word that
    follows it ("2,96 millions", "100 milliards", "7 milliards de dirhams")."""
    text = text.translate(EASTERN_DIGITS)
    found = [
        Written((float(NUMBER_WORDS[word]),), 0.0)
        for word in WORD.findall(text.lower())
        if word in NUMBER_WORDS
    ]
    for match in NUMBER.finditer(text):
        token = match.group(0)
        after = WORD.findall(text[match.end() : match.end() + 14].lower())
        scale = SCALES.get(after[0], 1.0) if after else 1.0
        for reading, decimals in _readings(token):
            found.append(Written(tuple({reading, reading * scale}), 0.5 * 10**-decimals))
    return found


def _readings(token: str) -> list[tuple[float, int]]:
    """The values a token can mean, with its number of decimals: "2,963,315" (grouped),
    "8,0" (a decimal comma), "2.963.315" (grouped by dots), "0.5186"."""
    plain = re.sub(r"[ \u00a0\u202f]", "", token)
    readings = []
    if re.fullmatch(r"\d+", plain):
        return [(float(plain), 0)]
    for thousands, decimal in ((",", "."), (".", ","), ("", ".")):
        candidate = plain.replace(thousands, "") if thousands else plain
        candidate = candidate.replace(decimal, ".") if decimal != "." else candidate
        if re.fullmatch(r"\d+(\.\d+)?", candidate):
            decimals = len(candidate.split(".")[1]) if "." in candidate else 0
            readings.append((float(candidate), decimals))
    if re.fullmatch(r"\d+,\d+", plain):  # "8,0": a decimal comma
        readings.append((float(plain.replace(",", ".")), len(plain.split(",")[1])))
    return readings


def states_value(quote: str, value: float) -> bool:
    """The quote writes this value, at the precision it writes it (0.52 states 0.5186)."""
    for written in numbers(quote):
        for reading in written.values:
            if abs(reading - value) <= max(written.tolerance, abs(value) * 1e-9):
                return True
    return False


def dates(text: str) -> list[tuple[int | None, int | None, int | None]]:
    """Every (year, month, day) a text writes, any part possibly missing: "14 novembre
    2025", "April 14", "2 يوليوز", "novembre 2025", "2025-11-14", "12/01/2026"."""
    text = text.translate(EASTERN_DIGITS).lower()
    found: list[tuple[int | None, int | None, int | None]] = []
    for y, m, d in re.findall(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        found.append((int(y), int(m), int(d)))
    for d, m, y in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
        found.append((int(y), int(m), int(d)))
    words = re.findall(r"\d{1,4}(?:er|st|nd|rd|th)?|[^\W\d_]+", text)
    for index, word in enumerate(words):
        month = MONTHS.get(word.rstrip("."))
        if month is None:
            continue
        near = [n for w in words[max(0, index - 2) : index + 3] if (n := _number(w)) is not None]
        day = next((n for n in near if 1 <= n <= 31), None)
        year = next((n for n in near if 1900 <= n <= 2100), None)
        found.append((year, month, day))
    return found


def _number(word: str) -> int | None:
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else None


def states_date(
    quote: str, when: date, precision: str = "day", published_on: date | None = None
) -> bool:
    """The quote dates the fact as the row does: its day and month (or, for a month-only or
    year-only date, its month or year); or a weekday that falls on the date within the
    week before the source was published ("said on Monday", in a dispatch of 12 January);
    or, for a month, words relative to a publication in that month ("ce mois-ci")."""
    written = dates(quote)
    relative = any(word in quote.lower() for word in RELATIVE) or any(
        w in WEEKDAYS for w in WORD.findall(quote.lower())
    )
    if precision == "month" and published_on is not None and relative:
        if (published_on.year, published_on.month) == (when.year, when.month):
            return True
    if precision == "year":
        return str(when.year) in quote.translate(EASTERN_DIGITS) or any(
            y == when.year for y, _m, _d in written
        )
    for year, month, day in written:
        if month != when.month or (year is not None and year != when.year):
            continue
        if precision == "month" or day == when.day:
            return True
    if precision == "day" and published_on is not None:
        days = {WEEKDAYS[w] for w in WORD.findall(quote.lower()) if w in WEEKDAYS}
        in_week = timedelta(0) <= published_on - when <= timedelta(days=7)
        return when.weekday() in days and in_week
    return False


def states_words(quote: str, words: str) -> bool:
    """The quote holds these words (a quotation), whatever its spacing and quote marks;
    words in [brackets] are ours (the context of a quotation), not the source's."""

    def plain(text: str) -> str:
        return " ".join(re.sub(r"[«»“”\"'’]", " ", text).lower().split())

    said = [part for part in re.split(r"\[[^\]]*\]", words) if part.strip()]
    return bool(said) and all(plain(part) in plain(quote) for part in said)
