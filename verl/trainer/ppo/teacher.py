"""The teacher batch: each step sample's privileged prompt + the student's unchanged response (METHOD.md §2).

The teacher is the current policy re-reading its own response with the task's skills in context; the
trainer feeds this batch to actor.compute_log_prob to get `teacher_log_probs`.

Placements (algorithm.<method>.skill_placement):
- "system" (default): the skills in a system turn of the chat template, i.e. the sample's prompt
  messages rendered again with a system message "[Privileged Skill Information]\n" + skills in front.
- "prefix": the reference's exact layout (§2.3): "[Privileged Skill Information]\n" + skills + "\n\n" +
  the student prompt text, decoded from the first non-pad prompt token with special tokens kept, so the
  skills sit in front of the whole chat template; re-encoded without adding special tokens.

Truncation never cuts the skills (the reference left-truncated them away first, §8.1). When a
privileged prompt exceeds `max_prompt_length` (algorithm.teacher_max_prompt_length), the oldest
history goes first: the collector stores each sample's `prompt_variants` (its prompt messages with the
full history window, then one step fewer each, down to none) and the longest variant that fits is
used. If even the shortest does not fit, the student part is cut from the left right after the skills.
Both cases count in `teacher/truncated_samples`. In "prefix" mode variant 0 is the decoded student
prompt itself (byte-identical to the reference), shorter variants are rendered with the chat template.

Output keys: input_ids, attention_mask, position_ids (teacher prompt left-padded to the batch's
longest, then the response), responses and response_mask (identical to the student batch; the response
part of attention_mask is copied from the student).
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
import torch

from agent_system.multi_turn_rollout.prompt_tokens import (chat_template_kwargs, left_pad, position_ids_from_mask,
                                                           render_chat)
from agent_system.skills.placement import PLACEMENTS, SKILL_HEADER, skill_block, with_skills_in_system
from agent_system.skills.provider import SkillProvider
from verl.protocol import DataProto

TEACHER_KEYS = ("input_ids", "attention_mask", "position_ids", "responses", "response_mask")


class TeacherPromptError(ValueError):
    """The skills alone do not fit algorithm.teacher_max_prompt_length, or the batch lacks a needed field."""


def build_teacher_batch(batch: DataProto, provider: SkillProvider, tokenizer, *, placement: str = "system",
                        max_prompt_length: int, apply_chat_template_kwargs: Mapping[str, Any] | None = None
                        ) -> tuple[DataProto, dict[str, float]]:
    if placement not in PLACEMENTS:
        raise ValueError(f"skill_placement must be one of {PLACEMENTS}, got {placement!r}")
    if max_prompt_length <= 0:
        raise ValueError(f"algorithm.teacher_max_prompt_length must be positive, got {max_prompt_length}")
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

    builder = _PromptBuilder(tokenizer, placement, max_prompt_length, template_kwargs)
    skills_cache: dict[tuple, str] = {}
    sequences, truncated = [], 0
    for row in range(len(batch)):
        meta = _task_meta(batch, row)
        key = tuple(sorted((k, str(v)) for k, v in meta.items()))
        if key not in skills_cache:
            skills_cache[key] = provider.skills_for(meta)
        prompt_mask = attention_mask[row, :prompt_width].bool()
        student_ids = student_prompts[row][prompt_mask].tolist()
        ids, was_truncated = builder.build(skills_cache[key], student_ids, _variants(batch, row))
        sequences.append(ids)
        truncated += int(was_truncated)

    teacher_prompt = left_pad(sequences, pad_id)
    full_mask = torch.cat([teacher_prompt["attention_mask"], attention_mask[:, prompt_width:].long()], dim=1)
    teacher = DataProto.from_dict({
        "input_ids": torch.cat([teacher_prompt["input_ids"], responses], dim=1),
        "attention_mask": full_mask,
        "position_ids": position_ids_from_mask(full_mask),
        "responses": responses.clone(),
        "response_mask": response_mask.clone(),
    })
    lengths = np.array([len(s) for s in sequences], dtype=float)
    metrics = {
        "teacher/truncated_samples": float(truncated),
        "teacher/prompt_length_mean": float(lengths.mean()) if len(lengths) else 0.0,
        "teacher/prompt_length_max": float(lengths.max()) if len(lengths) else 0.0,
    }
    return teacher, metrics


class _PromptBuilder:
    """Privileged prompt ids for one sample: the longest history variant that fits, else a left cut after the skills."""

    def __init__(self, tokenizer, placement: str, max_length: int, template_kwargs: dict):
        self.tokenizer, self.placement, self.max_length, self.template_kwargs = \
            tokenizer, placement, max_length, template_kwargs

    def encode(self, text: str) -> list[int]:
        return list(self.tokenizer.encode(text, add_special_tokens=False))

    def build(self, skills: str, student_ids: list[int], variants: Sequence | None) -> tuple[list[int], bool]:
        texts = self._candidate_texts(skills, student_ids, variants)
        for number, text in enumerate(texts):
            ids = self.encode(text)
            if len(ids) <= self.max_length:
                return ids, number > 0
        return self._cut_after_skills(skills, texts[-1]), True

    def _candidate_texts(self, skills: str, student_ids: list[int], variants: Sequence | None) -> list[str]:
        if self.placement == "prefix":
            student_text = self.tokenizer.decode(student_ids, skip_special_tokens=False)
            shorter = [render_chat(self.tokenizer, v, self.template_kwargs) for v in (variants or [])[1:]]
            return [skill_block(skills) + text for text in [student_text] + shorter]
        if not variants:
            raise TeacherPromptError("skill_placement=system needs the non-tensor field 'prompt_variants' or "
                                     "'raw_prompt' (the prompt messages) in the batch; use placement=prefix otherwise")
        return [render_chat(self.tokenizer, with_skills_in_system(v, skills), self.template_kwargs) for v in variants]

    def _skills_text(self, skills: str, full_text: str) -> str:
        """The leading part of `full_text` that holds the skills (kept whole when cutting)."""
        if self.placement == "prefix":
            return skill_block(skills)
        system_turn = self.tokenizer.apply_chat_template(
            [{"role": "system", "content": SKILL_HEADER + skills}], tokenize=False, add_generation_prompt=False,
            **self.template_kwargs)
        if not full_text.startswith(system_turn):
            raise TeacherPromptError("the chat template does not render the skills' system turn as a prefix of the "
                                     "prompt, so it cannot be cut safely; raise algorithm.teacher_max_prompt_length "
                                     "or use skill_placement=prefix")
        return system_turn

    def _cut_after_skills(self, skills: str, full_text: str) -> list[int]:
        head_text = self._skills_text(skills, full_text)
        head = self.encode(head_text)
        room = self.max_length - len(head)
        if room <= 0:
            raise TeacherPromptError(
                f"the skills alone take {len(head)} tokens, more than algorithm.teacher_max_prompt_length="
                f"{self.max_length}; raise it or shorten the skill files")
        tail = self.encode(full_text[len(head_text):])
        return head + tail[-room:]


def _task_meta(batch: DataProto, row: int) -> dict[str, Any]:
    def field(name: str):
        values = batch.non_tensor_batch.get(name)
        return None if values is None else values[row]

    return {"task_type": field("task_type"), "data_source": field("data_source"),
            "task": field("task_text") or "", "gamefile": field("gamefile")}


def _variants(batch: DataProto, row: int) -> list | None:
    if "prompt_variants" in batch.non_tensor_batch:
        return list(batch.non_tensor_batch["prompt_variants"][row])
    if "raw_prompt" in batch.non_tensor_batch:
        return [batch.non_tensor_batch["raw_prompt"][row]]
    return None
