"""DataParallelPPOActor on an unsharded model: padding-free forward, micro-batching, loss scaling."""
import copy
import math

import pytest
import torch
from omegaconf import OmegaConf
from worker_testlib import reference_log_probs, synthetic_batch

from verl.trainer.ppo import core_algos
from verl.workers.actor import DataParallelPPOActor
from verl.workers.varlen_attention import VARLEN_ATTENTION


def actor_config(**overrides):
    cfg = dict(ppo_mini_batch_size=5, ppo_micro_batch_size_per_gpu=5, use_dynamic_bsz=False,
               ppo_max_token_len_per_gpu=40, grad_clip=0.0, clip_ratio=0.2, clip_ratio_low=0.2,
               clip_ratio_high=0.2, clip_ratio_c=3.0, loss_agg_mode="token-mean",
               policy_loss=dict(loss_mode="vanilla"), pg_loss_coef=1.0, entropy_coeff=0.0, use_kl_loss=False,
               kl_loss_coef=0.0, kl_loss_type="low_var_kl", ppo_epochs=1, shuffle=False, data_loader_seed=0)
    cfg.update(overrides)
    return OmegaConf.create(cfg)


def make_actor(model, lr=0.0, remove_padding=True, attn=VARLEN_ATTENTION, **overrides):
    model = copy.deepcopy(model).train()
    model.requires_grad_(True)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    return DataParallelPPOActor(actor_config(**overrides), model, optimizer, use_remove_padding=remove_padding,
                                attn_implementation=attn)


@pytest.fixture(scope="module")
def batch(hf_reference_model):
    return synthetic_batch(hf_reference_model.config.vocab_size, n=5, seed=1)


@pytest.mark.parametrize("attn", [VARLEN_ATTENTION, "sdpa"])  # per-sequence kernels / HF's block-diagonal mask
def test_remove_padding_equals_padded_forward_and_gradients(hf_reference_model, batch, attn):
    packed = make_actor(hf_reference_model, attn=attn)
    padded = make_actor(hf_reference_model, remove_padding=False, attn=attn)
    lp_packed, ent_packed = packed.compute_log_prob(batch, temperature=0.7, micro_batch_size=5, calculate_entropy=True)
    lp_padded, ent_padded = padded.compute_log_prob(batch, temperature=0.7, micro_batch_size=5, calculate_entropy=True)
    mask = batch.batch["response_mask"].bool()
    assert torch.allclose(lp_packed, lp_padded, atol=1e-5)
    assert torch.allclose(lp_packed, reference_log_probs(hf_reference_model, batch, 0.7), atol=1e-5)
    assert torch.allclose(ent_packed[mask], ent_padded[mask], atol=1e-5)
    assert torch.all(lp_packed[~mask] == 0) and torch.all(lp_padded[~mask] == 0)
    # The gradients agree too (the packed path's block-diagonal attention keeps sequences apart).
    grads = []
    for actor in (packed, padded):
        micro = {k: batch.batch[k] for k in ("input_ids", "attention_mask", "position_ids", "responses")}
        actor.forward_micro_batch(micro, temperature=0.7)["log_probs"].sum().backward()
        grads.append(torch.cat([p.grad.flatten() for p in actor.module.parameters()]))
    assert torch.allclose(grads[0], grads[1], atol=1e-4, rtol=1e-4)


def test_dynamic_micro_batches_give_the_same_log_probs_in_order(hf_reference_model, batch):
    actor = make_actor(hf_reference_model)
    fixed, _ = actor.compute_log_prob(batch, temperature=1.0, micro_batch_size=2)
    dynamic, _ = actor.compute_log_prob(batch, temperature=1.0, micro_batch_size=None, use_dynamic_bsz=True,
                                        max_token_len=20)
    assert torch.allclose(fixed, dynamic, atol=1e-5)


