"""AlfworldEnvironmentManager through the collector's interface: a scripted rollout over parallel
env workers (wins, format-invalid turns, no-ops, a killed worker) and the per-type success metrics."""
from __future__ import annotations

import os
import signal
import time

import numpy as np
import pytest
from alfworld_testlib import walkthrough_of

from agent_system.environments.env_package.alfworld import make_manager

HEAT = "valid_seen/pick_heat_then_place_in_recep-Mug-None-Fridge-20"
LOOK = "valid_seen/look_at_obj_in_light-AlarmClock-None-DeskLamp-301"
COOL = "valid_seen/pick_cool_then_place_in_recep-Egg-None-CounterTop-20"
PICK = "valid_seen/pick_and_place_simple-Book-None-Sofa-220"
MAX_STEPS = 9


@pytest.fixture(scope="module")
def manager():
    mgr = make_manager({"max_steps": MAX_STEPS, "history_length": 2, "step_timeout": 120, "seed": 3,
                        "alfworld": {"data_path": "builtin"}}, "val")
    yield mgr
    mgr.close()


def by_id(manager, prefix):
    return next(t for t in manager.eval_tasks() if t["task_id"].startswith(prefix))


@pytest.mark.timeout(300)
def test_scripted_rollout_in_parallel_workers_with_a_killed_worker(manager):
    heat, look, cool, pick = (by_id(manager, p) for p in (HEAT, LOOK, COOL, PICK))
    tasks = [heat, heat, look, cool, pick]  # envs 0 and 1 form a group: same game
    plans = [walkthrough_of(t) for t in tasks]
    assert len(plans[0]) == 7 and len(plans[2]) < MAX_STEPS

    obs, infos = manager.reset(tasks)
    assert [i["task_type"] for i in infos] == [t["task_type"] for t in tasks] and obs[0] == obs[1]
    pids = manager.worker_pids()
    assert len(pids) == 5 and len(set(pids)) == 5 and os.getpid() not in pids  # one worker process per env
    first_prompt = manager.build_prompt(4)[0]
    assert first_prompt["role"] == "user" and obs[4] in first_prompt["content"] and "'help'" not in first_prompt["content"]

    def script(i, step):
        if i in (0, 2, 3) and step < len(plans[i]):
            return f"<think>following my plan</think><action>{plans[i][step]}</action>"
        if i == 1 and step < len(plans[i]):
            return f"<action>{plans[i][step]}</action>"  # no <think>: executed, but format-invalid
        return "I am not sure what to do here."  # no tags at all: a no-op

    active = np.ones(5, dtype=bool)
    totals, valid, lengths = np.zeros(5), [[] for _ in range(5)], np.zeros(5, dtype=int)
    final = list(infos)
    for step in range(MAX_STEPS):
        if step == 1:
            os.kill(pids[3], signal.SIGKILL)  # env 3's worker dies between turns
            time.sleep(0.2)
        if step == 2:
            prompt = manager.build_prompt(4)[0]["content"]
            assert "[Observation 1: '" in prompt and "Action 2: 'i am not sure what to do here.'" in prompt
            assert "You have already taken 2 step(s)." in prompt and "You are now at step 3." in prompt
            assert [len(v) for v in manager.prompt_variants(4)] == [1, 1, 1]  # history 2, 1, 0
        texts = [script(i, step) if active[i] else None for i in range(5)]
        obs, rewards, dones, infos = manager.step(texts, active.copy())
        for i in np.nonzero(active)[0]:
            totals[i] += rewards[i]
            valid[i].append(infos[i]["is_action_valid"])
            lengths[i] += 1
            final[i] = infos[i]
            assert infos[i]["gamefile"] == tasks[i]["gamefile"] and infos[i]["task_type"] == tasks[i]["task_type"]
        assert all(dones[i] for i in np.nonzero(~active)[0]) and all(rewards[i] == 0 for i in np.nonzero(~active)[0])
        if step == 0:
            assert obs[4] == "Nothing happens." and infos[4]["projection"] == "no_action_tag"
        active &= ~dones
        if not active.any():
            break

    assert list(totals) == [10.0, 10.0, 10.0, 0.0, 0.0]  # episode reward: 10 exactly once for a win
    assert list(lengths) == [7, 7, len(plans[2]), 2, MAX_STEPS]
    assert valid[0] == [True] * 7 and valid[1] == [False] * 7 and valid[4] == [False] * MAX_STEPS
    assert final[3]["env_failed"] and not final[3]["won"] and final[3]["gamefile"] == cool["gamefile"]
    assert not any(final[i]["env_failed"] for i in (0, 1, 2, 4))
    assert manager.num_env_failures == 1
    assert manager.success(final) == {
        "success_rate": 0.6,
        "look_at_obj_in_light_success_rate": 1.0,
        "pick_and_place_success_rate": 0.0,
        "pick_cool_then_place_in_recep_success_rate": 0.0,
        "pick_heat_then_place_in_recep_success_rate": 1.0,
    }
    assert manager.task_meta(2) == {"task_type": "look_at_obj_in_light", "data_source": "alfworld",
                                    "task": look["task_text"], "gamefile": look["gamefile"]}

    obs, infos = manager.reset([cool])  # the killed worker was replaced: the game plays again
    assert not infos[0]["env_failed"] and obs[0].endswith(f"Your task is to: {cool['task_text']}.")


