"""A short SFT warm start for the toy env: the output FORMAT, and (if asked) how to READ a skill turn.

Targets are well-formed turns "<think></think><action>take X</action><eos>" (short: the tiny model's
response budget is small and every token costs CPU time) on real toy prompts (first turns, and some
after a "look" step, so history prompts are seen). Two kinds of examples:

- plain prompts (the student's view): X is a room object chosen at random (right only 1 / num_objects
  of the time, or with probability `correct_fraction`), so the warm-started student acts validly but at
  chance level and RL has the whole task left to learn;
- with probability `skill_fraction`, the prompt gets the teacher's privileged system turn
  ("[Privileged Skill Information]\\n" + skills, exactly as verl/trainer/ppo/teacher.py renders it with
  skill_placement=system) holding the skill of a RANDOM task type of the task set, and X is the room
  object that skill names. The type is random (not the task's own) so that the only way to fit these
  targets is to read the object off the skill text: the model learns to copy from context, not the
  task -> object mapping, which would leak into the student. That is what makes a teacher out of the
  same weights: with the task's own skill in its prompt it names the right object, and with a
  misleading skill it names the wrong one (the wrong-teacher controls of benchmarks/learning_sdar.py).
- with probability `short_fraction`, the user turn is cut to the task sentence ("Your task is to:
  take anna's item."), so the skill's object is the only object in context. Reading a skill is a
  long-range lookup; at initialisation attention is spread evenly over the whole prompt, so in a
  200-token prompt that lists every object twice the skill's few tokens carry almost no gradient.
  The short prompts teach the copy itself within a few hundred cheap steps; the full prompts teach
  it to win against the room's listing (checked on full prompts of held-out tasks:
  benchmarks/learning_sdar.skill_reading_report).

`object_loss=False` puts no loss on the object's tokens ("take <X>"): the SFT then teaches the format
and nothing about which item to take. For a pretrained model that already reads skills, random objects
as targets would teach it to pick at random whatever the context says (SmolLM2-135M-Instruct: the
teacher's probability of the right item fell from 0.47 to 0.24 after 16 such steps at lr 5e-5,
docs/results/learning_smollm2.md).

Measured with the 96k-parameter tiny model (2-core CPU, GRPO, lr 1e-3, 8 tasks x 8 envs, env.max_steps 2):
- categories task set, task_types=[food], category_size=1 ("always take the apple"): train success
  0.27 -> 1.0 within 13 steps (~40 s): the whole pipeline learns;
- all three categories: still at chance after 25-40 steps, also after warm starts with
  correct_fraction 0.5-0.6. The conditional task is a harder target for this model.
- owners task set with skill_fraction 0.85 (verl/trainer/cpu_recipe.SKILL_READING_WARM_START): see docs/results/learning.md
  for the measured student/teacher gap on held-out tasks.
"""
from __future__ import annotations

import pathlib
import random
from typing import Any, Mapping

from .env import TASK_SETS, generate_tasks
from .manager import ToyEnvironmentManager


def format_target(action: str, require_think: bool = True) -> str:
    """The well-formed response text for `action`."""
    return f"{'<think></think>' if require_think else ''}<action>{action}</action>"


def object_token_span(tokenizer, response: list[int], require_think: bool = True) -> tuple[int, int]:
    """[start, end) of the object's tokens in the ids of a "take X" target (format_target + eos): what lies
    between the format's fixed prefix (up to "take") and suffix ("</action>" + eos)."""
    from agent_system.multi_turn_rollout.prompt_tokens import encode_text

    a, b = (encode_text(tokenizer, format_target(f"take {o}", require_think)) + [tokenizer.eos_token_id]
            for o in ("mug", "knife"))
    prefix = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
    suffix = next(i for i, (x, y) in enumerate(zip(reversed(a), reversed(b))) if x != y)
    if response[:prefix] != a[:prefix] or response[len(response) - suffix:] != a[len(a) - suffix:]:
        raise ValueError(f"not a 'take X' target in the format: {tokenizer.decode(response)!r}")
    return prefix, len(response) - suffix


def response_labels(tokenizer, response: list[int], object_loss: bool = True, require_think: bool = True
                    ) -> list[int]:
    """The SFT labels of a target's ids: the ids themselves, with -100 (no loss) on the object's tokens
    when not object_loss (the format only: no push towards the random object)."""
    if object_loss:
        return list(response)
    start, end = object_token_span(tokenizer, response, require_think)
    return [-100 if start <= i < end else token for i, token in enumerate(response)]


def _skill_choice(provider, task_set: str, task: Mapping[str, Any], rng: random.Random) -> tuple[str, str] | None:
    """(skill text of a random task type, the room object it names), or None if no type's skill names
    exactly one object of this room."""
    table = TASK_SETS[task_set]
    named = {}
    for task_type, members in table.items():
        in_room = [o for o in task["objects"] if o in members]
        if len(in_room) == 1:
            named[task_type] = in_room[0]
    if not named:
        return None
    task_type = rng.choice(sorted(named))
    skills = provider.skills_for({"task_type": task_type, "data_source": task.get("data_source"),
                                  "task": "", "gamefile": None})
    return skills, named[task_type]


