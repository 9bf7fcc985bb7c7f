"""Small-run settings for CPU: the demo, the learning benchmark, examples/cpu/ and the end-to-end tests.

One place for the overrides that shrink a paper run to a tiny model on the toy environment, so the
demo, the benchmarks and the tests exercise the same configuration.
"""
from __future__ import annotations

import pathlib

from omegaconf import DictConfig


def tiny_toy_overrides(model_dir: str | pathlib.Path, out_dir: str | pathlib.Path, steps: int, *,
                       tasks_per_step: int = 4, group_n: int = 4, max_response_length: int = 24,
                       lr: float = 2e-3) -> list[str]:
    return [
        f"actor_rollout_ref.model.path={model_dir}", "env.env_name=toy", f"env.rollout.n={group_n}",
        "env.max_steps=3", f"data.train_batch_size={tasks_per_step}", "data.val_batch_size=16",
        "data.max_prompt_length=1024", f"data.max_response_length={max_response_length}",
        "actor_rollout_ref.actor.ppo_mini_batch_size=16", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8",
        f"actor_rollout_ref.actor.optim.lr={lr}", "actor_rollout_ref.actor.kl_loss_coef=0.001",
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=16",
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=16",
        "actor_rollout_ref.rollout.val_kwargs.do_sample=false", "algorithm.sdar.sdar_coef=0.1",
        "algorithm.teacher_max_prompt_length=2048", f"trainer.total_training_steps={steps}",
        f"trainer.default_local_dir={out_dir}", "trainer.resume_mode=disable", "trainer.device=cpu",
    ]


def tiny_toy_config(model_dir, out_dir, steps: int, method: str = "sdar", overrides=(), **kwargs) -> DictConfig:
    from verl.trainer.methods import apply_method_preset
    from verl.utils.config import load_config

    config = load_config(tiny_toy_overrides(model_dir, out_dir, steps, **kwargs) + list(overrides))
    return apply_method_preset(config, method)


def warm_started_tiny_model(out_dir: str | pathlib.Path, seed: int = 0) -> pathlib.Path:
    """The tiny model plus a few seconds of SFT on well-formed toy turns (reused if already built)."""
    from agent_system.environments.env_package.toy import warm_start
    from verl.utils.tiny_model import build_tiny_model

    out_dir = pathlib.Path(out_dir)
    final = out_dir / f"tiny_model_warm_seed{seed}"
    if (final / "config.json").exists():
        return final
    base = build_tiny_model(out_dir / f"tiny_model_init_seed{seed}", seed=seed)
    return pathlib.Path(warm_start(base, final, seed=seed))


# The skill-reading warm start (toy/sft.py) on the owners task: format, plus reading the teacher's
# "[Privileged Skill Information]" turn. One round of 200 steps at lr 3e-3 puts the right item on top in
# 40/40 held-out tasks (benchmarks/learning_sdar.skill_reading_report); lr 1e-2 learned 2 of 5 owners.
OWNERS_NUM_OBJECTS = 5
SKILL_READING_WARM_START = dict(steps=200, batch_size=16, lr=3e-3, num_objects=OWNERS_NUM_OBJECTS, category_size=1,
                                task_set="owners", skill_fraction=0.85, short_fraction=0.5, num_examples=1000)


# The skill-reading task of the learning benchmark and the demo (docs/results/learning.md): "take anna's
# item", five items in the room, which one is anna's only her skill says. OWNERS_TASK_SETTINGS is the
# one-room task of runs 1-4; owners_rooms_overrides(3) makes it run 5's: three rooms, only the last right
# take pays, no history in the prompt (it would show the right take of the room before).
OWNERS_MAX_RESPONSE_LENGTH = 16
OWNERS_TASK_SETTINGS = ("env.toy.task_set=owners", f"env.toy.num_objects={OWNERS_NUM_OBJECTS}", "env.max_steps=2",
                        "env.toy.num_val_tasks=20", "data.val_batch_size=20",
                        f"data.max_response_length={OWNERS_MAX_RESPONSE_LENGTH}",
                        "actor_rollout_ref.actor.use_kl_loss=false",
                        "actor_rollout_ref.rollout.val_kwargs.do_sample=true",
                        "actor_rollout_ref.rollout.val_kwargs.temperature=1.0")


def owners_rooms_overrides(rooms: int) -> tuple[str, ...]:
    """Episodes of `rooms` rooms (one spare step for a "look" or an invalid reply), no history shown."""
    return (f"env.toy.num_rooms={rooms}", f"env.max_steps={rooms + 1}", "env.history_length=0") if rooms > 1 else ()


def skill_reading_tiny_model(out_dir: str | pathlib.Path, skills_dir: str | pathlib.Path, seed: int = 0,
                             rounds: int = 1, **overrides) -> pathlib.Path:
    """The tiny model warm-started to read `skills_dir`'s owner skills (cached per recipe in out_dir)."""
    import hashlib
    import json

    from agent_system.environments.env_package.toy import warm_start
    from verl.utils.tiny_model import build_tiny_model

    out_dir = pathlib.Path(out_dir)
    settings = dict(SKILL_READING_WARM_START, **overrides)
    recipe = hashlib.sha1(json.dumps([settings, rounds], sort_keys=True).encode()).hexdigest()[:8]  # no stale cache
    final = out_dir / f"tiny_model_skill_reader_seed{seed}_{recipe}"
    if (final / "config.json").exists():
        return final
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # the SFT's float sums depend on the thread count: one build per recipe, anywhere
    try:
        current = build_tiny_model(out_dir / f"tiny_model_init_seed{seed}", seed=seed)
        for chunk in range(rounds):
            target = final if chunk == rounds - 1 else out_dir / f"tiny_model_skill_reader_seed{seed}_{recipe}_round{chunk}"
            current = warm_start(current, target, seed=seed + chunk, skills_dir=skills_dir, **settings)
    finally:
        torch.set_num_threads(threads)
    return pathlib.Path(current)


def _main(argv: list[str] | None = None) -> None:
    """python -m verl.trainer.cpu_recipe METHOD [--steps 2] [--out DIR] [hydra overrides...]

    Runs METHOD for a few steps on CPU with the warm-started tiny model on the toy environment
    (what examples/cpu/run_<method>.sh call)."""
    import argparse

    from verl.trainer.main_ppo import run
    from verl.utils.config import METHODS, validate_config

    parser = argparse.ArgumentParser(prog="python -m verl.trainer.cpu_recipe", description=main.__doc__)
    parser.add_argument("method", choices=METHODS)
    parser.add_argument("--steps", type=int, default=2)
    parser.add_argument("--out", default=None, help="run folder (default outputs/cpu/<method>)")
    args, overrides = parser.parse_known_args(argv)
    out_dir = pathlib.Path(args.out or f"outputs/cpu/{args.method}").resolve()
    models = out_dir.parent / "models"
    config = tiny_toy_config(models / "tiny_model_warm_seed0", out_dir, args.steps, args.method,
                             overrides=[f"trainer.save_freq={args.steps}", f"trainer.test_freq={args.steps}",
                                        f"trainer.experiment_name={args.method}", *overrides])
    validate_config(config, check_paths=False)  # a bad override fails before the warm start's SFT
    config.actor_rollout_ref.model.path = str(warm_started_tiny_model(models))
    run(config)
    print(f"metrics: {out_dir / 'metrics.jsonl'}; checkpoint: {out_dir / f'global_step_{args.steps}'}")


def main(argv: list[str] | None = None) -> None:
    from verl.utils.config import cli_entry

    cli_entry(_main)(argv)


main.__doc__ = _main.__doc__

if __name__ == "__main__":
    main()

