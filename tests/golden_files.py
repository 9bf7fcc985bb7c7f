"""Golden-file comparison shared by the transcript tests.

`check_golden(path, text)` fails with a unified diff when `text` differs from the file. With
SDAR_UPDATE_GOLDEN=1 it rewrites the file instead (review the diff by eye, then commit); a missing
file is written and the test fails once, so a new golden file is always looked at.
"""
from __future__ import annotations

import difflib
import os
import pathlib

import pytest

UPDATE_GOLDEN = os.environ.get("SDAR_UPDATE_GOLDEN") == "1"


def check_golden(path: str | os.PathLike, text: str) -> None:
    path = pathlib.Path(path)
    if UPDATE_GOLDEN or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        if not UPDATE_GOLDEN:
            pytest.fail(f"golden file {path} did not exist; written now, review it and rerun")
        return
    expected = path.read_text()
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                            f"golden/{path.name}", "actual", n=2))
        pytest.fail(f"output differs from {path.name} (SDAR_UPDATE_GOLDEN=1 to accept):\n{diff[:6000]}")
