"""Publishing a data version to many hosts: content-addressed, checked, switched at once.

    python -m loaders.publish SRC STORE          on the publisher
    python -m loaders.publish --pull SOURCE DEST on each host (a timer, or after a publish)

The publisher checks SRC with the data contract and, if it passes, copies it to
`STORE/versions/<id>/` (`id`: a hash of the files' names and bytes, so a version is
immutable and the same data is the same version everywhere) and then names it in
`STORE/CURRENT`. A folder the contract refuses is never published.

Each host pulls: it reads `CURRENT`, copies that version with rsync into
`DEST/versions/<id>.partial/`, checks it with the contract again (a copy cut short or
altered on the way is refused too), renames it and switches the link `DEST/current` to it
in one rename. The workers read `ATLAS_DATA_DIR=DEST/current`: they see the old version or
the new one, never half of each, and a host that could not update keeps serving its last
good version. `DEST/status.json` says which version the host serves and, when the latest
one could not be taken, why: the dashboard shows it.

Why rsync: it is on every Linux host, copies only what changed (`--link-dest` hard-links
the files a version shares with the one before), speaks to an rsync daemon on the
publisher (`rsync://publisher/atlas`, read-only, as in the multi-host test) or over ssh
(`publisher:/srv/atlas-store`), and hosts pull, so a host that was down catches up when it
comes back and the publisher needs no list of hosts. An S3-compatible object store would
do the same with `aws s3 sync`; rsync needs no extra service.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loaders.store import validate_folder

VERSIONS, CURRENT, LINK, STATUS = "versions", "CURRENT", "current", "status.json"


def version_id(folder: Path) -> str:
    """The same files (names and bytes) give the same id on every machine."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def problems(folder: Path) -> list[str]:
    """The contract's errors for a folder (empty: it may be published)."""
    from loaders.problems import format_problem

    states = validate_folder(folder)
    return [format_problem(p) for s in states.values() for p in s.problems if p.is_error]


def publish(source: Path, store: Path) -> str:
    """Check `source` and publish it as an immutable version of `store`; returns its id.
    Raises ValueError (with the contract's messages) when the folder is refused."""
    refused = problems(source)
    if refused:
        raise ValueError("\n".join(refused))
    version = version_id(source)
    final = store / VERSIONS / version
    if not final.exists():
        partial = store / VERSIONS / f"{version}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, partial, ignore=shutil.ignore_patterns(".*"))
        partial.rename(final)
    _write_atomically(store / CURRENT, version + "\n")
    return version


def pull(source: str, dest: Path, rsync: str = "rsync") -> dict:
    """Take the publisher's current version if it is new and passes the contract; the host
    keeps its last good version otherwise. Returns (and writes) the host's status."""
    dest.mkdir(parents=True, exist_ok=True)
    status = read_status(dest)
    status["checked_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    try:
        latest = _fetch_text(source, CURRENT, rsync).strip()
        if not latest or any(c not in "0123456789abcdef" for c in latest):
            raise RuntimeError(f"{source}/{CURRENT} names no version")
        status["latest"] = latest
        if status.get("serving") != latest:
            _take(source, dest, latest, status.get("serving"), rsync)
            status["serving"] = latest
        status["problem"] = ""
    except Exception as error:  # the host goes on serving what it has
        status["problem"] = str(error)[:2000]
    _write_atomically(dest / STATUS, json.dumps(status, indent=1) + "\n")
    return status


def host_status(data_dir: Path) -> dict | None:
    """The status of the host whose workers read `data_dir`, when it is a published
    version's link (DEST/current); None for a plain data folder."""
    if data_dir.name != LINK or not (data_dir.parent / STATUS).is_file():
        return None
    return read_status(data_dir.parent)


def read_status(dest: Path) -> dict:
    try:
        return json.loads((dest / STATUS).read_text("utf-8"))
    except (OSError, ValueError):
        return {"serving": None, "latest": None, "problem": "", "checked_at": None}


def _take(source: str, dest: Path, version: str, previous: str | None, rsync: str) -> None:
    versions = dest / VERSIONS
    final = versions / version
    if not final.exists():
        partial = versions / f"{version}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        same = ["--link-dest", str((versions / previous).resolve())] if previous else []
        _rsync(rsync, [*same, _join(source, f"{VERSIONS}/{version}/"), f"{partial}/"])
        if version_id(partial) != version:
            shutil.rmtree(partial, ignore_errors=True)
            raise RuntimeError(f"version {version}: the copy does not match its id")
        refused = problems(partial)
        if refused:
            shutil.rmtree(partial, ignore_errors=True)
            raise RuntimeError(f"version {version} refused by the contract: " + refused[0])
        partial.rename(final)
    link = dest / f".{LINK}.{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(os.path.relpath(final, dest))
    os.replace(link, dest / LINK)  # one rename: the workers see one version or the other
    _prune(versions, keep={version, previous})


def _prune(versions: Path, keep: set, last: int = 3) -> None:
    finished = sorted(
        (p for p in versions.iterdir() if p.is_dir() and not p.name.endswith(".partial")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in finished[:-last]:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


def _fetch_text(source: str, name: str, rsync: str) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        _rsync(rsync, [_join(source, name), f"{scratch}/{name}"])
        return (Path(scratch) / name).read_text("utf-8")


def _join(source: str, path: str) -> str:
    return source.rstrip("/") + "/" + path


def _rsync(rsync: str, arguments: list[str]) -> None:
    result = subprocess.run(
        [rsync, "--archive", "--timeout=30", *arguments], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"rsync failed ({result.returncode}): {result.stderr.strip()[:500]}")


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders.publish", description=__doc__)
    parser.add_argument("source", help="SRC folder to publish, or with --pull the store")
    parser.add_argument("target", type=Path, help="STORE, or with --pull the host's DEST")
    parser.add_argument("--pull", action="store_true", help="on a host: take the current version")
    args = parser.parse_args(argv)
    if args.pull:
        status = pull(args.source, args.target)
        print(json.dumps(status))
        return 1 if status["problem"] else 0
    try:
        version = publish(Path(args.source), args.target)
    except ValueError as refused:
        print(f"{args.source}: refused, nothing published\n{refused}")
        return 1
    print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
