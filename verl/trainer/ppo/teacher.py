"""The teacher batch: each step sample's privileged prompt + the student's unchanged response (METHOD.md §2).

The teacher is the current policy re-reading its own response with the task's skills in context; the
trainer feeds this batch to actor.compute_log_prob to get `teacher_log_probs`.

Placements (algorithm.<method>.skill_placement):
- "system" (default): the skills in a system turn of the chat template, i.e. the sample's prompt
  messages rendered again with a system message "[Privileged Skill Information]\n" + skills in front.
- "prefix": the reference's exact layout (§2.3): "[Privileged Skill Information]\n" + skills + "\n\n" +
  the student prompt text, decoded from the first non-pad prompt token with special tokens kept, so the
  skills sit in front of the whole chat template; re-encoded without adding special tokens.

A sample whose skill text is empty (after strip; e.g. a skills folder without a general skill and a task
type mapped to no skill, or an empty .md file, see agent_system/skills/provider.py):
- "system": its teacher prompt is the student's own prompt ids, so teacher and old log-probs are equal
  there (no privileged information, no signal: SDAR's gate sits at 0.5 on a zero gap).
- "prefix": as in the reference, the header is still added (header + the blank skill text + "\n\n" +
  the student prompt text), so the layout stays byte-identical to the reference's.
Both count in `teacher/no_skill_samples`.

Truncation never cuts the skills (the reference left-truncated them away first, §8.1). When a
privileged prompt exceeds `max_prompt_length` (algorithm.teacher_max_prompt_length), the oldest
history goes first: the collector stores each sample's `prompt_variants` (its prompt messages with the
full history window, then one step fewer each, down to none) and the longest variant that fits is
used. If even the shortest does not fit, the student part is cut from the left right after the skills.
Both cases count in `teacher/truncated_samples`. In "prefix" mode variant 0 is the decoded student
prompt itself (byte-identical to the reference), shorter variants are rendered with the chat template.

Speed (issue 16): a production step has ~6,400 samples, and encoding each privileged prompt from text
costs milliseconds. Most samples are instead SPLICED from token ids the collector already made: the
privileged prompt and the student prompt differ only in a head (the skills' system turn vs the
student's own or default system turn; for "prefix" the skill block vs nothing; for a "system" sample
without skill text both heads are empty, a plain copy), and both continue with
the same text starting at a special token, where the tokenizer always splits. So teacher ids = the
encoded teacher head (once per skill group) + the student's prompt ids after its encoded head. A sample
is spliced only when this is checked to give the very ids the text path would: per sample, the
rendered teacher and student texts are head + the same tail ("system"; rendering is cheap, encoding is
not), raw_prompt is variant 0, the student ids start with the student head's ids, end with the
generation prompt's ids and ("system") hold as many special tokens as the rendered text (so the
collector cut nothing: any cut with both ends intact removes a special token), and the result fits;
"prefix" also needs the student ids to start with a special token. Per tokenizer and head, once, the
spliced ids of one sample are compared with the text path. Anything else takes the text path
(`_PromptBuilder`), e.g. every sample that needs truncation. `teacher/spliced_samples` counts the
spliced ones. The result is the same ids as the text path (tests/trainer/test_teacher.py keeps the
text-only builder as an oracle).

Output keys: input_ids, attention_mask, position_ids (teacher prompt left-padded to the batch's
longest, then the response), responses and response_mask (identical to the student batch; the response
part of attention_mask is copied from the student).
"""
from __future__ import annotations

import logging
import weakref
from typing import Any, Mapping, Sequence

import torch

from agent_system.multi_turn_rollout.prompt_tokens import chat_template_kwargs, position_ids_from_mask, render_chat
from agent_system.skills.placement import PLACEMENTS, SKILL_HEADER, skill_block, with_skills_in_system
from agent_system.skills.provider import SkillProvider
from verl.protocol import DataProto

