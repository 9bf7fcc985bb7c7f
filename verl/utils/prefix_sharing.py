"""Packing for a no-grad forward in which rows that start with the same tokens compute them once.

The SDAR teacher batch is made of privileged prompts: every row of a task group starts with the same
skills turn and task text, at the first turn the whole prompt is the same across the group, and later
prompts share their history up to where the trajectories diverged. With causal attention the keys and
values of a common head do not depend on what follows, so the head can be run once and the rows'
remainders attend to it.

The rows, sorted by their tokens (`shared_prefix_order`), form a prefix tree (`prefix_tree`): a node is
a run of at least MIN_SHARED_TOKENS tokens common to all rows below it; a leaf is the rest of one row.
`pack_with_shared_prefixes` lays the nodes out depth-first in one packed row and returns `segments`:
per node (start, end, ancestors), where ancestors are the packed (start, end) ranges of the nodes above
it. The attention kernel (verl/workers/varlen_attention.py) lets a node's tokens attend to all of its
ancestors' tokens and causally to its own. Shared nodes stop one token before any member's first
response token, so the logits that predict response tokens are always in a row's leaf.

A head common to consecutive micro-batches (the skills turn, shared by every row of a task type) is
computed once per pass, not once per micro-batch: the first micro-batch that has it keeps its keys and
values (`SharedHead`), and `plan_cached_heads` says per micro-batch how much of them to keep from the
previous one and how far to grow them. Packing on top of a head of H tokens lays out only the tokens after
it, and segment ranges are then in key coordinates: key index = H + packed index, the head being keys
[0, H).

The log-probs equal the plain packed forward's up to float rounding (same tokens, positions and
attention pattern; only the summation order inside attention differs).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

__all__ = ["MIN_SHARED_TOKENS", "SharedHead", "SharedPrefixPacking", "pack_with_shared_prefixes",
           "plan_cached_heads", "prefix_tree", "real_tokens", "share_limits", "shared_prefix_order",
           "split_sorted_rows"]

# A node shorter than this saves less than its extra attention call costs.
MIN_SHARED_TOKENS = 16


@dataclass
class SharedPrefixPacking:
    """Like torch_functional.PackedResponses, with `segments` in place of cu_seqlens.

    input_ids / position_ids: [1, T]; segments: per tree node (start, end, ((a_start, a_end), ...)) in key
    coordinates (packed index + head); logit_positions, rows, cols, labels: as in PackedResponses (packed
    indices); shared_tokens: the rows' real tokens left out of the packed row (the head's, and a shared
    node's beyond its first row).
    """
    input_ids: torch.Tensor
    position_ids: torch.Tensor
    segments: list[tuple[int, int, tuple[tuple[int, int], ...]]]
    logit_positions: torch.Tensor
    rows: torch.Tensor
    cols: torch.Tensor
    labels: torch.Tensor
    shared_tokens: int


def real_tokens(values: torch.Tensor, attention_mask: torch.Tensor) -> list[np.ndarray]:
    """Each row's values at its real (unmasked) positions, on the host: the tree is planned there (one copy
    per batch instead of a device round trip per comparison)."""
    mask = attention_mask.cpu().numpy() != 0
    return np.split(values.cpu().numpy()[mask], np.cumsum(mask.sum(-1))[:-1])


def share_limits(attention_mask: torch.Tensor, position_ids: torch.Tensor, response_length: int) -> list[int]:
    """How many leading real tokens of each row may be shared: up to the token before the one that predicts
    its first response token, and none if its position ids are not 0, 1, 2, ... over its real tokens
    (true for left-padded rows; anything else runs on its own)."""
    mask = attention_mask.bool()
    counted = mask.long().cumsum(-1) - 1
    standard = ~((position_ids != counted) & mask).any(-1)
    prompt_real = mask[:, :mask.shape[1] - response_length].sum(-1)
    return torch.where(standard, (prompt_real - 1).clamp(min=0), 0).tolist()


def _common_length(a, b) -> int:
    n = min(len(a), len(b))
    differ = np.flatnonzero(np.asarray(a[:n]) != np.asarray(b[:n]))
    return n if len(differ) == 0 else int(differ[0])


def shared_prefix_order(input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[list[int], list[int]]:
    """Row indices sorted by their real tokens (lexicographically), so rows with a common head are adjacent,
    and the number of leading tokens each sorted row shares with the next one."""
    tokens = real_tokens(input_ids, attention_mask)
    order = sorted(range(len(tokens)), key=[t.tolist() for t in tokens].__getitem__)
    links = [_common_length(tokens[a], tokens[b]) for a, b in zip(order, order[1:])]
    return order, links


def split_sorted_rows(links: list[int], seqlens: list[int], max_rows: int | None = None,
                      max_tokens: int | None = None) -> list[tuple[int, int]]:
    """Cut sorted rows (links: tokens shared by neighbours, seqlens: each row's tokens) into consecutive
    [start, end) micro-batches of at most max_rows rows and max_tokens tokens (a longer row goes alone).

    Each cut goes where neighbours share the fewest tokens among the allowed ends that keep the micro-batch
    at least half full (the farthest on ties), so task groups are not split and their heads not recomputed.
    """
    n, parts, start = len(seqlens), [], 0
    while start < n:
        end, tokens = start, 0
        while end < n and (max_rows is None or end - start < max_rows) and \
                (max_tokens is None or end == start or tokens + seqlens[end] <= max_tokens):
            tokens += seqlens[end]
            end += 1
        if end < n:
            lowest = start + max(1, (end - start + 1) // 2)
            end = min(range(lowest, end + 1), key=lambda cut: (links[cut - 1], -cut))
        parts.append((start, end))
        start = end
    return parts


def prefix_tree(tokens: list[np.ndarray], limits: list[int], min_shared: int = MIN_SHARED_TOKENS,
                head: int = 0) -> list[tuple]:
    """The prefix tree of rows given in sorted order, depth-first, as (depth, start, end, rows) entries.

    A shared node holds tokens [start, end) of every row in `rows` (end - start >= min_shared); a leaf
    (one row) holds its tokens from `start` on (end = None). `limits[i]` caps how far row i may be shared.
    The first `head` tokens, common to all rows, are already computed: the tree starts after them.
    """
    n = len(tokens)
    # Sorted rows: the common prefix of rows lo..hi-1 is the minimum of their neighbours' common prefixes.
    shared = [min(_common_length(tokens[i], tokens[i + 1]), limits[i], limits[i + 1]) for i in range(n - 1)]
    nodes: list[tuple] = []

    def build(lo: int, hi: int, start: int, depth: int) -> None:
        if hi - lo == 1:
            nodes.append((depth, start, None, [lo]))
            return
        common = min(shared[lo:hi - 1])
        if common - start >= min_shared:
            nodes.append((depth, start, common, list(range(lo, hi))))
            start, depth = common, depth + 1
        run = lo
        for i in range(lo, hi - 1):  # split where neighbours share too little beyond `start`
            if shared[i] - start < min_shared:
                build(run, i + 1, start, depth)
                run = i + 1
        build(run, hi, start, depth)

    if n:
        build(0, n, head, 0)
    return nodes


def pack_with_shared_prefixes(input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor,
                              response_length: int, min_shared: int = MIN_SHARED_TOKENS,
                              head: int = 0) -> SharedPrefixPacking:
    """Pack a left-padded [B, L] batch (last `response_length` columns = response) as a prefix tree.

    Rows are taken in the order given (sort them with shared_prefix_order first) and shared only within
    their share_limits. `head`: the first tokens of every row, computed once elsewhere (a SharedHead);
    only what follows is packed, and every segment has the head's keys [0, head) as its first ancestor.
    """
    batch, length = input_ids.shape
    mask = attention_mask.bool()
    tokens = real_tokens(input_ids, attention_mask)
    positions = real_tokens(position_ids, attention_mask)
    limits = share_limits(attention_mask, position_ids, response_length)
    if head and min(limits) < head:
        raise ValueError(f"a cached head of {head} tokens is longer than a row may share ({min(limits)})")

    ids_pieces, pos_pieces, segments = [], [], []
    row_start = np.zeros(batch, dtype=np.int64)  # packed index of a row's token k = row_start + k
    root = ((0, head),) if head else ()
    ancestors: list[tuple[int, int]] = []  # key ranges of the current node's ancestors below the head, root first
    cursor, shared = 0, head * batch
    for depth, start, end, rows in prefix_tree(tokens, limits, min_shared, head):
        del ancestors[depth:]
        first = rows[0]
        stop = len(tokens[first]) if end is None else end
        ids_pieces.append(tokens[first][start:stop])
        pos_pieces.append(positions[first][start:stop])
        keys = (head + cursor, head + cursor + stop - start)
        segments.append((*keys, root + tuple(ancestors)))
        if end is None:
            row_start[first] = cursor - start
        else:
            shared += (stop - start) * (len(rows) - 1)
            ancestors.append(keys)
        cursor += stop - start

    start = length - response_length
    predicted_real = mask[:, start:]
    predictor_real = mask[:, start - 1:length - 1] if start >= 1 else torch.zeros_like(predicted_real)
    rows_idx, cols_idx = (predicted_real & predictor_real).nonzero(as_tuple=True)
    real_index = mask.long().cumsum(-1) - 1
    device = input_ids.device
    logit_positions = torch.as_tensor(row_start, device=device)[rows_idx] + real_index[rows_idx, start + cols_idx - 1]
    packed = [torch.from_numpy(np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)).to(device)
              for pieces in (ids_pieces, pos_pieces)]
    return SharedPrefixPacking(
        input_ids=packed[0].to(input_ids.dtype).unsqueeze(0),
        position_ids=packed[1].to(position_ids.dtype).unsqueeze(0),
        segments=segments, logit_positions=logit_positions, rows=rows_idx, cols=cols_idx,
        labels=input_ids[rows_idx, start + cols_idx], shared_tokens=shared)


def plan_cached_heads(tokens: list[np.ndarray], limits: list[int], parts: list[list[int]]) -> list[tuple[int, int]]:
    """Per micro-batch, (keep, head): crop the cached head to its first `keep` tokens, run the micro-batch on
    top of it, and cache its first `head` tokens for the next one (SharedHead.prepare).

    `parts` are consecutive runs of rows sorted by content (shared_prefix_order), `tokens` and `limits`
    (share_limits) per row. A micro-batch keeps what the cached head has in common with all its rows, and
    grows it to what all its rows have in common with all of the next micro-batch's. In sorted rows, what a
    run of rows has in common is what its first and last rows have in common.
    """
    plan: list[tuple[int, int]] = []
    head, head_row = 0, None
    for i, part in enumerate(parts):
        first, last = tokens[part[0]], tokens[part[-1]]
        room = min(limits[r] for r in part)
        keep = 0 if head_row is None else min(head, room, _common_length(head_row, last))
        want = 0
        if i + 1 < len(parts):
            after = parts[i + 1]
            want = min(room, min(limits[r] for r in after), _common_length(first, tokens[after[-1]]))
        head = max(keep, want)
        plan.append((keep, head))
        head_row = first if head > keep else head_row
    return plan


class SharedHead:
    """Keys and values, per attention layer, of the first `length` tokens of every row of a micro-batch,
    computed by an earlier micro-batch's no-grad forward.

    `prepare(keep, head)` before a forward: crop to `keep` tokens, and have the forward add the next
    head - keep. The attention kernel calls `attach` in each layer: it puts the cached keys and values in
    front of the forward's own and keeps copies of the first `head` of them. That works because packing on
    top of `keep` cached tokens starts the packed row with the first row's tokens from `keep` on, and
    every row of the micro-batch shares them up to `head`.
    """

    def __init__(self):
        self.length = 0
        self._grow_to = 0
        self._layers: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}

    def prepare(self, keep: int, head: int) -> None:
        if keep > self.length or head < keep:
            raise ValueError(f"cannot go from a {self.length}-token head to {keep} kept and {head} cached tokens")
        self.length, self._grow_to = keep, head
        self._layers = {} if keep == 0 else {
            layer: (key[:, :, :keep], value[:, :, :keep]) for layer, (key, value) in self._layers.items()}

    @property
    def active(self) -> bool:
        """Whether the next forward reads or grows the cache (else it need not be passed at all)."""
        return self.length > 0 or self._grow_to > self.length

    def attach(self, layer: int, key: torch.Tensor, value: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if self.length:
            cached_key, cached_value = self._layers[layer]
            key, value = torch.cat([cached_key, key], dim=2), torch.cat([cached_value, value], dim=2)
        if self._grow_to > self.length:  # copies: a view would keep the whole forward's keys alive
            self._layers[layer] = (key[:, :, :self._grow_to].clone(), value[:, :, :self._grow_to].clone())
        return key, value

    def commit(self) -> None:
        """After the forward: the cache now holds the head prepare() asked for."""
        self.length = max(self.length, self._grow_to)
