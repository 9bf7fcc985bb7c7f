"""Fixtures for the ALFWorld tests: the shipped mini-benchmark as a playable data root and its tasks."""
from __future__ import annotations

import pathlib

import pytest


@pytest.fixture(scope="session")
def shipped_root() -> pathlib.Path:
    """The shipped games with their game.tw-pddl files rebuilt (cached per content hash)."""
    from agent_system.environments.env_package.alfworld import builtin_data_root

    return builtin_data_root()


@pytest.fixture(scope="session")
def shipped_tasks(shipped_root) -> dict[str, list[dict]]:
    from agent_system.environments.env_package.alfworld import collect_games

    base = shipped_root / "json_2.1.1"
    return {split: collect_games(base / split, relative_to=base) for split in ("train", "valid_seen", "valid_unseen")}

