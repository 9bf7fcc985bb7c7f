"""Fault tests (issue 15.8): an env worker killed from outside or hung while its step is in flight, and
kill -9 of the trainer in the middle of a checkpoint save followed by a resume.

(Config errors: tests/trainer/test_start_up.py; retriever faults and projection fuzzing live with the
Search and projection tests.)"""
from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest

from agent_system.environments.worker_pool import EnvWorkerPool
from tests.agent_system.test_worker_pool import make_scripted_env, tasks

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.mark.timeout(120)
def test_worker_killed_from_outside_mid_step():
    """SIGKILL (an OOM kill, an operator) lands while the worker is inside env.step: that env's
    episode is failed, the other env's step completes, and the slot works again after a reset."""
    pool = EnvWorkerPool(make_scripted_env, 2, step_timeout=20.0)
    try:
        pool.reset([0, 1], tasks(2))
        victim = pool.worker_pids()[0]
        killer = threading.Timer(0.8, os.kill, (victim, signal.SIGKILL))
        killer.start()
        started = time.monotonic()
        killed, fine = pool.step([0, 1], ["stall", "nap"])  # env 0 sleeps 3 s inside step
        killer.join()
        assert time.monotonic() - started < 15
        assert killed.info["env_failed"] and killed.done and killed.reward == 0.0
        assert killed.observation == "start t0" and "died" in killed.info["failure"]
        assert not fine.info["env_failed"] and fine.observation == "t1:nap:1"
        assert pool.num_failures == 1 and pool.num_restarts == 1
        again = pool.reset([0, 1], tasks(2))
        assert not again[0].info["env_failed"] and again[0].info["pid"] != victim
        assert pool.step([0, 1], ["a", "b"])[0].observation == "t0:a:1"
    finally:
        pool.close()


@pytest.mark.timeout(120)
def test_worker_hung_mid_step_twice_in_a_row():
    """A step that hangs is abandoned after env.step_timeout, its worker replaced; the replacement can
    hang again and is replaced again (no leak of stuck processes)."""
    pool = EnvWorkerPool(make_scripted_env, 2, step_timeout=1.0)
    try:
        pids = set()
        for round_ in range(2):
            pool.reset([0, 1], tasks(2))
            pids.add(pool.worker_pids()[0])
            hung, fine = pool.step([0, 1], ["hang", "a"])
            assert hung.info["env_failed"] and "step_timeout" in hung.info["failure"]
            assert not fine.info["env_failed"]
        assert pool.num_restarts == 2 and len(pids) == 2
        for pid in pids:  # the stuck workers were killed, not left sleeping
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        pool.close()


TRAIN_SCRIPT = r"""
import os, signal, sys
import verl.trainer.ppo.ray_trainer as ray_trainer
from verl.trainer.cpu_recipe import tiny_toy_config
from verl.trainer.main_ppo import run

model, out, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
real_save_state = ray_trainer.save_trainer_state

def save_state_or_die(path, state):
    # the actor's shards of this step are on disk, the checkpoint is not committed yet
    if state["global_step"] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return real_save_state(path, state)

ray_trainer.save_trainer_state = save_state_or_die
config = tiny_toy_config(model, out, 2, "grpo", tasks_per_step=2, group_n=2, max_response_length=8, overrides=[
    "trainer.save_freq=1", "trainer.test_freq=0", "trainer.val_before_train=false", "trainer.resume_mode=auto",
    "env.max_steps=2", "actor_rollout_ref.actor.ppo_mini_batch_size=4",
    "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2"])
run(config)
"""


def _train(model, out, kill_at: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", TRAIN_SCRIPT, str(model), str(out), str(kill_at)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.timeout(900)
def test_kill_9_during_a_checkpoint_save_then_resume(tiny_model_dir, tmp_path):
    out = tmp_path / "run"
    died = _train(tiny_model_dir, out, kill_at=2)
    assert died.returncode == -signal.SIGKILL, died.stderr[-3000:]
    assert (out / "global_step_1" / "actor").is_dir()  # step 1's checkpoint was committed
    assert not (out / "global_step_2").exists()  # step 2's save never committed: no half checkpoint to load
    assert any((out / ".global_step_2.tmp" / "actor").iterdir())  # killed mid-save: actor shards were written

    resumed = _train(tiny_model_dir, out, kill_at=-1)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert f"resumed from {out / 'global_step_1'} at step 1" in resumed.stdout
    assert (out / "global_step_2" / "actor").is_dir()
    steps = [json.loads(line)["step"] for line in (out / "metrics.jsonl").read_text().splitlines()
             if "training/global_step" in line]
    assert steps == [1, 2]  # step 1 once (before the kill), step 2 once (its first try died before logging)
    assert not (out / ".global_step_2.tmp").exists()  # the half-written folder was replaced by the real save
