"""Split samples into groups of similar total length.

Two users:
- the trainer's `balance_batch` reorders a batch so every data-parallel rank gets about the same
  number of tokens (`get_seqlen_balanced_partitions(..., equal_size=True)`);
- the actor's dynamic micro-batching packs samples into micro-batches under a token budget
  (`rearrange_micro_batches`), so a micro-batch of short samples holds many and one of long samples few.

Both use the longest-processing-time greedy rule: take items longest first and put each into the
currently lightest group (with `equal_size`, the lightest group that still has room). It is within
4/3 of the optimum and deterministic.
"""
from __future__ import annotations

import heapq
import math
from typing import Sequence

__all__ = ["get_seqlen_balanced_partitions", "rearrange_micro_batches", "get_reverse_idx", "partition_sums"]


def get_seqlen_balanced_partitions(seqlen_list: Sequence[int], k_partitions: int, equal_size: bool) -> list[list[int]]:
    """Partition indices 0..n-1 into k groups with balanced sums of seqlen_list.

    equal_size=True needs n divisible by k and gives every group n/k items. Every group is non-empty
    (so needs n >= k). Each group's indices are sorted ascending; groups are ordered by their first index.
    """
    n = len(seqlen_list)
    if k_partitions < 1:
        raise ValueError(f"k_partitions must be >= 1, got {k_partitions}")
    if n < k_partitions:
        raise ValueError(f"cannot split {n} items into {k_partitions} non-empty partitions")
    if equal_size and n % k_partitions:
        raise ValueError(f"equal_size partitions need the item count ({n}) divisible by k ({k_partitions})")
    capacity = n // k_partitions if equal_size else n
    order = sorted(range(n), key=lambda i: (-seqlen_list[i], i))
    groups: list[list[int]] = [[] for _ in range(k_partitions)]
    # The first k items seed the k groups, so none stays empty.
    heap = [(0, g) for g in range(k_partitions)]  # (sum, group id)
    for idx in order:
        held = []
        while True:
            total, g = heapq.heappop(heap)
            if len(groups[g]) < capacity:
                break
            held.append((total, g))  # a full group never gets items again
        groups[g].append(idx)
        heapq.heappush(heap, (total + seqlen_list[idx], g))
        for entry in held:
            heapq.heappush(heap, entry)
    groups = [sorted(g) for g in groups]
    groups.sort(key=lambda g: g[0])
    return groups


def partition_sums(seqlen_list: Sequence[int], partitions: Sequence[Sequence[int]]) -> list[int]:
    return [sum(seqlen_list[i] for i in part) for part in partitions]


def rearrange_micro_batches(seqlen_list: Sequence[int], max_token_len: int,
                            min_num_micro_batches: int = 1) -> list[list[int]]:
    """Group sample indices into micro-batches of at most `max_token_len` tokens each.

    Uses as few micro-batches as the budget allows (at least `min_num_micro_batches`, which callers
    raise to the maximum over data-parallel ranks so every rank runs the same number of FSDP
    forwards). A single sample longer than the budget gets a micro-batch of its own.
    """
    n = len(seqlen_list)
    if max_token_len <= 0:
        raise ValueError(f"max_token_len must be positive, got {max_token_len}")
    if n == 0:
        return []
    if min_num_micro_batches > n:
        raise ValueError(f"cannot make {min_num_micro_batches} non-empty micro-batches from {n} samples")
    k = min(n, max(min_num_micro_batches, math.ceil(sum(seqlen_list) / max_token_len)))
    while True:
        parts = get_seqlen_balanced_partitions(seqlen_list, k, equal_size=False)
        too_big = [p for p in parts if len(p) > 1 and sum(seqlen_list[i] for i in p) > max_token_len]
        if not too_big or k == n:
            return parts
        k += 1


def get_reverse_idx(idx_map: Sequence[int]) -> list[int]:
    """Inverse permutation: out[idx_map[i]] = i."""
    reverse = [0] * len(idx_map)
    for position, index in enumerate(idx_map):
        reverse[index] = position
    return reverse
