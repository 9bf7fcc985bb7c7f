"""Samples as readable records: trainer.rollout_data_dir (every training sample per step, JSONL) and
trainer.log_val_generations (a few validation samples to the console and wandb / tensorboard).

One record per step sample (one env turn): the prompt and response text without padding, the
episode's reward and the group / trajectory ids, so a dump can be read next to metrics.jsonl.
"""
from __future__ import annotations

import json
import pathlib
from typing import Any

import numpy as np


def _text(tokenizer, ids, mask) -> str:
    return tokenizer.decode(ids[mask.bool()].tolist(), skip_special_tokens=False)


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def sample_records(batch, tokenizer, step: int) -> list[dict[str, Any]]:
    """{step, input, output, score, ...} per sample. `score` is the sum of token_level_scores when the
    batch has them (training), else the episode reward (validation); `reward` / `advantage` appear once
    computed (the KL / invalid-action adjusted reward sum and the advantage of the first response token)."""
    tensors, extra = batch.batch, batch.non_tensor_batch
    prompts, responses = tensors["prompts"], tensors["responses"]
    width = prompts.shape[-1]
    attention = tensors["attention_mask"]
    response_mask = tensors["response_mask"] if "response_mask" in tensors.keys() else attention[:, width:]
    records = []
    for row in range(len(batch)):
        record: dict[str, Any] = {"step": int(step),
                                  "input": _text(tokenizer, prompts[row], attention[row, :width]),
                                  "output": _text(tokenizer, responses[row], attention[row, width:])}
        if "token_level_scores" in tensors.keys():
            record["score"] = float(tensors["token_level_scores"][row].sum())
        elif "episode_reward" in extra:
            record["score"] = float(extra["episode_reward"][row])
        if "token_level_rewards" in tensors.keys():
            record["reward"] = float(tensors["token_level_rewards"][row].sum())
        if "advantages" in tensors.keys():
            valid = response_mask[row].bool()
            record["advantage"] = float(tensors["advantages"][row][valid][0]) if valid.any() else 0.0
        for key in ("uid", "traj_uid", "step_index", "is_action_valid", "env_failed", "won", "episode_reward",
                    "data_source", "task_type"):
            if key in extra and key not in record:
                record[key] = _plain(extra[key][row])
        records.append(record)
    return records


def dump_rollouts(directory: str | pathlib.Path, step: int, records: list[dict[str, Any]]) -> pathlib.Path:
    """Write <directory>/<step>.jsonl (one record per line), as verl's rollout_data_dir does."""
    path = pathlib.Path(directory).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    path = path / f"{step}.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def pick_samples(records: list[dict[str, Any]], n: int, seed: int = 42) -> list[dict[str, Any]]:
    """n records in a fixed order across validations (sorted by input, then a seeded shuffle, as verl),
    so the same prompts are followed from one validation to the next."""
    if n <= 0 or not records:
        return []
    ordered = sorted(records, key=lambda r: (r["input"], r["output"]))
    order = np.random.RandomState(seed).permutation(len(ordered))
    return [ordered[i] for i in order[:n]]
