"""Per-env history of (observation, action) pairs and its text rendering (METHOD.md §4.3)."""
from __future__ import annotations


class SimpleMemory:
    """Stores, per env, the observation shown before each action and the projected action.

    `render(i, k)` gives the last k steps as lines "[Observation s: '<obs>', Action s: '<act>']"
    with s the absolute (1-based) step number, as the reference's ALFWorld/WebShop prompts do.
    """

    def __init__(self, num_envs: int = 0):
        self.reset(num_envs)

    def reset(self, num_envs: int) -> None:
        self._records: list[list[tuple[str, str]]] = [[] for _ in range(num_envs)]

    def __len__(self) -> int:
        return len(self._records)

    def store(self, index: int, observation: str, action: str) -> None:
        self._records[index].append((observation, action))

    def num_steps(self, index: int) -> int:
        return len(self._records[index])

    def recent(self, index: int, history_length: int) -> list[tuple[int, str, str]]:
        """The last `history_length` records as (step number, observation, action)."""
        if history_length <= 0:
            return []
        records = self._records[index]
        first = max(0, len(records) - history_length)
        return [(first + j + 1, obs, act) for j, (obs, act) in enumerate(records[first:])]

    def render(self, index: int, history_length: int) -> str:
        return "\n".join(f"[Observation {s}: '{obs}', Action {s}: '{act}']"
                         for s, obs, act in self.recent(index, history_length))


class SearchMemory(SimpleMemory):
    """Search-QA history: stores (action, the observation it produced); renders "Step s:<act> <obs>"."""

    def render(self, index: int, history_length: int) -> str:
        return "\n".join(f"Step {s}:{act} {obs}" for s, obs, act in self.recent(index, history_length))

    def store(self, index: int, observation: str, action: str) -> None:  # same order, documented meaning
        super().store(index, observation, action)
