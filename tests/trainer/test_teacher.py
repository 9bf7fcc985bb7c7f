"""build_teacher_batch: privileged prompt + the student's unchanged response; skills survive truncation."""
from __future__ import annotations

import json
import logging
import weakref

import numpy as np
import pytest
import torch

from agent_system.environments.env_package.toy import make_manager
from agent_system.multi_turn_rollout.prompt_tokens import (chat_template_kwargs, left_pad, position_ids_from_mask,
                                                           render_chat)
from agent_system.skills import SKILL_HEADER, SkillProvider, resolve_skills_dir, with_skills_in_system
from agent_system.skills.placement import skill_block, with_skills_in_user
from verl.protocol import DataProto
from verl.trainer.ppo import teacher as teacher_module
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


def partly_covered_skills_dir(path):
    """A skills folder without a general skill that leaves two of the toy's three task types without skill
    text, the two ways a real folder can: "tool" maps to an empty .md file, "dish" maps to no skill at all."""
    path.mkdir(parents=True, exist_ok=True)
    (path / "food.md").write_text((resolve_skills_dir("skills/toy") / "food.md").read_text())
    (path / "tool.md").write_text("\n")
    (path / "skill_mapping.json").write_text(json.dumps({
        "skill_files": {"food": "food.md", "tool": "tool.md"}, "task_to_skill": {"food": "food", "tool": "tool"}}))
    return path


def test_a_skills_folder_can_leave_tasks_without_skill_text(tmp_path):
    provider = SkillProvider(partly_covered_skills_dir(tmp_path))
    assert provider.general_name is None
    assert "Food: apple, bread and egg are food." in provider.skills_for({"task_type": "food"})
    assert provider.skill_names_for({"task_type": "tool"}) == ["tool"] and provider.skills_for({"task_type": "tool"}) == ""
    assert provider.skill_names_for({"task_type": "dish"}) == [] and provider.skills_for({"task_type": "dish"}) == ""


@pytest.mark.parametrize("splice", [True, False])
def test_without_skill_text_the_system_teacher_reads_the_student_prompt(tokenizer, tmp_path, splice, monkeypatch):
    """placement=system: no skill text -> the very student prompt ids (teacher log-prob = old log-prob there);
    the informative sample still gets its skills. Both the splice and the text path."""
    monkeypatch.setattr(teacher_module, "_VERIFIED", weakref.WeakKeyDictionary())
    if not splice:
        monkeypatch.setattr(teacher_module._Splicer, "plan", lambda self, *args: (-1, -1))
    provider = SkillProvider(partly_covered_skills_dir(tmp_path))
    student, manager = student_batch(tokenizer, num_envs=3)  # food, tool, dish
    width = student.batch["prompts"].shape[1]
    for call in range(2):  # the first call checks the splice of each head against the text path, the second trusts it
        teacher, metrics = build_teacher_batch(student, provider, tokenizer, placement="system", max_prompt_length=4096)
        assert metrics["teacher/no_skill_samples"] == 2.0
        assert metrics["teacher/spliced_samples"] == (3.0 if splice and call else 1.0 if splice else 0.0)
        for row in (1, 2):
            student_ids = student.batch["prompts"][row][student.batch["attention_mask"][row, :width].bool()].tolist()
            assert teacher_prompt_ids(teacher, row) == student_ids
            assert SKILL_HEADER not in tokenizer.decode(teacher_prompt_ids(teacher, row))
        skills = provider.skills_for(manager.task_meta(0))
        assert tokenizer.decode(teacher_prompt_ids(teacher, 0)) == render_chat(
            tokenizer, with_skills_in_system(student.non_tensor_batch["raw_prompt"][0], skills))
        assert torch.equal(teacher.batch["responses"], student.batch["responses"])
    # a budget under the student prompt (the config forbids it) keeps the prompt's end and says so
    budget = int(student.batch["attention_mask"][1, :width].sum()) - 5
    teacher, metrics = build_teacher_batch(student.select_idxs([1]), provider, tokenizer, placement="system",
                                           max_prompt_length=budget)
    assert teacher_prompt_ids(teacher, 0) == student.batch["prompts"][1, -budget:].tolist()
    assert metrics["teacher/truncated_samples"] == 1.0


def test_without_skill_text_the_prefix_teacher_keeps_the_reference_header(tokenizer, tmp_path):
    provider = SkillProvider(partly_covered_skills_dir(tmp_path))
    student, _ = student_batch(tokenizer, num_envs=3)
    teacher, metrics = build_teacher_batch(student, provider, tokenizer, placement="prefix", max_prompt_length=4096)
    assert metrics["teacher/no_skill_samples"] == 2.0
    width = student.batch["prompts"].shape[1]
    for row in (1, 2):
        student_ids = student.batch["prompts"][row][student.batch["attention_mask"][row, :width].bool()].tolist()
        layout = "[Privileged Skill Information]\n" + "" + "\n\n" + tokenizer.decode(student_ids, skip_special_tokens=False)
        assert teacher_prompt_ids(teacher, row) == tokenizer.encode(layout, add_special_tokens=False)


