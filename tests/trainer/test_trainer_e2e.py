"""End-to-end training runs on CPU: tiny model, toy environment, every method, both worker backends."""
from __future__ import annotations

import json
import math
import pathlib

import pytest

from verl.trainer.main_eval import evaluate
from verl.trainer.main_ppo import build_trainer, run
from verl.trainer.methods import apply_method_preset
from verl.utils.config import load_config
from verl.utils.tracking import read_metrics

METHODS = ["grpo", "skill_grpo", "opsd", "grpo_opsd", "sdar", "rlsd", "skill_sd"]
TEACHER_METHODS = {"opsd", "grpo_opsd", "sdar", "rlsd", "skill_sd"}


def make_config(model_dir, out_dir, method="sdar", steps=2, extra=()):
    config = load_config([
        f"actor_rollout_ref.model.path={model_dir}", "env.env_name=toy", "env.rollout.n=2", "env.max_steps=2",
        "env.toy.num_val_tasks=4", "data.train_batch_size=2", "data.val_batch_size=4", "data.max_prompt_length=1024",
        "data.max_response_length=12", "actor_rollout_ref.actor.ppo_mini_batch_size=4",
        "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2", "actor_rollout_ref.actor.optim.lr=1e-3",
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8",
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8", "algorithm.teacher_max_prompt_length=2048",
        "algorithm.sdar.sdar_coef=0.1", "algorithm.skillsd.sdl_lambda=0.1", "algorithm.rlsd.warmdown_steps=10",
        f"trainer.total_training_steps={steps}", "trainer.test_freq=0", "trainer.val_before_train=false",
        "trainer.save_freq=-1", "trainer.resume_mode=disable", "trainer.logger=[console]",
        f"trainer.default_local_dir={out_dir}", *extra])
    return apply_method_preset(config, method)


def step_records(out_dir: pathlib.Path) -> list[dict]:
    return [r for r in read_metrics(out_dir / "metrics.jsonl") if "training/global_step" in r]


