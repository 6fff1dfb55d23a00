"""Streamlit's own front end, pre-compressed once for nginx (`gzip_static`/`brotli_static`).

Streamlit serves its JavaScript and CSS uncompressed; a phone's first visit downloaded
9.4 MB. nginx serves this copy instead, with a .gz and a .br beside each file, and caches
it for a year (every file name carries a content hash). Built once per Streamlit version.

    python -m deploy.precompress          (prints the folder; make serve-prod runs it)
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import brotli
import streamlit

from deploy.local import REPO

SOURCE = Path(streamlit.__file__).resolve().parent / "static" / "static"
SUFFIXES = (".js", ".css", ".svg", ".json", ".map", ".ttf", ".txt", ".html")
# Brotli's top level: ~30 s once per Streamlit version, 8 % fewer bytes than level 9.
BROTLI_QUALITY = 11


def folder() -> Path:
    return REPO / "build" / f"streamlit-static-{streamlit.__version__}"


def build() -> Path:
    """The pre-compressed copy of Streamlit's static folder (made once per version)."""
    target = folder()
    done = target / ".complete"
    if done.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(SOURCE, partial / "static")
    for path in sorted((partial / "static").rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES:
            data = path.read_bytes()
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
            path.with_name(path.name + ".br").write_bytes(
                brotli.compress(data, quality=BROTLI_QUALITY)
            )
    (partial / ".complete").write_text(streamlit.__version__)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return target


if __name__ == "__main__":
    print(build())
