"""What the tests share: the repository's place, data folders built in code, generated
folders, hostile strings, AppTest and browser helpers, the surface walker's readers.
Tests import from here, never from another test file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[2]
# The day every test's views are built for (a fixed day: no test depends on the clock).
TODAY = pd.Timestamp("2026-11-27")


def edition_options(**changes):
    """The edition's options for tests: built for TODAY (plus any change)."""
    import dataclasses

    from edition import site

    return dataclasses.replace(site.Options(today=TODAY), **changes)
