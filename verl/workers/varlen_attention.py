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
instead: per prefix-tree node its packed range and its ancestors' ranges. A node's tokens attend to all
ancestor tokens and causally to their own, one SDPA call per node. `prefix_masks` is an empty dict that
the first layer fills with the nodes' masks (prefix_segment_masks) and every later layer reuses.
"""
from __future__ import annotations

import inspect

import torch
import torch.nn.functional as F

__all__ = ["VARLEN_ATTENTION", "varlen_attention_forward", "prefix_segment_masks", "register"]

VARLEN_ATTENTION = "sdar_varlen"

try:  # torch >= 2.9, CUDA only
    from torch.nn.attention.varlen import varlen_attn as _torch_varlen_attn
    _VARLEN_PARAMS = set(inspect.signature(_torch_varlen_attn).parameters)
except ImportError:  # pragma: no cover - depends on the torch build
    _torch_varlen_attn, _VARLEN_PARAMS = None, set()


def _repeat_kv(tensor: torch.Tensor, groups: int, head_dim: int) -> torch.Tensor:
    return tensor if groups == 1 else tensor.repeat_interleave(groups, dim=head_dim)


def _cuda_varlen(q, k, v, cu_seqlens, max_len, scale):
    """q [T, Hq, D], k/v [T, Hkv, D] -> [T, Hq, D] through torch's flash varlen kernel."""
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
    cu = cu_seqlens.to(device=q.device, dtype=torch.int32)
    return _torch_varlen_attn(q, k, v, cu, cu, max_len, max_len, **kwargs)


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


def prefix_segment_masks(segments, dtype: torch.dtype, device) -> list[torch.Tensor | None]:
    """Additive masks [L, A + L] of the segments with ancestors (None for the others): 0 on the A ancestor
    tokens and on and below the segment's own diagonal, -inf above it."""
    masks: list[torch.Tensor | None] = []
    for start, end, ancestors in segments:
        width, head = end - start, sum(a_end - a_start for a_start, a_end in ancestors)
        if head <= 0 or width <= 0:
            masks.append(None)
            continue
        mask = torch.zeros(width, head + width, dtype=dtype, device=device)
        mask[:, head:] = torch.full((width, width), float("-inf"), dtype=dtype, device=device).triu(1)
        masks.append(mask)
    return masks


def _prefix_segments_sdpa(q, k, v, segments, masks, scale):
    """q [1, Hq, T, D], k/v [1, Hkv, T, D]: per segment, full attention to its ancestors + causal within itself."""
    out = torch.empty_like(q)
    for (start, end, ancestors), mask in zip(segments, masks):
        if end <= start:
            continue
        if mask is None:
            out[:, :, start:end] = _gqa_sdpa(q[:, :, start:end], k[:, :, start:end], v[:, :, start:end],
                                             is_causal=True, scale=scale)
            continue
        ranges = list(ancestors) + [(start, end)]
        if all(a[1] == b[0] for a, b in zip(ranges, ranges[1:])):  # back to back: one slice, no copy
            keys, values = k[:, :, ranges[0][0]:end], v[:, :, ranges[0][0]:end]
        else:
            keys = torch.cat([k[:, :, a:b] for a, b in ranges], dim=2)
            values = torch.cat([v[:, :, a:b] for a, b in ranges], dim=2)
        out[:, :, start:end] = _gqa_sdpa(q[:, :, start:end], keys, values, attn_mask=mask, scale=scale)
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
        cache = kwargs.get("prefix_masks")  # a dict the first layer fills and the others reuse
        if cache is None:
            cache = {}
        if query.dtype not in cache:
            cache[query.dtype] = prefix_segment_masks(segments, query.dtype, query.device)
        masks = cache[query.dtype]
        return _prefix_segments_sdpa(query, key, value, segments, masks, scaling).transpose(1, 2), None
    if query.is_cuda and _torch_varlen_attn is not None and query.dtype in (torch.float16, torch.bfloat16):
        out = _cuda_varlen(query[0].transpose(0, 1), key[0].transpose(0, 1), value[0].transpose(0, 1),
                           cu_seqlens, int(kwargs.get("max_length_q") or 0), scaling)
        return out.unsqueeze(0), None
    bounds = cu_seqlens.tolist()
    out = _per_sequence_sdpa(query, key, value, bounds, scaling)
    return out.transpose(1, 2), None


def register() -> None:
    from transformers import AttentionInterface

    AttentionInterface.register(VARLEN_ATTENTION, varlen_attention_forward)


register()