# ---------------------------------------------------------------------------------------------------------
# The builder as it was before token splicing (issue 16), kept verbatim as the oracle: the spliced builder
# must give the very same ids, masks and metrics on every batch. One rule came later (issue 13): with
# placement "system", a sample without skill text gets the student's own prompt ids (see build).
def oracle_build_teacher_batch(batch, provider, tokenizer, *, placement="system", max_prompt_length,
                               apply_chat_template_kwargs=None):
    template_kwargs = chat_template_kwargs(apply_chat_template_kwargs)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    responses = batch.batch["responses"]
    response_width = responses.shape[1]
    prompt_width = batch.batch["input_ids"].shape[1] - response_width
    attention_mask = batch.batch["attention_mask"]
    response_mask = batch.batch["response_mask"] if "response_mask" in batch.batch.keys() \
        else attention_mask[:, prompt_width:]
    student_prompts = batch.batch["prompts"] if "prompts" in batch.batch.keys() \
        else batch.batch["input_ids"][:, :prompt_width]
    builder = _OraclePromptBuilder(tokenizer, placement, max_prompt_length, template_kwargs)
    skills_cache, sequences, truncated = {}, [], 0
    for row in range(len(batch)):
        meta = _oracle_task_meta(batch, row)
        key = tuple(sorted((k, str(v)) for k, v in meta.items()))
        if key not in skills_cache:
            skills_cache[key] = provider.skills_for(meta)
        prompt_mask = attention_mask[row, :prompt_width].bool()
        student_ids = student_prompts[row][prompt_mask].tolist()
        ids, was_truncated = builder.build(skills_cache[key], student_ids, _oracle_variants(batch, row))
        sequences.append(ids)
        truncated += int(was_truncated)
    teacher_prompt = left_pad(sequences, pad_id)
    full_mask = torch.cat([teacher_prompt["attention_mask"], attention_mask[:, prompt_width:].long()], dim=1)
    teacher = DataProto.from_dict({
        "input_ids": torch.cat([teacher_prompt["input_ids"], responses], dim=1), "attention_mask": full_mask,
        "position_ids": position_ids_from_mask(full_mask), "responses": responses.clone(),
        "response_mask": response_mask.clone()})
    lengths = np.array([len(s) for s in sequences], dtype=float)
    return teacher, {"teacher/truncated_samples": float(truncated),
                     "teacher/prompt_length_mean": float(lengths.mean()) if len(lengths) else 0.0,
                     "teacher/prompt_length_max": float(lengths.max()) if len(lengths) else 0.0}


class _OraclePromptBuilder:
    def __init__(self, tokenizer, placement, max_length, template_kwargs):
        self.tokenizer, self.placement, self.max_length, self.template_kwargs = \
            tokenizer, placement, max_length, template_kwargs

    def encode(self, text):
        return list(self.tokenizer.encode(text, add_special_tokens=False))

    def build(self, skills, student_ids, variants):
        if self.placement == "system" and not skills.strip():
            return student_ids[-self.max_length:], len(student_ids) > self.max_length
        texts = self._candidate_texts(skills, student_ids, variants)
        for number, text in enumerate(texts):
            ids = self.encode(text)
            if len(ids) <= self.max_length:
                return ids, number > 0
        return self._cut_after_skills(skills, texts[-1]), True

    def _candidate_texts(self, skills, student_ids, variants):
        if self.placement == "prefix":
            student_text = self.tokenizer.decode(student_ids, skip_special_tokens=False)
            shorter = [render_chat(self.tokenizer, v, self.template_kwargs) for v in (variants or [])[1:]]
            return [skill_block(skills) + text for text in [student_text] + shorter]
        if not variants:
            raise TeacherPromptError("prompt_variants")
        return [render_chat(self.tokenizer, with_skills_in_system(v, skills), self.template_kwargs) for v in variants]

    def _skills_text(self, skills, full_text):
        if self.placement == "prefix":
            return skill_block(skills)
        system_turn = self.tokenizer.apply_chat_template(
            [{"role": "system", "content": SKILL_HEADER + skills}], tokenize=False, add_generation_prompt=False,
            **self.template_kwargs)
        if not full_text.startswith(system_turn):
            raise TeacherPromptError("not a prefix")
        return system_turn

    def _cut_after_skills(self, skills, full_text):
        head_text = self._skills_text(skills, full_text)
        head = self.encode(head_text)
        room = self.max_length - len(head)
        if room <= 0:
            raise TeacherPromptError(f"algorithm.teacher_max_prompt_length={self.max_length}")
        tail = self.encode(full_text[len(head_text):])
        return head + tail[-room:]


