"""Every env manager offers the teacher shorter-history prompt variants, so skills are never cut."""
from __future__ import annotations

import numpy as np
import pytest
from omegaconf import OmegaConf


def play_two_turns(manager, tasks, texts):
    manager.reset(tasks)
    for text in texts:
        manager.step([text] * len(tasks), np.ones(len(tasks), dtype=bool))


def assert_variants(manager, history_length):
    variants = manager.prompt_variants(0)
    assert manager.history_shown(0) == history_length
    assert len(variants) == history_length + 1
    lengths = [len(v[-1]["content"]) for v in variants]
    assert lengths == sorted(lengths, reverse=True) and lengths[0] > lengths[-1]
    assert variants[0] == manager.build_prompt(0)


def test_webshop_manager_variants(tmp_path):
    from agent_system.environments.env_package.webshop import make_manager

    cfg = OmegaConf.create({"history_length": 2, "webshop": {"num_val_goals": 5, "cache_dir": str(tmp_path)}})
    manager = make_manager(cfg, "val")
    play_two_turns(manager, manager.eval_tasks()[:1],
                   ["<think>x</think><action>search[shirt]</action>", "<think>x</think><action>click[next >]</action>"])
    assert_variants(manager, 2)


def test_search_manager_variants_with_the_server_down():
    from agent_system.environments.env_package.search import make_manager

    cfg = OmegaConf.create({"history_length": 4, "max_steps": 4,
                            "search": {"search_url": "http://127.0.0.1:9/retrieve", "max_retries": 0, "timeout": 1}})
    manager = make_manager(cfg, "val")
    try:
        play_two_turns(manager, manager.eval_tasks()[:1],
                       ["<search>capital of x</search>", "<search>river of y</search>"])
        assert_variants(manager, 2)
    finally:
        manager.close()


@pytest.mark.parametrize("name", ["toy"])
def test_toy_manager_variants(name):
    from agent_system.environments.env_package.toy import make_manager

    manager = make_manager(OmegaConf.create({"history_length": 2}), "val")
    play_two_turns(manager, manager.eval_tasks()[:1], ["look", "<think>x</think><action>look</action>"])
    assert_variants(manager, 2)
