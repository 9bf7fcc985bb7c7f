"""One Search-QA episode: a question, up to `max_turns` model turns, an exact-match reward at the end.

Step semantics (ENVIRONMENTS.md §C2, METHOD.md §5.3):
- every step counts a turn; the episode is done when the projected action holds a complete
  <answer> block or the turn limit is reached;
- on done the reward is the EM score of the last <answer> the model gave (1.0 or 0.0) and the
  observation is "" (nothing more is shown); won = done and reward >= 1;
- otherwise the reward is 0 and, for a search action, the retriever runs and the observation is
  "\\n<information>{"result": "Doc 1: ...\\n..."}</information>\\n"; an action without a usable
  block gets `INVALID_ACTION_OBSERVATION` and no retrieval.
What is scored (env.search.faithful):
- ours (default): only the final action, when it is an answer action: a passage that happens to
  contain an <answer> tag, or an answer wrapped in an earlier search query, can never be scored as
  the model's answer; only an answer action ends the episode (a search wrapping an <answer> is an
  invalid search, see projection.is_answer);
- faithful: the reference's joined chat history, every projected action followed by the
  "<information>" observation it got, concatenated; the LAST <answer> anywhere in it is scored
  (retrieved text included), and any action holding "<answer>" and "</answer>" ends the episode.
  Our hint for an unusable action is not part of that history (it is not retrieved text).

The env can run a step in one call (`step`), or in two halves (`plan`, then `commit` with the
retrieval outcome) so that a manager can send the queries of many envs in one batched request.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agent_system.environments.projection import Projection

from .answer_scoring import compute_score, extract_answer, gold_targets
from .client import RetrievalOutcome, SearchClient, format_information
from .projection import DEFAULT_MAX_QUERY_CHARS, is_answer, search_projection, search_query
from .tasks import make_task

INVALID_ACTION_OBSERVATION = (
    "\nInvalid action: no search was run. Write one query as <search> query </search>, "
    "or give the final answer as <answer> answer </answer>.\n"
)


@dataclass
class PlannedStep:
    """The first half of a step: what the model did and whether the retriever must run."""

    projection: Projection
    done: bool
    query: str | None  # set only when this step searches


class SearchEnv:
    def __init__(self, client: SearchClient | None = None, *, max_turns: int = 4,
                 require_think: bool = False, lane: int = 0, faithful: bool = False,
                 max_query_chars: int | None = DEFAULT_MAX_QUERY_CHARS):
        if max_turns < 1:
            raise ValueError(f"max_turns (env.max_steps) must be >= 1, got {max_turns}")
        self.client = client
        self.max_turns = int(max_turns)
        self.require_think = bool(require_think)
        self.lane = int(lane)  # which search URL this env tries first
        self.faithful = bool(faithful)
        self.max_query_chars = max_query_chars
        self.task: dict[str, Any] | None = None

    # ------------------------------------------------------------------ episode
    def reset(self, task: dict[str, Any]) -> tuple[str, dict]:
        """Start an episode. `task` needs question and ground_truth; data_source defaults to "unknown"."""
        self.task = make_task(task)
        self.turns = 0
        self.done = False
        self.history: list[str] = []  # actions and <information> observations: the faithful transcript
        self.tool_calls = 0
        self.retrieval_failures = 0
        info = self._base_info()
        info.update(won=False, tool_calling=0, retrieval_failed=False)
        return self.task["question"], info

    def step(self, text: str | None) -> tuple[str, float, bool, dict]:
        planned = self.plan(text)
        outcome = None
        if planned.query is not None:
            outcome = (self.client.search(planned.query, self.lane) if self.client is not None
                       else RetrievalOutcome(None, "no retrieval client is configured for this env"))
        return self.commit(planned, outcome)

    def plan(self, text: str | None) -> PlannedStep:
        if self.task is None:
            raise RuntimeError("SearchEnv.step called before reset")
        if self.done:
            raise RuntimeError("SearchEnv.step called after the episode ended; call reset first")
        projection = search_projection(text, require_think=self.require_think, faithful=self.faithful,
                                       max_query_chars=self.max_query_chars)
        done = self.turns + 1 >= self.max_turns or is_answer(projection.action, faithful=self.faithful)
        query = None if done else search_query(projection.action)
        return PlannedStep(projection, done, query)

    def commit(self, planned: PlannedStep, outcome: RetrievalOutcome | None) -> tuple[str, float, bool, dict]:
        self.turns += 1
        self.history.append(planned.projection.action)
        reward, retrieval_failed, observation = 0.0, False, ""
        if planned.done:
            self.done = True
            reward = compute_score(self._scored_text(planned.projection.action), self.task["ground_truth"])
        elif planned.query is not None:
            if outcome is None:
                outcome = RetrievalOutcome(None, "no retrieval outcome was supplied for this search")
            self.tool_calls += 1
            retrieval_failed = not outcome.ok
            self.retrieval_failures += int(retrieval_failed)
            observation = format_information([outcome])
            self.history.append(observation)
        else:
            observation = INVALID_ACTION_OBSERVATION

        info = self._base_info()
        info.update(
            won=bool(planned.done and reward >= 1.0),
            is_action_valid=bool(planned.projection.valid),
            invalid_reason=planned.projection.reason,
            action=planned.projection.action,
            tool_calling=int(planned.query is not None and not planned.done),
            retrieval_failed=retrieval_failed,
        )
        if planned.done:
            info["answer"] = extract_answer(self._scored_text(planned.projection.action))
        return observation, float(reward), bool(planned.done), info

    # ------------------------------------------------------------------ helpers
    def _scored_text(self, final_action: str) -> str:
        """What the EM reward reads at the end of the episode (see the module docstring)."""
        if self.faithful:
            return "".join(self.history)
        return final_action if is_answer(final_action) else ""  # earlier actions are never answers

    def _base_info(self) -> dict:
        task = self.task
        return {
            "task_id": task["task_id"],
            "task_type": task["task_type"],
            "data_source": task["data_source"],
            "turns": self.turns,
            "tool_calls_total": self.tool_calls,
            "retrieval_failures": self.retrieval_failures,
        }

    @property
    def targets(self) -> list[str]:
        return gold_targets(self.task["ground_truth"]) if self.task else []
