"""What every retriever returns and promises (the server only talks to this interface)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

import numpy as np


@dataclass
class Hits:
    """One query's results: corpus row indices and scores, best first."""

    indices: np.ndarray  # int64 [k']
    scores: np.ndarray   # float32 [k'], k' <= topk

    @classmethod
    def empty(cls) -> "Hits":
        return cls(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))

    def __len__(self) -> int:
        return len(self.indices)


class Retriever(Protocol):
    backend: str
    num_docs: int

    def search(self, queries: Sequence[str], topk: int) -> list[Hits]:
        """Best `topk` passages (or fewer) for each query, in query order."""
        ...
