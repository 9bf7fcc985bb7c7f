"""Helpers shared by the ALFWorld tests: walkthroughs and golden-file comparison
(SDAR_UPDATE_GOLDEN=1 rewrites the golden files)."""
from __future__ import annotations

import difflib
import json
import os
import pathlib

import pytest

GOLDEN_DIR = pathlib.Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("SDAR_UPDATE_GOLDEN") == "1"


def walkthrough_of(task: dict) -> list[str]:
    return json.loads(pathlib.Path(task["gamefile"]).read_text())["walkthrough"]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN_DIR / name
    if UPDATE_GOLDEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path} did not exist and was written; check it and rerun")
        return
    expected = path.read_text()
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "actual"))
        pytest.fail(f"{name} differs from the golden file (SDAR_UPDATE_GOLDEN=1 to accept):\n{diff}")
