"""build_teacher_batch: privileged prompt + the student's unchanged response; skills survive truncation."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from agent_system.environments.env_package.toy import make_manager
from agent_system.multi_turn_rollout.prompt_tokens import left_pad, position_ids_from_mask, render_chat
from agent_system.skills import SKILL_HEADER, SkillProvider, resolve_skills_dir, with_skills_in_system
from verl.protocol import DataProto
from verl.trainer.ppo.teacher import TeacherPromptError, build_teacher_batch

RESPONSE_LENGTH = 10


@pytest.fixture(scope="module")
def provider():
    return SkillProvider(resolve_skills_dir("skills/toy"))


def student_batch(tokenizer, history_steps=2, num_envs=3, chat_kwargs=None):
    """Toy prompts after `history_steps` "look" turns, with short right-padded responses, as the collector lays them out."""
    manager = make_manager({"seed": 0, "history_length": 2}, "val")
    manager.reset(manager.eval_tasks()[:num_envs])
    for _ in range(history_steps):
        manager.step(["<think>x</think><action>look</action>"] * num_envs, np.ones(num_envs, dtype=bool))
    variants = [manager.prompt_variants(i) for i in range(num_envs)]
    prompts = [tokenizer.encode(render_chat(tokenizer, v[0], chat_kwargs), add_special_tokens=False) for v in variants]
    prompt = left_pad(prompts, tokenizer.pad_token_id)
    responses = torch.full((num_envs, RESPONSE_LENGTH), tokenizer.pad_token_id)
    response_mask = torch.zeros_like(responses)
    for row in range(num_envs):
        ids = tokenizer.encode(f"<action>take {manager.tasks[row]['target']}</action>",
                               add_special_tokens=False)[:row + 3] + [tokenizer.eos_token_id]
        responses[row, :len(ids)], response_mask[row, :len(ids)] = torch.tensor(ids), 1
    attention_mask = torch.cat([prompt["attention_mask"], response_mask], dim=1)
    tensors = {"prompts": prompt["input_ids"], "responses": responses, "response_mask": response_mask,
               "input_ids": torch.cat([prompt["input_ids"], responses], dim=1), "attention_mask": attention_mask,
               "position_ids": position_ids_from_mask(attention_mask)}
    metas = [manager.task_meta(i) for i in range(num_envs)]
    non_tensors = {"task_type": [m["task_type"] for m in metas], "data_source": [m["data_source"] for m in metas],
                   "task_text": [m["task"] for m in metas], "gamefile": [None] * num_envs,
                   "raw_prompt": [v[0] for v in variants], "prompt_variants": variants}
    return DataProto.from_dict(tensors, non_tensors), manager


def teacher_prompt_ids(teacher, row):
    width = teacher.batch["input_ids"].shape[1] - teacher.batch["responses"].shape[1]
    return teacher.batch["input_ids"][row, :width][teacher.batch["attention_mask"][row, :width].bool()].tolist()


@pytest.mark.parametrize("placement", ["system", "prefix"])
def test_responses_masks_and_positions_match_the_student(tokenizer, provider, placement):
    student, _ = student_batch(tokenizer)
    teacher, metrics = build_teacher_batch(student, provider, tokenizer, placement=placement, max_prompt_length=4096)
    assert set(teacher.batch.keys()) == {"input_ids", "attention_mask", "position_ids", "responses", "response_mask"}
    assert torch.equal(teacher.batch["responses"], student.batch["responses"])
    assert torch.equal(teacher.batch["response_mask"], student.batch["response_mask"])
    assert torch.equal(teacher.batch["attention_mask"][:, -RESPONSE_LENGTH:], student.batch["attention_mask"][:, -RESPONSE_LENGTH:])
    assert torch.equal(teacher.batch["input_ids"][:, -RESPONSE_LENGTH:], student.batch["responses"])
    assert torch.equal(teacher.batch["position_ids"], position_ids_from_mask(teacher.batch["attention_mask"]))
    assert metrics["teacher/truncated_samples"] == 0.0
    lengths = [len(teacher_prompt_ids(teacher, row)) for row in range(len(teacher))]
    assert metrics["teacher/prompt_length_mean"] == pytest.approx(np.mean(lengths))


def test_system_placement_renders_skills_as_a_system_turn(tokenizer, provider):
    student, manager = student_batch(tokenizer, chat_kwargs={"enable_thinking": False})
    teacher, _ = build_teacher_batch(student, provider, tokenizer, placement="system", max_prompt_length=4096,
                                     apply_chat_template_kwargs={"enable_thinking": False})
    for row in range(len(student)):
        skills = provider.skills_for(manager.task_meta(row))
        expected = render_chat(tokenizer, with_skills_in_system(student.non_tensor_batch["raw_prompt"][row], skills),
                               {"enable_thinking": False})
        text = tokenizer.decode(teacher_prompt_ids(teacher, row))
        assert text == expected
        assert text.startswith(f"<|im_start|>system\n{SKILL_HEADER}{skills}<|im_end|>\n<|im_start|>user\n")
        assert text.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
        assert manager.tasks[row]["target"] in skills


def test_prefix_placement_is_the_reference_layout_byte_for_byte(tokenizer, provider):
    student, manager = student_batch(tokenizer)
    teacher, _ = build_teacher_batch(student, provider, tokenizer, placement="prefix", max_prompt_length=4096)
    width = student.batch["prompts"].shape[1]
    for row in range(len(student)):
        student_ids = student.batch["prompts"][row][student.batch["attention_mask"][row, :width].bool()].tolist()
        student_text = tokenizer.decode(student_ids, skip_special_tokens=False)
        layout = "[Privileged Skill Information]\n" + provider.skills_for(manager.task_meta(row)) + "\n\n" + student_text
        assert teacher_prompt_ids(teacher, row) == tokenizer.encode(layout, add_special_tokens=False)
        assert tokenizer.decode(teacher_prompt_ids(teacher, row), skip_special_tokens=False) == layout


@pytest.mark.parametrize("placement", ["system", "prefix"])
def test_long_prompts_lose_the_oldest_history_never_the_skills(tokenizer, provider, placement):
    student, manager = student_batch(tokenizer, num_envs=1)
    full, _ = build_teacher_batch(student, provider, tokenizer, placement=placement, max_prompt_length=4096)
    full_len = len(teacher_prompt_ids(full, 0))
    skills = provider.skills_for(manager.task_meta(0))

    cut, metrics = build_teacher_batch(student, provider, tokenizer, placement=placement, max_prompt_length=full_len - 1)
    text = tokenizer.decode(teacher_prompt_ids(cut, 0))
    assert metrics["teacher/truncated_samples"] == 1.0 and len(teacher_prompt_ids(cut, 0)) <= full_len - 1
    assert SKILL_HEADER + skills in text
    assert "[Observation 1:" not in text and "[Observation 2:" in text  # one history step dropped: the oldest
    assert text.endswith("<|im_start|>assistant\n")

    tiny_budget = len(tokenizer.encode(SKILL_HEADER + skills, add_special_tokens=False)) + 60
    hard, metrics = build_teacher_batch(student, provider, tokenizer, placement=placement, max_prompt_length=tiny_budget)
    ids = teacher_prompt_ids(hard, 0)
    text = tokenizer.decode(ids)
    assert len(ids) == tiny_budget and metrics["teacher/truncated_samples"] == 1.0
    assert SKILL_HEADER + skills in text and text.endswith("<|im_start|>assistant\n")
    assert torch.equal(hard.batch["responses"], student.batch["responses"])


def test_skills_that_do_not_fit_are_a_clear_error(tokenizer, provider):
    student, _ = student_batch(tokenizer, num_envs=1)
    for placement in ("system", "prefix"):
        with pytest.raises(TeacherPromptError, match="algorithm.teacher_max_prompt_length=20"):
            build_teacher_batch(student, provider, tokenizer, placement=placement, max_prompt_length=20)
    with pytest.raises(ValueError, match="skill_placement"):
        build_teacher_batch(student, provider, tokenizer, placement="user", max_prompt_length=4096)


def test_each_sample_gets_its_own_skills_and_gamefile_wins(tokenizer, tmp_path):
    (tmp_path / "g.md").write_text("GENERAL")
    (tmp_path / "heat.md").write_text("HEAT SKILL")
    (tmp_path / "cool.md").write_text("COOL SKILL")
    (tmp_path / "skill_mapping.json").write_text(json.dumps({
        "skill_files": {"general": "g.md", "heat": "heat.md", "cool": "cool.md"},
        "task_to_skill": {"pick_heat_then_place_in_recep": "heat", "pick_cool_then_place_in_recep": "cool"}}))
    student, _ = student_batch(tokenizer, history_steps=0, num_envs=3)
    student.non_tensor_batch["gamefile"] = np.array(
        ["train/pick_cool_then_place_in_recep-Mug-None-Fridge-5/trial/game.tw-pddl", None, None], dtype=object)
    student.non_tensor_batch["task_type"] = np.array(
        ["pick_heat_then_place_in_recep", "pick_heat_then_place_in_recep", "other"], dtype=object)
    teacher, _ = build_teacher_batch(student, SkillProvider(tmp_path), tokenizer, placement="prefix",
                                     max_prompt_length=4096)
    texts = [tokenizer.decode(teacher_prompt_ids(teacher, row)) for row in range(3)]
    assert texts[0].startswith(SKILL_HEADER + "GENERAL\n\nCOOL SKILL\n\n<|im_start|>")
    assert texts[1].startswith(SKILL_HEADER + "GENERAL\n\nHEAT SKILL\n\n<|im_start|>")
    assert texts[2].startswith(SKILL_HEADER + "GENERAL\n\n<|im_start|>")


def test_prefix_needs_only_token_ids_system_needs_messages(tokenizer, provider):
    student, _ = student_batch(tokenizer, num_envs=1)
    bare = DataProto.from_dict(dict(student.batch.items()), {"task_type": student.non_tensor_batch["task_type"]})
    teacher, _ = build_teacher_batch(bare, provider, tokenizer, placement="prefix", max_prompt_length=4096)
    assert SKILL_HEADER in tokenizer.decode(teacher_prompt_ids(teacher, 0))
    with pytest.raises(TeacherPromptError, match="prompt_variants"):
        build_teacher_batch(bare, provider, tokenizer, placement="system", max_prompt_length=4096)
