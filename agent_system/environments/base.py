"""The EnvironmentManager interface: what the trajectory collector sees of any environment.

A manager owns a batch of live environment instances (one per trajectory), their memories
(history windows) and the projection from model text to env actions. The collector drives it:

    tasks = manager.sample_tasks(batch_size, rng)            # train; or manager.eval_tasks() for validation
    obs, infos = manager.reset(repeat_each(tasks, n))        # one env per entry; the n copies share a task
    while any active:
        messages = [manager.build_prompt(i) for i in active]  # chat messages for the policy
        obs, rewards, dones, infos = manager.step(texts, active)   # steps ONLY the active envs
    metrics = manager.success(final_infos)                   # success_rate, <group>_success_rate

A *task* is a plain dict (picklable, JSON-friendly) with at least
    task_id:     stable identifier (game file, goal index, question id)
    task_type:   the group used for per-type metrics and skill lookup
    data_source: the dataset name ("alfworld", "webshop", "nq", ..., "toy")
and any env-specific fields (gamefile, goal_idx, question, ground_truth, hint).

Every info dict returned by reset/step carries at least:
    won (bool), is_action_valid (bool, step only), action (the projected action string, step only),
    task_type, data_source, and env-specific extras (ALFWorld keeps `gamefile` on every step).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from typing import Any, Sequence

import numpy as np

Task = dict[str, Any]
Message = dict[str, str]


class EnvironmentManager(ABC):
    """A batch of environments of one kind plus their memories and projection."""

    #: Name used in metrics and config dispatch (e.g. "alfworld").
    env_name: str = "base"

    @abstractmethod
    def sample_tasks(self, num_tasks: int, rng: np.random.Generator) -> list[Task]:
        """Draw `num_tasks` training tasks (the collector repeats each env.rollout.n times)."""

    @abstractmethod
    def eval_tasks(self) -> list[Task]:
        """The fixed, ordered validation task list (DESIGN.md §2.7: same list every time)."""

    @abstractmethod
    def reset(self, tasks: Sequence[Task]) -> tuple[list[str], list[dict]]:
        """Start one env per task. Returns the initial observation text and info of each."""

    @abstractmethod
    def step(self, texts: Sequence[str | None], active: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, list[dict]]:
        """Project each active env's model text to an action and step it; inactive envs are not touched.

        `texts[i]` is ignored (may be None) where `active[i]` is False. Returns per-env
        (observation, reward float32[N], done bool[N], info); for inactive envs the previous
        observation and info are returned with reward 0 and done True.
        """

    @abstractmethod
    def build_prompt(self, index: int) -> list[Message]:
        """Chat messages (system optional, then user) for env `index`'s next turn.

        Managers that render history may accept an optional `history_length` argument (None = their
        configured window) and override `history_shown`; that lets the teacher drop the oldest history
        instead of the skills when a privileged prompt is too long (see `prompt_variants`).
        """

    def history_shown(self, index: int) -> int:
        """How many past steps `build_prompt(index)` shows now.

        Managers that keep a `memory` and a `history_length` (and whose build_prompt accepts
        `history_length=`) get this for free; others return 0 and offer no shorter prompt variants."""
        memory = getattr(self, "memory", None)
        history_length = int(getattr(self, "history_length", 0) or 0)
        if memory is None or history_length <= 0:
            return 0
        return min(history_length, memory.num_steps(index))

    def prompt_variants(self, index: int) -> list[list[Message]]:
        """`build_prompt(index)` first, then the same prompt with one history step fewer each, down to none."""
        variants = [self.build_prompt(index)]
        for k in range(self.history_shown(index) - 1, -1, -1):
            variants.append(self.build_prompt(index, history_length=k))  # type: ignore[call-arg]
        return variants

    def task_meta(self, index: int) -> dict[str, Any]:
        """What the SkillProvider needs for env `index`: task_type, data_source, task text, gamefile."""
        task = self.tasks[index]
        return {
            "task_type": task.get("task_type"),
            "data_source": task.get("data_source", self.env_name),
            "task": task.get("task_text", ""),
            "gamefile": task.get("gamefile"),
        }

    def success(self, infos: Sequence[dict]) -> dict[str, float]:
        """success_rate over the given final infos, plus `<group>_success_rate` per metric group."""
        won = np.array([bool(info.get("won", False)) for info in infos], dtype=float)
        metrics = {"success_rate": float(won.mean()) if len(won) else 0.0}
        by_group: dict[str, list[float]] = defaultdict(list)
        for flag, info in zip(won, infos):
            group = self.metric_group(info)
            if group:
                by_group[group].append(flag)
        for group, flags in sorted(by_group.items()):
            metrics[f"{group}_success_rate"] = float(np.mean(flags))
        return metrics

    def metric_group(self, info: dict) -> str | None:
        """The per-type metric group of an episode (task type by default; data source for Search)."""
        return info.get("task_type")

    def oracle_response(self, index: int) -> str:
        """What a perfect policy answers env `index` now, in the model's output format (rollout.name=oracle)."""
        raise NotImplementedError(f"{type(self).__name__} has no oracle (planned) response; "
                                  "actor_rollout_ref.rollout.name=oracle cannot play it")

    def close(self) -> None:
        """Release worker processes and other resources."""

    # Managers set this in reset(); task_meta reads it.
    tasks: list[Task] = []


