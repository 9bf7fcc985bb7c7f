"""AlfworldEnvironmentManager: a batch of ALFWorld games in parallel workers, with memory and prompts.

The collector drives it through the EnvironmentManager interface (base.py). Per env it keeps the
task, the observation shown last, the last info and a SimpleMemory of (observation shown before
the action, projected action), as the reference does; prompts show the last env.history_length of
them. Games run in an EnvWorkerPool (one env per worker process by default, as the reference's one
Ray actor per env); an env whose worker crashes or times out ends its episode with env_failed=True
and counts as not won, so success rates never silently lose episodes.
"""
from __future__ import annotations

import functools
from typing import Callable, Sequence

import numpy as np

from agent_system.environments.base import EnvironmentManager, Message, Task, check_step_inputs, pick_task_indices
from agent_system.environments.env_package.alfworld.env import make_alfworld_env
from agent_system.environments.env_package.alfworld.games import DATA_SOURCE
from agent_system.environments.env_package.alfworld.projection import alfworld_projection
from agent_system.environments.prompts.alfworld import render_alfworld_prompt
from agent_system.environments.worker_pool import EnvWorkerPool
from agent_system.memory.simple import SimpleMemory

# Metric names of the reference (METHOD.md §5.1): the simple pick-and-place type reports as
# "pick_and_place"; the other five use their task type name.
METRIC_GROUPS = {
    "pick_and_place_simple": "pick_and_place",
    "look_at_obj_in_light": "look_at_obj_in_light",
    "pick_clean_then_place_in_recep": "pick_clean_then_place_in_recep",
    "pick_heat_then_place_in_recep": "pick_heat_then_place_in_recep",
    "pick_cool_then_place_in_recep": "pick_cool_then_place_in_recep",
    "pick_two_obj_and_place": "pick_two_obj_and_place",
}
_TASK_FIELDS = ("task_id", "task_type", "data_source", "gamefile")
# Modules every env worker needs; the forkserver imports them once instead of once per worker.
_WORKER_PRELOAD = ("agent_system.environments.env_package.alfworld.env",
                   "alfworld.agents.environment.alfred_tw_env", "textworld.envs")


def task_from_observation(observation: str) -> str:
    """The task sentence after "Your task is to: " in an opening observation ('' if absent)."""
    marker = "Your task is to: "
    if marker not in observation:
        return ""
    return observation.split(marker, 1)[1].strip().rstrip(".")