def _oracle_task_meta(batch, row):
    def field(name):
        values = batch.non_tensor_batch.get(name)
        return None if values is None else values[row]

    return {"task_type": field("task_type"), "data_source": field("data_source"),
            "task": field("task_text") or "", "gamefile": field("gamefile")}


def _oracle_variants(batch, row):
    if "prompt_variants" in batch.non_tensor_batch:
        return list(batch.non_tensor_batch["prompt_variants"][row])
    if "raw_prompt" in batch.non_tensor_batch:
        return [batch.non_tensor_batch["raw_prompt"][row]]
    return None


# ---------------------------------------------------------------------------------------------------------
CHAT_KWARGS = {"plain": {}, "default_system": {"default_system": "You are a helpful assistant."},
               "no_thinking": {"default_system": "Be brief.", "enable_thinking": False}}


def varied_batch(tokenizer, chat_kwargs, provider=None):
    """Toy step samples of 4 tasks over 3 turns, plus the cases splicing must leave to the text path or
    handle: a student system turn, Skill-GRPO skills in the student prompt, an equal copy of variant 0,
    student ids the collector cut on the left and on the right. Returns (batch, rows splicing may take);
    with `provider`, "system" may also take every row it gives no skill text (a plain copy)."""
    manager = make_manager({"seed": 0, "history_length": 2}, "val")
    manager.reset(manager.eval_tasks()[:4])
    rows = []
    for _ in range(3):
        for i in range(4):
            variants = manager.prompt_variants(i)
            rows.append({"raw": variants[0], "variants": variants, "meta": manager.task_meta(i), "clean": True})
        manager.step(["<think>x</think><action>look</action>"] * 4, np.ones(4, dtype=bool))
    base = rows[9]
    with_system = [[{"role": "system", "content": "Answer in the format asked."}] + list(v) for v in base["variants"]]
    rows.append(dict(base, raw=with_system[0], variants=with_system))
    # "prefix" reads only the student ids, so these are fine to splice there, but not for "system"
    rows.append(dict(base, raw=with_skills_in_user(base["variants"][0], "STUDENT SKILL"), clean=False, prefix_ok=True))
    rows.append(dict(base, raw=[dict(m) for m in base["variants"][0]]))
    rows.append(dict(rows[8], cut="left", clean=False))
    rows.append(dict(rows[7], cut="right", clean=False))
    prompts = []
    for row in rows:
        ids = tokenizer.encode(render_chat(tokenizer, row["raw"], chat_kwargs), add_special_tokens=False)
        prompts.append(ids[7:] if row.get("cut") == "left" else ids[:-3] if row.get("cut") == "right" else ids)
    prompt = left_pad(prompts, tokenizer.pad_token_id)
    n = len(rows)
    gen = torch.Generator().manual_seed(0)
    lengths = torch.randint(1, RESPONSE_LENGTH + 1, (n,), generator=gen)
    response_mask = (torch.arange(RESPONSE_LENGTH)[None, :] < lengths[:, None]).long()
    responses = torch.where(response_mask.bool(), torch.randint(5, 200, (n, RESPONSE_LENGTH), generator=gen),
                            torch.full((n, RESPONSE_LENGTH), tokenizer.pad_token_id))
    attention_mask = torch.cat([prompt["attention_mask"], response_mask], dim=1)
    tensors = {"prompts": prompt["input_ids"], "responses": responses, "response_mask": response_mask,
               "input_ids": torch.cat([prompt["input_ids"], responses], dim=1), "attention_mask": attention_mask,
               "position_ids": position_ids_from_mask(attention_mask)}
    non_tensors = {"task_type": [r["meta"]["task_type"] for r in rows], "data_source": [r["meta"]["data_source"] for r in rows],
                   "task_text": [r["meta"]["task"] for r in rows], "gamefile": [None] * n,
                   "raw_prompt": [r["raw"] for r in rows], "prompt_variants": [r["variants"] for r in rows]}
    clean = sum(r["clean"] for r in rows)
    copies = 0 if provider is None else sum(not r["clean"] and not provider.skills_for(r["meta"]).strip() for r in rows)
    return DataProto.from_dict(tensors, non_tensors), {"system": clean + copies,
                                                        "prefix": clean + sum(r.get("prefix_ok", 0) for r in rows)}


