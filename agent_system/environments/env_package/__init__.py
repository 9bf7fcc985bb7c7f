"""One package per environment (toy, alfworld, webshop, search), each exposing make_manager(env_cfg, split)."""
from __future__ import annotations

from typing import Any

from verl.utils.config import select


def select_flag(env_cfg: Any, key: str, default: bool) -> bool:
    """The boolean `env.<key>` (missing or null: `default`); anything but a bool is refused, since a
    string such as "false" would be truthy."""
    value = select(env_cfg, key, default)
    if not isinstance(value, bool):
        raise ValueError(f"env.{key} must be true or false, got {value!r}")
    return value
