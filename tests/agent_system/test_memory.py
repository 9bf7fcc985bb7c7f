"""History windows: SimpleMemory / SearchMemory rendering and the prompt variants built from them."""
from __future__ import annotations

import numpy as np

from agent_system.environments.base import EnvironmentManager
from agent_system.environments.env_package.toy import make_manager
from agent_system.memory import SearchMemory, SimpleMemory


def test_simple_memory_renders_the_last_k_steps_with_absolute_numbers():
    memory = SimpleMemory(2)
    for step in range(1, 4):
        memory.store(0, f"obs{step}", f"act{step}")
    assert memory.num_steps(0) == 3 and memory.num_steps(1) == 0
    assert memory.render(0, 2) == "[Observation 2: 'obs2', Action 2: 'act2']\n[Observation 3: 'obs3', Action 3: 'act3']"
    assert memory.render(0, 0) == "" and memory.render(1, 5) == ""
    assert memory.recent(0, 10)[0] == (1, "obs1", "act1")
    memory.reset(1)
    assert len(memory) == 1 and memory.num_steps(0) == 0


def test_search_memory_renders_action_then_observation():
    memory = SearchMemory(1)
    memory.store(0, "<information>doc</information>", "<search>q</search>")
    assert memory.render(0, 4) == "Step 1:<search>q</search> <information>doc</information>"


def test_toy_prompt_variants_drop_the_oldest_history_first():
    manager = make_manager({"seed": 0, "history_length": 2}, "val")
    manager.reset(manager.eval_tasks()[:1])
    for _ in range(3):
        manager.step(["<think>x</think><action>look</action>"], np.array([True]))
    variants = [v[0]["content"] for v in manager.prompt_variants(0)]
    assert len(variants) == 3  # window of 2, then 1, then none
    assert "[Observation 2:" in variants[0] and "[Observation 3:" in variants[0]
    assert "[Observation 2:" not in variants[1] and "[Observation 3:" in variants[1]
    assert "[Observation" not in variants[2] and "You have taken 3 step(s)." in variants[2]
    assert variants[0] == manager.build_prompt(0)[0]["content"]
    assert all(len(a) > len(b) for a, b in zip(variants, variants[1:]))


class _NoHistoryManager(EnvironmentManager):
    def sample_tasks(self, num_tasks, rng):
        return []

    def eval_tasks(self):
        return []

    def reset(self, tasks):
        return [], []

    def step(self, texts, active):
        return [], np.zeros(0), np.zeros(0, dtype=bool), []

    def build_prompt(self, index):  # no history_length argument: a manager written before variants existed
        return [{"role": "user", "content": f"prompt {index}"}]


def test_managers_without_history_support_offer_just_their_prompt():
    assert _NoHistoryManager().prompt_variants(3) == [[{"role": "user", "content": "prompt 3"}]]
