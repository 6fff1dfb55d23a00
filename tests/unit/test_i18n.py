"""The message catalogues: complete in French and Arabic, in step with the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from atlas.i18n import LANGUAGES, format_number, language_from_accept, translator
from tests.support import REPO

PLACEHOLDER = re.compile(r"\{(\w*)\}")
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]  # English is the source language


def catalogue(path: Path, locale: str | None = None):
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def message_ids(cat) -> set[str]:
    return {m.id for m in cat if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("i18n") / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "--no-location",
            "-o",
            str(out),
            ".",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return message_ids(catalogue(out))


def test_template_is_in_step_with_the_code(extracted):
    template = message_ids(catalogue(REPO / "locales" / "messages.pot"))
    assert extracted == template, "run `make i18n` and translate the new messages"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(extracted, language):
    cat = catalogue(REPO / "locales" / language / "LC_MESSAGES" / "messages.po", language)
    translated = {m.id: m.string for m in cat if m.id and m.string and "fuzzy" not in m.flags}
    missing = sorted(extracted - set(translated))
    assert not missing, f"{language}: {len(missing)} untranslated, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language):
    cat = catalogue(REPO / "locales" / language / "LC_MESSAGES" / "messages.po", language)
    for message in cat:
        if message.id and message.string:
            assert set(PLACEHOLDER.findall(message.id)) == set(
                PLACEHOLDER.findall(message.string)
            ), message.id


def test_translator_falls_back_to_the_english_id():
    assert translator("fr")("National overview") == "Vue nationale"
    assert translator("ar")("National overview") == "نظرة وطنية"
    assert translator("en")("National overview") == "National overview"


def test_numbers_follow_each_locale():
    assert format_number(1234567.5, "fr", 1) == "1\u202f234\u202f567,5"
    assert format_number(1234567.5, "en", 1) == "1,234,567.5"
    assert "1.234.567,5" in format_number(1234567.5, "ar", 1)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ar-MA,ar;q=0.9,fr;q=0.8", "ar"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,de", None),
        ("es,fr;q=0.5", "fr"),
        (None, None),
    ],
)
def test_browser_language(header, expected):
    assert language_from_accept(header) == expected


def test_every_language_is_complete():
    """What adding a language takes (README): a name, a Babel locale, number separators
    for plotly, a catalogue, and the contract's per-language column descriptions."""
    from atlas.i18n import BABEL_LOCALES, LANGUAGE_NAMES
    from loaders.contract import DEFINITION_DESCRIPTIONS, LABEL_DESCRIPTIONS
    from plotly_drawer.style import SEPARATORS

    for language in LANGUAGES:
        assert LANGUAGE_NAMES[language] and BABEL_LOCALES[language] and SEPARATORS[language]
        assert language in LABEL_DESCRIPTIONS and language in DEFINITION_DESCRIPTIONS
        if language != "en":
            assert (REPO / "locales" / language / "LC_MESSAGES" / "messages.po").is_file()
