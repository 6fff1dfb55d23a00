"""`python -m edition DATA_DIR OUT_DIR`: check the folder with the data contract, then
write the static edition and swap it in atomically. `--watch` keeps running and rebuilds
whenever a file of the folder changes (a broken drop keeps the last good edition).

Exit status: 0 when the edition was written, 1 when the folder breaks the contract (the
validator's messages are printed and OUT_DIR is left exactly as it was).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from atlas.snapshot import Snapshot
from atlas.views import today as today_
from edition import briefs, publish, site
from loaders import DataStore, validate_folder
from loaders.contract import LANGUAGES
from loaders.messages import translator
from loaders.problems import format_problem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition", description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument(
        "--dashboard-url",
        default=None,
        help="the dashboard's public address, for the edition's links back "
        "to it (default: ATLAS_PUBLIC_URL, else / on the same host)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the messages (default: en)"
    )
    parser.add_argument(
        "--briefs",
        action="store_true",
        help="also print each region's brief to A4 PDF (needs Debian's chromium)",
    )
    parser.add_argument(
        "--watch", action="store_true", help="keep running: rebuild when the data folder changes"
    )
    parser.add_argument(
        "--every", type=float, default=2.0, help="seconds between checks of the folder with --watch"
    )
    args = parser.parse_args(argv)
    options = site.Options(
        dashboard_url=args.dashboard_url or site.dashboard_address(), briefs=args.briefs
    )
    if args.briefs and briefs.chromium() is None:
        print("--briefs needs Chromium (Debian: apt-get install chromium); none found")
        return 1
    if not site.absolute(options.edition_url):
        # an embed code with a path of this host breaks on any other site: none is offered
        print(
            "No public address (ATLAS_EDITION_URL or ATLAS_PUBLIC_URL): the edition offers "
            "no embed code, only its preview; set one to offer a code other sites can use."
        )
    if args.watch:
        return watch(args.data_dir, args.out_dir, options, args.every)
    return build_once(args.data_dir, args.out_dir, options, translator(args.lang))


def build_once(data_dir: Path, out: Path, options: site.Options, _=str) -> int:
    if not data_dir.is_dir():
        print(_("{folder}: data folder not found").format(folder=data_dir))
        return 1
    states = validate_folder(data_dir)
    problems = [p for s in states.values() for p in s.problems if p.is_error]
    if problems:
        for problem in problems:
            print(format_problem(problem, _))
        warnings = [p for s in states.values() for p in s.problems if not p.is_error]
        print(
            _("{folder}: {errors} error(s), {warnings} warning(s)").format(
                folder=data_dir, errors=len(problems), warnings=len(warnings)
            )
        )
        return 1
    final = write(Snapshot(states, data_dir), out, options)
    print(f"{out} -> {final}")
    return 0


def write(snapshot: Snapshot, out: Path, options: site.Options) -> Path:
    """Render, compress and swap in one edition of a snapshot."""
    version = site.data_version(snapshot)["id"]
    build = publish.new_build_folder(out, version)
    try:
        site.build_site(snapshot, build, options)
        if options.briefs:
            briefs.print_briefs(build, briefs.chromium() or "chromium")
        publish.compress(build)
    except BaseException:
        publish.discard(build)
        raise
    return publish.publish(build, out)


class Watcher:
    """Rebuilds the edition whenever the folder's snapshot changes. The store is the
    dashboard's own (one version per file signature, last good version kept), so a
    broken drop changes nothing: the last good edition stays up."""

    def __init__(self, data_dir: Path, out: Path, options: site.Options):
        self.data_dir, self.out, self.options = data_dir, out, options
        self.store = DataStore(data_dir)
        self.built_for = None
        self.reported: tuple[str, ...] = ()

    def check(self, today: date | None = None) -> Path | None:
        """One look at the folder: the new build if one was published, else None."""
        states = self.store.states()
        snapshot = Snapshot(states, self.data_dir)
        today = today if today is not None else today_()
        problems = tuple(format_problem(p) for s in states.values() for p in s.problems)
        if problems != self.reported:  # said once, not at every check
            for line in problems:
                print(line, file=sys.stderr, flush=True)
            self.reported = problems
        key = (snapshot.versions, today)
        # While a drop is broken (a file missing, or refused and shown stale), the last
        # good edition stays exactly as it is.
        if key == self.built_for or any(s.status not in ("ok", "absent") for s in states.values()):
            return None
        final = write(snapshot, self.out, replace(self.options, today=today))
        self.built_for = key
        print(f"{time.strftime('%H:%M:%S')} {self.out} -> {final}", flush=True)
        return final


def watch(data_dir: Path, out: Path, options: site.Options, every: float) -> int:
    watcher = Watcher(data_dir, out, options)
    while True:
        watcher.check()
        time.sleep(every)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
