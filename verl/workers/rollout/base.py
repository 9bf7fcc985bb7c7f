"""The rollout engine interface: prompts in, sampled responses (with their log-probs) out.

Every engine (HF generate here, vLLM in vllm_rollout.py) is built as
`Engine(model_path, rollout_config, tokenizer, device)` and keeps its own copy of the policy, which
the worker refreshes from the FSDP actor after each update through `load_weights`.

Batch contract of `generate_sequences` (B prompts, P prompt columns, R = rollout_config.response_length):
  in:  input_ids [B, P] LEFT-padded, attention_mask [B, P], position_ids [B, P];
       meta_info eos_token_id, pad_token_id, validate (use rollout_config.val_kwargs).
  out: prompts [B, P], responses [B, R] (RIGHT-padded after the first eos, eos kept),
       response_mask [B, R], input_ids [B, P+R], attention_mask [B, P+R], position_ids [B, P+R],
       rollout_log_probs [B, R] float32 (0 on padding); non-tensor fields and meta_info pass through.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Any, Iterable

import torch

from verl.protocol import DataProto

__all__ = ["RolloutEngine", "SamplingParams", "sampling_params_from_config", "eos_and_pad", "rollout_output"]


@dataclass(frozen=True)
class SamplingParams:
    """What one generate call samples with. top_k <= 0 and top_p >= 1 switch those filters off."""
    temperature: float = 1.0
    top_k: int = -1
    top_p: float = 1.0
    do_sample: bool = True
    max_new_tokens: int = 512
    ignore_eos: bool = False

    @property
    def greedy(self) -> bool:
        return (not self.do_sample) or self.temperature <= 0


def _get(cfg: Any, key: str, default: Any) -> Any:
    if cfg is None:
        return default
    value = cfg.get(key, default) if hasattr(cfg, "get") else getattr(cfg, key, default)
    return default if value is None else value


def sampling_params_from_config(rollout_config: Any, validate: bool = False) -> SamplingParams:
    """Train sampling from rollout.{temperature, top_k, top_p, do_sample}; validation from rollout.val_kwargs."""
    source = _get(rollout_config, "val_kwargs", None) if validate else rollout_config
    if source is None:
        source = rollout_config
    return SamplingParams(
        temperature=float(_get(source, "temperature", 1.0)),
        top_k=int(_get(source, "top_k", -1)),
        top_p=float(_get(source, "top_p", 1.0)),
        do_sample=bool(_get(source, "do_sample", True)),
        max_new_tokens=int(_get(rollout_config, "response_length", 512)),
        ignore_eos=bool(_get(rollout_config, "ignore_eos", False)),
    )


def eos_and_pad(meta: dict, tokenizer: Any) -> tuple[list[int], int]:
    """The request's eos ids and pad id (meta_info first, then the tokenizer; pad falls back to eos, then 0)."""
    from verl.utils.torch_functional import eos_ids

    eos = eos_ids(meta.get("eos_token_id", getattr(tokenizer, "eos_token_id", None)))
    pad = meta.get("pad_token_id", getattr(tokenizer, "pad_token_id", None))
    return eos, int(pad if pad is not None else (eos[0] if eos else 0))


def rollout_output(prompts: DataProto, responses: torch.Tensor, response_mask: torch.Tensor,
                   log_probs: torch.Tensor) -> DataProto:
    """The `out` batch of the contract above, on the responses' device: prompt tensors joined with the responses."""
    device = responses.device
    input_ids, attention_mask, position_ids = (prompts.batch[k].to(device)
                                               for k in ("input_ids", "attention_mask", "position_ids"))
    steps = torch.arange(1, responses.shape[1] + 1, device=device, dtype=position_ids.dtype).unsqueeze(0)
    tensors = {
        "prompts": input_ids,
        "responses": responses,
        "response_mask": response_mask,
        "input_ids": torch.cat([input_ids, responses], dim=-1),
        "attention_mask": torch.cat([attention_mask, response_mask.to(attention_mask.dtype)], dim=-1),
        "position_ids": torch.cat([position_ids, position_ids[:, -1:] + steps], dim=-1),
        "rollout_log_probs": log_probs,
    }
    return DataProto.from_dict(tensors, non_tensors=dict(prompts.non_tensor_batch), meta_info=dict(prompts.meta_info))


class RolloutEngine(abc.ABC):
    """Common interface of the rollout engines (see the module docstring for the batch contract)."""

    @abc.abstractmethod
    def generate_sequences(self, prompts: DataProto) -> DataProto:
        ...

    @abc.abstractmethod
    def load_weights(self, named_tensors: Iterable[tuple[str, torch.Tensor]]) -> None:
        """Replace the engine's weights with full (unsharded) tensors named as in the HF model."""

    def sleep(self) -> None:
        """Free engine memory (KV cache) while the actor trains; engines without a cache do nothing."""

    def wake_up(self) -> None:
        """Re-allocate what sleep() freed."""

    def sampler_state(self) -> dict:
        """Sampling RNG state, saved in checkpoints so a resumed run draws the same samples.

        Engines whose sampler draws from torch's global RNG (vLLM) need nothing here: the checkpoint's
        RNG states already cover it."""
        return {}

    def load_sampler_state(self, state: dict) -> None:
        """Restore what sampler_state() returned."""
