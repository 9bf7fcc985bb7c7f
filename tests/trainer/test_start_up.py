"""Start-up behaviour of the entry points (issue 15): one-line config errors with exit code 2, no
silent config keys, and the cheap verl features (rollout_data_dir, log_val_generations, use_kl_in_reward)."""
from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest
import torch

from tests.trainer.config_access import record_config_reads
from verl.utils.config import leaf_keys, load_config

ROOT = pathlib.Path(__file__).resolve().parents[2]

# ------------------------------------------------------------------ config-error matrix (subprocesses)

MATRIX = [  # (entry module, overrides, words the single stderr line must contain)
    ("main_ppo", ["algorithm.sdar.gate_bta=2"], ["algorithm.sdar.gate_bta", "did you mean algorithm.sdar.gate_beta"]),
    ("main_sdar", ["+data.train_batch_sise=4"], ["data.train_batch_sise", "did you mean data.train_batch_size"]),
    ("main_ppo", ["{model}", "data.train_batch_size=abc"], ["data.train_batch_size", "expected an integer", "'abc'"]),
    ("main_ppo", ["{model}", "algorithm.method=sdarr"], ["algorithm.method", "must be one of", "'sdarr'"]),
    ("main_rlsd", ["actor_rollout_ref.model.path=/no/such/model"], ["actor_rollout_ref.model.path", "/no/such/model",
                                                                  "does not exist"]),
    ("main_ppo", ["actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct"],
     ["actor_rollout_ref.model.path", "Qwen/Qwen2.5-3B-Instruct", "offline"]),
    ("main_skillsd", ["{model}", "data.image_key=images"], ["data.image_key=images", "not supported"]),
    ("main_skill_grpo", ["{model}", "env.env_name=Sokoban"], ["env.env_name", "Sokoban", "not part of SDAR"]),
    ("main_eval", ["{model}", "trainer.resume_from_path=/no/ckpt"], ["trainer.resume_from_path", "/no/ckpt",
                                                                   "does not exist"]),
    ("main_eval", ["trainer.logger=console"], ["trainer.logger", "expected a list", "'console'"]),
    ("main_ppo", ["{model}", "data.max_prompt_length=16", "trainer.device=cpu"],  # found at the first rollout
     ["data.max_prompt_length=16", "tokens", "data.truncation=left|right"]),
    ("cpu_recipe", ["grpo", "--steps", "1", "actor_rollout_ref.actor.optim.lr=fast"],
     ["actor_rollout_ref.actor.optim.lr", "expected a number", "'fast'"]),
]


def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "SDAR_DEBUG"}
    return {**env, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT), **extra}


