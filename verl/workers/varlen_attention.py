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
"""
from __future__ import annotations

import inspect

import torch
import torch.nn.functional as F

__all__ = ["VARLEN_ATTENTION", "varlen_attention_forward", "register"]

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


def _per_sequence_sdpa(q, k, v, bounds, scale):
    """q [1, Hq, T, D], k/v [1, Hkv, T, D]: causal SDPA on each [start, end) slice.

    The inputs stay 4-D: PyTorch's fused CPU kernel only accepts 4-D tensors (3-D falls back to the
    slow math path)."""
    groups = q.shape[1] // k.shape[1]
    k, v = _repeat_kv(k, groups, 1), _repeat_kv(v, groups, 1)
    out = torch.empty_like(q)
    for start, end in zip(bounds[:-1], bounds[1:]):
        if end > start:
            out[:, :, start:end] = F.scaled_dot_product_attention(
                q[:, :, start:end], k[:, :, start:end], v[:, :, start:end], is_causal=True, scale=scale)
    return out


def varlen_attention_forward(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                             attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                             **kwargs):
    """HF attention-interface signature: query [B, Hq, T, D], key/value [B, Hkv, T, D] -> ([B, T, Hq, D], None)."""
    cu_seqlens = kwargs.get("cu_seq_lens_q")
    if cu_seqlens is None:
        raise ValueError(f"attention {VARLEN_ATTENTION!r} needs packed sequences (the cu_seq_lens_q kwarg); "
                         "use attn_implementation='sdpa' for padded batches")
    if query.shape[0] != 1:
        raise ValueError(f"{VARLEN_ATTENTION} expects one packed row, got batch {query.shape[0]}")
    if kwargs.get("sliding_window") is not None:
        raise NotImplementedError(f"{VARLEN_ATTENTION} does not implement sliding-window attention; set "
                                  "actor_rollout_ref.model.attn_implementation=sdpa for this model")
    if dropout:
        raise NotImplementedError(f"{VARLEN_ATTENTION} does not implement attention dropout")
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
