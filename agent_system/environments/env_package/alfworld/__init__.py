"""ALFWorld on the real engine (alfworld 0.4.2 + TextWorld's PDDL backend + fast-downward).

    make_manager(env_cfg, split) -> AlfworldEnvironmentManager      split: "train" | "val"
    AlfworldEnv(max_steps=50)                                       one game, usable without a manager
    generate_dataset(root, seed=...)                                write procedurally generated games

Games come from `<root>/json_2.1.1/{train,valid_seen,valid_unseen}` in the official layout. With
env.alfworld.data_path null the root is $ALFWORLD_DATA (the real dataset from `alfworld-download`)
when it holds json_2.1.1, else our shipped mini-benchmark (./data, see its README): 60 train,
18 valid_seen and 18 valid_unseen generated games. Scores on the mini-benchmark are NOT
comparable with the paper's.

`env_cfg` is the `env` subtree of the trainer config. Keys read (defaults in brackets):
    env.seed [0]                       worker seeds (val managers use seed + 1000, as the reference)
    env.max_steps [50]                 an episode ends after this many steps
    env.history_length [2]             past (observation, action) pairs shown in the prompt
    env.require_think [true]           an action needs <think>...</think> to be format-valid
    env.check_admissible [false]       also mark actions outside the admissible list invalid
    env.step_timeout [60]              seconds one env reset/step may take before its worker is restarted
    env.resources_per_worker.num_cpus [0.1]  accepted for Ray-style configs; process workers ignore it
    env.alfworld.data_path [null]      data root (or its json_2.1.1); null = $ALFWORLD_DATA or the shipped set;
                                       'builtin' = the shipped set
    env.alfworld.eval_dataset [eval_in_distribution]  validation split: eval_in_distribution (valid_seen)
                                       or eval_out_of_distribution (valid_unseen)
    env.alfworld.task_types [[1,2,3,4,5,6]]  task type ids kept (1 pick_and_place_simple, 2 look_at_obj_in_light,
                                       3 pick_clean, 4 pick_heat, 5 pick_cool, 6 pick_two_obj_and_place)
    env.alfworld.num_workers [null]    env worker processes; null = one per env (the reference's layout)
    env.alfworld.worker_backend [process]  'process' or 'thread'
    env.alfworld.start_method [forkserver]  multiprocessing start method for process workers ('spawn' also works)
    env.alfworld.faithful [true]       the reference's projection rule (an empty <action></action> is valid,
                                       <THINK> is not); false = ours (see projection.py)
"""
from __future__ import annotations

import functools
from typing import Any

from agent_system.environments.env_package import select_flag
from verl.utils.config import select as _select

from .env import NO_OP_FEEDBACK, WIN_REWARD, AlfworldEnv, make_alfworld_env
from .games import (DATA_SOURCE, builtin_data_root, collect_games, load_split, resolve_data_root, split_dir,
                    task_types_from_ids)
from .generate import TASK_TYPES, generate_dataset
from .manager import METRIC_GROUPS, AlfworldEnvironmentManager, task_from_observation
from .projection import AlfworldAction, alfworld_projection

__all__ = ["AlfworldAction", "AlfworldEnv", "AlfworldEnvironmentManager", "DATA_SOURCE", "EVAL_DATASETS",
           "METRIC_GROUPS", "NO_OP_FEEDBACK", "TASK_TYPES", "WIN_REWARD", "alfworld_projection", "builtin_data_root",
           "collect_games", "generate_dataset", "load_split", "make_alfworld_env", "make_manager",
           "resolve_data_root", "split_dir", "task_from_observation", "task_types_from_ids"]

EVAL_DATASETS = ("eval_in_distribution", "eval_out_of_distribution")
VAL_SEED_OFFSET = 1000  # the reference seeds validation envs with env.seed + 1000


def make_manager(env_cfg: Any, split: str) -> AlfworldEnvironmentManager:
    """The ALFWorld manager for 'train' (samples train games) or 'val' (the eval split)."""
    if split not in ("train", "val"):
        raise ValueError(f"split must be 'train' or 'val', got {split!r}")
    data_path = _select(env_cfg, "alfworld.data_path", None)
    eval_dataset = str(_select(env_cfg, "alfworld.eval_dataset", "eval_in_distribution"))
    if eval_dataset not in EVAL_DATASETS:
        raise ValueError(f"env.alfworld.eval_dataset must be one of {EVAL_DATASETS}, got {eval_dataset!r}")
    task_types = [int(t) for t in _select(env_cfg, "alfworld.task_types", list(TASK_TYPES))]
    task_types_from_ids(task_types)  # fail early on bad ids
    num_workers = _select(env_cfg, "alfworld.num_workers", None)
    if split == "train":
        games = load_split(data_path, "train", task_types)
        eval_games = functools.partial(load_split, data_path, eval_dataset, task_types)  # read on first use
    else:
        games = eval_games = load_split(data_path, eval_dataset, task_types)
    seed = int(_select(env_cfg, "seed", 0)) + (VAL_SEED_OFFSET if split == "val" else 0)
    return AlfworldEnvironmentManager(
        games,
        eval_games=eval_games,
        max_steps=int(_select(env_cfg, "max_steps", 50)),
        history_length=int(_select(env_cfg, "history_length", 2)),
        require_think=bool(_select(env_cfg, "require_think", True)),
        check_admissible=bool(_select(env_cfg, "check_admissible", False)),
        seed=seed,
        step_timeout=float(_select(env_cfg, "step_timeout", 60.0)),
        num_workers=int(num_workers) if num_workers is not None else None,
        worker_backend=str(_select(env_cfg, "alfworld.worker_backend", "process")),
        start_method=str(_select(env_cfg, "alfworld.start_method", "forkserver")),
        num_cpus_per_worker=float(_select(env_cfg, "resources_per_worker.num_cpus", 0.1)),
        split=split,
        faithful=select_flag(env_cfg, "alfworld.faithful", True),
    )
