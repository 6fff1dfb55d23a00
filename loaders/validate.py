"""Check a data folder against the contract: `python -m loaders.validate [DIR]`.

Prints every problem of every file at once, one line each (file, column, rows, rule),
then a summary. Exit status: 0 when the folder is valid, 1 when it is not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.contract import LANGUAGES
from loaders.messages import translator
from loaders.problems import format_problem
from loaders.store import DATASET_NAMES, FILENAMES, default_data_dir, validate_folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders.validate", description=__doc__)
    parser.add_argument(
        "data_dir",
        nargs="?",
        type=Path,
        default=None,
        help="data folder (default: $ATLAS_DATA_DIR, else data/)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the messages (default: en)"
    )
    args = parser.parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    _ = translator(args.lang)

    if not data_dir.is_dir():
        print(_("{folder}: data folder not found").format(folder=data_dir))
        return 1
    states = validate_folder(data_dir)
    errors = warnings = 0
    for name in DATASET_NAMES:
        state = states[name]
        problems = list(state.problems) + list(state.version.warnings if state.version else ())
        for problem in problems:
            print(format_problem(problem, _))
        errors += sum(p.is_error for p in problems)
        warnings += sum(not p.is_error for p in problems)
        if state.status == "absent":
            print(_("[absent] {file}: optional, not in this folder").format(file=FILENAMES[name]))
        elif not problems and state.version is not None:
            rows = state.version.provenance.rows
            print(_("[ok] {file}: {rows} rows valid").format(file=FILENAMES[name], rows=rows))
    print(
        _("{folder}: {errors} error(s), {warnings} warning(s)").format(
            folder=data_dir, errors=errors, warnings=warnings
        )
    )
    return 1 if errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.exit(1)
