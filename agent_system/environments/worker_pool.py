"""Parallel environment workers shared by every env package.

`EnvWorkerPool` keeps environment instances in worker processes (or threads) and fans batched
`reset`/`step` calls out to them. It exists so that a slow or broken environment can never hang or
silently shrink a rollout batch (DESIGN.md §2.6):

- every env operation has a deadline (`step_timeout` seconds, plus `start_timeout` for the first
  call on a freshly started worker); a process worker that misses it is killed and restarted, a worker that dies (segfault, os.kill, OOM) is restarted on the next call;
- the envs that lived on such a worker are reported as *failed for this episode*: their result is
  (last observation, reward 0, done True, info with `env_failed=True` and `failure=<why>`), and the
  pool counts them in `num_failures` / `num_restarts`;
- an exception raised by the env's own code is reported the same way (the worker itself survives,
  the env instance is rebuilt on the next reset).

The env contract is small (any object with these two methods, built by `env_factory(seed)`):

    reset(task: dict) -> (observation: str, info: dict)
    step(action) -> (observation: str, reward: float, done: bool, info: dict)

Env slots are numbered 0..N-1 by the caller (the manager's env index). Slot `s` lives on worker
`s % num_workers`; with `num_workers >= N` every env has a worker of its own, as in the reference
(one Ray actor per env, METHOD.md §4.7). A slot's env is created on its first reset, seeded with
`seed + s`. Tasks themselves carry what must be shared inside a GRPO group (the game file), so
seeds only govern env-internal randomness.

Backends: "process" (multiprocessing, forkserver by default, spawn selectable; true isolation,
timeouts enforced by killing; `preload_modules` are imported once by the fork server) and "thread"
(in-process, for cheap envs and debugging: a timed-out thread cannot be killed, so its slot is
abandoned and rebuilt, and the stuck call finishes in the background — the interpreter waits for
it at exit).
"""
from __future__ import annotations

import concurrent.futures as futures
import logging
import multiprocessing as mp
import os
import random
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Sequence

logger = logging.getLogger(__name__)

EnvFactory = Callable[[int], Any]

# What a failed env reports. The caller merges in its own fields (task_type, gamefile, ...).
FAILED_INFO = {"env_failed": True, "won": False}


@dataclass
class StepResult:
    observation: str
    reward: float
    done: bool
    info: dict


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    try:
        import numpy as np
        np.random.seed(seed % (2**32))
    except ImportError:  # numpy is optional for a generic env
        pass


# ----------------------------------------------------------------------------- process worker
def _worker_main(conn: Connection, env_factory: EnvFactory, base_seed: int, worker_id: int) -> None:
    """Serve (op, slot, payload) requests until 'close' or the parent goes away."""
    _seed_everything(base_seed + worker_id)
    envs: dict[int, Any] = {}
    while True:
        try:
            op, slot, payload = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            break
        if op == "close":
            break
        try:
            if op == "reset":
                if slot not in envs:
                    envs[slot] = env_factory(base_seed + slot)
                reply = ("ok", envs[slot].reset(payload))
            elif op == "step":
                if slot not in envs:
                    raise RuntimeError(f"env slot {slot} is not on this worker (never reset, or the worker "
                                       "was restarted since its reset)")
                reply = ("ok", envs[slot].step(payload))
            elif op == "ping":
                reply = ("ok", os.getpid())
            else:
                raise ValueError(f"unknown worker op {op!r}")
        except Exception as exc:  # the env's own failure: report it, rebuild the env next reset
            envs.pop(slot, None)
            reply = ("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=5)}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            break
    for env in envs.values():
        close = getattr(env, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                pass


class _ProcessWorker:
    def __init__(self, ctx, env_factory: EnvFactory, seed: int, worker_id: int):
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child_conn, env_factory, seed, worker_id),
                                   name=f"env-worker-{worker_id}", daemon=True)
        self.process.start()
        child_conn.close()
        self.answered = False  # until its first reply, a worker may still be starting up (imports)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


