"""SearchEnvironmentManager: a batch of in-process SearchEnvs sharing one retrieval client.

Search envs are cheap Python objects (the work is in the retrieval server), so they live in the
driver process like the reference's. One manager step projects every active env's text, sends all
search queries of the step through the client at once (batched per URL, env i starting at URL
i mod len(urls), i.e. round-robin), then finishes each env's step with its retrieval outcome.

Metrics (`success`): success_rate, <data_source>_success_rate, tool_call_count (mean searches per
episode) and retrieval_failure_count (searches whose retrieval failed after all retries).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from agent_system.environments.base import InProcessEnvironmentManager, Message, Task, check_step_inputs
from agent_system.environments.prompts.search import render_search_prompt
from agent_system.memory.simple import SearchMemory

from .client import RetrievalOutcome, SearchClient
from .env import SearchEnv
from .projection import DEFAULT_MAX_QUERY_CHARS
from .tasks import make_task


class SearchEnvironmentManager(InProcessEnvironmentManager):
    env_name = "search"

    def __init__(self, task_pool: Sequence[Task], client: SearchClient | None, *, max_turns: int = 4,
                 history_length: int = 4, require_think: bool = False, split: str = "train",
                 faithful: bool = False, max_query_chars: int | None = DEFAULT_MAX_QUERY_CHARS):
        super().__init__(task_pool, memory=SearchMemory(), history_length=history_length, split=split,
                         kind="Search-QA")
        self.client = client
        self.max_turns = int(max_turns)
        self.require_think = bool(require_think)
        self.faithful = bool(faithful)  # env.search.faithful: the reference's tags and reward transcript
        self.max_query_chars = max_query_chars

    def prepare_task(self, task: Task) -> Task:
        return make_task(task)

    def make_env(self, index: int) -> SearchEnv:
        return SearchEnv(self.client, max_turns=self.max_turns, require_think=self.require_think, lane=index,
                         faithful=self.faithful, max_query_chars=self.max_query_chars)

    def step(self, texts: Sequence[str | None], active: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, list[dict]]:
        n = len(self.envs)
        active = check_step_inputs(texts, active, n)
        stepping = [i for i in range(n) if active[i] and not self._done[i]]  # a finished env is never re-stepped

        planned = {i: self.envs[i].plan(texts[i]) for i in stepping}
        searching = [i for i in stepping if planned[i].query is not None]
        outcomes = {}
        if searching and self.client is None:  # reported in the observation, like a dead server
            outcomes = {i: RetrievalOutcome(None, "no retrieval client is configured") for i in searching}
        elif searching:
            results = self.client.retrieve([planned[i].query for i in searching], lanes=searching)
            outcomes = dict(zip(searching, results))

        observations = list(self._last_obs)
        rewards = np.zeros(n, dtype=np.float32)
        infos = list(self._last_infos)
        for i in stepping:
            obs, reward, done, info = self.envs[i].commit(planned[i], outcomes.get(i))
            self.memory.store(i, observation=obs, action=planned[i].projection.action)
            observations[i], rewards[i], infos[i] = obs, reward, info
            self._done[i] = done
        self._last_obs, self._last_infos = observations, infos
        dones = np.array([bool(self._done[i]) or not active[i] for i in range(n)], dtype=bool)
        return observations, rewards, dones, infos

    def build_prompt(self, index: int, history_length: int | None = None) -> list[Message]:
        """A single user message, like the reference (the parquet's system message is not used);
        `history_length` overrides env.history_length (the teacher uses fewer when its prompt is too long)."""
        k = self.history_length if history_length is None else int(history_length)
        steps = self.memory.num_steps(index)
        history = self.memory.render(index, k)
        content = render_search_prompt(self.tasks[index]["question"], steps, history, k)
        return [{"role": "user", "content": content}]

    def oracle_response(self, index: int) -> str:
        """Answer with the first gold answer at once (rollout.name=oracle)."""
        return f"<think>I know the answer.</think>\n<answer>{self.envs[index].targets[0]}</answer>"

    # ------------------------------------------------------------------ metrics
    def metric_group(self, info: dict) -> str | None:
        return info.get("data_source")

    def success(self, infos: Sequence[dict]) -> dict[str, float]:
        metrics = super().success(infos)
        if infos:
            metrics["tool_call_count"] = float(np.mean([info.get("tool_calls_total", 0) for info in infos]))
            metrics["retrieval_failure_count"] = float(sum(info.get("retrieval_failures", 0) for info in infos))
        return metrics

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
