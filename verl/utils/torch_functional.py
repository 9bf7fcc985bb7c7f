"""Small tensor helpers shared by the workers: masks, position ids, packing, LR schedules.

The RL math (losses, KL, entropy, log-probs from logits) lives in verl/trainer/ppo/core_algos.py;
this module only deals with the *shape* of batches.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import torch

__all__ = [
    "compute_position_id_with_mask",
    "get_response_mask",
    "PackedResponses",
    "pack_for_response_logits",
    "scatter_response_values",
    "lr_lambda_with_warmup",
    "eos_ids",
]


def compute_position_id_with_mask(mask: torch.Tensor) -> torch.Tensor:
    """Position ids for left-padded rows: 0 at the first real token, clamp(cumsum(mask) - 1, 0)."""
    return torch.clamp(torch.cumsum(mask.long(), dim=-1) - 1, min=0)


def eos_ids(eos_token_id: int | Sequence[int] | None) -> list[int]:
    """Normalise an eos id (int, list or None) to a list."""
    if eos_token_id is None:
        return []
    if isinstance(eos_token_id, int):
        return [eos_token_id]
    if isinstance(eos_token_id, torch.Tensor):
        return [int(x) for x in eos_token_id.flatten().tolist()]
    return [int(x) for x in eos_token_id]


def get_response_mask(responses: torch.Tensor, eos_token_id: int | Sequence[int], dtype=torch.long) -> torch.Tensor:
    """1 on every response token up to and including the first eos, 0 after it."""
    ids = torch.tensor(eos_ids(eos_token_id), device=responses.device, dtype=responses.dtype)
    is_eos = torch.isin(responses, ids)
    # Count eos strictly before each position; a token is valid while that count is 0.
    eos_before = torch.cumsum(is_eos.long(), dim=-1) - is_eos.long()
    return (eos_before == 0).to(dtype)


@dataclass
class PackedResponses:
    """A padded micro-batch squeezed to its real tokens, plus where the response logits live.

    input_ids / position_ids: [1, T] (T = number of real tokens, sequences back to back).
    cu_seqlens: [B + 1] int32 sequence starts in the packed row; max_seqlen: longest sequence.
    logit_positions: [K] packed positions whose next-token logits predict a real response token.
    rows, cols: [K] where each of those K predictions goes in the [B, R] response grid.
    labels: [K] the response tokens being predicted.
    """
    input_ids: torch.Tensor
    position_ids: torch.Tensor
    cu_seqlens: torch.Tensor
    max_seqlen: int
    logit_positions: torch.Tensor
    rows: torch.Tensor
    cols: torch.Tensor
    labels: torch.Tensor


def pack_for_response_logits(input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor,
                             response_length: int) -> PackedResponses:
    """Drop padding from a [B, L] batch whose last `response_length` columns are the response.

    The response token at column L-R+j is predicted by the logits at column L-R+j-1, so only those
    positions (where both the predicting and the predicted token are real) need the LM head.
    """
    batch, length = input_ids.shape
    mask = attention_mask.bool()
    flat_mask = mask.reshape(-1)
    token_index = flat_mask.nonzero(as_tuple=True)[0]
    packed_ids = input_ids.reshape(-1)[token_index].unsqueeze(0)
    packed_pos = position_ids.reshape(-1)[token_index].unsqueeze(0)
    # Packed index of every real padded position (-1 for padding).
    packed_index = torch.cumsum(flat_mask.long(), 0).reshape(batch, length) - 1
    seqlens = mask.sum(-1)
    cu_seqlens = torch.zeros(batch + 1, dtype=torch.int32, device=input_ids.device)
    cu_seqlens[1:] = torch.cumsum(seqlens, 0)
    start = length - response_length
    target_cols = torch.arange(start, length, device=input_ids.device)
    predicted_real = mask[:, start:]
    predictor_real = mask[:, start - 1:length - 1] if start >= 1 else torch.zeros_like(predicted_real)
    valid = predicted_real & predictor_real
    rows, cols = valid.nonzero(as_tuple=True)
    logit_positions = packed_index[rows, target_cols[cols] - 1]
    labels = input_ids[rows, target_cols[cols]]
    return PackedResponses(packed_ids, packed_pos, cu_seqlens, int(seqlens.max().item()) if batch else 0,
                           logit_positions, rows, cols, labels)


def scatter_response_values(values: torch.Tensor, rows: torch.Tensor, cols: torch.Tensor, batch: int,
                            response_length: int) -> torch.Tensor:
    """Put K per-token values (shape [K, ...]) into a zero [B, R, ...] grid (differentiable)."""
    out = values.new_zeros((batch, response_length) + tuple(values.shape[1:]))
    return out.index_put((rows, cols), values)


def lr_lambda_with_warmup(warmup_steps: int, style: str = "constant", total_steps: int | None = None,
                          min_lr_ratio: float = 0.0, num_cycles: float = 0.5,
                          key: str = "actor_rollout_ref.actor.optim"):
    """LR multiplier per scheduler step: linear warm-up from 0, then constant or cosine decay.

    cosine: after warm-up the multiplier follows min + (1 - min) * (1 + cos(pi * 2 * cycles * progress)) / 2,
    reaching `min_lr_ratio` at `total_steps`. `key` names the optim config section in errors.
    """
    if style not in ("constant", "cosine"):
        raise ValueError(f"{key}.warmup_style must be 'constant' or 'cosine', got {style!r}")
    if style == "cosine" and (total_steps is None or total_steps <= 0):
        raise ValueError(f"{key}.warmup_style=cosine needs {key}.total_training_steps > 0")
    warmup_steps = max(0, int(warmup_steps))

    def multiplier(step: int) -> float:
        if step < warmup_steps:
            return float(step) / float(max(1, warmup_steps))
        if style == "constant":
            return 1.0
        progress = min(1.0, (step - warmup_steps) / float(max(1, total_steps - warmup_steps)))
        cosine = 0.5 * (1.0 + math.cos(math.pi * 2.0 * num_cycles * progress))
        return min_lr_ratio + (1.0 - min_lr_ratio) * cosine

    return multiplier

