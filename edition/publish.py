"""Publishing a build: pre-compressed beside every text file, then swapped in at once.

`OUT_DIR` is a symbolic link to the current build in `<OUT_DIR>-builds/`; a new build is
written next to it and the link is replaced with one rename (atomic), so a reader gets
either the old edition or the new one, never half of each. The previous build is kept a
while, for pages already loading from it.
"""

from __future__ import annotations

import gzip
import os
import shutil
import time
from pathlib import Path

import brotli

COMPRESSED_SUFFIXES = (".html", ".css", ".js", ".svg", ".json", ".txt", ".csv")
KEEP_BUILDS = 3


def compress(folder: Path) -> None:
    """A .gz and a .br beside every text file, at the highest levels (done once per
    build, so nginx never compresses per request)."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in COMPRESSED_SUFFIXES:
            data = path.read_bytes()
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, 9, mtime=0))
            path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=11))


def builds_folder(out: Path) -> Path:
    return out.parent / f"{out.name}-builds"


def new_build_folder(out: Path, version: str) -> Path:
    builds = builds_folder(out)
    builds.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    folder = builds / f"{stamp}-{version}-{os.getpid()}.partial"
    folder.mkdir()
    return folder


def publish(build: Path, out: Path) -> Path:
    """Make `out` point at the finished `build`, atomically; returns the final folder."""
    final = build.with_name(build.name.removesuffix(".partial"))
    build.rename(final)
    link = out.with_name(f".{out.name}.{os.getpid()}.link")
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(final, out.parent))
    if out.exists() and not out.is_symlink():
        # A plain folder from before: moved aside once (only this first switch is not atomic).
        out.rename(builds_folder(out) / f"previous-{time.strftime('%Y%m%dT%H%M%S')}")
    os.replace(link, out)
    _prune(builds_folder(out), keep=final)
    return final


def _prune(builds: Path, keep: Path) -> None:
    finished = sorted(
        (p for p in builds.iterdir() if p.is_dir() and not p.name.endswith(".partial")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in finished[:-KEEP_BUILDS]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def discard(build: Path) -> None:
    shutil.rmtree(build, ignore_errors=True)
