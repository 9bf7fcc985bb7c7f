"""The toy environment: rewards, task pools, prompts, and a golden transcript for a fixed seed.

Regenerate the golden file after an intended change with: SDAR_UPDATE_GOLDEN=1 pytest tests/agent_system/test_toy_env.py
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest
from golden_files import check_golden

from agent_system.environments.env_package.toy import (CATEGORIES, NOTHING_HAPPENS, ToyEnv, generate_tasks,
                                                       make_manager)

GOLDEN = pathlib.Path(__file__).with_name("toy_transcript_seed0.txt")
THINK = "<think>reasoning</think>"


def task(objects=("apple", "mug", "pan"), target="apple", task_type="food"):
    return {"task_id": "t", "task_type": task_type, "data_source": "toy", "objects": list(objects),
            "target": target, "task_text": f"take the {task_type}"}


def test_right_object_wins_ten_and_ends():
    env = ToyEnv()
    obs, info = env.reset(task())
    assert obs == "You are in a small room. You see an apple, a mug and a pan. Your task is to: take the food."
    assert info["admissible_actions"] == ["take apple", "take mug", "take pan", "look"] and info["won"] is False
    obs, reward, done, info = env.step("take apple")
    assert (obs, reward, done, info["won"]) == ("You take the apple. Task complete.", 10.0, True, True)
    # a finished episode stays finished and pays nothing more
    assert env.step("take apple")[1:3] == (0.0, True)


def test_wrong_object_ends_without_reward_and_look_or_garbage_go_on():
    env = ToyEnv()
    env.reset(task())
    assert env.step("look") == ("You are in a small room. You see an apple, a mug and a pan.", 0.0, False,
                                env._info() | {"action": "look", "action_admissible": True})
    obs, reward, done, info = env.step("take sofa")
    assert (obs, reward, done, info["action_admissible"]) == (NOTHING_HAPPENS, 0.0, False, False)
    obs, reward, done, info = env.step("take mug")
    assert (obs, reward, done, info["won"]) == ("You take the mug. It is not the food. Task failed.", 0.0, True, False)


def test_task_pools_are_seeded_balanced_and_have_one_object_of_the_category():
    tasks = generate_tasks(30, seed=7, num_objects=4)
    assert tasks == generate_tasks(30, seed=7, num_objects=4)
    assert tasks != generate_tasks(30, seed=8, num_objects=4)
    assert [t["task_type"] for t in tasks[:6]] == ["food", "tool", "dish"] * 2
    for t in tasks:
        in_category = [o for o in t["objects"] if o in CATEGORIES[t["task_type"]]]
        assert in_category == [t["target"]] and len(set(t["objects"])) == 4
    with pytest.raises(ValueError, match="env.toy.num_objects"):
        generate_tasks(3, seed=0, num_objects=8)


def test_difficulty_knobs_category_size_and_task_types():
    easy = generate_tasks(12, seed=0, num_objects=3, category_size=1)
    assert all(sorted(t["objects"]) == ["apple", "knife", "mug"] for t in easy)
    assert {t["task_type"]: t["target"] for t in easy} == {"food": "apple", "tool": "knife", "dish": "mug"}
    only_food = make_manager({"toy": {"task_types": ["food"], "category_size": 1}}, "val").eval_tasks()
    assert {t["target"] for t in only_food} == {"apple"}
    with pytest.raises(ValueError, match="env.toy.num_objects must be between 1 and 3"):
        generate_tasks(3, seed=0, num_objects=4, category_size=1)
    with pytest.raises(ValueError, match="env.toy.category_size"):
        generate_tasks(3, seed=0, category_size=4)
    with pytest.raises(ValueError, match="env.toy.task_types"):
        generate_tasks(3, seed=0, task_types=["fruit"])


def test_warm_start_examples_take_room_objects_and_the_right_one_when_asked(tiny_model_dir):
    from transformers import AutoTokenizer

    from agent_system.environments.env_package.toy.sft import build_examples

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    for fraction, expect_all_right in ((1.0, True), (0.0, False)):
        examples = build_examples(tokenizer, 60, seed=0, correct_fraction=fraction)
        right = 0
        for prompt, response in examples:
            assert response[-1] == tokenizer.eos_token_id
            action = tokenizer.decode(response, skip_special_tokens=True).split("<action>")[1].split("</action>")[0]
            room = tokenizer.decode(prompt).split("You see ")[1].split(".")[0]
            assert action.startswith("take ") and action[5:] in room
            task_type = tokenizer.decode(prompt).split("take the ")[1].split(".")[0]
            right += action[5:] in CATEGORIES[task_type]  # the room holds one object of the category
        assert (right == len(examples)) == expect_all_right
        assert right >= len(examples) // 5  # random picks still hit the right object about 1/3 of the time


def test_validation_list_is_fixed_and_differs_from_training():
    val_a = make_manager({"seed": 0}, "val").eval_tasks()
    val_b = make_manager({"seed": 0}, "val").eval_tasks()
    assert val_a == val_b and len(val_a) == 16
    train = make_manager({"seed": 0, "toy": {"num_tasks": 5}}, "train")
    assert len(train.eval_tasks()) == 5
    assert {t["task_id"] for t in train.eval_tasks()}.isdisjoint(t["task_id"] for t in val_a)
    sampled = train.sample_tasks(3, np.random.default_rng(0))
    assert len(sampled) == 3 and all(t in train.eval_tasks() for t in sampled)


def test_hint_reaches_the_student_prompt_only_when_asked():
    for show in (False, True):
        manager = make_manager({"seed": 0, "toy": {"show_hint": show}}, "val")
        first = manager.eval_tasks()[0]
        manager.reset([first])
        content = manager.build_prompt(0)[0]["content"]
        assert (f"Hint: The {first['task_type']} here is the {first['target']}." in content) == show


def test_only_active_envs_are_stepped_and_remembered():
    manager = make_manager({"seed": 0}, "val")
    manager.reset(manager.eval_tasks()[:2])
    obs, rewards, dones, infos = manager.step([f"{THINK}<action>look</action>", "ignored"], np.array([True, False]))
    assert dones.tolist() == [False, True]
    assert manager.memory.num_steps(0) == 1 and manager.memory.num_steps(1) == 0
    assert "action" not in infos[1]  # the reset info, untouched
    assert manager.history_shown(0) == 1
    variants = manager.prompt_variants(0)
    assert len(variants) == 2 and "[Observation 1:" in variants[0][0]["content"]
    assert "[Observation 1:" not in variants[1][0]["content"] and "Your task is to: take the" in variants[1][0]["content"]


def _transcript() -> str:
    """Three validation tasks played by a fixed script through the manager (lenient projection on)."""
    manager = make_manager({"seed": 0, "history_length": 2, "toy": {"lenient_projection": True}}, "val")
    tasks = manager.eval_tasks()[:3]
    manager.reset(tasks)
    wrong = [next(o for o in t["objects"] if o != t["target"]) for t in tasks]
    scripts = [
        ["no tags here", f"{THINK}<action>look</action>", f"{THINK}<action>take {tasks[0]['target']}</action>"],
        [f"i would take {wrong[1]} maybe", f"{THINK}<action>take {tasks[1]['target']}</action>"],
        [f"<action>take {tasks[2]['target']}</action>", f"{THINK}<action>take {wrong[2]}</action>"],
    ]
    lines = [f"TASKS {json.dumps(tasks, sort_keys=True)}"]
    active = np.ones(3, dtype=bool)
    for turn in range(4):
        if not active.any():
            break
        texts = [None] * 3
        for i in np.nonzero(active)[0]:
            lines.append(f"--- turn {turn} env {i} prompt ---\n{manager.build_prompt(i)[0]['content']}")
            texts[i] = scripts[i][turn]
        obs, rewards, dones, infos = manager.step(texts, active.copy())
        for i in np.nonzero(active)[0]:
            info = infos[i]
            lines.append(f"--- turn {turn} env {i} response: {texts[i]!r}\n"
                         f"action={info['action']!r} valid={info['is_action_valid']} projection={info['projection']!r} "
                         f"reward={rewards[i]} done={dones[i]} won={info['won']}\nobservation: {obs[i]}")
        active &= ~dones
    lines.append(f"SUCCESS {json.dumps(manager.success([manager._last_infos[i] for i in range(3)]), sort_keys=True)}")
    return "\n".join(lines) + "\n"


def test_golden_transcript_seed0():
    check_golden(GOLDEN, _transcript())


def test_warm_start_teaches_the_format_not_the_answer(tiny_model_dir, tmp_path):
    """A few seconds of SFT: greedy turns become well-formed actions on objects of the room, at chance level."""
    torch = pytest.importorskip("torch")
    from omegaconf import OmegaConf
    from transformers import AutoTokenizer

    from agent_system.environments.env_package.toy import warm_start
    from agent_system.multi_turn_rollout import TrajectoryCollector
    from verl.workers.rollout.hf_rollout import HFRollout

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # on a shared 2-core box, 2 intra-op threads are ~10x slower than 1
    try:
        out = warm_start(tiny_model_dir, tmp_path / "warm", steps=60, seed=0)
        tokenizer = AutoTokenizer.from_pretrained(out)
        rollout_cfg = OmegaConf.create({"name": "hf", "response_length": 12, "temperature": 1.0, "top_k": -1,
                                        "top_p": 1.0, "do_sample": True, "seed": 0,
                                        "val_kwargs": {"do_sample": False, "temperature": 0, "top_k": -1, "top_p": 1.0}})
        engine = HFRollout(str(out), rollout_cfg, tokenizer, "cpu")
        config = OmegaConf.create({"data": {"max_prompt_length": 1024}, "env": {"max_steps": 2}})
        envs = make_manager({"seed": 0, "toy": {"lenient_projection": False, "num_val_tasks": 12}}, "val")
        batch, metrics = TrajectoryCollector(config, tokenizer).collect(envs, engine, envs.eval_tasks(), is_train=False)
    finally:
        torch.set_num_threads(threads)
    assert metrics["episode/valid_action_ratio"] >= 0.9
    assert all(str(a).startswith("take ") or a == "look" for a in batch.non_tensor_batch["action"])
    assert metrics["episode/success_rate"] < 0.9  # it was taught random objects, not the solution
