"""The toy environment: "take the <category>" in a small room (see env.py), for tests and learning checks.

    make_manager(env_cfg, split) -> ToyEnvironmentManager

`env_cfg` is the `env` subtree of the trainer config. Keys read (defaults in brackets):
    env.seed [0]                      task pools: train from seed, validation from seed + 1000
    env.history_length [2]            past (observation, action) pairs shown in the prompt
    env.require_think [true]          an action needs <think>...</think> to be format-valid
    env.check_admissible [false]      also mark actions outside the admissible list invalid
    env.toy.num_objects [3]           objects in a room (1 of the task's category + distractors), 1..7
    env.toy.task_set [categories]     categories ("take the food") | owners ("take anna's item": which item
                                      is anna's only the skill says; the skill-reading task, category_size 1)
    env.toy.category_size [null]      members per category in play, 1..3 (1: the category fixes the object;
                                      null: 3 for categories, 1 for owners)
    env.toy.task_types [null]         task types in the pools (null: all of the task set; one type +
                                      category_size 1 = a pure "always take X" task)
    env.toy.num_rooms [1]             rooms per episode, each needing the right take; only the last one's
                                      pays (sparse reward: random play wins (1/num_objects)^K); <= env.max_steps
    env.toy.num_tasks [64]            size of the training task pool
    env.toy.num_val_tasks [16]        size of the fixed validation list
    env.toy.lenient_projection [true] without <action> tags, execute the first admissible action mentioned
    env.toy.show_hint [false]         put the privileged hint into the STUDENT prompt (oracle runs only)
`warm_start(model_dir, out_dir, steps, seed)` teaches a random-init model the output format in a few
seconds of SFT, with random (not necessarily right) actions; with skill_fraction > 0 it also teaches it
to read the teacher's "[Privileged Skill Information]" turn (the skill-reading model of
benchmarks/learning_sdar.py). It lives in sft.py: a module named
warm_start would shadow this function as a package attribute once imported.
"""
from __future__ import annotations

from typing import Any

from verl.utils.config import select as _select

from .env import (CATEGORIES, DATA_SOURCE, NOTHING_HAPPENS, OWNER_TYPES, OWNERS, SUCCESS_REWARD, TASK_SETS, TASK_TYPES,
                  ToyEnv, generate_tasks)
from .manager import ToyEnvironmentManager
from .projection import first_admissible_mentioned, toy_projection

__all__ = ["CATEGORIES", "DATA_SOURCE", "NOTHING_HAPPENS", "OWNERS", "OWNER_TYPES", "SUCCESS_REWARD", "TASK_SETS",
           "TASK_TYPES", "ToyEnv",
           "ToyEnvironmentManager", "first_admissible_mentioned", "generate_tasks", "make_manager",
           "toy_projection", "warm_start"]

VAL_SEED_OFFSET = 1000


def make_manager(env_cfg: Any, split: str) -> ToyEnvironmentManager:
    if split not in ("train", "val"):
        raise ValueError(f"split must be 'train' or 'val', got {split!r}")
    seed = int(_select(env_cfg, "seed", 0))
    num_objects = int(_select(env_cfg, "toy.num_objects", 3))
    task_types = _select(env_cfg, "toy.task_types", None)
    category_size = _select(env_cfg, "toy.category_size", None)
    task_set = str(_select(env_cfg, "toy.task_set", "categories"))
    if category_size is None:  # every member for categories; owners have one item each
        category_size = 1 if task_set == "owners" else 3
    num_rooms = int(_select(env_cfg, "toy.num_rooms", 1))
    max_steps = _select(env_cfg, "max_steps", None)
    if max_steps is not None and int(max_steps) < num_rooms:
        raise ValueError(f"env.toy.num_rooms={num_rooms} needs env.max_steps >= {num_rooms} (one take per room), "
                         f"got env.max_steps={max_steps}: no episode could be won")
    shape = dict(category_size=int(category_size), task_set=task_set, num_rooms=num_rooms,
                 task_types=None if task_types is None else [str(t) for t in task_types])
    if split == "train":
        tasks = generate_tasks(int(_select(env_cfg, "toy.num_tasks", 64)), seed, num_objects, split="train", **shape)
    else:
        tasks = generate_tasks(int(_select(env_cfg, "toy.num_val_tasks", 16)), seed + VAL_SEED_OFFSET,
                               num_objects, split="val", **shape)
    return ToyEnvironmentManager(
        tasks,
        history_length=int(_select(env_cfg, "history_length", 2)),
        require_think=bool(_select(env_cfg, "require_think", True)),
        check_admissible=bool(_select(env_cfg, "check_admissible", False)),
        lenient_projection=bool(_select(env_cfg, "toy.lenient_projection", True)),
        show_hint=bool(_select(env_cfg, "toy.show_hint", False)),
        split=split,
    )


def warm_start(model_dir, out_dir, steps: int = 100, seed: int = 0, **kwargs):
    """See sft.warm_start (imported lazily: it needs torch and transformers)."""
    from .sft import warm_start as _warm_start

    return _warm_start(model_dir, out_dir, steps=steps, seed=seed, **kwargs)
