"""`python -m loaders.validate`: every problem, one line each, exit 0 or 1."""

from __future__ import annotations

import subprocess
import sys

from tests.support import factory


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "loaders.validate", *map(str, args)],
        cwd=factory.REPO,
        capture_output=True,
        text=True,
        env=env,
    )


def test_valid_folder_exits_0(tmp_path):
    result = run(factory.write_folder(tmp_path))
    assert result.returncode == 0, result.stdout
    assert "0 error(s)" in result.stdout


def test_shipped_data_exits_0():
    assert run("data").returncode == 0


def test_broken_folder_exits_1_and_names_file_column_rows_rule(tmp_path):
    institutes = factory.institutes()
    institutes.loc[1, "region_code"] = "MA-13"
    adoption = factory.tables()["adoption"]
    adoption.loc[0, "value"] = float("inf")
    folder = factory.write_folder(tmp_path, {"institutes": institutes, "adoption": adoption})
    (folder / "cooperation.parquet").write_text("agreement_id,title\nA,B\n")
    result = run(folder)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        "institutes.parquet" in l
        and "column region_code" in l
        and "2 (T-2)" in l
        and "MA-01 … MA-12" in l
        for l in lines
    ), lines
    assert any("adoption.parquet" in l and "column value" in l and "finite" in l for l in lines), (
        lines
    )
    assert any("cooperation.parquet" in l and "not a readable Parquet file" in l for l in lines)
    assert "Traceback" not in result.stdout + result.stderr


def test_default_folder_from_environment(tmp_path):
    folder = factory.write_folder(tmp_path)
    (folder / "context.parquet").unlink()
    import os

    result = run(env={**os.environ, "ATLAS_DATA_DIR": str(folder)})
    assert result.returncode == 1
    assert "context.parquet · file is missing" in result.stdout


def test_messages_in_french(tmp_path):
    folder = factory.write_folder(tmp_path)
    (folder / "context.parquet").unlink()
    result = run(folder, "--lang", "fr")
    assert "fichier manquant" in result.stdout


def test_missing_folder_is_a_clear_message(tmp_path):
    result = run(tmp_path / "nowhere")
    assert result.returncode == 1
    assert "not found" in result.stdout and "Traceback" not in result.stderr
