"""make_envs(config) -> (train_envs, val_envs): the environment managers of a run (METHOD.md §4.3);
make_env_manager(config, split) builds one of them (evaluation builds only "val").

Dispatch is a case-insensitive substring test on env.env_name, in this order: "alfworld"
(e.g. "alfworld/AlfredTWEnv"), "webshop", "search", "toy". Each env package is imported only when
chosen (ALFWorld, WebShop and the Search client pull in heavy or optional dependencies) and exposes
`make_manager(env_cfg, split)`; Search-QA also takes data.train_files / data.val_files.

The managers hold no fixed number of envs: the collector resets them with
data.train_batch_size tasks x env.rollout.n (training, the n envs of a group share a task) or with a
slice of `val_envs.eval_tasks()`, the fixed, seeded validation list, played data.val_batch_size at a time.
"""
from __future__ import annotations

import importlib
from typing import Any

from agent_system.environments.base import EnvironmentManager
from verl.utils.config import select as _select

# env.env_name substring -> env package (checked in this order).
ENV_PACKAGES = (
    ("alfworld", "agent_system.environments.env_package.alfworld"),
    ("webshop", "agent_system.environments.env_package.webshop"),
    ("search", "agent_system.environments.env_package.search"),
    ("toy", "agent_system.environments.env_package.toy"),
)


def env_package_for(env_name: str) -> str:
    """The module path of the env package that serves `env_name` (a clear error for unknown names)."""
    lowered = str(env_name).lower()
    for fragment, module in ENV_PACKAGES:
        if fragment in lowered:
            return module
    known = ", ".join(fragment for fragment, _ in ENV_PACKAGES)
    raise ValueError(f"env.env_name={env_name!r} names no known environment; it must contain one of: {known}")


def make_envs(config: Any) -> tuple[EnvironmentManager, EnvironmentManager]:
    """Train and validation managers for the full trainer `config` (reads env.*, data.*)."""
    return make_env_manager(config, "train"), make_env_manager(config, "val")


def make_env_manager(config: Any, split: str) -> EnvironmentManager:
    """The manager of one split ("train" or "val"): evaluation builds only "val", so a data tree that
    holds only the eval split (or a Search run without data.train_files) is enough."""
    from omegaconf import DictConfig, OmegaConf

    if not isinstance(config, DictConfig):
        config = OmegaConf.create(config)
    env_cfg = config.get("env")
    if env_cfg is None:
        raise ValueError("the config has no 'env' section (env.env_name selects the environment)")
    env_name = _select(config, "env.env_name")
    if not env_name:
        raise ValueError("env.env_name is not set; use one of alfworld/AlfredTWEnv, webshop, search, toy")
    group_n = int(_select(config, "env.rollout.n", 1))
    if group_n < 1:
        raise ValueError(f"env.rollout.n must be >= 1, got {group_n}")
    if int(_select(config, "env.max_steps", 1)) < 1:
        raise ValueError(f"env.max_steps must be >= 1, got {_select(config, 'env.max_steps')}")

    module_name = env_package_for(env_name)
    try:
        package = importlib.import_module(module_name)
    except ImportError as err:
        raise ImportError(f"env.env_name={env_name!r} needs {module_name}, which failed to import: {err}. "
                          f"Install the env's extra (pip install 'sdar[alfworld|webshop|search]').") from err
    if not hasattr(package, "make_manager"):
        raise ImportError(f"{module_name} has no make_manager(env_cfg, split) (env.env_name={env_name!r})")

    if split not in ("train", "val"):
        raise ValueError(f"split must be 'train' or 'val', got {split!r}")
    if module_name.endswith(".search"):
        files_key = "data.train_files" if split == "train" else "data.val_files"
        return package.make_manager(env_cfg, split, data_files=_select(config, files_key))
    return package.make_manager(env_cfg, split)
