"""EnvWorkerPool: batched reset/step in parallel workers, crash and timeout recovery, seeding."""
from __future__ import annotations

import os
import random
import signal
import time

import pytest

from agent_system.environments.worker_pool import EnvWorkerPool


class ScriptedEnv:
    """A tiny env whose actions can misbehave on purpose: nap, sleep (hang), raise, die."""

    def __init__(self, seed: int):
        self.seed = seed
        self.count = 0
        self.name = ""

    def reset(self, task):
        if task["name"] == "doomed":
            os._exit(2)
        self.count, self.name = 0, task["name"]
        return f"start {self.name}", {"pid": os.getpid(), "seed": self.seed, "draw": random.random()}

    def step(self, action):
        started = time.monotonic()
        if action == "nap":
            time.sleep(0.4)
        elif action == "hang":
            time.sleep(60)
        elif action == "stall":  # long enough to miss a 1 s deadline, short enough not to delay exit
            time.sleep(3)
        elif action == "raise":
            raise ValueError("boom")
        elif action == "die":
            os._exit(1)
        self.count += 1
        info = {"pid": os.getpid(), "started": started, "ended": time.monotonic()}
        return f"{self.name}:{action}:{self.count}", float(self.count), self.count >= 3, info


def make_scripted_env(seed: int) -> ScriptedEnv:
    return ScriptedEnv(seed)


@pytest.fixture
def make_pool():
    pools = []

    def build(num_workers, **kwargs):
        kwargs.setdefault("step_timeout", 20.0)
        pool = EnvWorkerPool(make_scripted_env, num_workers, **kwargs)
        pools.append(pool)
        return pool

    yield build
    for pool in pools:
        pool.close()


def tasks(n):
    return [{"name": f"t{i}"} for i in range(n)]


@pytest.mark.timeout(120)
def test_process_pool_runs_one_env_per_worker_in_parallel(make_pool):
    pool = make_pool(3, seed=100)
    results = pool.reset([0, 1, 2], tasks(3))
    assert [r.observation for r in results] == ["start t0", "start t1", "start t2"]
    assert [r.info["seed"] for r in results] == [100, 101, 102]  # env seed = pool seed + slot
    pids = [r.info["pid"] for r in results]
    assert len(set(pids)) == 3 and os.getpid() not in pids
    assert pool.worker_pids() == pids

    naps = pool.step([2, 0, 1], ["nap", "nap", "nap"])  # results come back in the order asked
    assert [r.observation for r in naps] == ["t2:nap:1", "t0:nap:1", "t1:nap:1"]
    # the three 0.4 s naps overlapped in time: they ran concurrently, not one after another
    assert max(r.info["started"] for r in naps) < min(r.info["ended"] for r in naps)

    pool.step([0, 1, 2], ["a", "b", "c"])
    last = pool.step([0, 1], ["a", "b"])
    assert [(r.reward, r.done, r.info["env_failed"]) for r in last] == [(3.0, True, False), (3.0, True, False)]
    assert pool.num_failures == 0 and pool.num_restarts == 0


@pytest.mark.timeout(120)
def test_killed_worker_is_restarted_and_its_env_reported_failed(make_pool):
    pool = make_pool(2)
    pool.reset([0, 1], tasks(2))
    pool.step([0, 1], ["a", "a"])
    old_pids = pool.worker_pids()
    os.kill(old_pids[0], signal.SIGKILL)
    time.sleep(0.2)

    failed, fine = pool.step([0, 1], ["b", "b"])
    assert failed.done and failed.reward == 0.0 and failed.info["env_failed"] is True
    assert failed.observation == "t0:a:1"  # the last observation it had, never a silent gap
    assert "died" in failed.info["failure"]
    assert (fine.observation, fine.done, fine.info["env_failed"]) == ("t1:b:2", False, False)
    assert pool.num_failures == 1 and pool.num_restarts == 1

    again = pool.reset([0, 1], tasks(2))  # the slot gets a fresh worker
    assert [r.info["env_failed"] for r in again] == [False, False]
    assert again[0].info["pid"] != old_pids[0] and again[1].info["pid"] == old_pids[1]

    crash, ok = pool.step([0, 1], ["die", "x"])  # the worker dies in the middle of a step
    assert crash.info["env_failed"] and crash.done and ok.observation == "t1:x:1"
    assert pool.num_failures == 2 and pool.num_restarts == 2


