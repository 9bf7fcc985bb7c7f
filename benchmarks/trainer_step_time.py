"""Step-time split of the whole trainer (rollout, old/teacher/ref log-prob, update) on one device.

    python benchmarks/trainer_step_time.py --device cuda --preset qwen2.5-0.5b --method sdar --steps 3
    python benchmarks/trainer_step_time.py --device cpu                       # tiny model, quick check
    python benchmarks/trainer_step_time.py --compare grpo,sdar --reps 8       # side by side, same process
    python benchmarks/trainer_step_time.py --compare grpo,sdar,sdar@algorithm.teacher_shared_prefix=false

Random weights with a realistic shape (verl.utils.tiny_model presets), the toy environment, the HF
rollout engine and one local rank. Prints one JSON line per step and metric: the timing_s/* split,
tokens/s per device and peak memory. Step 1 includes warm-up; compare later steps.

--compare builds one trainer per method in this process (same model, same seed) and runs their steps
interleaved (A B B A ...), after --warmup steps each, so load from other processes hits both alike.
It prints per method the median over the repetitions of: the step's wall and process CPU time, each
timing_s/* stage, the teacher stage (build_teacher_batch + teacher forward) and its share of the step,
and the collector's own overhead: rollout time outside the rollout engine's generate_sequences and the
environment's reset/step calls, as a share of the rollout; then the ratio of the methods' steps.
"""
from __future__ import annotations

import argparse
import functools
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from bench_output import emit_line  # noqa: E402
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPORTED = ("timing_s/step", "timing_s/gen", "timing_s/old_log_prob", "timing_s/teacher_forward", "timing_s/ref",
            "timing_s/update_actor", "perf/throughput", "perf/total_num_tokens", "perf/max_memory_allocated_gb",
            "perf/cpu_memory_peak_gb", "response_length/mean", "prompt_length/mean")


_emit = functools.partial(emit_line, "trainer_step_time")


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
    parser.add_argument("--compare", default=None, help="methods to run side by side, e.g. grpo,sdar; "
                        "METHOD@KEY=VALUE[@KEY=VALUE...] adds config overrides to that run")
    parser.add_argument("--reps", type=int, default=8, help="--compare: measured steps per method")
    parser.add_argument("--warmup", type=int, default=1, help="--compare: unmeasured steps per method first")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's)")
    args = parser.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    if args.compare:
        compare(args)
        return

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
            config = {"device": args.device, "preset": args.preset or "tiny", "method": args.method,
                      "step": record["step"], "tasks": args.tasks, "n": args.n, "response_length": args.response_length}
            for key in REPORTED:
                if key in record:
                    _emit(config, key, record[key], _unit(key))


class _Clock:
    """Wall and process-CPU seconds spent inside wrapped calls, per label, since the last reset."""

    def __init__(self):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def reset(self) -> None:
        self.wall.clear()
        self.cpu.clear()

    def wrap(self, owner, name: str, label: str) -> None:
        import time

        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.wall[label] = self.wall.get(label, 0.0) + time.perf_counter() - wall
                self.cpu[label] = self.cpu.get(label, 0.0) + time.process_time() - cpu

        setattr(owner, name, timed)


def compare(args) -> None:
    medians = compare_methods(args.compare.split(","), device=args.device, preset=args.preset, tasks=args.tasks,
                              n=args.n, response_length=args.response_length, max_steps=args.max_steps,
                              reps=args.reps, warmup=args.warmup)
    emit_comparison(medians, {"device": args.device, "preset": args.preset or "tiny", "tasks": args.tasks,
                              "n": args.n, "response_length": args.response_length, "max_steps": args.max_steps,
                              "reps": args.reps, "warmup": args.warmup, "threads": args.threads,
                              "statistic": "median over interleaved reps"})


