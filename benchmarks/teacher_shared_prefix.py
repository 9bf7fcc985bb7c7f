"""Prototype measurement: the teacher forward with each task group's common head computed once.

    python benchmarks/teacher_shared_prefix.py --reps 3

The privileged prompts of one task group (same uid: same skills, same task) share a long head: the
skills' system turn and the start of the user turn. With causal attention that head's keys/values are
the same for every sample, so it can be run once (use_cache) and the samples' remainders attend to it.
This script collects one SDAR step's batch (tiny model, toy env, 8 tasks x 4 envs, 3 turns), builds the
teacher batch, and times on CPU (process time, one thread) the plain padded forward of each group vs
the head-once forward, and checks the response log-probs agree. Not wired into the trainer: it sizes
the gain of a shared-prefix teacher forward (docs/results/perf.md).
Prints JSON lines {"bench", "config", "metric", "value", "unit"}; medians over --reps.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)

    import torch
    from omegaconf import OmegaConf
    from transformers import AutoModelForCausalLM

    from verl.trainer import main_ppo
    from verl.trainer.cpu_recipe import tiny_toy_config
    from verl.trainer.ppo import core_algos
    from verl.trainer.ppo.teacher import build_teacher_batch
    from verl.utils.tiny_model import build_tiny_model

    torch.set_num_threads(1)
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="teacher_prefix_"))
    model_dir = build_tiny_model(tmp / "model")
    config = tiny_toy_config(model_dir, tmp / "run", 100, "sdar", tasks_per_step=8, group_n=4, max_response_length=64,
                             lr=1e-6, overrides=["trainer.device=cpu", "env.max_steps=3", "trainer.save_freq=-1",
                                                 "trainer.test_freq=0", "trainer.val_before_train=false",
                                                 "trainer.logger=[]"])
    OmegaConf.resolve(config)
    trainer = main_ppo.build_trainer(config)
    try:
        tasks = trainer.task_source.sample_tasks(config.data.train_batch_size, trainer.task_rng)
        batch, _ = trainer.collector.collect(trainer.train_envs, trainer.actor_rollout_wg, tasks, is_train=True)
        teacher, _ = build_teacher_batch(batch, trainer.skill_provider, trainer.tokenizer, placement="system",
                                         max_prompt_length=2048)
    finally:
        trainer.actor_rollout_wg.shutdown()
        trainer.train_envs.close()
        trainer.val_envs.close()
    model = AutoModelForCausalLM.from_pretrained(model_dir, attn_implementation="sdpa").eval()
    ids, mask, responses = teacher.batch["input_ids"], teacher.batch["attention_mask"], teacher.batch["responses"]
    width, response_width = ids.shape[1], responses.shape[1]
    prompt_width = width - response_width
    real = [ids[i, :prompt_width][mask[i, :prompt_width].bool()].tolist() for i in range(len(ids))]
    groups: dict[str, list[int]] = {}
    for row, uid in enumerate(batch.non_tensor_batch["uid"]):
        groups.setdefault(uid, []).append(row)

    def common_head(rows):
        seqs = [real[i] for i in rows]
        k = 0
        while k < min(map(len, seqs)) and all(s[k] == seqs[0][k] for s in seqs):
            k += 1
        return k

    def plain(rows):
        r = torch.tensor(rows)
        position = (mask[r].cumsum(-1) - 1).clamp(min=0)
        logits = model(input_ids=ids[r], attention_mask=mask[r], position_ids=position,
                       logits_to_keep=response_width + 1).logits[:, :-1]
        return core_algos.logprobs_from_logits(logits, responses[r])

    def head_once(rows, head):
        r = torch.tensor(rows)
        cache = model(input_ids=torch.tensor(real[rows[0]][:head])[None], use_cache=True).past_key_values
        cache.batch_repeat_interleave(len(rows))
        rest = [real[i][head:] for i in rows]
        longest = max(map(len, rest))
        rest_ids = torch.zeros(len(rows), longest, dtype=torch.long)
        rest_mask = torch.zeros(len(rows), longest, dtype=torch.long)
        for j, x in enumerate(rest):
            if x:
                rest_ids[j, longest - len(x):], rest_mask[j, longest - len(x):] = torch.tensor(x), 1
        rest_ids = torch.cat([rest_ids, responses[r]], 1)
        rest_mask = torch.cat([rest_mask, mask[r, prompt_width:]], 1)
        position = head + (rest_mask.cumsum(-1) - 1).clamp(min=0)
        full_mask = torch.cat([torch.ones(len(rows), head, dtype=torch.long), rest_mask], 1)
        logits = model(input_ids=rest_ids, attention_mask=full_mask, position_ids=position, past_key_values=cache,
                       use_cache=False, logits_to_keep=response_width + 1).logits[:, :-1]
        return core_algos.logprobs_from_logits(logits, responses[r])

    heads = {uid: common_head(rows) for uid, rows in groups.items()}
    times = {"plain": [], "head_once": []}
    diff = 0.0
    with torch.no_grad():
        for _ in range(args.reps):
            start = time.process_time()
            a = {uid: plain(rows) for uid, rows in groups.items()}
            times["plain"].append(time.process_time() - start)
            start = time.process_time()
            b = {uid: head_once(rows, heads[uid]) for uid, rows in groups.items()}
            times["head_once"].append(time.process_time() - start)
            for uid, rows in groups.items():
                valid = mask[torch.tensor(rows), prompt_width:].bool()
                diff = max(diff, float((a[uid] - b[uid])[valid].abs().max()))
    config_out = {"samples": len(ids), "groups": len(groups), "teacher_prompt_tokens_mean": sum(map(len, real)) / len(real),
                  "head_tokens_mean": statistics.mean(heads.values()), "reps": args.reps, "threads": 1}
    for name, values in times.items():
        emit(dict(config_out, forward=name), "teacher_forward_cpu_s", statistics.median(values), "s")
    emit(config_out, "speedup_head_once", statistics.median(times["plain"]) / statistics.median(times["head_once"]), "x")
    emit(config_out, "max_abs_logprob_diff", diff, "nats")


def emit(config: dict, metric: str, value, unit: str) -> None:
    print(json.dumps({"bench": "teacher_shared_prefix", "config": config, "metric": metric,
                      "value": round(value, 8) if isinstance(value, float) else value, "unit": unit}), flush=True)


if __name__ == "__main__":
    main()