logger = logging.getLogger(__name__)


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
    prompt_mask = attention_mask[:, :prompt_width].bool()

    skills = _skills_per_row(batch, provider)
    splicer = _Splicer(tokenizer, placement, template_kwargs)
    plans = torch.tensor([splicer.plan(skills[row], _variants(batch, row), _raw_prompt(batch, row))
                          for row in range(len(batch))], dtype=torch.long).reshape(-1, 2)
    groups = plans[:, 0]
    spliced = splicer.spliced_lengths(groups, plans[:, 1], student_prompts, prompt_mask, max_prompt_length)

    builder = _PromptBuilder(tokenizer, placement, max_prompt_length, template_kwargs)
    slow: dict[int, list[int]] = {}
    truncated = 0

    def build_slow(row: int) -> list[int]:
        nonlocal truncated
        ids, was_truncated = builder.build(skills[row], student_prompts[row][prompt_mask[row]].tolist(),
                                           _variants(batch, row))
        truncated += int(was_truncated)
        return ids

    for group in splicer.unverified(groups, spliced):  # once per tokenizer and head: splice == text path?
        row = int(torch.nonzero((groups == group) & (spliced > 0))[0])
        slow[row] = build_slow(row)
        if not splicer.verify(group, slow[row], splicer.splice_row(row, groups, student_prompts, spliced)):
            spliced[groups == group] = 0
    for row in torch.nonzero(spliced == 0).flatten().tolist():
        if row not in slow:
            slow[row] = build_slow(row)

    lengths = spliced.clone()
    for row, ids in slow.items():
        lengths[row] = len(ids)
    if slow:
        spliced[list(slow)] = 0
    teacher_prompt = splicer.assemble(groups, student_prompts, spliced, lengths, slow, pad_id)
    full_mask = torch.cat([teacher_prompt["attention_mask"], attention_mask[:, prompt_width:].long()], dim=1)
    teacher = DataProto.from_dict({
        "input_ids": torch.cat([teacher_prompt["input_ids"], responses], dim=1),
        "attention_mask": full_mask,
        "position_ids": position_ids_from_mask(full_mask),
        "responses": responses.clone(),
        "response_mask": response_mask.clone(),
    })
    lengths = lengths.numpy().astype(float)
    metrics = {
        "teacher/truncated_samples": float(truncated),
        "teacher/prompt_length_mean": float(lengths.mean()) if len(lengths) else 0.0,
        "teacher/prompt_length_max": float(lengths.max()) if len(lengths) else 0.0,
        "teacher/spliced_samples": float((spliced > 0).sum()),
        "teacher/no_skill_samples": float(sum(not has_skill_text(s) for s in skills)),
    }
    return teacher, metrics


def has_skill_text(skills: str) -> bool:
    """Whether the provider gave this sample any skill text (it joins stripped files by blank lines, so
    empty files can leave only whitespace)."""
    return bool(skills.strip())


class _Head:
    """One skill group's splice: the teacher head's ids replace the student head's ids; `end_ids` is the
    generation prompt every untruncated student prompt ends with."""

    def __init__(self, tokenizer, teacher_text: str, student_text: str, end_text: str):
        self.teacher_text, self.student_text, self.end_text = teacher_text, student_text, end_text
        self.teacher_ids = _encode(tokenizer, teacher_text)
        self.student_ids = _encode(tokenizer, student_text)
        self.end_ids = _encode(tokenizer, end_text)

    def key(self, placement: str) -> tuple:
        return placement, self.teacher_text, self.student_text, self.end_text


# Heads whose splice was compared with the text path, per tokenizer (the check is a tokenizer property).
_VERIFIED: "weakref.WeakKeyDictionary[Any, set]" = weakref.WeakKeyDictionary()


