"""A few seconds of SFT that teach a random-init model the toy env's output FORMAT (and, if asked, a bias).

Targets are well-formed turns "<think></think><action>take X</action><eos>" (short: the tiny model's
response budget is small and every token costs CPU time), X an object of the room chosen at random —
right only 1 / num_objects of the time — so after warm-starting
the policy acts validly but at chance level, and RL (or SDAR) has the whole task left to learn.
`correct_fraction` > 0 makes that share of targets the right object instead, to start a run above chance.

Measured with the 96k-parameter tiny model (2-core CPU, GRPO, lr 1e-3, 8 tasks x 8 envs, env.max_steps 2):
- env.toy.task_types=[food], category_size=1 ("always take the apple"): train success 0.27 -> 1.0 within
  13 steps (~40 s): the whole pipeline learns;
- all three task types (category_size 1 or 3): still at chance after 25-40 steps, also after warm starts
  with correct_fraction 0.5-0.6 (100-250 SFT steps did not yet pick up the association, while 150 steps
  with correct_fraction 1.0 did, for category_size 1). The conditional task is a harder target for
  this model; use it with more steps or a bigger model.
Prompts are real toy prompts (first turns, and some after a "look" step, so history prompts are seen).
"""
from __future__ import annotations

import pathlib
import random
from typing import Any, Mapping

from .env import generate_tasks
from .manager import ToyEnvironmentManager


def format_target(action: str, require_think: bool = True) -> str:
    """The well-formed response text for `action`."""
    return f"{'<think></think>' if require_think else ''}<action>{action}</action>"


def build_examples(tokenizer, num_examples: int, seed: int, *, num_objects: int = 3, category_size: int = 3,
                   correct_fraction: float = 0.0, history_length: int = 2, require_think: bool = True,
                   template_kwargs: Mapping[str, Any] | None = None) -> list[tuple[list[int], list[int]]]:
    """(prompt ids, response ids incl. eos) pairs on toy prompts; actions take a random room object
    (the right one with probability `correct_fraction`, else any object of the room)."""
    from agent_system.multi_turn_rollout.prompt_tokens import encode_text, render_chat

    if not 0.0 <= correct_fraction <= 1.0:
        raise ValueError(f"correct_fraction must be in [0, 1], got {correct_fraction}")
    rng = random.Random(seed)
    tasks = generate_tasks(64, seed, num_objects, split="warm_start", category_size=category_size)
    manager = ToyEnvironmentManager(tasks, history_length=history_length, require_think=require_think,
                                    lenient_projection=False)
    examples = []
    for _ in range(num_examples):
        manager.reset([rng.choice(tasks)])
        if rng.random() < 0.3:  # one "look" first, so prompts with history are covered too
            manager.step([format_target("look", require_think)], [True])
        prompt = render_chat(tokenizer, manager.build_prompt(0), template_kwargs)
        takes = [a for a in manager.envs[0].admissible_actions if a.startswith("take ")]
        action = f"take {manager.tasks[0]['target']}" if rng.random() < correct_fraction else rng.choice(takes)
        response = encode_text(tokenizer, format_target(action, require_think)) + [tokenizer.eos_token_id]
        examples.append((encode_text(tokenizer, prompt), response))
    return examples


def warm_start(model_dir: str | pathlib.Path, out_dir: str | pathlib.Path, steps: int = 100, seed: int = 0, *,
               batch_size: int = 4, lr: float = 5e-3, num_objects: int = 3, category_size: int = 3,
               correct_fraction: float = 0.0, history_length: int = 2, require_think: bool = True,
               template_kwargs: Mapping[str, Any] | None = None) -> pathlib.Path:
    """SFT `model_dir` for `steps` steps on well-formed toy turns; saves model + tokenizer to `out_dir`.

    Match num_objects / category_size / history_length / require_think to the env.toy settings of the run."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from agent_system.multi_turn_rollout.rollout_loop import _progress

    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    model.train()
    examples = build_examples(tokenizer, max(4 * batch_size, 256), seed, num_objects=num_objects,
                              category_size=category_size, correct_fraction=correct_fraction,
                              history_length=history_length, require_think=require_think,
                              template_kwargs=template_kwargs)
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
            labels[row, len(prompt):len(ids)] = torch.tensor(response)
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
