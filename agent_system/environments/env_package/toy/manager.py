"""ToyEnvironmentManager: a batch of in-process ToyEnvs with memory, prompts and projection.

Toy envs are a few dict lookups per step, so they live in the caller's process (no worker pool).
The memory stores, per env, (the observation shown before the action, the projected action), as the
ALFWorld reference does; the prompt shows the last env.history_length of them.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from agent_system.environments.base import InProcessEnvironmentManager, Message, Task, check_step_inputs
from agent_system.environments.prompts.toy import render_toy_prompt
from agent_system.memory.simple import SimpleMemory

from .env import ToyEnv
from .projection import toy_projection


class ToyEnvironmentManager(InProcessEnvironmentManager):
    env_name = "toy"

    def __init__(self, task_pool: Sequence[Task], *, history_length: int = 2, require_think: bool = True,
                 check_admissible: bool = False, lenient_projection: bool = True, show_hint: bool = False,
                 split: str = "train"):
        super().__init__(task_pool, memory=SimpleMemory(), history_length=history_length, split=split, kind="toy")
        self.require_think = bool(require_think)
        self.check_admissible = bool(check_admissible)
        self.lenient_projection = bool(lenient_projection)
        self.show_hint = bool(show_hint)

    def make_env(self, index: int) -> ToyEnv:
        return ToyEnv()

    def step(self, texts: Sequence[str | None], active: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, list[dict]]:
        n = len(self.envs)
        active = check_step_inputs(texts, active, n)
        observations, infos = list(self._last_obs), list(self._last_infos)
        rewards = np.zeros(n, dtype=np.float32)
        for i in np.nonzero(active & ~self._done)[0]:
            env = self.envs[i]
            projection = toy_projection(texts[i], env.admissible_actions, require_think=self.require_think,
                                        check_admissible=self.check_admissible, lenient=self.lenient_projection)
            shown_before = self._last_obs[i]
            obs, reward, done, info = env.step(projection.action)
            info.update(is_action_valid=projection.valid, action=projection.action, projection=projection.reason)
            self.memory.store(i, shown_before, projection.action)
            observations[i], rewards[i], infos[i] = obs, reward, info
            self._done[i] = done
        self._last_obs, self._last_infos = observations, infos
        dones = self._done | ~active
        return observations, rewards, dones.copy(), infos

    def oracle_response(self, index: int) -> str:
        """Take the current room's target object (rollout.name=oracle)."""
        env = self.envs[index]
        return f"<think>{env.hint}</think>\n<action>take {env.target}</action>"

    # ------------------------------------------------------------------ prompts
    def build_prompt(self, index: int, history_length: int | None = None) -> list[Message]:
        """One user message; `history_length` overrides env.history_length (the teacher uses fewer)."""
        k = self.history_length if history_length is None else int(history_length)
        task, env = self.tasks[index], self.envs[index]
        content = render_toy_prompt(
            task_description=task["task_text"],
            current_observation=self._last_obs[index],
            admissible_actions=env.admissible_actions,
            step_count=self.memory.num_steps(index),
            history=self.memory.render(index, k),
            history_length=k,
            require_think=self.require_think,
            hint=env.hint if self.show_hint else None,
        )
        return [{"role": "user", "content": content}]