def assert_same_teacher(new, old):
    (new_batch, new_metrics), (old_batch, old_metrics) = new, old
    assert set(new_batch.batch.keys()) == set(old_batch.batch.keys())
    for key in old_batch.batch.keys():
        assert torch.equal(new_batch.batch[key], old_batch.batch[key]), key
    assert {k: new_metrics[k] for k in old_metrics} == old_metrics


@pytest.mark.parametrize("skills", ["toy", "partly_covered"])
@pytest.mark.parametrize("chat", sorted(CHAT_KWARGS))
@pytest.mark.parametrize("placement", ["system", "prefix"])
def test_spliced_ids_equal_the_text_builders(tokenizer, provider, placement, chat, skills, monkeypatch, tmp_path):
    monkeypatch.setattr(teacher_module, "_VERIFIED", weakref.WeakKeyDictionary())  # each case checks its heads
    if skills == "partly_covered":  # tool and dish samples have no skill text
        provider = SkillProvider(partly_covered_skills_dir(tmp_path))
    chat_kwargs = CHAT_KWARGS[chat]
    student, spliceable = varied_batch(tokenizer, chat_kwargs, provider)
    kwargs = dict(placement=placement, apply_chat_template_kwargs=chat_kwargs)
    full, _ = oracle_build_teacher_batch(student, provider, tokenizer, max_prompt_length=4096, **kwargs)
    width = full.batch["input_ids"].shape[1] - RESPONSE_LENGTH
    lengths = full.batch["attention_mask"][:, :width].sum(-1)
    skills = max(len(tokenizer.encode(provider.skills_for(_oracle_task_meta(student, row)), add_special_tokens=False))
                 for row in range(len(student)))
    # no truncation; some samples drop history; most samples cut right after the skills
    # (a hard cut of a prompt that had its own system turn is an error in both: that row sits out the last)
    no_system = student.select_idxs(np.array([p[0]["role"] != "system" for p in student.non_tensor_batch["raw_prompt"]]))
    for budget in (4096, 4096, int(lengths.float().median()), skills + 40):
        batch = no_system if budget == skills + 40 else student
        teacher, metrics = build_teacher_batch(batch, provider, tokenizer, max_prompt_length=budget, **kwargs)
        assert_same_teacher((teacher, metrics), oracle_build_teacher_batch(
            batch, provider, tokenizer, max_prompt_length=budget, **kwargs))
        if budget == 4096:  # the first call checks one sample per head via text, the second splices all
            assert 0 < metrics["teacher/spliced_samples"] <= spliceable[placement]
            assert metrics["teacher/truncated_samples"] == 0
        else:
            assert metrics["teacher/truncated_samples"] > 0
    assert metrics_of_second_call_spliced_all(student, provider, tokenizer, kwargs) == spliceable[placement]
    # without the variants only raw_prompt tells the messages
    bare = DataProto.from_dict(dict(student.batch.items()),
                               {k: v for k, v in student.non_tensor_batch.items() if k != "prompt_variants"})
    assert_same_teacher(build_teacher_batch(bare, provider, tokenizer, max_prompt_length=4096, **kwargs),
                        oracle_build_teacher_batch(bare, provider, tokenizer, max_prompt_length=4096, **kwargs))


def metrics_of_second_call_spliced_all(student, provider, tokenizer, kwargs):
    return build_teacher_batch(student, provider, tokenizer, max_prompt_length=4096, **kwargs)[1]["teacher/spliced_samples"]


def test_a_splice_that_disagrees_with_the_text_path_is_never_used(tokenizer, provider, monkeypatch, caplog):
    """The once-per-head check: with wrong teacher head ids every sample must fall back to the text path."""
    student, _ = varied_batch(tokenizer, CHAT_KWARGS["default_system"])
    real_init = teacher_module._Head.__init__

    def wrong_head(self, *args):  # e.g. a tokenizer that merges across the special token after the skills
        real_init(self, *args)
        self.teacher_ids = self.teacher_ids[:-1]

    monkeypatch.setattr(teacher_module._Head, "__init__", wrong_head)
    monkeypatch.setattr(teacher_module, "_VERIFIED", weakref.WeakKeyDictionary())
    for placement in ("system", "prefix"):
        kwargs = dict(placement=placement, max_prompt_length=4096,
                      apply_chat_template_kwargs=CHAT_KWARGS["default_system"])
        with caplog.at_level(logging.WARNING, logger=teacher_module.__name__):
            teacher, metrics = build_teacher_batch(student, provider, tokenizer, **kwargs)
        assert metrics["teacher/spliced_samples"] == 0
        assert "disagrees with the text path" in caplog.text
        assert_same_teacher((teacher, metrics), oracle_build_teacher_batch(student, provider, tokenizer, **kwargs))
