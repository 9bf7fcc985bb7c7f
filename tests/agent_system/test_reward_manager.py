"""EpisodeRewardManager: the episode reward on the last valid response token, zeros elsewhere."""
from __future__ import annotations

import pytest
import torch

from agent_system.reward_manager import EpisodeRewardManager
from verl.protocol import DataProto


def batch(response_mask, rewards, with_mask_key=True):
    mask = torch.tensor(response_mask)
    b, r = mask.shape
    prompt_mask = torch.ones(b, 2, dtype=torch.long)
    tensors = {"responses": torch.arange(b * r).reshape(b, r), "input_ids": torch.zeros(b, 2 + r, dtype=torch.long),
               "attention_mask": torch.cat([prompt_mask, mask], dim=1)}
    if with_mask_key:
        tensors["response_mask"] = mask
    return DataProto.from_dict(tensors, {"episode_reward": rewards, "data_source": ["toy"] * b})


@pytest.mark.parametrize("with_mask_key", [True, False])
def test_reward_sits_on_the_last_valid_response_token(with_mask_key):
    data = batch([[1, 1, 1, 0], [1, 0, 0, 0], [1, 1, 1, 1]], [10.0, 0.0, 2.5], with_mask_key)
    scores = EpisodeRewardManager()(data)
    expected = torch.tensor([[0, 0, 10.0, 0], [0, 0, 0, 0], [0, 0, 0, 2.5]])
    assert scores.dtype == torch.float32 and torch.equal(scores, expected)


def test_row_without_valid_tokens_keeps_its_reward_in_the_row_sum():
    scores = EpisodeRewardManager()(batch([[0, 0, 0]], [10.0]))
    assert scores.sum().item() == 10.0 and scores[0, 0].item() == 10.0


def test_missing_episode_reward_is_a_clear_error():
    data = DataProto.from_dict({"responses": torch.zeros(1, 2, dtype=torch.long)})
    with pytest.raises(KeyError, match="episode_reward"):
        EpisodeRewardManager()(data)


def test_num_examine_prints_per_data_source(capsys):
    class Tok:
        def decode(self, ids):
            return " ".join(map(str, ids))

    EpisodeRewardManager(Tok(), num_examine=1)(batch([[1, 1], [1, 0]], [1.0, 0.0]))
    out = capsys.readouterr().out
    assert out.count("[toy] response:") == 1 and "[toy] episode reward: 1.0" in out
