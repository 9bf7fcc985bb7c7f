"""Rollout with a plain transformers model and our own sampling loop (CPU and GPU).

Why not `model.generate(output_logits=True)`: it keeps every step's full-vocabulary logits (with a
152k vocabulary that is gigabytes per batch), and its log-probs are not what we want anyway. This loop
samples token by token with a KV cache and keeps only the log-prob of each sampled token.

The recorded log-prob is log softmax(logits / T) at the sampled token: the temperature-scaled
policy, without the top-k / top-p truncation, so it is directly comparable to the actor's
`compute_log_prob` at the same temperature (with top_k=-1, top_p=1 they are the same distribution).
"""
from __future__ import annotations

import logging
from typing import Any, Iterable

import torch

from verl.protocol import DataProto
from verl.utils.device import to_dtype
from verl.workers.rollout.base import (RolloutEngine, SamplingParams, eos_and_pad, rollout_output,
                                      sampling_params_from_config)

logger = logging.getLogger(__name__)

__all__ = ["HFRollout", "sample_next_token"]


def _filter_top_k_top_p(scaled: torch.Tensor, top_k: int, top_p: float) -> torch.Tensor:
    """Set logits outside the top-k / nucleus to -inf (the most likely token always survives)."""
    vocab = scaled.shape[-1]
    if 0 < top_k < vocab:
        kth = torch.topk(scaled, top_k, dim=-1).values[..., -1:]
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, order = torch.sort(scaled, dim=-1, descending=True)
        probs = torch.softmax(sorted_logits, dim=-1)
        mass_before = torch.cumsum(probs, dim=-1) - probs
        drop_sorted = mass_before >= top_p  # keep tokens until the kept mass reaches top_p
        drop_sorted[..., 0] = False
        drop = torch.zeros_like(drop_sorted).scatter(-1, order, drop_sorted)
        scaled = scaled.masked_fill(drop, float("-inf"))
    return scaled


def sample_next_token(logits: torch.Tensor, params: SamplingParams,
                      generator: torch.Generator | None) -> tuple[torch.Tensor, torch.Tensor]:
    """One sampling step on [B, V] logits -> (token ids [B], log-prob at temperature [B], float32)."""
    logits = logits.float()
    temperature = params.temperature if params.temperature > 0 else 1.0
    log_probs = torch.log_softmax(logits / temperature, dim=-1)
    if params.greedy:
        tokens = logits.argmax(dim=-1)
    else:
        filtered = _filter_top_k_top_p(logits / temperature, params.top_k, params.top_p)
        probs = torch.softmax(filtered, dim=-1)
        tokens = torch.multinomial(probs, 1, generator=generator).squeeze(-1)
    return tokens, log_probs.gather(-1, tokens.unsqueeze(-1)).squeeze(-1)


class HFRollout(RolloutEngine):
    """transformers model + KV-cache sampling loop. Holds its own unsharded copy of the policy."""

    def __init__(self, model_path: str, rollout_config: Any, tokenizer, device: str | torch.device = "cpu"):
        from transformers import AutoModelForCausalLM

        self.config = rollout_config
        self.tokenizer = tokenizer
        self.device = torch.device(device)
        dtype = to_dtype(rollout_config.get("dtype", "bfloat16")) if self.device.type == "cuda" else torch.float32
        self.model = AutoModelForCausalLM.from_pretrained(
            model_path, dtype=dtype, trust_remote_code=bool(rollout_config.get("trust_remote_code", False)))
        self.model.to(self.device).eval()
        self.model.requires_grad_(False)
        self.generator = torch.Generator(device=self.device)
        self.generator.manual_seed(int(rollout_config.get("seed", 0) or 0))

    # ------------------------------------------------------------------ weights
    @torch.no_grad()
    def sampler_state(self) -> dict:
        return {"generator": self.generator.get_state()}

    def load_sampler_state(self, state: dict) -> None:
        if "generator" in state:
            self.generator.set_state(state["generator"])

    def load_weights(self, named_tensors: Iterable[tuple[str, torch.Tensor]]) -> None:
        state = self.model.state_dict()  # views of the live parameters: copy_ updates them in place
        loaded = 0
        for name, tensor in named_tensors:
            if name not in state:
                raise KeyError(f"HFRollout.load_weights: the model has no tensor named {name!r}")
            target = state[name]
            if target.shape != tensor.shape:
                raise ValueError(f"HFRollout.load_weights: {name!r} has shape {tuple(tensor.shape)}, "
                                 f"expected {tuple(target.shape)}")
            target.copy_(tensor.to(device=target.device, dtype=target.dtype))
            loaded += 1
        if loaded == 0:
            raise ValueError("HFRollout.load_weights got no tensors")

    # ------------------------------------------------------------------ generation
    def generate_sequences(self, prompts: DataProto) -> DataProto:
        meta = prompts.meta_info
        params = sampling_params_from_config(self.config, validate=bool(meta.get("validate", False)))
        eos, pad = eos_and_pad(meta, self.tokenizer)
        input_ids = prompts.batch["input_ids"].to(self.device)
        attention_mask = prompts.batch["attention_mask"].to(self.device)
        position_ids = prompts.batch["position_ids"].to(self.device)
        responses, response_mask, log_probs = self._sample(input_ids, attention_mask, position_ids, params, eos, pad)
        return rollout_output(prompts, responses.cpu(), response_mask.cpu(), log_probs.cpu())

    @torch.no_grad()
    def _sample(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor,
                params: SamplingParams, eos: list[int], pad: int):
        from transformers import DynamicCache

        batch_size = input_ids.shape[0]
        length = params.max_new_tokens
        responses = torch.full((batch_size, length), pad, dtype=input_ids.dtype, device=self.device)
        response_mask = torch.zeros((batch_size, length), dtype=torch.long, device=self.device)
        log_probs = torch.zeros((batch_size, length), dtype=torch.float32, device=self.device)
        eos_tensor = torch.tensor(eos or [-1], dtype=input_ids.dtype, device=self.device)
        finished = torch.zeros(batch_size, dtype=torch.bool, device=self.device)
        cache = DynamicCache(config=self.model.config)
        step_ids, step_positions, mask = input_ids, position_ids, attention_mask
        next_position = position_ids[:, -1:] + 1
        for t in range(length):
            logits = self.model(input_ids=step_ids, attention_mask=mask, position_ids=step_positions,
                                past_key_values=cache, use_cache=True, logits_to_keep=1).logits[:, -1, :]
            tokens, token_log_probs = sample_next_token(logits, params, self.generator)
            active = ~finished
            responses[:, t] = torch.where(active, tokens, torch.full_like(tokens, pad))
            log_probs[:, t] = torch.where(active, token_log_probs, torch.zeros_like(token_log_probs))
            response_mask[:, t] = active.long()
            if not params.ignore_eos:
                finished = finished | (active & torch.isin(tokens, eos_tensor))
            if bool(finished.all()):
                break
            step_ids = tokens.unsqueeze(-1)
            step_positions = next_position
            next_position = next_position + 1
            mask = torch.cat([mask, torch.ones((batch_size, 1), dtype=mask.dtype, device=self.device)], dim=-1)
        return responses, response_mask, log_probs