# ----------------------------------------------------------------------------- the pool
class EnvWorkerPool:
    """Env instances in parallel workers with batched reset/step, deadlines and crash recovery."""

    def __init__(
        self,
        env_factory: EnvFactory,
        num_workers: int,
        step_timeout: float = 60.0,
        backend: str = "process",
        seed: int = 0,
        start_method: str = "forkserver",
        num_cpus_per_worker: float | None = None,
        preload_modules: Sequence[str] = (),
        start_timeout: float = 180.0,
    ):
        if num_workers < 1:
            raise ValueError(f"EnvWorkerPool: num_workers must be >= 1, got {num_workers}")
        if backend not in ("process", "thread"):
            raise ValueError(f"EnvWorkerPool: backend must be 'process' or 'thread', got {backend!r}")
        if step_timeout <= 0:
            raise ValueError(f"EnvWorkerPool: step_timeout must be > 0 seconds, got {step_timeout}")
        self.env_factory = env_factory
        self.num_workers = num_workers
        self.step_timeout = float(step_timeout)
        # A fresh process worker first imports the env's modules (seconds on a busy machine); its
        # first call gets this much extra time so start-up is not mistaken for a hung env.
        self.start_timeout = float(start_timeout)
        self.backend = backend
        self.seed = seed
        # Accepted for config compatibility with Ray-actor pools (env.resources_per_worker.num_cpus);
        # plain processes are scheduled by the OS, so it is informational only.
        self.num_cpus_per_worker = num_cpus_per_worker
        self.num_failures = 0
        self.num_restarts = 0
        self._last: dict[int, StepResult] = {}
        self._closed = False
        if backend == "process":
            if start_method not in mp.get_all_start_methods():
                raise ValueError(f"EnvWorkerPool: start method {start_method!r} is not available here "
                                 f"(choose from {mp.get_all_start_methods()})")
            if start_method == "fork":
                raise ValueError("EnvWorkerPool: 'fork' is not allowed (unsafe with threads, torch and Ray); "
                                 "use 'forkserver' or 'spawn'")
            self._ctx = mp.get_context(start_method)
            if start_method == "forkserver" and preload_modules:
                # Imported once by the fork server, so each new worker starts warm. No effect if the
                # fork server of this process is already running.
                self._ctx.set_forkserver_preload(["__main__", *preload_modules])
            self._workers: list[_ProcessWorker | None] = [None] * num_workers
        else:
            self._executor = futures.ThreadPoolExecutor(max_workers=num_workers, thread_name_prefix="env")
            self._thread_envs: dict[int, Any] = {}
            self._thread_locks: dict[int, threading.Lock] = {}

    # ------------------------------------------------------------------ public API
    def reset(self, indices: Sequence[int], tasks: Sequence[dict]) -> list[StepResult]:
        """Reset env slot `indices[k]` onto `tasks[k]`. Returns one StepResult per index (reward 0)."""
        if len(indices) != len(tasks):
            raise ValueError(f"EnvWorkerPool.reset: {len(indices)} indices but {len(tasks)} tasks")
        return self._run("reset", list(indices), list(tasks))

    def step(self, indices: Sequence[int], actions: Sequence[Any]) -> list[StepResult]:
        """Step env slot `indices[k]` with `actions[k]`. Failed envs come back done with env_failed."""
        if len(indices) != len(actions):
            raise ValueError(f"EnvWorkerPool.step: {len(indices)} indices but {len(actions)} actions")
        return self._run("step", list(indices), list(actions))

    def worker_pids(self) -> list[int | None]:
        """OS pids of the live process workers (None for a worker not started yet)."""
        if self.backend != "process":
            return [os.getpid()] * self.num_workers
        return [w.process.pid if w is not None and w.process.is_alive() else None for w in self._workers]

    def worker_of(self, slot: int) -> int:
        return slot % self.num_workers

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.backend == "process":
            for worker in self._workers:
                if worker is None:
                    continue
                try:
                    worker.conn.send(("close", -1, None))
                except (BrokenPipeError, OSError):
                    pass
            for worker in self._workers:
                if worker is None:
                    continue
                worker.process.join(timeout=2)
                worker.kill()
            self._workers = [None] * self.num_workers
        else:
            self._executor.shutdown(wait=False, cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    # ------------------------------------------------------------------ shared machinery
    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("EnvWorkerPool is closed")

    def _failed(self, slot: int, op: str, why: str) -> StepResult:
        self.num_failures += 1
        logger.warning("env slot %d failed during %s: %s", slot, op, why.splitlines()[0] if why else why)
        last = self._last.get(slot)
        info = dict(last.info) if last is not None else {}
        info.update(FAILED_INFO)
        info["failure"] = why.splitlines()[0] if why else "unknown"
        result = StepResult(last.observation if last is not None else "", 0.0, True, info)
        self._last[slot] = result
        return result

    def _ok(self, slot: int, op: str, value) -> StepResult:
        if op == "reset":
            observation, info = value
            result = StepResult(observation, 0.0, False, dict(info))
        else:
            observation, reward, done, info = value
            result = StepResult(observation, float(reward), bool(done), dict(info))
        result.info.setdefault("env_failed", False)
        self._last[slot] = result
        return result

    def _run(self, op: str, slots: list[int], payloads: list) -> list[StepResult]:
        self._check_open()
        if len(set(slots)) != len(slots):
            raise ValueError(f"EnvWorkerPool.{op}: duplicate env indices {slots}")
        if any(s < 0 for s in slots):
            raise ValueError(f"EnvWorkerPool.{op}: env indices must be >= 0, got {slots}")
        if not slots:
            return []
        if self.backend == "process":
            return self._run_processes(op, slots, payloads)
        return self._run_threads(op, slots, payloads)

    # ------------------------------------------------------------------ process backend
    def _ensure_worker(self, worker_id: int) -> _ProcessWorker:
        worker = self._workers[worker_id]
        if worker is not None and not worker.process.is_alive():
            worker.kill()
            self.num_restarts += 1
            worker = None
        if worker is None:
            worker = _ProcessWorker(self._ctx, self.env_factory, self.seed, worker_id)
            self._workers[worker_id] = worker
        return worker

    def _restart(self, worker_id: int) -> None:
        worker = self._workers[worker_id]
        if worker is not None:
            worker.kill()
        self._workers[worker_id] = None
        self.num_restarts += 1

    def _run_processes(self, op: str, slots: list[int], payloads: list) -> list[StepResult]:
        results: dict[int, StepResult] = {}
        queues: dict[int, deque] = {}
        for slot, payload in zip(slots, payloads):
            queues.setdefault(self.worker_of(slot), deque()).append((slot, payload))
        # A worker that died since the last call lost its envs: a step on them fails; a reset is fine
        # (it rebuilds the env on a fresh worker).
        for worker_id, queue in queues.items():
            worker = self._workers[worker_id]
            if worker is not None and not worker.process.is_alive():
                self._restart(worker_id)
                if op == "step":
                    while queue:
                        slot, _ = queue.popleft()
                        results[slot] = self._failed(slot, op, "env worker died between calls")
        in_flight: dict[Connection, tuple[int, int, float]] = {}  # conn -> (worker_id, slot, deadline)
        sent: dict[int, dict[int, Any]] = {}  # worker_id -> {slot: payload} sent in this call

        def send_next(worker_id: int) -> None:
            queue = queues[worker_id]
            while queue:
                slot, payload = queue.popleft()
                worker = self._ensure_worker(worker_id)
                try:
                    worker.conn.send((op, slot, payload))
                except (BrokenPipeError, OSError) as exc:
                    self._restart(worker_id)
                    results[slot] = self._failed(slot, op, f"env worker unreachable: {exc}")
                    self._fail_rest_of_worker(worker_id, queues, results, op, "env worker unreachable", sent, slot)
                    continue  # queued resets go on to a fresh worker; queued steps were failed above
                sent.setdefault(worker_id, {})[slot] = payload
                grace = 0.0 if worker.answered else self.start_timeout
                in_flight[worker.conn] = (worker_id, slot, time.monotonic() + self.step_timeout + grace)
                return

        for worker_id in list(queues):
            send_next(worker_id)
        while in_flight:
            now = time.monotonic()
            timeout = max(0.0, min(deadline for _, _, deadline in in_flight.values()) - now)
            ready = wait(list(in_flight), timeout=timeout)
            for conn in ready:
                worker_id, slot, _ = in_flight.pop(conn)
                try:
                    status, value = conn.recv()
                except (EOFError, OSError, ConnectionResetError):
                    # The process died mid-call (crash, os.kill): restart it, fail every env it held.
                    self._restart(worker_id)
                    results[slot] = self._failed(slot, op, "env worker died")
                    self._fail_rest_of_worker(worker_id, queues, results, op, "env worker died", sent, slot)
                    send_next(worker_id)
                    continue
                self._workers[worker_id].answered = True
                if status == "ok":
                    results[slot] = self._ok(slot, op, value)
                else:
                    results[slot] = self._failed(slot, op, f"env raised {value}")
                send_next(worker_id)
            now = time.monotonic()
            for conn, (worker_id, slot, deadline) in list(in_flight.items()):
                if now >= deadline and conn not in ready:
                    in_flight.pop(conn)
                    self._restart(worker_id)
                    results[slot] = self._failed(slot, op, f"env {op} exceeded step_timeout={self.step_timeout}s")
                    self._fail_rest_of_worker(worker_id, queues, results, op, "env worker restarted after a timeout",
                                              sent, slot)
                    send_next(worker_id)
        return [results[slot] for slot in slots]

    def _fail_rest_of_worker(self, worker_id: int, queues: dict, results: dict, op: str, why: str,
                             sent: dict | None = None, failed_slot: int | None = None) -> None:
        """After a restart the envs of this worker are gone: queued steps fail; for resets, the slots
        it had already reset in this call are queued again (their envs died with it), then the rest."""
        queue = queues.get(worker_id, deque())
        if op == "step":
            while queue:
                slot, _ = queue.popleft()
                results[slot] = self._failed(slot, op, why)
            return
        redo = [(slot, payload) for slot, payload in (sent or {}).pop(worker_id, {}).items() if slot != failed_slot]
        queue.extendleft(reversed(redo))

    # ------------------------------------------------------------------ thread backend
    def _thread_call(self, op: str, slot: int, payload):
        with self._thread_locks.setdefault(slot, threading.Lock()):
            if op == "reset":
                if slot not in self._thread_envs:
                    self._thread_envs[slot] = self.env_factory(self.seed + slot)
                return self._thread_envs[slot].reset(payload)
            if slot not in self._thread_envs:
                raise RuntimeError(f"env slot {slot} was stepped before it was reset (or was abandoned)")
            return self._thread_envs[slot].step(payload)

    def _run_threads(self, op: str, slots: list[int], payloads: list) -> list[StepResult]:
        submitted = {slot: self._executor.submit(self._thread_call, op, slot, payload)
                     for slot, payload in zip(slots, payloads)}
        deadline = time.monotonic() + self.step_timeout * max(1, -(-len(slots) // self.num_workers))
        results = []
        for slot in slots:
            future = submitted[slot]
            try:
                value = future.result(timeout=max(0.0, deadline - time.monotonic()))
            except futures.TimeoutError:
                # A thread cannot be killed: abandon this env instance so no later call touches it.
                self._thread_envs.pop(slot, None)
                self._thread_locks.pop(slot, None)
                self.num_restarts += 1
                results.append(self._failed(slot, op, f"env {op} exceeded step_timeout={self.step_timeout}s"))
                continue
            except Exception as exc:
                self._thread_envs.pop(slot, None)
                results.append(self._failed(slot, op, f"env raised {type(exc).__name__}: {exc}"))
                continue
            results.append(self._ok(slot, op, value))
        return results
