"""make_envs: dispatch on env.env_name, train/validation managers, clear errors."""
from __future__ import annotations

import numpy as np
import pytest
from omegaconf import OmegaConf

from agent_system.environments.env_manager import env_package_for, make_envs
from agent_system.environments.env_package.toy import ToyEnvironmentManager


def config(**env):
    base = {"env_name": "toy", "seed": 0, "max_steps": 4, "history_length": 2, "rollout": {"n": 2},
            "toy": {"num_tasks": 6, "num_val_tasks": 4}}
    base.update(env)
    return OmegaConf.create({"env": base, "data": {"train_batch_size": 3}})


def test_toy_gives_train_and_fixed_validation_managers():
    train, val = make_envs(config())
    assert isinstance(train, ToyEnvironmentManager) and isinstance(val, ToyEnvironmentManager)
    assert len(train.eval_tasks()) == 6 and len(val.eval_tasks()) == 4
    assert val.eval_tasks() == make_envs(config())[1].eval_tasks()
    tasks = train.sample_tasks(3, np.random.default_rng(0))
    obs, infos = train.reset([t for t in tasks for _ in range(2)])
    assert len(obs) == 6 and obs[0] == obs[1]  # the n envs of a group share a task


@pytest.mark.parametrize("name, package", [
    ("alfworld/AlfredTWEnv", "alfworld"), ("alfworld/AlfredThorEnv", "alfworld"), ("Webshop", "webshop"),
    ("search", "search"), ("toy", "toy"), ("TOY-small", "toy")])
def test_dispatch_is_a_case_insensitive_substring_test(name, package):
    assert env_package_for(name) == f"agent_system.environments.env_package.{package}"


def test_unknown_env_name_is_named_in_the_error():
    with pytest.raises(ValueError, match=r"env.env_name='sokoban'.*alfworld, webshop, search, toy"):
        make_envs(config(env_name="sokoban"))


@pytest.mark.parametrize("key, value, message", [
    ("rollout", {"n": 0}, "env.rollout.n"), ("max_steps", 0, "env.max_steps"), ("env_name", None, "env.env_name")])
def test_bad_env_settings_fail_early(key, value, message):
    with pytest.raises(ValueError, match=message):
        make_envs(config(**{key: value}))
