"""Helpers shared by the ALFWorld tests: walkthroughs and golden-file comparison
(SDAR_UPDATE_GOLDEN=1 rewrites the golden files)."""
from __future__ import annotations

import json
import pathlib

from golden_files import check_golden as _check_golden

GOLDEN_DIR = pathlib.Path(__file__).parent / "golden"


def walkthrough_of(task: dict) -> list[str]:
    return json.loads(pathlib.Path(task["gamefile"]).read_text())["walkthrough"]


def check_golden(name: str, text: str) -> None:
    _check_golden(GOLDEN_DIR / name, text)
