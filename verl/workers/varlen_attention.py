"""Padding-free attention without the flash-attn package: HF attention implementation "sdar_varlen".

The packed forward puts the real tokens of a micro-batch into one row. flash-attn's varlen kernel
attends within each sequence given cu_seqlens; without flash-attn, HF's SDPA path would build a dense
[T, T] block-diagonal mask over the whole packed row (quadratic in the *total* token count, and far
slower than the padded forward it replaces). This implementation keeps the cost at sum_i L_i^2:
- on CUDA with torch's own varlen kernel (torch.nn.attention.varlen.varlen_attn, flash-based), one call;
- otherwise (CPU, fp32, older torch), one causal SDPA call per sequence.
It needs cu_seqlens (passed as the `cu_seq_lens_q` kwarg, as for flash-attn) and is registered with
transformers' AttentionInterface, deliberately WITHOUT a mask function, so HF builds no mask at all.
A padded batch needs a mask: the actor switches the model to "sdpa" for padded forwards.

Shared-prefix packing (verl/utils/prefix_sharing.py, the teacher forward) passes `prefix_segments`
instead: per prefix-tree node its key range and its ancestors' key ranges. A node's tokens attend to all
ancestor tokens and causally to their own: on CUDA in one varlen call (each node's queries over its
gathered ancestor keys and its own, the causal mask aligned at the bottom right), elsewhere one SDPA call
per node. `prefix_masks` is an empty dict that the first layer fills with the plan (on CUDA the gather
index and cumulative lengths, prefix_segment_varlen; else the nodes' masks and key slices,
prefix_segment_calls) and every later layer reuses.
`prefix_head` (a prefix_sharing.SharedHead) puts a cached head's keys and values in front of the packed
ones, so key index = head length + packed index.
"""
from __future__ import annotations

import functools
import inspect
import logging

import numpy as np
import torch
import torch.nn.functional as F

__all__ = ["VARLEN_ATTENTION", "varlen_attention_forward", "prefix_segment_calls", "shared_prefix_runs_varlen",
           "register"]

VARLEN_ATTENTION = "sdar_varlen"
logger = logging.getLogger(__name__)

try:  # torch >= 2.9, CUDA only
    from torch.nn.attention.varlen import varlen_attn as _torch_varlen_attn
    _VARLEN_PARAMS = set(inspect.signature(_torch_varlen_attn).parameters)
except ImportError:  # pragma: no cover - depends on the torch build
    _torch_varlen_attn, _VARLEN_PARAMS = None, set()


def _repeat_kv(tensor: torch.Tensor, groups: int, head_dim: int) -> torch.Tensor:
    return tensor if groups == 1 else tensor.repeat_interleave(groups, dim=head_dim)


def _torch_varlen_wanted(device: torch.device, dtype: torch.dtype) -> bool:
    return device.type == "cuda" and _torch_varlen_attn is not None and dtype in (torch.float16, torch.bfloat16)


def shared_prefix_runs_varlen(device: torch.device, dtype: torch.dtype) -> bool:
    """Whether a shared-prefix forward on this device and dtype is one varlen call per layer (else one SDPA
    call per prefix-tree node)."""
    return _torch_varlen_wanted(device, dtype) and _varlen_sees_ancestors(device, dtype)


def _cuda_varlen(q, k, v, cu_q, cu_k, max_q: int, max_k: int, scale):
    """q [Tq, Hq, D], k/v [Tk, Hkv, D] -> [Tq, Hq, D] through torch's flash varlen kernel, causal. Where a
    sequence has more keys than queries the mask is aligned at the bottom right (flash-attention's rule):
    its query i sees its keys up to i + Lk - Lq, i.e. all of a shared-prefix node's ancestors."""
    kwargs = {"scale": scale}
    groups = q.shape[1] // k.shape[1]
    if "enable_gqa" in _VARLEN_PARAMS:
        kwargs["enable_gqa"] = groups > 1
    else:
        k, v = _repeat_kv(k, groups, 1), _repeat_kv(v, groups, 1)
    if "is_causal" in _VARLEN_PARAMS:
        kwargs["is_causal"] = True
    else:
        kwargs["window_size"] = (-1, 0)  # causal
    cu_q, cu_k = (cu.to(device=q.device, dtype=torch.int32) for cu in (cu_q, cu_k))
    return _torch_varlen_attn(q, k, v, cu_q, cu_k, max_q, max_k, **kwargs)