def test_task_lists_and_sampling(manager):
    tasks = manager.eval_tasks()
    assert len(tasks) == 18 and tasks == manager.eval_tasks()
    assert all(t["data_source"] == "alfworld" and t["gamefile"].endswith("game.tw-pddl") for t in tasks)
    first = manager.sample_tasks(6, np.random.default_rng(0))
    assert first == manager.sample_tasks(6, np.random.default_rng(0))
    assert len({t["task_id"] for t in first}) == 6  # distinct while the pool allows
    assert len(manager.sample_tasks(40, np.random.default_rng(1))) == 40


def test_make_manager_reads_its_config_and_rejects_bad_values():
    train = make_manager({"seed": 4, "alfworld": {"data_path": "builtin", "task_types": [2, 4],
                                                  "eval_dataset": "eval_out_of_distribution", "num_workers": 2}},
                         "train")
    assert {g["task_type"] for g in train.games} == {"look_at_obj_in_light", "pick_heat_then_place_in_recep"}
    assert all(g["task_id"].startswith("train/") for g in train.games) and len(train.games) == 20
    assert all(t["task_id"].startswith("valid_unseen/") for t in train.eval_tasks())
    assert (train.seed, train.num_workers, train.max_steps, train.history_length) == (4, 2, 50, 2)
    val = make_manager({"seed": 4, "alfworld": {"data_path": "builtin"}}, "val")
    assert val.seed == 1004 and [g["task_id"] for g in val.games] == [t["task_id"] for t in val.eval_tasks()]
    with pytest.raises(ValueError, match="eval_dataset"):
        make_manager({"alfworld": {"data_path": "builtin", "eval_dataset": "valid_seen"}}, "val")
    with pytest.raises(ValueError, match="task_types"):
        make_manager({"alfworld": {"data_path": "builtin", "task_types": [9]}}, "train")
    with pytest.raises(ValueError, match="split"):
        make_manager({}, "test")


@pytest.mark.parametrize("faithful", [True, False])
def test_faithful_switch_reaches_the_engine(faithful):
    manager = make_manager({"alfworld": {"data_path": "builtin", "faithful": faithful, "worker_backend": "thread",
                                         "num_workers": 1}}, "val")
    assert manager.faithful is faithful
    manager.reset(manager.eval_tasks()[:1])
    # a bare "look" without tags: the reference sends its tail to the engine (and it looks), ours is a no-op
    obs, _, _, infos = manager.step(["look"], np.ones(1, dtype=bool))
    assert infos[0]["is_action_valid"] is False and infos[0]["projection"] == "no_action_tag"
    assert (obs[0] != "Nothing happens.") is faithful and (obs[0].startswith("You are in the middle")) is faithful
    # an empty action block: valid for the reference, invalid for us; a no-op either way
    obs, _, _, infos = manager.step(["<think>hm</think><action></action>"], np.ones(1, dtype=bool))
    assert obs[0] == "Nothing happens." and infos[0]["is_action_valid"] is faithful
    manager.close()
    with pytest.raises(ValueError, match="env.alfworld.faithful must be true or false, got 'false'"):
        make_manager({"alfworld": {"data_path": "builtin", "faithful": "false"}}, "val")