@pytest.mark.parametrize("method", METHODS)
def test_every_method_runs_two_steps_local(tiny_model_dir, tmp_path, method):
    run(make_config(tiny_model_dir, tmp_path, method))
    records = step_records(tmp_path)
    assert [r["step"] for r in records] == [1, 2]
    last = records[-1]
    for key in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm", "actor/lr", "episode/success_rate",
                "episode/valid_action_ratio", "critic/advantages/mean", "response_length/mean",
                "timing_s/gen", "timing_s/old_log_prob", "timing_s/ref", "timing_s/update_actor",
                "perf/throughput", "perf/cpu_memory_peak_gb"):
        assert key in last, key
    # the teacher forward runs exactly for the methods that need it
    assert ("timing_s/teacher_forward" in last) == (method in TEACHER_METHODS)
    if method in ("sdar", "opsd", "grpo_opsd"):
        assert 0.0 < last["sdar/gate_mean"] < 1.0
        if method == "grpo_opsd":
            assert last["sdar/gate_mean"] == pytest.approx(0.5)
    if method == "rlsd":
        assert last["rlsd/lambda"] == pytest.approx(0.5 * (1 - 2 / 10))
    if method == "skill_sd":
        assert "actor/sdl_loss" in last
    # every loss term is computed (OPSD too: its pg_loss is logged, its coefficient is 0)
    assert all(math.isfinite(last[k]) for k in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm"))


def _train_and_fingerprint(config):
    trainer = build_trainer(config)
    try:
        metrics = trainer.fit()
        return metrics, trainer.actor_rollout_wg.call("weights_fingerprint")[0]
    finally:
        trainer.actor_rollout_wg.shutdown()


def test_sdar_with_zero_coef_equals_grpo(tiny_model_dir, tmp_path):
    grpo, grpo_weights = _train_and_fingerprint(make_config(tiny_model_dir, tmp_path / "grpo", "grpo", steps=1))
    sdar, sdar_weights = _train_and_fingerprint(make_config(tiny_model_dir, tmp_path / "sdar", "sdar", steps=1,
                                                            extra=["algorithm.sdar.sdar_coef=0.0"]))
    for key in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm", "episode/reward/mean"):
        assert sdar[key] == pytest.approx(grpo[key], rel=1e-6, abs=1e-8), key
    assert sdar_weights == grpo_weights
    # and a non-zero coefficient does change the update
    _, sdar_on = _train_and_fingerprint(make_config(tiny_model_dir, tmp_path / "sdar_on", "sdar", steps=1))
    assert sdar_on != grpo_weights


def test_resume_mid_run_continues_identically(tiny_model_dir, tmp_path):
    full = tmp_path / "full"
    run(make_config(tiny_model_dir, full, "sdar", steps=3, extra=["trainer.save_freq=2"]))
    part = tmp_path / "part"
    run(make_config(tiny_model_dir, part, "sdar", steps=2, extra=["trainer.save_freq=2"]))
    assert (part / "latest_checkpointed_iteration.txt").read_text().strip() == "2"
    run(make_config(tiny_model_dir, part, "sdar", steps=3, extra=["trainer.save_freq=2", "trainer.resume_mode=auto"]))
    a, b = step_records(full)[-1], step_records(part)[-1]
    assert a["step"] == b["step"] == 3
    for key in ("actor/pg_loss", "actor/kl_loss", "sdar/gate_mean", "episode/reward/mean", "response_length/mean"):
        assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key


def test_main_eval_writes_table(tiny_model_dir, tmp_path):
    config = make_config(tiny_model_dir, tmp_path, "grpo")
    metrics = evaluate(config)
    table = json.loads((tmp_path / "eval" / "eval_results.json").read_text())
    assert table["success_rate"]["all"] == pytest.approx(metrics["val/success_rate"])
    assert len(table["success_rate"]) > 1  # per task type rows
    assert "| task type | success rate (%) |" in (tmp_path / "eval" / "eval_results.md").read_text()


def test_sdar_two_ranks_on_ray(tiny_model_dir, tmp_path, ray_session):
    run(make_config(tiny_model_dir, tmp_path, "sdar", extra=["trainer.worker_backend=ray",
                                                             "trainer.n_gpus_per_node=2"]))
    records = step_records(tmp_path)
    assert [r["step"] for r in records] == [1, 2] and "sdar/gate_mean" in records[-1]


def test_validation_batches_combine_exactly():
    from verl.trainer.ppo.metrics import combine_batch_metrics

    merged = combine_batch_metrics([(4, {"episode/success_rate": 0.5, "episode/reward/max": 10.0,
                                         "episode/reward/min": 0.0, "episode/length/mean": 2.0}),
                                    (2, {"episode/success_rate": 1.0, "episode/reward/max": 10.0,
                                         "episode/reward/min": 10.0, "episode/length/mean": 5.0})])
    assert merged["episode/success_rate"] == pytest.approx((4 * 0.5 + 2 * 1.0) / 6)
    assert merged["episode/reward/max"] == 10.0 and merged["episode/reward/min"] == 0.0
    assert merged["episode/length/mean"] == pytest.approx((4 * 2 + 2 * 5) / 6)


def test_command_line_entry_trains_from_another_folder(tiny_model_dir, tmp_path):
    """`python -m verl.trainer.main_sdar key=value ...` as the launch scripts call it (not via run())."""
    import os
    import subprocess
    import sys

    args = [f"actor_rollout_ref.model.path={tiny_model_dir}", "env.env_name=toy", "env.rollout.n=2",
            "data.train_batch_size=2", "data.max_response_length=8", "actor_rollout_ref.actor.ppo_mini_batch_size=4",
            "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2", "trainer.total_training_steps=1",
            "trainer.val_before_train=false", "trainer.test_freq=0", "trainer.save_freq=1",
            "algorithm.method=grpo_opsd"]
    subprocess.run([sys.executable, "-m", "verl.trainer.main_sdar", *args], cwd=tmp_path, check=True,
                   capture_output=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
    run_dir = tmp_path / "checkpoints" / "sdar" / "debug"  # relative paths resolve against the caller's folder
    record = step_records(run_dir)[-1]
    assert record["sdar/gate_mean"] == pytest.approx(0.5)  # the grpo_opsd preset applied: gate_beta 0
    assert (run_dir / "latest_checkpointed_iteration.txt").read_text().strip() == "1"


def test_env_failures_are_not_penalised_as_invalid_actions(tiny_model_dir, tmp_path):
    import types

    import torch

    from verl.protocol import DataProto
    from verl.trainer.methods import MethodSpec
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer

    config = make_config(tiny_model_dir, tmp_path, "grpo")  # invalid_action_penalty_coef 0.1
    batch = DataProto.from_dict(
        {"token_level_scores": torch.zeros(3, 2), "response_mask": torch.ones(3, 2)},
        {"uid": ["g"] * 3, "traj_uid": ["a", "b", "c"], "is_action_valid": [True, False, False],
         "env_failed": [False, False, True]})
    stub = types.SimpleNamespace(config=config, method=MethodSpec.from_config(config))
    metrics = RayPPOTrainer._compute_advantages(stub, batch, step=1)
    assert batch.batch["token_level_rewards"].sum(-1).tolist() == pytest.approx([0.0, -0.1, 0.0])
    assert metrics["episode/valid_action_ratio"] == pytest.approx(1 / 3)