class _Splicer:
    """Plans, checks and assembles spliced teacher prompts (see the module docstring)."""

    def __init__(self, tokenizer, placement: str, template_kwargs: dict):
        self.tokenizer, self.placement, self.template_kwargs = tokenizer, placement, template_kwargs
        self.specials = sorted({t for t in tokenizer.all_special_tokens if t}, key=len, reverse=True)
        # counting special tokens in a text is exact only if none contains another
        nested = any(a != b and a in b for a in self.specials for b in self.specials)
        self.special_ids = torch.tensor(sorted(set(tokenizer.all_special_ids)), dtype=torch.long)
        self.heads: list[_Head] = []
        self.group_of: dict[tuple, int] = {}
        # prefix: the student text is decoded and re-encoded, an identity only without clean-up of spaces
        self.enabled = bool(self.specials) and not (nested and placement == "system") and not (
            placement == "prefix" and getattr(tokenizer, "clean_up_tokenization_spaces", False))
        self._prefix_end: str | None = None

    # ------------------------------------------------------------------ per sample (texts)
    def plan(self, skills: str, variants: Sequence | None, raw_prompt: Any) -> tuple[int, int]:
        """(the sample's head group or -1 for the text path, how many special tokens its student ids must hold
        or -1 for no such check)."""
        if self.placement == "system" and not has_skill_text(skills):
            # the teacher prompt is the student's own: a head of no ids on both sides, nothing to check
            return self._group(("student prompt",), lambda: _Head(self.tokenizer, "", "", "")), -1
        if not self.enabled:
            return -1, -1
        if self.placement == "prefix":
            return self._group((skills,), lambda: self._prefix_head(skills)), -1
        if not variants or raw_prompt is None:
            return -1, -1
        first = variants[0]
        if raw_prompt is not first and _as_messages(raw_prompt) != _as_messages(first):
            return -1, -1  # the student saw another prompt (e.g. Skill-GRPO skills): its ids are not variant 0's
        teacher = render_chat(self.tokenizer, with_skills_in_system(first, skills), self.template_kwargs)
        student = render_chat(self.tokenizer, first, self.template_kwargs)
        system = first[0].get("content") if first and first[0].get("role") == "system" else None
        group = self._group((skills, system), lambda: self._system_head(teacher, student))
        if group < 0:
            return -1, -1
        head = self.heads[group]
        if not (teacher.startswith(head.teacher_text) and student.startswith(head.student_text)
                and student.endswith(head.end_text)
                and len(teacher) - len(head.teacher_text) == len(student) - len(head.student_text)
                and teacher.endswith(student[len(head.student_text):])):
            return -1, -1
        # the student ids encode this text only if the collector cut nothing: with the head and the
        # generation prompt in place at both ends, a cut would have removed a special token
        return group, sum(student.count(t) for t in self.specials)

    def _group(self, key: tuple, make) -> int:
        if key not in self.group_of:
            head = make()
            self.group_of[key] = -1 if head is None else len(self.heads)
            if head is not None:
                self.heads.append(head)
        return self.group_of[key]

    def _system_head(self, teacher: str, student: str) -> _Head | None:
        """Split both texts where their common tail starts at a special token (the tokenizer splits there)."""
        common = 0
        limit = min(len(teacher), len(student))
        while common < limit and teacher[-1 - common] == student[-1 - common]:
            common += 1
        cut = self._next_special(student, len(student) - common)
        end = self._last_special(student)
        if cut is None or end is None or end < cut:
            return None
        return _Head(self.tokenizer, teacher[:len(teacher) - (len(student) - cut)], student[:cut], student[end:])

    def _prefix_head(self, skills: str) -> _Head | None:
        if self._prefix_end is None:
            try:  # the generation prompt, as the chat template writes it after any conversation
                probe = render_chat(self.tokenizer, [{"role": "user", "content": "x"}], self.template_kwargs)
            except Exception:  # no chat template: nothing to check the student ids against
                return None
            end = self._last_special(probe)
            self._prefix_end = "" if end is None else probe[end:]
        if not self._prefix_end:
            return None
        return _Head(self.tokenizer, skill_block(skills), "", self._prefix_end)

    def _next_special(self, text: str, start: int) -> int | None:
        found = [i for i in (text.find(t, start) for t in self.specials) if i >= 0]
        return min(found) if found else None

    def _last_special(self, text: str) -> int | None:
        found = [i for i in (text.rfind(t) for t in self.specials) if i >= 0]
        return max(found) if found else None

    # ------------------------------------------------------------------ whole batch (ids, vectorised)
    def spliced_lengths(self, groups: torch.Tensor, special_counts: torch.Tensor, prompts: torch.Tensor,
                        mask: torch.Tensor, max_length: int) -> torch.Tensor:
        """Teacher prompt length of each sample that can be spliced, 0 for the others."""
        n, width = prompts.shape
        if not self.heads or n == 0:
            return torch.zeros(n, dtype=torch.long)
        g = groups.clamp(min=0)
        length = mask.sum(-1)
        first = width - length  # left padding: the real ids are the last `length` columns
        ok = (groups >= 0) & (length > 0) & (mask == (torch.arange(width) >= first[:, None])).all(-1)
        student_len = torch.tensor([len(h.student_ids) for h in self.heads])[g]
        teacher_len = torch.tensor([len(h.teacher_ids) for h in self.heads])[g]
        end_len = torch.tensor([len(h.end_ids) for h in self.heads])[g]
        ok &= length >= student_len + end_len
        ok &= _rows_match(prompts, first, _table([h.student_ids for h in self.heads])[g], student_len)
        ends = _table([h.end_ids[::-1] for h in self.heads])[g].flip(-1)  # right-aligned
        ok &= _rows_match(prompts, torch.full_like(first, width - ends.shape[1]), ends,
                          end_len, right_aligned=True)
        held = (torch.isin(prompts, self.special_ids) & mask).sum(-1)
        ok &= (special_counts < 0) | (held == special_counts)
        if self.placement == "prefix":  # the skill block must meet the student text at a special token
            ok &= torch.isin(prompts.gather(1, first.clamp(max=width - 1)[:, None])[:, 0], self.special_ids)
        total = teacher_len + length - student_len
        return torch.where(ok & (total <= max_length), total, torch.zeros_like(total))

    def unverified(self, groups: torch.Tensor, spliced: torch.Tensor) -> list[int]:
        done = self._verified()
        used = torch.unique(groups[spliced > 0]).tolist()
        return [g for g in used if self.heads[g].key(self.placement) not in done]

    def verify(self, group: int, text_ids: list[int], spliced_ids: list[int]) -> bool:
        if text_ids != spliced_ids:
            logger.warning("teacher prompt: splicing the %s head of group %d disagrees with the text path for this "
                           "tokenizer; those samples are encoded from text", self.placement, group)
            return False
        self._verified().add(self.heads[group].key(self.placement))
        return True

    def _verified(self) -> set:
        try:
            return _VERIFIED.setdefault(self.tokenizer, set())
        except TypeError:  # an object that takes no weak reference: verify in every call
            return set()

    def splice_row(self, row: int, groups: torch.Tensor, prompts: torch.Tensor, spliced: torch.Tensor) -> list[int]:
        head = self.heads[int(groups[row])]
        tail = int(spliced[row]) - len(head.teacher_ids)
        return head.teacher_ids + (prompts[row, prompts.shape[1] - tail:].tolist() if tail else [])

    def assemble(self, groups: torch.Tensor, prompts: torch.Tensor, spliced: torch.Tensor, lengths: torch.Tensor,
                 text_rows: Mapping[int, list[int]], pad_id: int) -> dict[str, torch.Tensor]:
        """Left-padded teacher prompts: spliced rows built with tensor ops, the others copied in."""
        n, width = len(lengths), int(lengths.max()) if len(lengths) else 0
        input_ids = torch.full((n, width), pad_id, dtype=torch.long)
        rows = torch.nonzero(spliced > 0).flatten()
        if len(rows):
            g = groups[rows]
            head_len = torch.tensor([len(h.teacher_ids) for h in self.heads])[g]
            start = width - spliced[rows]  # first real column
            tail = spliced[rows] - head_len
            out = torch.full((len(rows), width), pad_id, dtype=torch.long)
            keep = min(width, prompts.shape[1])  # the student's tail is right-aligned in both
            columns = torch.arange(keep)
            out[:, width - keep:] = torch.where(columns >= keep - tail[:, None], prompts[rows, prompts.shape[1] - keep:],
                                                out[:, width - keep:])
            table = _table([h.teacher_ids for h in self.heads])[g]
            relative = torch.arange(width) - start[:, None]
            in_head = (relative >= 0) & (relative < head_len[:, None])
            out = torch.where(in_head, table.gather(1, relative.clamp(0, table.shape[1] - 1)), out)
            input_ids[rows] = out
        for row, ids in text_rows.items():
            if ids:
                input_ids[row, width - len(ids):] = torch.as_tensor(ids, dtype=torch.long)
        attention_mask = (torch.arange(width) >= (width - lengths)[:, None]).long()
        return {"input_ids": input_ids, "attention_mask": attention_mask}


