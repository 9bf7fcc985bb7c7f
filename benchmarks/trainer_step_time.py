"""Step-time split of the whole trainer (rollout, old/teacher/ref log-prob, update) on one device.

    python benchmarks/trainer_step_time.py --device cuda --preset qwen2.5-0.5b --method sdar --steps 3
    python benchmarks/trainer_step_time.py --device cpu                       # tiny model, quick check

Random weights with a realistic shape (verl.utils.tiny_model presets), the toy environment, the HF
rollout engine and one local rank. Prints one JSON line per step and metric: the timing_s/* split,
tokens/s per device and peak memory. Step 1 includes warm-up; compare later steps.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPORTED = ("timing_s/step", "timing_s/gen", "timing_s/old_log_prob", "timing_s/teacher_forward", "timing_s/ref",
            "timing_s/update_actor", "perf/throughput", "perf/total_num_tokens", "perf/max_memory_allocated_gb",
            "perf/cpu_memory_peak_gb", "response_length/mean", "prompt_length/mean")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    parser.add_argument("--preset", default=None, help="e.g. qwen2.5-0.5b (default: the tiny test model)")
    parser.add_argument("--method", default="sdar")
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=8, help="tasks per step (each played --n times)")
    parser.add_argument("--n", type=int, default=4)
    parser.add_argument("--response-length", type=int, default=64)
    parser.add_argument("--max-steps", type=int, default=3, help="env turns per episode")
    args = parser.parse_args()

    from verl.trainer.cpu_recipe import tiny_toy_config
    from verl.trainer.main_ppo import run
    from verl.utils.tiny_model import build_tiny_model
    from verl.utils.tracking import read_metrics

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        model_dir = build_tiny_model(tmp / "model", preset=args.preset,
                                     dtype="bfloat16" if args.device == "cuda" else "float32")
        config = tiny_toy_config(
            model_dir, tmp / "run", args.steps, args.method, tasks_per_step=args.tasks, group_n=args.n,
            max_response_length=args.response_length, lr=1e-6,
            overrides=[f"trainer.device={args.device}", f"env.max_steps={args.max_steps}", "trainer.save_freq=-1",
                       "trainer.test_freq=0", "trainer.val_before_train=false", "trainer.logger=[]",
                       "actor_rollout_ref.actor.ppo_mini_batch_size=64",
                       "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8"])
        run(config)
        for record in read_metrics(tmp / "run" / "metrics.jsonl"):
            for key in REPORTED:
                if key in record:
                    print(json.dumps({"bench": "trainer_step_time",
                                      "config": {"device": args.device, "preset": args.preset or "tiny",
                                                 "method": args.method, "step": record["step"],
                                                 "tasks": args.tasks, "n": args.n,
                                                 "response_length": args.response_length},
                                      "metric": key, "value": record[key],
                                      "unit": "s" if key.startswith("timing") else
                                      ("tokens/s/device" if key == "perf/throughput" else
                                       ("GiB" if key.endswith("_gb") else "tokens"))}), flush=True)


if __name__ == "__main__":
    main()
