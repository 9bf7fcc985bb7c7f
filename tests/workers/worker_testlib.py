"""Helpers for the worker tests: a small config on the tiny model and synthetic PPO batches."""
from __future__ import annotations

import pathlib

import torch

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
RESPONSE_LENGTH = 8


def worker_config(model_dir, **overrides):
    """The project yaml with the tiny model and small batch sizes; `overrides` are dotted keys."""
    from omegaconf import OmegaConf

    cfg = OmegaConf.load(REPO_ROOT / "verl/trainer/config/ppo_trainer.yaml")
    base = {
        "actor_rollout_ref.model.path": str(model_dir),
        "actor_rollout_ref.rollout.response_length": RESPONSE_LENGTH,
        "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu": 2,
        "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu": 2,
        "actor_rollout_ref.actor.ppo_mini_batch_size": 8,
        "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu": 2,
        "actor_rollout_ref.actor.optim.lr": 1e-3,
        "actor_rollout_ref.actor.entropy_coeff": 0.0,
        "trainer.device": "cpu",
        "trainer.worker_timeout_s": 120,
    }
    base.update(overrides)
    for key, value in base.items():
        OmegaConf.update(cfg, key, value, force_add=True)
    return cfg


def synthetic_batch(vocab_size: int, n: int = 5, prompt_length: int = 10, response_length: int = RESPONSE_LENGTH,
                    seed: int = 0, pad_token_id: int = 0):
    """A PPO batch with a different prompt and response length in every row (left / right padding)."""
    from verl.protocol import DataProto
    from verl.utils.torch_functional import compute_position_id_with_mask

    gen = torch.Generator().manual_seed(seed)
    prompts = torch.randint(3, vocab_size, (n, prompt_length), generator=gen)
    responses = torch.randint(3, vocab_size, (n, response_length), generator=gen)
    prompt_mask = torch.zeros(n, prompt_length, dtype=torch.long)
    response_mask = torch.zeros(n, response_length, dtype=torch.long)
    for i in range(n):
        prompt_mask[i, prompt_length - (2 + (3 * i) % (prompt_length - 1)):] = 1
        response_mask[i, : 1 + (5 * i + 2) % response_length] = 1
    prompts[prompt_mask == 0] = pad_token_id
    responses[response_mask == 0] = pad_token_id
    attention_mask = torch.cat([prompt_mask, response_mask], -1)
    position_ids = compute_position_id_with_mask(attention_mask)
    advantages = (torch.randn(n, 1, generator=gen) * response_mask).float()
    return DataProto.from_dict({
        "prompts": prompts, "responses": responses, "response_mask": response_mask,
        "input_ids": torch.cat([prompts, responses], -1), "attention_mask": attention_mask,
        "position_ids": position_ids, "advantages": advantages,
    }, non_tensors={"uid": [f"s{i}" for i in range(n)]})


def reference_log_probs(model, data, temperature: float = 1.0):
    """Plain padded forward of an unsharded HF model: the log-probs everything else must match."""
    with torch.no_grad():
        logits = model(input_ids=data.batch["input_ids"], attention_mask=data.batch["attention_mask"],
                       position_ids=data.batch["position_ids"]).logits
    r = data.batch["responses"].shape[1]
    logp = torch.log_softmax(logits[:, -r - 1:-1].float() / temperature, -1)
    logp = logp.gather(-1, data.batch["responses"].unsqueeze(-1)).squeeze(-1)
    return logp * data.batch["response_mask"]


def teacher_like_batch(vocab: int, seed: int = 0, skills: tuple[int, int] = (40, 25)):
    """Rows as a teacher batch has them: task groups with a long common head (skills + task), rows with the
    very same prompt (first turn), prompts diverging after the head, a lone row; varied padding."""
    from verl.protocol import DataProto
    from verl.utils.torch_functional import compute_position_id_with_mask

    gen = torch.Generator().manual_seed(seed)
    rand = lambda n: torch.randint(3, vocab, (n,), generator=gen).tolist()  # noqa: E731
    skills_a, skills_b = rand(skills[0]), rand(skills[1])
    first_turn = skills_a + rand(30)
    prompts = [first_turn, first_turn, first_turn, skills_a + rand(9), skills_a + rand(3),
               skills_b + rand(12), skills_b + rand(2), rand(30)]
    order = torch.randperm(len(prompts), generator=gen).tolist()  # groups are not adjacent in the batch
    prompts = [prompts[i] for i in order]
    n, prompt_width, response_width = len(prompts), max(map(len, prompts)), 7
    input_ids = torch.full((n, prompt_width + response_width), 0)
    mask = torch.zeros_like(input_ids)
    for row, prompt in enumerate(prompts):
        input_ids[row, prompt_width - len(prompt):prompt_width] = torch.tensor(prompt)
        mask[row, prompt_width - len(prompt):prompt_width] = 1
        length = 1 + (3 * row) % response_width
        input_ids[row, prompt_width:prompt_width + length] = torch.tensor(rand(length))
        mask[row, prompt_width:prompt_width + length] = 1
    return DataProto.from_dict({"input_ids": input_ids, "attention_mask": mask,
                                "position_ids": compute_position_id_with_mask(mask),
                                "responses": input_ids[:, prompt_width:].clone(),
                                "response_mask": mask[:, prompt_width:].clone()})
