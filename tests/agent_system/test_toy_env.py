"""The toy environment: rewards, task pools, prompts, and a golden transcript for a fixed seed.

Regenerate the golden file after an intended change with: SDAR_UPDATE_GOLDEN=1 pytest tests/agent_system/test_toy_env.py
"""
from __future__ import annotations

import json
import pathlib
import re

import numpy as np
import pytest
from golden_files import check_golden

from agent_system.environments.env_package.toy import (CATEGORIES, NOTHING_HAPPENS, ToyEnv, generate_tasks,
                                                       make_manager)
from agent_system.environments.env_package.toy.env import describe_room

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


def test_owner_tasks_name_no_item_and_only_the_owners_skill_does():
    """The skill-reading task: which item is anna's is nowhere in the student's prompt, only in her skill."""
    from agent_system.environments.env_package.toy import OWNERS
    from agent_system.skills.provider import SkillProvider, resolve_skills_dir

    manager = make_manager({"seed": 0, "toy": {"task_set": "owners", "num_objects": 5}}, "val")
    tasks = manager.eval_tasks()
    assert [t["task_type"] for t in tasks[:5]] == ["anna", "ben", "cleo", "dora", "emil"]
    good = SkillProvider(resolve_skills_dir("skills/toy_owners"))
    misleading = SkillProvider(resolve_skills_dir("skills/toy_owners_misleading"))
    items = {members[0] for members in OWNERS.values()}
    for t in tasks:
        assert t["target"] == OWNERS[t["task_type"]][0] and sorted(t["objects"]) == sorted(items)
        assert t["task_text"] == f"take {t['task_type']}'s item"
        manager.reset([t])
        assert not [o for o in items if f"{t['task_type']}'s item is the {o}" in manager.build_prompt(0)[0]["content"]]
        meta = {"task_type": t["task_type"], "data_source": "toy", "task": t["task_text"], "gamefile": None}
        assert [o for o in items if o in good.skills_for(meta)] == [t["target"]]
        wrong = [o for o in items if o in misleading.skills_for(meta)]
        assert len(wrong) == 1 and wrong != [t["target"]]  # another owner's skill: a derangement
    env = ToyEnv()
    env.reset(tasks[0])
    other = next(o for o in tasks[0]["objects"] if o != tasks[0]["target"])
    assert env.step(f"take {other}")[0] == f"You take the {other}. It is not anna's item. Task failed."
    with pytest.raises(ValueError, match="env.toy.task_set"):
        generate_tasks(3, seed=0, task_set="colours")
    with pytest.raises(ValueError, match="env.toy.category_size must be between 1 and 1"):
        generate_tasks(3, seed=0, task_set="owners", category_size=2)
    with pytest.raises(ValueError, match="env.toy.task_types"):
        make_manager({"toy": {"task_set": "owners", "task_types": ["food"]}}, "val")


def test_skill_warm_start_examples_follow_the_skill_turn_and_plain_ones_do_not(tokenizer):
    from agent_system.environments.env_package.toy import OWNERS
    from agent_system.environments.env_package.toy.sft import build_examples

    items = [members[0] for members in OWNERS.values()]
    shape = dict(num_objects=5, category_size=1, task_set="owners", skills_dir="skills/toy_owners")
    with_skill = build_examples(tokenizer, 40, seed=0, skill_fraction=1.0, **shape)
    plain = build_examples(tokenizer, 200, seed=0, skill_fraction=0.0, **shape)
    own_type = 0
    for prompt, response in with_skill:
        text = tokenizer.decode(prompt)
        assert text.startswith("<|im_start|>system\n[Privileged Skill Information]\n### TASK: ")
        skill = text.split("<|im_end|>")[0]
        named = [o for o in items if f"take {o}</action>" in skill]
        action = tokenizer.decode(response, skip_special_tokens=True)
        assert len(named) == 1 and action == f"<think></think><action>take {named[0]}</action>"
        owner = re.search(r"take (\w+)'s item", text.split("<|im_start|>user")[1]).group(1)  # the task's owner
        own_type += named[0] == OWNERS[owner][0]
    assert own_type < len(with_skill) // 2  # the skill is a random owner's, so only copying fits the targets
    right = 0
    for prompt, response in plain:
        text = tokenizer.decode(prompt)
        assert "[Privileged Skill Information]" not in text
        owner = re.search(r"take (\w+)'s item", text).group(1)
        right += tokenizer.decode(response, skip_special_tokens=True) == f"<think></think><action>take {OWNERS[owner][0]}</action>"
    assert 0.1 * len(plain) <= right <= 0.3 * len(plain)  # chance is 1/5: plain targets carry no answer


def test_rooms_one_right_take_per_room_and_only_the_last_pays():
    tasks = generate_tasks(6, seed=3, num_objects=5, category_size=1, task_set="owners", num_rooms=3)
    # one room keeps the old task shape (the golden transcript pins the old tasks themselves)
    assert "rooms" not in generate_tasks(6, seed=3, num_objects=5, category_size=1, task_set="owners")[0]
    first = tasks[0]
    assert [r["target"] for r in first["rooms"]] == [first["target"]] * 3  # an owner has one item
    assert len({tuple(r["objects"]) for r in first["rooms"]}) > 1  # each room is its own shuffle
    env = ToyEnv()
    obs, _ = env.reset(first)
    for room in first["rooms"][1:]:
        obs, reward, done, info = env.step(f"take {env.target}")
        # the next room looks like a first turn: its objects and the task, not what was taken
        assert obs == f"{describe_room(room['objects'])} Your task is to: {first['task_text']}."
        assert (reward, done, info["won"]) == (0.0, False, False)
        assert info["admissible_actions"] == [f"take {o}" for o in room["objects"]] + ["look"]
    obs, reward, done, info = env.step(f"take {env.target}")
    assert (obs, reward, done, info["won"]) == (f"You take the {first['target']}. Task complete.", 10.0, True, True)
    env.reset(first)
    env.step(f"take {env.target}")
    wrong = next(o for o in env.objects if o != env.target)
    assert env.step(f"take {wrong}")[1:3] == (0.0, True) and not env.won  # a wrong take in room 2 fails the episode


def test_rooms_need_enough_steps_and_the_oracle_wins_every_room():
    with pytest.raises(ValueError, match=r"env.toy.num_rooms=3 needs env.max_steps >= 3"):
        make_manager({"max_steps": 2, "toy": {"num_rooms": 3, "task_set": "owners", "num_objects": 5}}, "train")
    manager = make_manager({"max_steps": 3, "toy": {"num_rooms": 3, "task_set": "owners", "num_objects": 5,
                                                    "num_tasks": 4}}, "train")
    manager.reset(manager.task_pool[:4])
    active = np.ones(4, dtype=bool)
    for _ in range(3):
        _, rewards, dones, infos = manager.step([manager.oracle_response(i) for i in range(4)], active)
    assert rewards.tolist() == [10.0] * 4 and dones.all() and all(info["won"] for info in infos)