class AlfworldEnvironmentManager(EnvironmentManager):
    env_name = "alfworld"

    def __init__(self, games: Sequence[Task], *, eval_games: Sequence[Task] | Callable[[], Sequence[Task]] | None = None,
                 max_steps: int = 50, history_length: int = 2, require_think: bool = True,
                 check_admissible: bool = False, seed: int = 0, step_timeout: float = 60.0,
                 num_workers: int | None = None, worker_backend: str = "process", start_method: str = "forkserver",
                 num_cpus_per_worker: float | None = None, split: str = "train", faithful: bool = True):
        if not games:
            raise ValueError(f"the ALFWorld {split} game list is empty")
        if num_workers is not None and num_workers < 1:
            raise ValueError(f"env.alfworld.num_workers must be >= 1 or null (one worker per env), got {num_workers}")
        self.games = [dict(g) for g in games]
        self._eval_games = eval_games
        self.max_steps = int(max_steps)
        self.history_length = int(history_length)
        self.require_think = bool(require_think)
        self.check_admissible = bool(check_admissible)
        self.faithful = bool(faithful)  # env.alfworld.faithful: the reference's projection rule
        self.seed = int(seed)
        self.step_timeout = float(step_timeout)
        self.num_workers = num_workers
        self.worker_backend = worker_backend
        self.start_method = start_method
        self.num_cpus_per_worker = num_cpus_per_worker
        self.split = split
        self.tasks: list[Task] = []
        self.memory = SimpleMemory()
        self._pool: EnvWorkerPool | None = None
        self._failures_before = 0
        self._last_obs: list[str] = []
        self._last_infos: list[dict] = []
        self._done = np.zeros(0, dtype=bool)

    # ------------------------------------------------------------------ tasks
    def sample_tasks(self, num_tasks: int, rng: np.random.Generator) -> list[Task]:
        """Distinct games while there are enough, else drawn with replacement."""
        picks = pick_task_indices(len(self.games), num_tasks, rng)
        return [dict(self.games[i]) for i in picks]

    def eval_tasks(self) -> list[Task]:
        """Every game of the evaluation split, in path order (the same list on every call)."""
        if self._eval_games is None:
            return [dict(g) for g in self.games]
        if callable(self._eval_games):
            self._eval_games = list(self._eval_games())
        return [dict(g) for g in self._eval_games]

    # ------------------------------------------------------------------ workers
    def _ensure_pool(self, num_envs: int) -> EnvWorkerPool:
        wanted = self.num_workers or num_envs
        if self._pool is not None and self._pool.num_workers >= wanted:
            return self._pool
        if self._pool is not None:  # grow: one worker per env was asked for and the batch got bigger
            self._failures_before += self._pool.num_failures
            self._pool.close()
        self._pool = EnvWorkerPool(
            functools.partial(make_alfworld_env, max_steps=self.max_steps),
            num_workers=wanted, step_timeout=self.step_timeout, backend=self.worker_backend, seed=self.seed,
            start_method=self.start_method, num_cpus_per_worker=self.num_cpus_per_worker,
            preload_modules=_WORKER_PRELOAD,
        )
        return self._pool

    def worker_pids(self) -> list[int | None]:
        """OS pids of the env workers (index = worker id; env i runs on worker i % num_workers)."""
        return self._pool.worker_pids() if self._pool is not None else []

    @property
    def num_env_failures(self) -> int:
        """Envs reported failed (crash / timeout / engine error) since this manager was built."""
        return self._failures_before + (self._pool.num_failures if self._pool is not None else 0)

    def close(self) -> None:
        if self._pool is not None:
            self._failures_before += self._pool.num_failures
            self._pool.close()
            self._pool = None

    # ------------------------------------------------------------------ episodes
    def _with_task_fields(self, index: int, info: dict) -> dict:
        task = self.tasks[index]
        for key in _TASK_FIELDS:
            if key == "data_source":
                info[key] = task.get(key, DATA_SOURCE)
            elif task.get(key) is not None or key not in info:
                info[key] = task.get(key)
        info.setdefault("won", False)
        info.setdefault("env_failed", False)
        return info

    def reset(self, tasks: Sequence[Task]) -> tuple[list[str], list[dict]]:
        missing = [i for i, t in enumerate(tasks) if not t.get("gamefile")]
        if missing:
            raise ValueError(f"ALFWorld tasks need a 'gamefile'; tasks {missing[:5]} have none")
        self.tasks = [dict(t) for t in tasks]
        n = len(self.tasks)
        self.memory.reset(n)
        results = self._ensure_pool(n).reset(list(range(n)), self.tasks)
        self._last_obs = [r.observation for r in results]
        self._last_infos = [self._with_task_fields(i, dict(r.info)) for i, r in enumerate(results)]
        for i, obs in enumerate(self._last_obs):
            if not self.tasks[i].get("task_text"):
                self.tasks[i]["task_text"] = task_from_observation(obs)
        self._done = np.array([r.done for r in results], dtype=bool)  # True only for a failed reset
        return list(self._last_obs), [dict(info) for info in self._last_infos]

    def step(self, texts: Sequence[str | None], active: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, list[dict]]:
        n = len(self.tasks)
        active = check_step_inputs(texts, active, n)
        observations, infos = list(self._last_obs), [dict(info) for info in self._last_infos]
        rewards = np.zeros(n, dtype=np.float32)
        indices = [int(i) for i in np.nonzero(active & ~self._done)[0]]
        actions = [alfworld_projection(texts[i], self._last_infos[i].get("admissible_commands"),
                                       require_think=self.require_think, check_admissible=self.check_admissible,
                                       faithful=self.faithful)
                   for i in indices]
        results = self._pool.step(indices, [a.command for a in actions]) if indices else []
        for i, action, result in zip(indices, actions, results):
            self.memory.store(i, self._last_obs[i], action.projection.action)
            info = self._with_task_fields(i, dict(result.info))
            info.update(is_action_valid=action.valid, action=action.projection.action,
                        projection=action.projection.reason)
            observations[i], rewards[i], infos[i] = result.observation, result.reward, info
            self._done[i] = result.done
        self._last_obs, self._last_infos = observations, infos
        dones = self._done | ~active
        return list(observations), rewards, dones.copy(), [dict(info) for info in infos]

    # ------------------------------------------------------------------ prompts and metrics
    def build_prompt(self, index: int, history_length: int | None = None) -> list[Message]:
        """One user message; `history_length` overrides env.history_length (prompt_variants uses it)."""
        k = self.history_length if history_length is None else int(history_length)
        task = self.tasks[index]
        content = render_alfworld_prompt(
            task_description=task.get("task_text") or "",
            current_observation=self._last_obs[index],
            admissible_actions=self._last_infos[index].get("admissible_commands") or [],
            step_count=self.memory.num_steps(index),
            history=self.memory.render(index, k),
            history_length=k,
            require_think=self.require_think,
        )
        return [{"role": "user", "content": content}]

    def metric_group(self, info: dict) -> str | None:
        task_type = info.get("task_type")
        return METRIC_GROUPS.get(task_type, task_type)

    def oracle_response(self, index: int) -> str:
        """The next step of the game's planner walkthrough (rollout.name=oracle); "look" once it is played."""
        plan = planner_walkthrough(self.tasks[index]["gamefile"])
        step = self.memory.num_steps(index)
        action = plan[step] if step < len(plan) else "look"
        return f"<think>Step {step + 1} of the planner's walkthrough.</think>\n<action>{action}</action>"


@functools.lru_cache(maxsize=4096)
def planner_walkthrough(gamefile: str) -> tuple[str, ...]:
    """The planner's solution stored in a game.tw-pddl file ("walkthrough", as alfworld-generate writes it)."""
    import json

    with open(gamefile) as handle:
        plan = json.load(handle).get("walkthrough")
    if not plan:
        raise ValueError(f"{gamefile} stores no planner walkthrough; the oracle cannot play it")
    return tuple(plan)