@pytest.mark.timeout(120)
def test_hanging_step_times_out_and_the_worker_is_replaced(make_pool):
    pool = make_pool(2, step_timeout=1.5)
    pool.reset([0, 1], tasks(2))
    stuck_pid = pool.worker_pids()[0]
    started = time.monotonic()
    hung, fine = pool.step([0, 1], ["hang", "a"])
    assert time.monotonic() - started < 30  # it came back instead of waiting out the 60 s sleep
    assert hung.info["env_failed"] and hung.done and "step_timeout" in hung.info["failure"]
    assert not fine.info["env_failed"] and fine.observation == "t1:a:1"
    assert pool.num_restarts == 1
    fresh = pool.reset([0], tasks(1))[0]
    assert not fresh.info["env_failed"] and fresh.info["pid"] != stuck_pid


@pytest.mark.timeout(120)
def test_env_exception_fails_only_that_episode(make_pool):
    pool = make_pool(1)
    pool.reset([0], tasks(1))
    pid = pool.worker_pids()[0]
    result = pool.step([0], ["raise"])[0]
    assert result.info["env_failed"] and "ValueError: boom" in result.info["failure"]
    assert pool.worker_pids()[0] == pid and pool.num_restarts == 0  # the worker itself survived
    stale = pool.step([0], ["a"])[0]  # the broken env instance was dropped: stepping it fails too
    assert stale.info["env_failed"] and "not on this worker" in stale.info["failure"]
    assert pool.reset([0], tasks(1))[0].observation == "start t0"


@pytest.mark.timeout(120)
def test_several_envs_share_a_worker_and_fail_together(make_pool):
    pool = make_pool(2)
    results = pool.reset([0, 1, 2, 3], tasks(4))
    assert results[0].info["pid"] == results[2].info["pid"] != results[1].info["pid"]
    os.kill(pool.worker_pids()[0], signal.SIGKILL)
    time.sleep(0.2)
    stepped = pool.step([0, 1, 2, 3], ["a"] * 4)
    assert [r.info["env_failed"] for r in stepped] == [True, False, True, False]
    assert pool.num_failures == 2

    # a reset that kills the worker takes the envs already reset there with it: they are reset again
    results = pool.reset([0, 1, 2, 3], [{"name": "t0"}, {"name": "t1"}, {"name": "doomed"}, {"name": "t3"}])
    assert [r.info["env_failed"] for r in results] == [False, False, True, False]
    assert [r.observation for r in pool.step([0, 1, 3], ["b"] * 3)] == ["t0:b:1", "t1:b:1", "t3:b:1"]


@pytest.mark.timeout(120)
def test_worker_rngs_are_seeded(make_pool):
    first = [r.info["draw"] for r in make_pool(2, seed=7).reset([0, 1], tasks(2))]
    second = [r.info["draw"] for r in make_pool(2, seed=7).reset([0, 1], tasks(2))]
    other = [r.info["draw"] for r in make_pool(2, seed=8).reset([0, 1], tasks(2))]
    assert first == second and first != other and first[0] != first[1]


def test_thread_backend_has_the_same_contract(make_pool):
    pool = make_pool(2, backend="thread", step_timeout=1.0, seed=5)
    results = pool.reset([0, 1], tasks(2))
    assert [r.info["seed"] for r in results] == [5, 6]
    ok, boom = pool.step([0, 1], ["a", "raise"])
    assert ok.observation == "t0:a:1" and not ok.info["env_failed"]
    assert boom.info["env_failed"] and boom.done and "boom" in boom.info["failure"]
    hung = pool.step([0], ["stall"])[0]
    assert hung.info["env_failed"] and "step_timeout" in hung.info["failure"]
    assert pool.reset([0], tasks(1))[0].observation == "start t0"  # the abandoned slot is rebuilt


def test_bad_calls_fail_loudly(make_pool):
    with pytest.raises(ValueError, match="backend"):
        EnvWorkerPool(make_scripted_env, 1, backend="ray-ish")
    with pytest.raises(ValueError, match="'fork' is not allowed"):
        EnvWorkerPool(make_scripted_env, 1, start_method="fork")
    with pytest.raises(ValueError, match="num_workers"):
        EnvWorkerPool(make_scripted_env, 0)
    pool = make_pool(1, backend="thread")
    with pytest.raises(ValueError, match="duplicate"):
        pool.reset([0, 0], tasks(2))
    with pytest.raises(ValueError, match="2 indices but 1"):
        pool.step([0, 1], ["a"])
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.reset([0], tasks(1))