def test_token_mean_is_exact_over_the_mini_batch_whatever_the_micro_split(hf_reference_model, batch):
    data = batch.copy()
    data.batch["old_log_probs"] = make_actor(hf_reference_model).compute_log_prob(data, temperature=1.0,
                                                                                 micro_batch_size=5)[0]
    one = make_actor(hf_reference_model, lr=1.0, ppo_micro_batch_size_per_gpu=5)
    split = make_actor(hf_reference_model, lr=1.0, ppo_micro_batch_size_per_gpu=1)
    dyn = make_actor(hf_reference_model, lr=1.0, use_dynamic_bsz=True, ppo_max_token_len_per_gpu=20)
    metrics = [a.update_policy(data.copy()) for a in (one, split, dyn)]
    reference = torch.cat([p.detach().flatten() for p in one.module.parameters()])
    for actor in (split, dyn):
        weights = torch.cat([p.detach().flatten() for p in actor.module.parameters()])
        assert torch.allclose(weights, reference, atol=1e-5)
    # Metrics are averaged over micro-batches: at ratio 1 each micro pg_loss is -token-mean(A) of that micro.
    adv, mask = data.batch["advantages"], data.batch["response_mask"]
    per_micro = [-(adv[i] * mask[i]).sum() / mask[i].sum() for i in range(5)]
    assert metrics[1]["actor/pg_loss"] == pytest.approx(float(sum(per_micro) / 5), abs=1e-5)
    assert metrics[0]["actor/pg_loss"] == pytest.approx(float(-(adv * mask).sum() / mask.sum()), abs=1e-5)


def test_non_finite_gradient_skips_the_step(hf_reference_model, batch):
    data = batch.copy()
    actor = make_actor(hf_reference_model, lr=1.0)
    data.batch["old_log_probs"] = actor.compute_log_prob(data, temperature=1.0, micro_batch_size=5)[0]
    data.batch["advantages"] = data.batch["advantages"].masked_fill(data.batch["response_mask"].bool(), float("nan"))
    before = [p.detach().clone() for p in actor.module.parameters()]
    metrics = actor.update_policy(data)
    assert metrics["actor/grad_norm_nonfinite_skips"] == 1.0
    assert not math.isfinite(metrics["actor/grad_norm"])
    assert all(torch.equal(a, b) for a, b in zip(before, actor.module.parameters()))


def test_loss_terms_and_distill_losses_enter_the_update(hf_reference_model, batch):
    data = batch.copy()
    actor = make_actor(hf_reference_model, lr=0.0, use_kl_loss=True, kl_loss_coef=0.1, entropy_coeff=0.01)
    old = actor.compute_log_prob(data, temperature=1.0, micro_batch_size=5)[0]
    data.batch["old_log_probs"] = old
    data.batch["ref_log_prob"] = old - 0.3 * data.batch["response_mask"]
    data.batch["teacher_log_probs"] = old + 0.2 * data.batch["response_mask"]
    for key in ("input_ids", "attention_mask", "position_ids"):
        data.batch[f"teacher_{key}"] = data.batch[key]
    mask = data.batch["response_mask"]
    expected_kl = core_algos.agg_loss(core_algos.kl_penalty(old, data.batch["ref_log_prob"], "low_var_kl"), mask,
                                      "token-mean")
    for spec, metric in ((None, None), ({"type": "sdar", "coef": 0.5, "gate_beta": 5.0}, "sdar/gate_mean"),
                         ({"type": "sdl", "coef": 0.5}, "actor/sdl_loss"),
                         ({"type": "topk_reverse_kl", "coef": 0.5, "topk": 4}, "topk_rkl/loss")):
        data.meta_info["distill"] = spec
        metrics = actor.update_policy(data)
        assert metrics["actor/kl_loss"] == pytest.approx(float(expected_kl), rel=1e-4)
        assert metrics["actor/entropy"] > 0
        if metric:
            assert metric in metrics and math.isfinite(metrics[metric])
    # The teacher equals the student here, so the top-k reverse KL is 0.
    assert metrics["topk_rkl/loss"] == pytest.approx(0.0, abs=1e-6)
    with pytest.raises(ValueError, match="distill"):
        data.meta_info["distill"] = {"type": "bogus"}
        actor.update_policy(data)


def test_dynamic_micro_batch_count_follows_the_busiest_rank(batch, monkeypatch):
    """Every rank must run as many FSDP forwards as the rank that needs the most micro-batches."""
    import verl.workers.actor as actor_module

    alone = actor_module.micro_batch_indices(batch, None, True, 40, torch.device("cpu"))
    monkeypatch.setattr(actor_module, "all_reduce_max", lambda value, device, group=None: max(value, 4))
    matched = actor_module.micro_batch_indices(batch, None, True, 40, torch.device("cpu"))
    assert len(alone) < 4 and len(matched) == 4
    assert sorted(i for part in matched for i in part) == list(range(len(batch)))