class InProcessEnvironmentManager(EnvironmentManager):
    """Envs cheap enough to live in the driver process, drawn from a fixed task pool.

    Subclasses provide `make_env(index)` (a fresh env for `self.tasks[index]`, with `reset(task) ->
    (observation, info)`), `step` and `build_prompt`; tasks, memory and the bookkeeping of the last
    observation/info and done flags live here.
    """

    def __init__(self, task_pool: Sequence[Task], *, memory, history_length: int, split: str, kind: str):
        if not task_pool:
            raise ValueError(f"the {kind} {split} task pool is empty")
        self.task_pool = [self.prepare_task(task) for task in task_pool]
        self.memory = memory
        self.history_length = int(history_length)
        self.split = split
        self.tasks: list[Task] = []
        self.envs: list[Any] = []
        self._last_obs: list[str] = []
        self._last_infos: list[dict] = []
        self._done = np.zeros(0, dtype=bool)

    def prepare_task(self, task: Task) -> Task:
        """Normalise a task dict (copy by default)."""
        return dict(task)

    @abstractmethod
    def make_env(self, index: int) -> Any:
        """A fresh env for `self.tasks[index]`."""

    def sample_tasks(self, num_tasks: int, rng: np.random.Generator) -> list[Task]:
        return [dict(self.task_pool[i]) for i in pick_task_indices(len(self.task_pool), num_tasks, rng)]

    def eval_tasks(self) -> list[Task]:
        """The whole pool in its fixed order."""
        return [dict(task) for task in self.task_pool]

    def reset(self, tasks: Sequence[Task]) -> tuple[list[str], list[dict]]:
        self.tasks = [self.prepare_task(task) for task in tasks]
        self.envs = [self.make_env(i) for i in range(len(self.tasks))]
        self.memory.reset(len(self.tasks))
        observations, infos = [], []
        for env, task in zip(self.envs, self.tasks):
            obs, info = env.reset(task)
            observations.append(obs)
            infos.append(info)
        self._last_obs, self._last_infos = list(observations), list(infos)
        self._done = np.zeros(len(self.tasks), dtype=bool)
        return observations, infos


def pick_task_indices(pool_size: int, num_tasks: int, rng: np.random.Generator) -> np.ndarray:
    """`num_tasks` indices into a task pool: distinct, unless more are asked for than the pool holds."""
    if pool_size <= 0:
        raise ValueError("cannot sample tasks from an empty pool")
    return rng.choice(pool_size, size=num_tasks, replace=num_tasks > pool_size)


def check_step_inputs(texts: Sequence[str | None], active: np.ndarray, num_envs: int) -> np.ndarray:
    """The `active` flags as a bool array, after checking both match the number of live envs."""
    active = np.asarray(active, dtype=bool)
    if len(texts) != num_envs or len(active) != num_envs:
        raise ValueError(f"step got {len(texts)} texts and {len(active)} active flags for {num_envs} envs")
    return active


def repeat_tasks(tasks: Sequence[Task], group_n: int) -> list[Task]:
    """Each task `group_n` times in a row: the envs of one GRPO group play the same task."""
    return [task for task in tasks for _ in range(group_n)]
