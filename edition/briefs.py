"""Region briefs to print: each region's edition page, in each language, as an A4 PDF.

The page is laid out for paper by the print rules of `templates/style.css` (no navigation,
the map beside the figures, tables whole) and printed by Chromium's own print-to-PDF
(`chromium --headless --print-to-pdf`): the same engine that shapes the Arabic on screen
shapes it on paper, and no second renderer has to learn our layout. Chromium reads the
page from disk; it makes no request to any host.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from atlas.i18n import DEFAULT_LANGUAGE, LANGUAGES
from loaders.contract import REGION_CODES

BRIEF_NAME = "brief.pdf"
# How every headless Chromium of the project starts (the briefs here, the browser tests):
# no sandbox, no GPU, and nothing fetched in the background (no request to another host).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
FLAGS = (*CHROMIUM_FLAGS, "--no-pdf-header-footer")


def chromium() -> str | None:
    """Debian's Chromium (ATLAS_CHROMIUM names another one), or None when there is none."""
    named = os.environ.get("ATLAS_CHROMIUM") or "/usr/bin/chromium"
    if os.access(named, os.X_OK):
        return named
    return shutil.which("chromium")


def brief_path(language: str, code: str) -> str:
    """A brief's address under the edition's root (the region page's folder)."""
    root = "" if language == DEFAULT_LANGUAGE else f"{language}/"
    return f"{root}regions/{code}/{BRIEF_NAME}"


def print_briefs(site: Path, browser: str, workers: int = 2) -> list[Path]:
    """Print every region page of the edition written in `site` next to it, as brief.pdf."""
    pages = [
        (site / brief_path(language, code)).with_name("index.html")
        for language in LANGUAGES
        for code in REGION_CODES
    ]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda page: print_page(browser, page), pages))


def print_page(browser: str, page: Path) -> Path:
    pdf = page.with_name(BRIEF_NAME)
    # Each Chromium gets its own profile: two at once on one profile refuse to start.
    with tempfile.TemporaryDirectory(prefix="atlas-brief-") as profile:
        subprocess.run(
            [
                browser,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--print-to-pdf={pdf}",
                page.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise RuntimeError(f"Chromium printed no PDF for {page}")
    return pdf
