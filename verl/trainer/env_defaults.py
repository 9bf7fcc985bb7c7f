"""Per-environment defaults: the episode budget and prompt sizes of the paper's scripts (METHOD.md §6.2).

The yaml leaves these keys `null`, meaning "the environment's default"; `resolve_env_defaults` fills
each null from the table below for env.env_name, at start-up (verl.utils.config.load_config and
main_eval). A value the user sets is kept. Without this an ALFWorld evaluation would run with the toy
budget and score even a perfect agent 0 (its solutions need 5-8 steps).
"""
from __future__ import annotations

from typing import Any

from omegaconf import DictConfig, OmegaConf, open_dict

from agent_system.environments.env_manager import env_package_for

# env package name (agent_system.environments.env_manager.ENV_PACKAGES) -> key -> default.
ENV_DEFAULTS: dict[str, dict[str, int]] = {
    "alfworld": {"env.max_steps": 50, "env.history_length": 2, "data.max_prompt_length": 2048},
    "webshop": {"env.max_steps": 15, "env.history_length": 2, "data.max_prompt_length": 4096},
    "search": {"env.max_steps": 4, "env.history_length": 4, "data.max_prompt_length": 4096},
    "toy": {"env.max_steps": 4, "env.history_length": 2, "data.max_prompt_length": 2048},
}
RESOLVED_KEYS = ("env.max_steps", "env.history_length", "data.max_prompt_length")


def env_defaults(env_name: Any) -> dict[str, int]:
    """The defaults of the environment `env_name` names (a clear error for an unknown name)."""
    # the env manager's own name matching (and error), so the defaults follow the env that is built
    package = env_package_for(env_name)
    return dict(ENV_DEFAULTS[package.rsplit(".", 1)[-1]])


def resolve_env_defaults(config: DictConfig) -> dict[str, int]:
    """Fill every null key of RESOLVED_KEYS from the environment's defaults, in place.

    Returns what was filled ({key: value}); an unset env.env_name leaves the config as it is (the
    config check then names the missing key)."""
    env_name = OmegaConf.select(config, "env.env_name", default=None)
    if not env_name:
        return {}
    defaults = env_defaults(env_name)
    filled = {}
    with open_dict(config):
        for key in RESOLVED_KEYS:
            section, name = key.split(".")
            if config[section].get(name) is None:
                config[section][name] = defaults[key]
                filled[key] = defaults[key]
    return filled