def test_config_errors_exit_2_with_one_line(tiny_model_dir, tmp_path):
    """Every entry point: a user error in configuration or paths is exit code 2 and ONE stderr line
    naming the key, the bad value and what is expected; no traceback. Runs the cases in parallel."""
    procs = []
    for module, overrides, words in MATRIX:
        args = [a.replace("{model}", f"actor_rollout_ref.model.path={tiny_model_dir}") for a in overrides]
        if module == "cpu_recipe":
            args += [f"--out={tmp_path / 'cpu'}"]
        procs.append((module, overrides, words, subprocess.Popen(
            [sys.executable, "-m", f"verl.trainer.{module}", *args], cwd=tmp_path, env=_env(),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for module, overrides, words, proc in procs:
        _, err = proc.communicate(timeout=300)
        lines = [line for line in err.splitlines() if line.strip()]
        assert proc.returncode == 2, (module, overrides, err[-2000:])
        if "data.max_prompt_length=16" in overrides:  # found after the model load: its progress bars precede it
            assert "Traceback" not in err
            lines = lines[-1:]
        assert len(lines) == 1 and lines[0].startswith("config error: "), (module, overrides, err[-2000:])
        for word in words:
            assert word in lines[0], (module, word, lines[0])


def test_debug_flag_shows_the_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "verl.trainer.main_ppo", "algorithm.sdar.gate_bta=2"], cwd=tmp_path,
                          env=_env(SDAR_DEBUG="1"), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and "Traceback" in proc.stderr and "ConfigError" in proc.stderr
    assert "did you mean algorithm.sdar.gate_beta" in proc.stderr


# ------------------------------------------------------------------ in-reward KL (pure function)

def test_kl_penalty_in_reward_by_hand():
    from verl.trainer.ppo.core_algos import apply_kl_penalty_in_reward

    scores = torch.tensor([[0.0, 0.0, 1.0], [0.0, 2.0, 0.0]])
    old = torch.tensor([[-1.0, -2.0, -0.5], [-1.0, -1.0, -3.0]])
    ref = torch.tensor([[-1.5, -1.0, -0.5], [-2.0, -1.0, -1.0]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    rewards, metrics = apply_kl_penalty_in_reward(scores, old, ref, mask, kl_coef=0.1, kl_penalty_type="kl")
    # kl = old - ref, masked: [[0.5, -1, 0], [1, 0, (masked)]]
    expected = torch.tensor([[-0.05, 0.1, 1.0], [-0.1, 2.0, 0.0]])
    assert torch.allclose(rewards, expected)
    # per-sample token means: (0.5 - 1 + 0) / 3 and (1 + 0) / 2; batch mean of those
    assert metrics["actor/reward_kl_penalty"] == pytest.approx(((-0.5 / 3) + 0.5) / 2, abs=1e-6)
    assert metrics["actor/reward_kl_penalty_coeff"] == 0.1


# ------------------------------------------------------------------ one short run: features + no silent keys

# Keys the run below does not read, each with where it is read instead (the run is CPU, toy env,
# hf rollout, SDAR, GRPO, one rank, no resume). The leaf name must appear in those files.
READ_ELSEWHERE = {
    "data.val_files": ("agent_system/environments/env_manager.py", "Search-QA only"),
    "actor_rollout_ref.actor.ppo_micro_batch_size": ("verl/workers/actor.py", "deprecated, only when set"),
    "actor_rollout_ref.ref.log_prob_micro_batch_size": ("verl/workers/fsdp_workers.py", "deprecated, only when set"),
    "actor_rollout_ref.rollout.log_prob_micro_batch_size": ("verl/workers/fsdp_workers.py", "deprecated"),
    "actor_rollout_ref.model.lora_alpha": ("verl/workers/lora.py", "LoRA: lora_rank > 0"),
    "actor_rollout_ref.model.target_modules": ("verl/workers/lora.py", "LoRA: lora_rank > 0"),
    "actor_rollout_ref.actor.fsdp_config": ("verl/workers/fsdp_workers.py verl/workers/fsdp_utils.py", "CUDA / offload"),
    "actor_rollout_ref.rollout": ("verl/workers/rollout", "sampling params via a plain dict; vLLM engine keys"),
    "critic": ("verl/workers/critic.py verl/workers/fsdp_workers.py verl/workers/fsdp_utils.py "
               "verl/trainer/ppo/ray_trainer.py verl/utils/config.py verl/trainer/main_ppo.py", "adv_estimator=gae"),
    "algorithm.lam": ("verl/trainer/ppo/ray_trainer.py", "adv_estimator=gae"),
    "algorithm.gae_across_steps": ("verl/trainer/ppo/ray_trainer.py", "adv_estimator=gae"),
    "algorithm.filter_groups": ("verl/trainer/ppo/ray_trainer.py", "filter_groups.enable=true"),
    "algorithm.gigpo": ("verl/trainer/ppo/ray_trainer.py", "adv_estimator=gigpo"),
    "algorithm.rlsd": ("verl/trainer/methods.py verl/trainer/ppo/ray_trainer.py verl/trainer/main_ppo.py", "rlsd"),
    "algorithm.skillsd": ("verl/trainer/methods.py verl/trainer/main_ppo.py", "skill_sd"),
    "algorithm.skill_grpo": ("verl/trainer/main_ppo.py", "skill_grpo"),
    "env.resources_per_worker": ("agent_system/environments verl/utils/ray_utils.py", "env worker processes"),
    "env.step_timeout": ("agent_system/environments", "env worker processes"),
    "env.alfworld": ("agent_system/environments/env_package/alfworld", "env.env_name=alfworld"),
    "env.webshop": ("agent_system/environments/env_package/webshop", "env.env_name=webshop"),
    "env.search": ("agent_system/environments/env_package/search", "env.env_name=search"),
    "trainer.cpus_per_worker": ("verl/workers/worker_group.py", "worker_backend=ray"),
    "trainer.ray_num_cpus": ("verl/trainer/main_ppo.py verl/workers/worker_group.py", "worker_backend=ray"),
    "trainer.total_epochs": ("verl/trainer/ppo/ray_trainer.py", "when total_training_steps is null"),
    "trainer.resume_from_path": ("verl/trainer/ppo/ray_trainer.py verl/utils/config.py", "resume_mode=resume_path"),
    "trainer.critic_warmup": ("verl/trainer/ppo/ray_trainer.py", "with the critic"),
}


def _owner(key: str) -> str | None:
    return next((p for p in READ_ELSEWHERE if key == p or key.startswith(p + ".")), None)


def _source_text(paths: str) -> str:
    text = []
    for name in paths.split():
        path = ROOT / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        text += [f.read_text() for f in files]
    return "\n".join(text)


@pytest.fixture(scope="module")
def short_run(tiny_model_dir, tmp_path_factory):
    """Two SDAR steps on the toy env with validation before and after, the in-reward KL (and no KL loss,
    so the reference runs for the reward alone), rollout dumps and two logged validation samples."""
    from verl.trainer.main_ppo import run

    out = tmp_path_factory.mktemp("start_up_run")
    config = load_config([
        f"actor_rollout_ref.model.path={tiny_model_dir}", "env.env_name=toy", "env.rollout.n=2", "env.max_steps=2",
        "env.toy.num_val_tasks=2", "data.train_batch_size=2", "data.val_batch_size=4", "data.max_prompt_length=1024",
        "data.max_response_length=8", "actor_rollout_ref.actor.ppo_mini_batch_size=4",
        "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2", "actor_rollout_ref.actor.optim.lr=1e-2",
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8",
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8", "actor_rollout_ref.actor.use_kl_loss=false",
        "algorithm.method=sdar", "algorithm.teacher_max_prompt_length=2048", "trainer.total_training_steps=2",
        "trainer.test_freq=2", "trainer.save_freq=2", "trainer.resume_mode=disable", "trainer.device=cpu",
        "trainer.logger=[console,tensorboard]", f"trainer.default_local_dir={out / 'run'}",
        "trainer.log_val_generations=2", f"trainer.rollout_data_dir={out / 'dump'}",
        "algorithm.use_kl_in_reward=true", "algorithm.kl_ctrl.kl_coef=0.5", "algorithm.kl_penalty=abs"])
    with record_config_reads() as seen:
        run(config)
    return out, seen


def test_every_yaml_key_is_read(short_run):
    """No silent keys: every leaf of ppo_trainer.yaml is read by the short run, or listed in READ_ELSEWHERE
    with the files that read it (its name must appear there). A new key must be read or listed here."""
    _, seen = short_run
    keys = leaf_keys()
    unread = [k for k in keys if k not in seen and _owner(k) is None]
    assert not unread, f"yaml keys no code reads (read them, remove them, or list where they are read): {unread}"
    for prefix in READ_ELSEWHERE:
        assert any(k == prefix or k.startswith(prefix + ".") for k in keys), f"stale READ_ELSEWHERE entry {prefix}"
    texts = {}
    for key in keys:
        owner = _owner(key)
        if owner is None or key in seen:
            continue
        files = READ_ELSEWHERE[owner][0]
        texts.setdefault(files, _source_text(files))
        leaf = key.rsplit(".", 1)[-1]
        assert re.search(rf"\b{re.escape(leaf)}\b", texts[files]), f"{key}: not named in {files}"
    # what the run itself must have read (these features are exercised here)
    for key in ("trainer.rollout_data_dir", "trainer.log_val_generations", "algorithm.use_kl_in_reward",
                "algorithm.kl_ctrl.kl_coef", "algorithm.kl_penalty", "trainer.ray_wait_register_center_timeout",
                "data.apply_chat_template_kwargs"):
        assert key in seen, key


def test_rollout_data_dir_writes_one_jsonl_per_step(short_run):
    out, _ = short_run
    files = sorted((out / "dump").glob("*.jsonl"))
    assert [f.name for f in files] == ["1.jsonl", "2.jsonl"]
    records = [json.loads(line) for line in files[0].read_text().splitlines()]
    assert len(records) >= 4  # 2 tasks x 2 envs, one sample per turn
    for record in records:
        assert record["step"] == 1 and record["input"].endswith("<|im_start|>assistant\n")
        assert {"output", "score", "reward", "advantage", "uid", "traj_uid"} <= set(record)
    assert len({r["uid"] for r in records}) == 2


def test_kl_in_reward_runs_the_reference_and_penalises(short_run):
    from verl.utils.tracking import read_metrics

    out, _ = short_run
    steps = [r for r in read_metrics(out / "run" / "metrics.jsonl") if "training/global_step" in r]
    assert [r["step"] for r in steps] == [1, 2]
    # the reference runs although the KL loss is off; step 1's policy IS the reference (KL 0)
    assert all("timing_s/ref" in r and r["actor/reward_kl_penalty_coeff"] == 0.5 for r in steps)
    assert steps[0]["actor/reward_kl_penalty"] == pytest.approx(0.0, abs=1e-5)
    assert steps[1]["actor/reward_kl_penalty"] > 1e-4  # after one update (abs estimator: > 0)
    # the penalty is in the dumped rewards: reward = score - 0.5 * sum |kl| <= score - invalid penalty
    records = [json.loads(line) for line in (out / "dump" / "2.jsonl").read_text().splitlines()]
    assert any(r["reward"] < r["score"] - 0.1 - 1e-6 for r in records)


def test_log_val_generations_reach_tensorboard(short_run):
    out, _ = short_run
    events = list((out / "run" / "tensorboard").glob("events.out.tfevents.*"))
    assert events and any(b"val/generations" in e.read_bytes() for e in events)


def test_log_generations_console_and_sample_choice(tmp_path, capsys):
    from verl.trainer.ppo.generations import pick_samples
    from verl.utils.tracking import Tracking

    records = [{"input": f"prompt {i}", "output": f"answer {i}", "score": float(i)} for i in range(10)]
    picked = pick_samples(records, 3)
    assert len(picked) == 3 and picked == pick_samples(list(reversed(records)), 3)  # same samples every time
    assert pick_samples(records, 0) == []
    tracker = Tracking("p", "e", ["console"], log_dir=tmp_path)
    tracker.log_generations(picked, step=4)
    tracker.finish()
    out = capsys.readouterr().out
    assert out.count("[val/generations step 4] sample") == 3
    assert all(s["input"] in out and s["output"] in out for s in picked)


def test_main_eval_prints_log_val_generations(tiny_model_dir, tmp_path, capsys):
    from verl.trainer.main_eval import evaluate

    config = load_config([
        f"actor_rollout_ref.model.path={tiny_model_dir}", "env.env_name=toy", "env.max_steps=1",
        "env.toy.num_val_tasks=3", "data.val_batch_size=3", "data.max_response_length=4", "trainer.device=cpu",
        "actor_rollout_ref.actor.ppo_mini_batch_size=4", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2",
        "trainer.log_val_generations=2", f"trainer.default_local_dir={tmp_path}"])
    evaluate(config)
    out = capsys.readouterr().out
    assert out.count("[val/generations] sample") == 2 and "<|im_start|>assistant" in out
