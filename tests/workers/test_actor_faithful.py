"""algorithm.faithful in the actor: the reference's micro-batch loss scaling, against a hand-weighted loss.

At ratio 1 (old log-probs = current ones), no clipping and no other term, the PPO loss of a token is
-A * logp. Ours weighs every valid token of the mini-batch by 1/N (N = valid tokens of the whole
mini-batch). The reference takes each micro-batch's own token-mean and divides it by the gradient
accumulation count (mini // micro), so token t of micro-batch m weighs 1/(n_m * GA). With plain SGD
at lr 1 the weight change is minus the gradient of that hand-weighted loss.
"""
import copy

import pytest
import torch
from omegaconf import OmegaConf
from worker_testlib import synthetic_batch

from verl.workers.actor import DataParallelPPOActor
from verl.workers.varlen_attention import VARLEN_ATTENTION


def _actor(model, micro: int, **extra) -> DataParallelPPOActor:
    settings = dict(ppo_mini_batch_size=4, ppo_micro_batch_size_per_gpu=micro, use_dynamic_bsz=False,
                    ppo_max_token_len_per_gpu=40, grad_clip=0.0, clip_ratio=0.2, clip_ratio_c=3.0,
                    loss_agg_mode="token-mean", policy_loss=dict(loss_mode="vanilla"), pg_loss_coef=1.0,
                    entropy_coeff=0.0, use_kl_loss=False, ppo_epochs=1, shuffle=False)
    cfg = OmegaConf.create({**settings, **extra})
    model = copy.deepcopy(model).train()
    model.requires_grad_(True)
    return DataParallelPPOActor(cfg, model, torch.optim.SGD(model.parameters(), lr=1.0),
                                use_remove_padding=True, attn_implementation=VARLEN_ATTENTION)


def _flat(module) -> torch.Tensor:
    return torch.cat([p.detach().flatten() for p in module.parameters()])


def _expected_step(model, data, token_weight: torch.Tensor) -> torch.Tensor:
    """-grad of sum_t(-A_t * logp_t * w_t) over the padded forward: the SGD (lr 1) weight change."""
    model = copy.deepcopy(model).train()
    logits = model(input_ids=data.batch["input_ids"], attention_mask=data.batch["attention_mask"],
                   position_ids=data.batch["position_ids"]).logits
    r = data.batch["responses"].shape[1]
    logp = torch.log_softmax(logits[:, -r - 1:-1].float(), -1).gather(-1, data.batch["responses"].unsqueeze(-1))[..., 0]
    loss = (-data.batch["advantages"] * logp * token_weight).sum()
    loss.backward()
    return -torch.cat([p.grad.flatten() for p in model.parameters()])


@pytest.fixture(scope="module")
def data(hf_reference_model):
    batch = synthetic_batch(hf_reference_model.config.vocab_size, n=4, seed=3)
    with torch.no_grad():
        batch.batch["old_log_probs"] = _actor(hf_reference_model, 4).compute_log_prob(
            batch, temperature=1.0, micro_batch_size=4)[0]
    return batch


@pytest.mark.parametrize("faithful", [False, True])
def test_micro_batch_loss_scaling_matches_the_hand_weighted_loss(hf_reference_model, data, faithful):
    mask = data.batch["response_mask"].float()
    counts = mask.sum(-1, keepdim=True)  # tokens per row: [3, 8, 5, 2] for this batch (micro = 1 row)
    if faithful:
        weight = mask / counts / 4.0  # each row is a micro-batch: its own token-mean / GA (= 4 // 1)
    else:
        weight = mask / mask.sum()  # one token-mean over the 4-row mini-batch
    actor = _actor(hf_reference_model, micro=1)
    before = _flat(actor.module)
    update = data.copy()
    update.meta_info["faithful"] = faithful
    actor.update_policy(update)
    step = _flat(actor.module) - before
    expected = _expected_step(hf_reference_model, data, weight)
    assert torch.allclose(step, expected, atol=2e-5, rtol=1e-3)
    # and the two rules really differ on this batch (unequal response lengths)
    other = mask / mask.sum() if faithful else mask / counts / 4.0
    assert not torch.allclose(step, _expected_step(hf_reference_model, data, other), atol=2e-5, rtol=1e-3)


def test_faithful_scaling_equals_ours_with_one_micro_batch(hf_reference_model, data):
    steps = []
    for faithful in (False, True):
        actor = _actor(hf_reference_model, micro=4)
        before = _flat(actor.module)
        update = data.copy()
        update.meta_info["faithful"] = faithful
        actor.update_policy(update)
        steps.append(_flat(actor.module) - before)
    assert torch.allclose(steps[0], steps[1], atol=1e-6)


def test_faithful_dynamic_micro_batches_weigh_by_rows_over_the_mini_batch(hf_reference_model, data):
    """use_dynamic_bsz: the reference scales each micro-batch's own token-mean by its rows / mini-batch size."""
    from verl.workers.actor import micro_batch_indices

    groups = micro_batch_indices(data, None, True, 14, torch.device("cpu"))
    assert sorted(len(rows) for rows in groups) == [1, 1, 2]  # micro-batches of different row counts
    mask = data.batch["response_mask"].float()
    weight = torch.zeros_like(mask)
    for rows in groups:
        weight[rows] = mask[rows] / mask[rows].sum() * (len(rows) / 4)
    actor = _actor(hf_reference_model, micro=1, use_dynamic_bsz=True, ppo_max_token_len_per_gpu=14)
    before = _flat(actor.module)
    update = data.copy()
    update.meta_info["faithful"] = True
    actor.update_policy(update)
    assert torch.allclose(_flat(actor.module) - before, _expected_step(hf_reference_model, data, weight),
                          atol=2e-5, rtol=1e-3)