@functools.lru_cache(maxsize=None)
def _varlen_sees_ancestors(device: torch.device, dtype: torch.dtype) -> bool:
    """Does the varlen kernel align causal masks at the bottom right, as the shared-prefix path needs? Checked
    once per device and dtype on a tiny case against SDPA (no CPU test can run the CUDA kernel); if not,
    the shared-prefix forward keeps to one SDPA call per prefix-tree node."""
    generator = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(n, 2, 32, generator=generator).to(device, dtype) for n in (7, 9, 9))
    cu_q, cu_k = torch.tensor([0, 3, 7]), torch.tensor([0, 5, 9])  # 3 queries on 5 keys, then 4 on 4
    try:
        got = _cuda_varlen(q, k, v, cu_q, cu_k, 4, 5, None)
    except Exception as err:  # a kernel that refuses unequal query and key lengths
        problem = f"fails on unequal query and key lengths ({type(err).__name__}: {err})"
    else:
        want = torch.cat([F.scaled_dot_product_attention(
            q[a:b].transpose(0, 1), k[c:d].transpose(0, 1), v[c:d].transpose(0, 1),
            attn_mask=torch.ones(b - a, d - c, dtype=torch.bool, device=device).tril(d - c - (b - a))
        ).transpose(0, 1) for a, b, c, d in ((0, 3, 0, 5), (3, 7, 5, 9))])
        if torch.allclose(got.float(), want.float(), atol=3e-2):
            return True
        problem = "does not align causal masks at the bottom right"
    logger.warning("torch's varlen attention %s on %s/%s: the shared-prefix teacher forward uses one SDPA call "
                   "per prefix-tree node", problem, device, dtype)
    return False


def prefix_segment_varlen(segments, offset: int, queries: int, device):
    """The shared-prefix forward as one varlen call: per segment its queries (consecutive in the packed row)
    and, gathered in order, its ancestors' keys then its own. Returns (key index, cu_q, cu_k, max_q, max_k)."""
    pieces, q_lengths, k_lengths, cursor = [], [], [], offset
    for start, end, ancestors in segments:
        if end <= start:
            continue
        if start != cursor:
            raise ValueError(f"prefix segments must tile the packed row in order: one starts at {start}, "
                             f"expected {cursor}")
        ranges = [*ancestors, (start, end)]
        pieces += [np.arange(a, b) for a, b in ranges]
        q_lengths.append(end - start)
        k_lengths.append(sum(b - a for a, b in ranges))
        cursor = end
    if cursor != offset + queries:
        raise ValueError(f"prefix segments cover {cursor - offset} of {queries} packed tokens")
    cumulative = [torch.tensor([0] + lengths).cumsum(0).to(device=device, dtype=torch.int32)
                  for lengths in (q_lengths, k_lengths)]
    index = torch.from_numpy(np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int64)).to(device)
    return index, *cumulative, max(q_lengths, default=0), max(k_lengths, default=0)


def _gqa_sdpa(q, k, v, **kwargs):
    """SDPA with fewer key/value heads than query heads. On CPU the fused kernel takes them as they are
    (enable_gqa); on CUDA they are copied out to every query head, because the kernel that accepts an
    attention mask (memory-efficient) does not take enable_gqa and SDPA would fall back to the math path."""
    groups = q.shape[1] // k.shape[1]
    if groups > 1 and q.is_cuda:
        k, v = _repeat_kv(k, groups, 1), _repeat_kv(v, groups, 1)
    elif groups > 1:
        kwargs["enable_gqa"] = True
    return F.scaled_dot_product_attention(q, k, v, **kwargs)


def _per_sequence_sdpa(q, k, v, bounds, scale):
    """q [1, Hq, T, D], k/v [1, Hkv, T, D]: causal SDPA on each [start, end) slice.

    The inputs stay 4-D: PyTorch's fused CPU kernel only accepts 4-D tensors (3-D falls back to the
    slow math path)."""
    out = torch.empty_like(q)
    for start, end in zip(bounds[:-1], bounds[1:]):
        if end > start:
            out[:, :, start:end] = _gqa_sdpa(q[:, :, start:end], k[:, :, start:end], v[:, :, start:end],
                                             is_causal=True, scale=scale)
    return out