def compare_methods(methods, *, device: str, preset: str | None, tasks: int, n: int, response_length: int,
                    max_steps: int, reps: int, warmup: int, model_dir=None, overrides=()) -> dict[str, dict[str, float]]:
    """Per method, the median over `reps` interleaved steps of every timing (see the module docstring)."""
    import statistics

    from omegaconf import OmegaConf

    from verl.trainer import main_ppo
    from verl.trainer.cpu_recipe import tiny_toy_config
    from verl.trainer.ppo import ray_trainer
    from verl.utils.tiny_model import build_tiny_model

    methods = [m for m in methods if m]
    clocks = {m: _Clock() for m in methods}
    build_clock = _Clock()  # build_teacher_batch is a module function: one wrapper, reset before every step
    original_build = ray_trainer.build_teacher_batch
    build_clock.wrap(ray_trainer, "build_teacher_batch", "teacher_build")
    samples: dict[str, list[dict]] = {m: [] for m in methods}
    trainers = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = pathlib.Path(tmp)
            if model_dir is None:
                model_dir = build_tiny_model(tmp / "model", preset=preset,
                                             dtype="bfloat16" if device == "cuda" else "float32")
            for index, method in enumerate(methods):
                name, *extra = method.split("@")  # "sdar@algorithm.teacher_shared_prefix=false@KEY=VALUE..."
                config = tiny_toy_config(
                    model_dir, tmp / f"run{index}", 10_000, name, tasks_per_step=tasks, group_n=n,
                    max_response_length=response_length, lr=1e-6,
                    overrides=[f"trainer.device={device}", f"env.max_steps={max_steps}", "trainer.save_freq=-1",
                               "trainer.test_freq=0", "trainer.val_before_train=false", "trainer.logger=[]",
                               "trainer.worker_backend=local", "actor_rollout_ref.rollout.name=hf",
                               "actor_rollout_ref.actor.ppo_mini_batch_size=64",
                               "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8", *overrides,
                               *extra])
                OmegaConf.resolve(config)
                trainer = main_ppo.build_trainer(config)
                trainers[method] = trainer
                clock = clocks[method]
                clock.wrap(trainer.actor_rollout_wg, "generate_sequences", "model")
                clock.wrap(trainer.train_envs, "reset", "env")
                clock.wrap(trainer.train_envs, "step", "env")
                clock.wrap(trainer, "_teacher_log_probs", "teacher")
                clock.wrap(trainer.collector, "collect", "rollout")
                clock.wrap(trainer, "train_step", "step")
            for rep in range(warmup + reps):
                for method in (methods if rep % 2 == 0 else methods[::-1]):  # A B, B A, ...
                    trainer, clock = trainers[method], clocks[method]
                    clock.reset()
                    build_clock.reset()
                    trainer.global_step += 1
                    metrics = trainer.train_step()
                    if rep >= warmup:
                        samples[method].append(_step_row(metrics, clock, build_clock))
    finally:
        ray_trainer.build_teacher_batch = original_build
        for trainer in trainers.values():
            trainer.actor_rollout_wg.shutdown()
            trainer.train_envs.close()
            trainer.val_envs.close()
    medians: dict[str, dict[str, float]] = {}
    for method in methods:
        keys = sorted({k for row in samples[method] for k in row})
        medians[method] = {k: statistics.median(row.get(k, 0.0) for row in samples[method]) for k in keys}
    return medians


_STEP_METRICS = ("response_length/mean", "prompt_length/mean", "perf/throughput", "perf/total_num_tokens",
                 "perf/max_memory_allocated_gb")


def _step_row(metrics: dict, clock: _Clock, build_clock: _Clock) -> dict[str, float]:
    row = {k: v for k, v in metrics.items() if k.startswith("timing_s/") or k in _STEP_METRICS}
    for source in (clock, build_clock):
        row.update({f"wall/{k}": v for k, v in source.wall.items()})
        row.update({f"cpu/{k}": v for k, v in source.cpu.items()})
    for kind in ("wall", "cpu"):
        rollout = row[f"{kind}/rollout"]
        row[f"{kind}/collector_overhead"] = rollout - row.get(f"{kind}/model", 0.0) - row.get(f"{kind}/env", 0.0)
        row[f"{kind}/collector_overhead_share"] = row[f"{kind}/collector_overhead"] / rollout
        if f"{kind}/teacher" in row:
            row[f"{kind}/teacher_share"] = row[f"{kind}/teacher"] / row[f"{kind}/step"]
    return row


def emit_comparison(medians: dict[str, dict[str, float]], base_config: dict) -> None:
    methods = list(medians)
    for method in methods:
        for key, value in medians[method].items():
            _emit(dict(base_config, method=method), key, value, _unit(key))
    for other in methods[1:]:
        for kind in ("wall", "cpu"):
            ratio = medians[other][f"{kind}/step"] / medians[methods[0]][f"{kind}/step"]
            _emit(dict(base_config, method=f"{other}/{methods[0]}"), f"{kind}/step_ratio", ratio, "ratio")


def _unit(key: str) -> str:
    return ("fraction" if key.endswith("share") else "tokens" if "length" in key or "num_tokens" in key
            else "tokens/s/device" if key == "perf/throughput" else "GiB" if key.endswith("_gb") else "s")


if __name__ == "__main__":
    main()