def build_examples(tokenizer, num_examples: int, seed: int, *, num_objects: int = 3, category_size: int = 3,
                   correct_fraction: float = 0.0, history_length: int = 2, require_think: bool = True,
                   template_kwargs: Mapping[str, Any] | None = None, task_set: str = "categories",
                   skill_fraction: float = 0.0, skills_dir: str | pathlib.Path | None = None,
                   short_fraction: float = 0.0) -> list[tuple[list[int], list[int]]]:
    """(prompt ids, response ids incl. eos) pairs on toy prompts (see the module docstring)."""
    from agent_system.multi_turn_rollout.prompt_tokens import encode_text, render_chat
    from agent_system.skills.placement import with_skills_in_system

    if not 0.0 <= correct_fraction <= 1.0:
        raise ValueError(f"correct_fraction must be in [0, 1], got {correct_fraction}")
    for name, value in (("skill_fraction", skill_fraction), ("short_fraction", short_fraction)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be in [0, 1], got {value}")
    provider = None
    if skill_fraction > 0:
        from agent_system.skills.provider import SkillProvider, resolve_skills_dir

        provider = SkillProvider(resolve_skills_dir(skills_dir, "toy"))
    rng = random.Random(seed)
    tasks = generate_tasks(64, seed, num_objects, split="warm_start", category_size=category_size, task_set=task_set)
    manager = ToyEnvironmentManager(tasks, history_length=history_length, require_think=require_think,
                                    lenient_projection=False)
    examples = []
    for _ in range(num_examples):
        task = rng.choice(tasks)
        manager.reset([task])
        if rng.random() < 0.3:  # one "look" first, so prompts with history are covered too
            manager.step([format_target("look", require_think)], [True])
        messages = manager.build_prompt(0)
        if short_fraction and rng.random() < short_fraction:  # only the task: the skill's object is the only one in context
            messages = [{"role": "user", "content": f"Your task is to: {task['task_text']}."}]
        takes = [a for a in manager.envs[0].admissible_actions if a.startswith("take ")]
        skill = _skill_choice(provider, task_set, task, rng) if provider and rng.random() < skill_fraction else None
        if skill is not None:
            messages = with_skills_in_system(messages, skill[0])
            action = f"take {skill[1]}"
        elif rng.random() < correct_fraction:
            action = f"take {task['target']}"
        else:
            action = rng.choice(takes)
        prompt = render_chat(tokenizer, messages, template_kwargs)
        response = encode_text(tokenizer, format_target(action, require_think)) + [tokenizer.eos_token_id]
        examples.append((encode_text(tokenizer, prompt), response))
    return examples


def warm_start(model_dir: str | pathlib.Path, out_dir: str | pathlib.Path, steps: int = 100, seed: int = 0, *,
               batch_size: int = 4, lr: float = 5e-3, num_objects: int = 3, category_size: int = 3,
               correct_fraction: float = 0.0, history_length: int = 2, require_think: bool = True,
               template_kwargs: Mapping[str, Any] | None = None, task_set: str = "categories",
               skill_fraction: float = 0.0, skills_dir: str | pathlib.Path | None = None,
               num_examples: int = 256, short_fraction: float = 0.0, object_loss: bool = True) -> pathlib.Path:
    """SFT `model_dir` for `steps` steps on well-formed toy turns; saves model + tokenizer to `out_dir`.

    Match num_objects / category_size / task_set / history_length / require_think to the env.toy
    settings of the run, and skills_dir to the teacher's (algorithm.sdar.skills_dir)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from agent_system.multi_turn_rollout.rollout_loop import _progress

    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model.train()
    examples = build_examples(tokenizer, max(4 * batch_size, num_examples), seed, num_objects=num_objects,
                              category_size=category_size, correct_fraction=correct_fraction,
                              history_length=history_length, require_think=require_think,
                              template_kwargs=template_kwargs, task_set=task_set, skill_fraction=skill_fraction,
                              skills_dir=skills_dir, short_fraction=short_fraction)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    rng = random.Random(seed)
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    progress = _progress(steps, "toy warm start")
    for _ in range(steps):
        batch = rng.sample(examples, batch_size)
        width = max(len(p) + len(r) for p, r in batch)
        input_ids = torch.full((batch_size, width), pad_id, dtype=torch.long)
        labels = torch.full((batch_size, width), -100, dtype=torch.long)
        attention_mask = torch.zeros((batch_size, width), dtype=torch.long)
        for row, (prompt, response) in enumerate(batch):  # right padding; loss on the response only
            ids = prompt + response
            input_ids[row, :len(ids)] = torch.tensor(ids)
            attention_mask[row, :len(ids)] = 1
            labels[row, len(prompt):len(ids)] = torch.tensor(response_labels(tokenizer, response, object_loss,
                                                                             require_think))
        loss = model(input_ids=input_ids, attention_mask=attention_mask, labels=labels).loss
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        progress.update(1)
        progress.set_postfix(loss=f"{loss.item():.3f}")
    progress.close()
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out
