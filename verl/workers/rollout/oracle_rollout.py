"""The oracle rollout engine (actor_rollout_ref.rollout.name=oracle): a perfect policy, for tests and debugging.

It runs no model. Each prompt arrives with the response its environment planned for it
(non-tensor field `oracle_response`, added by the TrajectoryCollector from
`EnvironmentManager.oracle_response(i)` when rollout.name is oracle): the ALFWorld planner's
walkthrough step, the WebShop goal's product, options and Buy Now, the Search gold answer, the toy
task's object. The engine tokenizes that text, ends it with eos and returns it in the batch layout
of every engine (base.py). Playing it through `main_eval` checks prompts, projection, episode
budget, rewards and metrics together: every shipped eval split must score 1.0.

Its responses are not samples of any distribution: rollout_log_probs are 0, and training on them
is only meaningful as a plumbing check.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable

import torch

from verl.protocol import DataProto
from verl.workers.rollout.base import RolloutEngine, eos_and_pad, rollout_output

logger = logging.getLogger(__name__)

__all__ = ["OracleRollout", "ORACLE_FIELD"]

ORACLE_FIELD = "oracle_response"


class OracleRollout(RolloutEngine):
    """Answers every prompt with the text in its `oracle_response` field (see the module docstring)."""

    def __init__(self, model_path: str, rollout_config: Any, tokenizer, device: str | torch.device = "cpu"):
        self.tokenizer = tokenizer
        self.response_length = int(rollout_config.get("response_length", 512) or 512)

    def load_weights(self, named_tensors: Iterable[tuple[str, torch.Tensor]]) -> None:
        for _ in named_tensors:  # the oracle has no weights; drain the iterator (it may gather shards)
            pass

    def generate_sequences(self, prompts: DataProto) -> DataProto:
        texts = prompts.non_tensor_batch.get(ORACLE_FIELD)
        input_ids = prompts.batch["input_ids"]
        if texts is None or len(texts) != input_ids.shape[0]:
            raise ValueError(f"rollout.name=oracle needs a non-tensor '{ORACLE_FIELD}' per prompt; the "
                             "TrajectoryCollector adds it from the env manager's oracle_response()")
        eos, pad = eos_and_pad(prompts.meta_info, self.tokenizer)
        batch_size, length = input_ids.shape[0], self.response_length
        responses = torch.full((batch_size, length), pad, dtype=input_ids.dtype)
        response_mask = torch.zeros((batch_size, length), dtype=torch.long)
        for row, text in enumerate(texts):
            ids = self.tokenizer.encode(str(text), add_special_tokens=False) + eos[:1]
            if len(ids) > length:
                raise ValueError(f"the oracle response of prompt {row} has {len(ids)} tokens, more than "
                                 f"rollout.response_length={length}: {str(text)[:200]!r}")
            responses[row, :len(ids)] = torch.as_tensor(ids, dtype=input_ids.dtype)
            response_mask[row, :len(ids)] = 1
        return rollout_output(prompts, responses, response_mask, torch.zeros((batch_size, length), dtype=torch.float32))