def _prefix_segment_masks(segments, dtype: torch.dtype, device) -> list[torch.Tensor | None]:
    """Additive masks [L, A + L] of the segments with ancestors (None for the others): 0 on the A ancestor
    tokens and on and below the segment's own diagonal, -inf above it. All are views of one template."""
    shapes = [(end - start, sum(b - a for a, b in ancestors)) for start, end, ancestors in segments]
    wanted = [(width, head) for width, head in shapes if head > 0 and width > 0]
    if not wanted:
        return [None] * len(segments)
    width_max, head_max = max(w for w, _ in wanted), max(h for _, h in wanted)
    row = -(-(head_max + width_max) // 16) * 16  # CUDA's memory-efficient kernel copies masks with unaligned rows
    template = torch.zeros(width_max, row, dtype=dtype, device=device)
    template[:, head_max:head_max + width_max] = torch.full(
        (width_max, width_max), float("-inf"), dtype=dtype, device=device).triu(1)
    return [template[:width, head_max - head:head_max + width] if head > 0 and width > 0 else None
            for width, head in shapes]


def prefix_segment_calls(segments, offset: int, dtype: torch.dtype, device):
    """What each segment's SDPA call reads, worked out once per forward: a list of (query rows, key slice,
    whether the slice is of the gathered keys, mask or None for plain causal), and the key indices to gather
    (None if no segment needs them). A segment whose ancestors and own keys are back to back reads one
    slice of the keys; the others read one slice of a single gather over all of them (one copy per layer
    instead of one per segment). `offset`: number of cached head keys in front of the packed ones."""
    calls, pieces, gathered = [], [], 0
    for (start, end, ancestors), mask in zip(segments, _prefix_segment_masks(segments, dtype, device)):
        if end <= start:
            continue
        rows = slice(start - offset, end - offset)
        ranges = list(ancestors) + [(start, end)]
        if all(a[1] == b[0] for a, b in zip(ranges, ranges[1:])):
            calls.append((rows, slice(ranges[0][0], end), False, mask))
            continue
        width = sum(b - a for a, b in ranges)
        pieces += [np.arange(a, b) for a, b in ranges]
        calls.append((rows, slice(gathered, gathered + width), True, mask))
        gathered += width
    return calls, torch.from_numpy(np.concatenate(pieces)).to(device) if pieces else None


def _prefix_segments_sdpa(q, k, v, calls, gather, scale):
    """q [1, Hq, T, D], k/v [1, Hkv, H + T, D] (H: a cached head's keys first): per segment, full attention
    to its ancestors + causal within itself (prefix_segment_calls)."""
    out = torch.empty_like(q)
    gathered = (k.index_select(2, gather), v.index_select(2, gather)) if gather is not None else None
    for rows, keys, from_gathered, mask in calls:
        k_src, v_src = gathered if from_gathered else (k, v)
        out[:, :, rows] = _gqa_sdpa(q[:, :, rows], k_src[:, :, keys], v_src[:, :, keys], attn_mask=mask,
                                    is_causal=mask is None, scale=scale)
    return out


def varlen_attention_forward(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                             attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                             **kwargs):
    """HF attention-interface signature: query [B, Hq, T, D], key/value [B, Hkv, T, D] -> ([B, T, Hq, D], None)."""
    segments = kwargs.get("prefix_segments")
    cu_seqlens = kwargs.get("cu_seq_lens_q")
    if cu_seqlens is None and segments is None:
        raise ValueError(f"attention {VARLEN_ATTENTION!r} needs packed sequences (the cu_seq_lens_q kwarg); "
                         "use attn_implementation='sdpa' for padded batches")
    if query.shape[0] != 1:
        raise ValueError(f"{VARLEN_ATTENTION} expects one packed row, got batch {query.shape[0]}")
    if kwargs.get("sliding_window") is not None:
        raise NotImplementedError(f"{VARLEN_ATTENTION} does not implement sliding-window attention; set "
                                  "actor_rollout_ref.model.attn_implementation=sdpa for this model")
    if dropout:
        raise NotImplementedError(f"{VARLEN_ATTENTION} does not implement attention dropout")
    if segments is not None:
        head = kwargs.get("prefix_head")
        if head is not None:
            key, value = head.attach(module.layer_idx, key, value)
        cache = kwargs.get("prefix_masks")  # a dict the first layer fills and the others reuse
        if cache is None:
            cache = {}
        if shared_prefix_runs_varlen(query.device, query.dtype):
            if "varlen" not in cache:
                cache["varlen"] = prefix_segment_varlen(segments, key.shape[2] - query.shape[2], query.shape[2],
                                                        query.device)
            index, cu_q, cu_k, max_q, max_k = cache["varlen"]
            keys, values = (t[0].transpose(0, 1).index_select(0, index) for t in (key, value))
            out = _cuda_varlen(query[0].transpose(0, 1), keys, values, cu_q, cu_k, max_q, max_k, scaling)
            return out.unsqueeze(0), None
        if query.dtype not in cache:
            cache[query.dtype] = prefix_segment_calls(segments, key.shape[2] - query.shape[2], query.dtype,
                                                      query.device)
        calls, gather = cache[query.dtype]
        return _prefix_segments_sdpa(query, key, value, calls, gather, scaling).transpose(1, 2), None
    if _torch_varlen_wanted(query.device, query.dtype):
        max_len = int(kwargs.get("max_length_q") or 0)
        out = _cuda_varlen(query[0].transpose(0, 1), key[0].transpose(0, 1), value[0].transpose(0, 1),
                           cu_seqlens, cu_seqlens, max_len, max_len, scaling)
        return out.unsqueeze(0), None
    bounds = cu_seqlens.tolist()
    out = _per_sequence_sdpa(query, key, value, bounds, scaling)
    return out.transpose(1, 2), None


def register() -> None:
    from transformers import AttentionInterface

    AttentionInterface.register(VARLEN_ATTENTION, varlen_attention_forward)


register()