def _encode(tokenizer, text: str) -> list[int]:
    return list(tokenizer.encode(text, add_special_tokens=False)) if text else []


def _table(rows: Sequence[Sequence[int]]) -> torch.Tensor:
    """Left-aligned rows, padded with -1 to the longest (at least one column)."""
    table = torch.full((len(rows), max([1] + [len(r) for r in rows])), -1, dtype=torch.long)
    for i, r in enumerate(rows):
        if len(r):
            table[i, :len(r)] = torch.as_tensor(list(r), dtype=torch.long)
    return table


def _rows_match(prompts: torch.Tensor, start: torch.Tensor, expected: torch.Tensor, count: torch.Tensor,
                right_aligned: bool = False) -> torch.Tensor:
    """Whether each row's ids from column `start` equal `expected`'s first `count` (right_aligned: last `count`)."""
    width, span = prompts.shape[1], expected.shape[1]
    columns = torch.arange(span)
    got = prompts.gather(1, (start[:, None] + columns).clamp(0, width - 1))
    used = columns >= span - count[:, None] if right_aligned else columns < count[:, None]
    return ((got == expected) | ~used).all(-1)


def _as_messages(messages: Any) -> list:
    return [dict(m) for m in messages] if messages is not None else []


class _PromptBuilder:
    """Privileged prompt ids for one sample: the longest history variant that fits, else a left cut after the skills."""

    def __init__(self, tokenizer, placement: str, max_length: int, template_kwargs: dict):
        self.tokenizer, self.placement, self.max_length, self.template_kwargs = \
            tokenizer, placement, max_length, template_kwargs

    def encode(self, text: str) -> list[int]:
        return list(self.tokenizer.encode(text, add_special_tokens=False))

    def build(self, skills: str, student_ids: list[int], variants: Sequence | None) -> tuple[list[int], bool]:
        if self.placement == "system" and not has_skill_text(skills):
            # the student's own prompt; it fits when teacher_max_prompt_length >= data.max_prompt_length, as the
            # config check demands, else its end is kept (the generation prompt the response follows)
            return student_ids[-self.max_length:], len(student_ids) > self.max_length
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


def _skills_per_row(batch: DataProto, provider: SkillProvider) -> list[str]:
    """provider.skills_for of every sample, asked once per distinct task."""
    columns = [batch.non_tensor_batch.get(k) for k in ("task_type", "data_source", "task_text", "gamefile")]
    cache: dict[Any, str] = {}
    skills = []
    for row in range(len(batch)):
        key = tuple(None if c is None else c[row] for c in columns)
        try:
            hash(key)
        except TypeError:
            key = tuple(str(v) for v in key)
        if key not in cache:
            cache[key] = provider.skills_for(_task_meta(batch, row))
        skills.append(cache[key])
    return skills


def _raw_prompt(batch: DataProto, row: int) -> Any:
    values = batch.non_tensor_batch.get("raw_prompt")
    return None if values is None else values[row]


def _variants(batch: DataProto, row: int) -> list | None:
    if "prompt_variants" in batch.non_tensor_batch:
        return list(batch.non_tensor_batch["prompt_variants"][row])
    if "raw_prompt" in batch.non_tensor_batch:
        return [batch.non_tensor_batch["raw_prompt"][row]]
    return None
