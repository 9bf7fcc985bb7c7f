"""EpisodeRewardManager: the episode reward of each step sample as token-level scores (METHOD.md §4.2).

Every step sample of a trajectory carries the same episode reward (non-tensor `episode_reward`); it is
placed on the sample's last valid response token (response_mask), zeros elsewhere. A row without any
valid response token keeps the reward at position 0 so the sample's score (the row sum) is still the
episode reward. The invalid-action penalty is not applied here: the trainer calls
core_algos.apply_invalid_action_penalty on these scores.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import torch

from verl.protocol import DataProto


class EpisodeRewardManager:
    def __init__(self, tokenizer=None, num_examine: int = 0):
        self.tokenizer = tokenizer
        self.num_examine = int(num_examine)

    def __call__(self, data: DataProto) -> torch.Tensor:
        if "episode_reward" not in data.non_tensor_batch:
            raise KeyError("EpisodeRewardManager needs the non-tensor field 'episode_reward' "
                           "(set by TrajectoryCollector.collect)")
        responses = data.batch["responses"]
        mask = self._response_mask(data)
        rewards = torch.as_tensor(np.asarray(data.non_tensor_batch["episode_reward"], dtype=np.float64),
                                  dtype=torch.float32)
        positions = torch.arange(mask.shape[1]).expand_as(mask)
        last = torch.where(mask.bool(), positions, torch.zeros_like(positions)).amax(dim=1)
        scores = torch.zeros(responses.shape, dtype=torch.float32)
        scores[torch.arange(len(rewards)), last] = rewards
        if self.num_examine > 0 and self.tokenizer is not None:
            self._print_examples(data, rewards, mask)
        return scores

    @staticmethod
    def _response_mask(data: DataProto) -> torch.Tensor:
        if "response_mask" in data.batch.keys():
            return data.batch["response_mask"]
        width = data.batch["responses"].shape[1]
        return data.batch["attention_mask"][:, -width:]

    def _print_examples(self, data: DataProto, rewards: torch.Tensor, mask: torch.Tensor) -> None:
        """Print up to num_examine samples per data source (prompt, response, episode reward)."""
        shown: dict[str, int] = defaultdict(int)
        sources = data.non_tensor_batch.get("data_source", np.array(["unknown"] * len(data), dtype=object))
        prompt_width = data.batch["input_ids"].shape[1] - mask.shape[1]
        for row in range(len(data)):
            source = str(sources[row])
            if shown[source] >= self.num_examine:
                continue
            shown[source] += 1
            prompt_ids = data.batch["input_ids"][row, :prompt_width][data.batch["attention_mask"][row, :prompt_width].bool()]
            response_ids = data.batch["responses"][row][mask[row].bool()]
            print(f"[{source}] prompt: {self.tokenizer.decode(prompt_ids.tolist())}")
            print(f"[{source}] response: {self.tokenizer.decode(response_ids.tolist())}")
            print(f"[{source}] episode reward: {float(rewards[row])}")
