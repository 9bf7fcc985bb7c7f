"""Tests for verl.trainer.ppo.core_algos: hand-computed numbers, autograd checks, invariances, properties."""

import math
import uuid

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from verl.trainer.ppo import core_algos as ca

FAST = settings(max_examples=25, deadline=None)


def t(x, dtype=torch.float64, grad=False):
    return torch.tensor(x, dtype=dtype, requires_grad=grad)


def uids(*labels):
    """Object array of uid strings, one per label, equal labels sharing a uid (like the trainer's uuid4s)."""
    table = {}
    return np.array([table.setdefault(label, str(uuid.uuid4())) for label in labels], dtype=object)


def rewards_at_last_token(scores, response_length=3):
    """token_level_rewards [B, R] with each score on the last token, and an all-ones response mask."""
    rewards = torch.zeros(len(scores), response_length, dtype=torch.float64)
    rewards[:, -1] = torch.tensor(scores, dtype=torch.float64)
    return rewards, torch.ones_like(rewards)


# ----------------------------------------------------------------------------- masked statistics


def test_masked_stats_hand_numbers():
    values, mask = t([1.0, 2.0, 3.0, 4.0]), t([1.0, 1.0, 0.0, 1.0])
    # selected 1, 2, 4: sum 7, mean 7/3, squared deviations 16/9 + 1/9 + 25/9 = 14/3
    assert ca.masked_sum(values, mask).item() == pytest.approx(7.0)
    assert ca.masked_mean(values, mask).item() == pytest.approx(7 / 3)
    assert ca.masked_var(values, mask).item() == pytest.approx(7 / 3)  # 14/3 / (3-1)
    assert ca.masked_var(values, mask, unbiased=False).item() == pytest.approx(14 / 9)
    assert ca.masked_mean(values, mask.bool()).item() == pytest.approx(7 / 3)


def test_masked_stats_along_dim_and_empty_row():
    values = t([[1.0, 2.0, 9.0], [3.0, 4.0, 5.0], [7.0, 7.0, 7.0]])
    mask = t([[1.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    assert ca.masked_sum(values, mask, dim=-1).tolist() == pytest.approx([10.0, 7.0, 0.0])
    assert ca.masked_mean(values, mask, dim=-1).tolist() == pytest.approx([5.0, 3.5, 0.0])
    assert ca.masked_var(values, mask, dim=-1).tolist() == pytest.approx([32.0, 0.5, 0.0])


def test_masked_stats_empty_mask_no_nan_in_value_or_grad():
    values = t([1.0, float("nan"), float("inf")], grad=True)
    mask = torch.zeros(3, dtype=torch.float64)
    for fn in (ca.masked_sum, ca.masked_mean, ca.masked_var):
        out = fn(values, mask)
        assert out.item() == 0.0
        (grad,) = torch.autograd.grad(out, values)
        assert torch.equal(grad, torch.zeros(3, dtype=torch.float64))


def test_masked_mean_ignores_nan_padding():
    values = t([2.0, 4.0, float("nan")], grad=True)
    mask = t([1.0, 1.0, 0.0])
    out = ca.masked_mean(values, mask)
    out.backward()
    assert out.item() == pytest.approx(3.0)
    assert values.grad.tolist() == pytest.approx([0.5, 0.5, 0.0])


def test_masked_var_single_value_is_zero():
    assert ca.masked_var(t([5.0, 1.0]), t([1.0, 0.0])).item() == 0.0


def test_masked_whiten():
    values, mask = t([1.0, 2.0, 3.0, 100.0]), t([1.0, 1.0, 1.0, 0.0])
    whitened = ca.masked_whiten(values, mask)
    assert whitened[:3].tolist() == pytest.approx([-1.0, 0.0, 1.0], abs=1e-6)  # mean 2, unbiased std 1
    kept_mean = ca.masked_whiten(values, mask, shift_mean=False)
    assert kept_mean[:3].tolist() == pytest.approx([1.0, 2.0, 3.0], abs=1e-6)


@FAST
@given(
    st.lists(st.floats(-100, 100, allow_nan=False), min_size=1, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_masked_mean_matches_mean_of_selection(values, flags):
    mask = torch.tensor(flags[: len(values)])
    x = torch.tensor(values, dtype=torch.float64)
    expected = x[mask].mean().item() if mask.any() else 0.0
    assert ca.masked_mean(x, mask).item() == pytest.approx(expected, abs=1e-9)
    if mask.sum() >= 2:
        assert ca.masked_var(x, mask).item() == pytest.approx(x[mask].var().item(), rel=1e-9, abs=1e-9)


# ----------------------------------------------------------------------------- agg_loss


LOSS = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]
MASK = [[1.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]  # third sequence empty


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("token-mean", 7 / 3),  # (1 + 2 + 4) / 3 tokens
        ("seq-mean-token-sum", 3.5),  # (3 + 4) / 2 non-empty sequences
        ("seq-mean-token-mean", 2.75),  # (1.5 + 4) / 2
        ("seq-mean-token-sum-norm", 7 / 9),  # 7 / (3 rows * horizon 3)
    ],
)
def test_agg_loss_modes(mode, expected):
    assert ca.agg_loss(t(LOSS), t(MASK), mode).item() == pytest.approx(expected)


@pytest.mark.parametrize("mode", ca.LOSS_AGG_MODES)
def test_agg_loss_all_zero_mask_is_zero_with_finite_grad(mode):
    loss = t(LOSS, grad=True)
    out = ca.agg_loss(loss, torch.zeros(3, 3), mode)
    (grad,) = torch.autograd.grad(out, loss)
    assert out.item() == 0.0 and torch.all(grad == 0)


def test_agg_loss_single_token_and_unknown_mode():
    assert ca.agg_loss(t([[5.0]]), t([[1.0]]), "seq-mean-token-mean").item() == 5.0
    assert ca.agg_loss(t([5.0, 3.0]), t([1.0, 0.0]), "seq-mean-token-sum").item() == 5.0
    with pytest.raises(ValueError, match="loss_agg_mode"):
        ca.agg_loss(t(LOSS), t(MASK), "token-sum")


# ----------------------------------------------------------------------------- GRPO / RLOO


def test_grpo_hand_numbers_and_edge_groups():
    rewards, mask = rewards_at_last_token([1.0, 2.0, 3.0, 5.0, 5.0, 7.0])
    mask[0, 2] = 0.0  # shorter response: the score sits on its last valid token
    rewards[0, 1], rewards[0, 2] = 1.0, 0.0
    index = uids("a", "a", "a", "b", "b", "c")
    adv, returns = ca.compute_grpo_outcome_advantage(rewards, mask, index)
    # group a: mean 2, unbiased std 1; group b: all equal -> 0; group c: one sample -> 0
    expected = [-1 / (1 + 1e-6), 0.0, 1 / (1 + 1e-6), 0.0, 0.0, 0.0]
    assert adv[:, 0].tolist() == pytest.approx(expected)
    assert torch.equal(adv, adv[:, :1] * mask)  # broadcast to every valid token, 0 on padding
    assert torch.equal(adv, returns)
    assert not torch.isnan(adv).any()


def test_grpo_mean_only_and_reference_singleton():
    rewards, mask = rewards_at_last_token([1.0, 2.0, 3.0, 7.0])
    index = uids("a", "a", "a", "c")
    adv, _ = ca.compute_grpo_outcome_advantage(rewards, mask, index, norm_adv_by_std_in_grpo=False)
    assert adv[:, 0].tolist() == pytest.approx([-1.0, 0.0, 1.0, 0.0])
    adv, _ = ca.compute_grpo_outcome_advantage(rewards, mask, index, raw_score_for_single_sample_group=True)
    assert adv[3, 0].item() == pytest.approx(7 / (1 + 1e-6))  # reference: mean 0, std 1


def test_grpo_pooled_steps_vs_one_score_per_trajectory():
    # One task group, two trajectories: t1 has three steps (the second one penalised), t2 one step.
    rewards, mask = rewards_at_last_token([1.0, 0.9, 1.0, 0.0])
    index = uids("g", "g", "g", "g")
    traj = np.array(["t1", "t1", "t1", "t2"], dtype=object)
    pooled, _ = ca.compute_grpo_outcome_advantage(rewards, mask, index, traj_index=traj)
    # pooled scores 1, .9, 1, 0: mean .725, unbiased var (.075^2*2 + .175^2 + .725^2)/3
    mean, std = 0.725, math.sqrt((2 * 0.275**2 + 0.175**2 + 0.725**2) / 3)
    assert pooled[:, 0].tolist() == pytest.approx([(s - mean) / (std + 1e-6) for s in (1.0, 0.9, 1.0, 0.0)])
    per_traj, _ = ca.compute_grpo_outcome_advantage(
        rewards, mask, index, traj_index=traj, compute_mean_std_cross_steps=False
    )
    # trajectory scores (first sample of each): 1 and 0 -> mean .5, std sqrt(.5)
    std = math.sqrt(0.5) + 1e-6
    assert per_traj[:, 0].tolist() == pytest.approx([0.5 / std, 0.4 / std, 0.5 / std, -0.5 / std])
    with pytest.raises(ValueError, match="traj_index"):
        ca.compute_grpo_outcome_advantage(rewards, mask, index, compute_mean_std_cross_steps=False)


def test_grpo_one_trajectory_per_group_is_zero_even_with_many_steps():
    rewards, mask = rewards_at_last_token([1.0, 3.0])
    adv, _ = ca.compute_grpo_outcome_advantage(
        rewards, mask, uids("g", "g"), traj_index=np.array(["t", "t"], dtype=object), compute_mean_std_cross_steps=False
    )
    assert torch.all(adv == 0)


group_scores = st.lists(st.integers(-5, 5), min_size=2, max_size=6).map(lambda xs: [float(x) for x in xs])


@FAST
@given(st.lists(group_scores, min_size=1, max_size=4), st.floats(-50, 50), st.floats(0.1, 10))
def test_grpo_shift_and_scale_invariance(groups, shift, scale):
    scores = [s for g in groups for s in g]
    labels = np.array([gi for gi, g in enumerate(groups) for _ in g])
    index = uids(*labels)
    base, mask = rewards_at_last_token(scores)
    adv, _ = ca.compute_grpo_outcome_advantage(base, mask, index)
    shifted_rewards = base.clone()
    shifted_rewards[:, -1] += shift
    shifted, _ = ca.compute_grpo_outcome_advantage(shifted_rewards, mask, index)
    assert torch.allclose(adv, shifted, atol=1e-6)
    scaled, _ = ca.compute_grpo_outcome_advantage(base * scale, mask, index)
    # integer scores: the std is 0 or >= 0.4, so epsilon's share stays tiny
    assert torch.allclose(adv, scaled, rtol=1e-4, atol=1e-5)
    mean_only, _ = ca.compute_grpo_outcome_advantage(base * scale, mask, index, norm_adv_by_std_in_grpo=False)
    mean_only_base, _ = ca.compute_grpo_outcome_advantage(base, mask, index, norm_adv_by_std_in_grpo=False)
    assert torch.allclose(mean_only, scale * mean_only_base, atol=1e-9)
    # per group: advantages have mean 0 and, where scores differ, unbiased std ~1
    for gi, g in enumerate(groups):
        a = adv[torch.from_numpy(labels == gi), 0]
        assert abs(a.mean().item()) < 1e-9
        if len(set(g)) > 1:
            assert a.std().item() == pytest.approx(1.0, rel=1e-4)


def test_rloo_hand_numbers():
    rewards, mask = rewards_at_last_token([1.0, 2.0, 3.0, 7.0])
    adv, _ = ca.compute_rloo_outcome_advantage(rewards, mask, uids("a", "a", "a", "c"))
    # s_i - mean(others): 1 - 2.5, 2 - 2, 3 - 1.5; singleton -> 0
    assert adv[:, 0].tolist() == pytest.approx([-1.5, 0.0, 1.5, 0.0])
    adv, _ = ca.compute_rloo_outcome_advantage(
        rewards, mask, uids("a", "a", "a", "c"), raw_score_for_single_sample_group=True
    )
    assert adv[3, 0].item() == 7.0


# ----------------------------------------------------------------------------- REINFORCE++ / GAE


def test_reinforce_plus_plus_returns_and_whitening():
    rewards = t([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    mask = t([[1.0, 1.0, 1.0], [1.0, 1.0, 0.0]])
    adv, returns = ca.compute_reinforce_plus_plus_outcome_advantage(rewards, mask, gamma=0.5)
    assert returns.flatten().tolist() == pytest.approx([0.25, 0.5, 1.0, 0.5, 1.0, 0.0])
    valid = [0.25, 0.5, 1.0, 0.5, 1.0]
    mean, std = np.mean(valid), np.std(valid, ddof=1)
    assert adv[0].tolist() == pytest.approx([(v - mean) / std for v in valid[:3]], abs=1e-6)
    assert adv[1, 2].item() == 0.0


def test_gae_hand_numbers():
    rewards, values, mask = t([[0.0, 0.0, 1.0]]), t([[0.1, 0.2, 0.3]]), t([[1.0, 1.0, 1.0]])
    adv, returns = ca.compute_gae_advantage_return(rewards, values, mask, gamma=0.9, lam=0.8)
    # deltas: .08, .07, .7; A2 = .7, A1 = .07 + .72*.7 = .574, A0 = .08 + .72*.574 = .49328
    raw = [0.49328, 0.574, 0.7]
    assert returns[0].tolist() == pytest.approx([a + v for a, v in zip(raw, [0.1, 0.2, 0.3])])
    assert adv[0].tolist() == pytest.approx(list((np.array(raw) - np.mean(raw)) / np.std(raw, ddof=1)), abs=1e-6)


def test_gae_skips_masked_positions():
    # A padded middle position (garbage value) must behave as if it were not there.
    rewards = t([[0.0, 5.0, 0.0, 1.0]])
    values = t([[0.1, 99.0, 0.2, 0.3]])
    mask = t([[1.0, 0.0, 1.0, 1.0]])
    _, returns = ca.compute_gae_advantage_return(rewards, values, mask, gamma=0.9, lam=0.8)
    compact_rewards, compact_values = t([[0.0, 0.0, 1.0]]), t([[0.1, 0.2, 0.3]])
    _, compact = ca.compute_gae_advantage_return(compact_rewards, compact_values, torch.ones(1, 3), 0.9, 0.8)
    assert returns[0, [0, 2, 3]].tolist() == pytest.approx(compact[0].tolist())


def test_gae_monte_carlo_limit():
    rewards, values, mask = t([[1.0, 0.0, 2.0]]), t([[0.5, -1.0, 3.0]]), t([[1.0, 1.0, 1.0]])
    _, returns = ca.compute_gae_advantage_return(rewards, values, mask, gamma=1.0, lam=1.0)
    assert returns[0].tolist() == pytest.approx([3.0, 2.0, 2.0])  # reward-to-go, values cancel


def test_advantage_registry_and_dispatcher():
    assert {"grpo", "rloo", "reinforce_plus_plus", "gae"} <= set(ca.ADV_ESTIMATORS)
    assert ca.get_adv_estimator_fn("grpo") is ca.compute_grpo_outcome_advantage
    with pytest.raises(ValueError, match="known"):
        ca.get_adv_estimator_fn("nope")
    rewards, mask = rewards_at_last_token([1.0, 3.0])
    everything = dict(
        token_level_rewards=rewards,
        response_mask=mask,
        index=uids("a", "a"),
        values=torch.zeros_like(rewards),
        gamma=1.0,
        lam=1.0,
    )
    adv, _ = ca.compute_advantage("grpo", **everything)
    assert adv[:, 0].tolist() == pytest.approx([-1 / (math.sqrt(2) + 1e-6), 1 / (math.sqrt(2) + 1e-6)])
    adv, returns = ca.compute_advantage("gae", **everything)
    assert returns[:, 0].tolist() == pytest.approx([1.0, 3.0])
    with pytest.raises(TypeError, match="gama"):
        ca.compute_advantage("grpo", gama=1.0, **everything)

    @ca.register_adv_est("test_constant")
    def constant(token_level_rewards, response_mask):
        return response_mask * 2, response_mask * 2

    try:
        assert ca.compute_advantage("test_constant", **everything)[0].sum().item() == 12.0
    finally:
        del ca.ADV_ESTIMATORS["test_constant"]


# ----------------------------------------------------------------------------- invalid-action penalty


def test_invalid_action_penalty_at_last_valid_token():
    scores = torch.zeros(4, 4)
    scores[1, 3] = 10.0
    mask = torch.tensor([[1, 1, 0, 0], [1, 1, 1, 1], [0, 0, 0, 0], [0, 1, 0, 1]])
    valid = np.array([False, False, False, True])
    rewards, metrics = ca.apply_invalid_action_penalty(scores, mask, valid, penalty_coef=0.1)
    expected = torch.zeros(4, 4)
    expected[0, 1] = -0.1
    expected[1, 3] = 10.0 - 0.1
    assert torch.allclose(rewards, expected)  # empty row 2 untouched, valid row 3 untouched
    assert metrics == {"episode/valid_action_ratio": pytest.approx(0.25)}
    assert scores[0, 1] == 0.0  # input not modified
    rewards_t, _ = ca.apply_invalid_action_penalty(scores, mask, torch.tensor([0, 0, 0, 1]), 0.1)
    assert torch.equal(rewards_t, rewards)
    # non-contiguous mask: the last index where mask == 1, not the count of valid tokens
    rewards, _ = ca.apply_invalid_action_penalty(torch.zeros(1, 4), torch.tensor([[0, 1, 0, 1]]), [False], 0.5)
    assert rewards.tolist() == [[0.0, 0.0, 0.0, -0.5]]


# ----------------------------------------------------------------------------- policy loss


def _ppo_case():
    ratios = [1.5, 1.5, 4.0, 0.5, 0.5]
    advantages = t([[1.0, -1.0, -1.0, 1.0, -1.0]])
    old = torch.zeros(1, 5, dtype=torch.float64)
    log_prob = t([[math.log(r) for r in ratios]], grad=True)
    return old, log_prob, advantages, torch.ones(1, 5, dtype=torch.float64)


def test_ppo_loss_hand_numbers_and_gradient():
    old, log_prob, adv, mask = _ppo_case()
    pg_loss, clipfrac, ppo_kl, clipfrac_lower = ca.compute_policy_loss(old, log_prob, adv, mask)
    # per token: max(-1.5, -1.2) = -1.2 | 1.5 | min(4, 3) = 3 (dual clip) | -0.5 | max(.5, .8) = .8
    assert pg_loss.item() == pytest.approx((-1.2 + 1.5 + 3.0 - 0.5 + 0.8) / 5)
    assert clipfrac.item() == pytest.approx(2 / 5)  # tokens 0 and 4
    assert clipfrac_lower.item() == pytest.approx(1 / 5)  # token 2
    assert ppo_kl.item() == pytest.approx(-(2 * math.log(1.5) + math.log(4.0) + 2 * math.log(0.5)) / 5)
    (grad,) = torch.autograd.grad(pg_loss, log_prob)
    # d(-A r)/dlogp = -A r on unclipped tokens, 0 on clipped ones; /5 for the token mean
    assert grad[0].tolist() == pytest.approx([0.0, 1.5 / 5, 0.0, -0.5 / 5, 0.0])


def test_ppo_loss_asymmetric_clip_and_masking():
    old, log_prob, adv, mask = _ppo_case()
    pg_loss, *_ = ca.compute_policy_loss(old, log_prob, adv, mask, clip_ratio_high=0.28)
    assert pg_loss.item() == pytest.approx((-1.28 + 1.5 + 3.0 - 0.5 + 0.8) / 5)
    mask = t([[1.0, 1.0, 0.0, 0.0, 0.0]])
    garbage = log_prob.detach().clone()
    garbage[0, 2:] = float("nan")
    garbage.requires_grad_(True)
    pg_loss, *_ = ca.compute_policy_loss(old, garbage, adv, mask)
    assert pg_loss.item() == pytest.approx((-1.2 + 1.5) / 2)
    (grad,) = torch.autograd.grad(pg_loss, garbage)
    assert grad[0].tolist() == pytest.approx([0.0, 0.75, 0.0, 0.0, 0.0])


def test_ppo_loss_empty_mask_and_bad_dual_clip():
    old, log_prob, adv, _ = _ppo_case()
    out = ca.compute_policy_loss(old, log_prob, adv, torch.zeros(1, 5))
    assert all(x.item() == 0.0 for x in out)
    with pytest.raises(ValueError, match="clip_ratio_c"):
        ca.compute_policy_loss(old, log_prob, adv, torch.ones(1, 5), clip_ratio_c=1.0)
    with pytest.raises(ValueError, match="loss_mode"):
        ca.compute_policy_loss(old, log_prob, adv, torch.ones(1, 5), loss_mode="nope")


@pytest.mark.parametrize("loss_mode", ["vanilla", "gspo"])
@pytest.mark.parametrize("log_prob_value, old_value", [(0.0, -1e4), (-1e4, 0.0), (-1e4, -1e4)])
@pytest.mark.parametrize("advantage", [1.0, -1.0])
def test_ppo_loss_extreme_log_probs_stay_finite(loss_mode, log_prob_value, old_value, advantage):
    log_prob = torch.full((2, 3), log_prob_value, requires_grad=True)
    old = torch.full((2, 3), old_value)
    adv = torch.full((2, 3), advantage)
    outputs = ca.compute_policy_loss(old, log_prob, adv, torch.ones(2, 3), loss_mode=loss_mode)
    (grad,) = torch.autograd.grad(outputs[0], log_prob)
    assert all(torch.isfinite(x).all() for x in outputs) and torch.isfinite(grad).all()


def test_gspo_matches_sequence_level_objective():
    torch.manual_seed(0)
    old = -torch.rand(3, 4, dtype=torch.float64)
    log_prob = (old + 0.02 * torch.randn(3, 4, dtype=torch.float64)).requires_grad_(True)
    mask = t([[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 0.0, 0.0], [1.0, 1.0, 1.0, 0.0]])
    adv = t([[1.0], [-2.0], [0.5]]) * mask
    # loss_agg_mode is overridden: GSPO always aggregates seq-mean-token-mean
    loss, clipfrac, _, lower = ca.compute_policy_loss(
        old, log_prob, adv, mask, loss_mode="gspo", loss_agg_mode="token-mean"
    )
    # the sequence-level objective written directly: ratio s_i = exp(mean of the log-ratio)
    seq_ratio = torch.exp(((log_prob - old) * mask).sum(-1) / mask.sum(-1))
    a = adv[:, 0]
    direct = torch.maximum(-a * seq_ratio, -a * seq_ratio.clamp(0.8, 1.2)).mean()
    assert loss.item() == pytest.approx(direct.item())
    (grad,) = torch.autograd.grad(loss, log_prob)
    (direct_grad,) = torch.autograd.grad(direct, log_prob)
    assert torch.allclose(grad, direct_grad)
    assert clipfrac.item() == 0.0 and lower.item() == 0.0 and torch.all(grad[mask == 0] == 0)


def test_gspo_clips_on_the_sequence_ratio():
    old = torch.zeros(1, 2, dtype=torch.float64)
    log_prob = t([[math.log(4.0), 0.0]], grad=True)  # sequence ratio exp(mean) = 2
    loss, clipfrac, *_ = ca.compute_policy_loss(old, log_prob, t([[1.0, 1.0]]), torch.ones(1, 2), loss_mode="gspo")
    assert loss.item() == pytest.approx(-1.2) and clipfrac.item() == 1.0
    (grad,) = torch.autograd.grad(loss, log_prob)
    assert torch.all(grad == 0)


# ----------------------------------------------------------------------------- KL penalty


def test_kl_penalty_hand_numbers():
    logp, ref = t([math.log(0.5)]), t([math.log(0.25)])
    assert ca.kl_penalty(logp, ref, "kl").item() == pytest.approx(math.log(2))
    assert ca.kl_penalty(logp, ref, "k1").item() == pytest.approx(math.log(2))
    assert ca.kl_penalty(ref, logp, "abs").item() == pytest.approx(math.log(2))
    assert ca.kl_penalty(logp, ref, "mse").item() == pytest.approx(0.5 * math.log(2) ** 2)
    assert ca.kl_penalty(logp, ref, "k2").item() == pytest.approx(0.5 * math.log(2) ** 2)
    # exp(ref - logp) - (ref - logp) - 1 = 0.5 + ln 2 - 1
    assert ca.kl_penalty(logp, ref, "low_var_kl").item() == pytest.approx(0.5 + math.log(2) - 1)
    assert ca.kl_penalty(logp, ref, "k3").item() == pytest.approx(0.5 + math.log(2) - 1)
    with pytest.raises(ValueError, match="kl_penalty"):
        ca.kl_penalty(logp, ref, "nope")


def test_low_var_kl_clamped_and_finite_for_extremes():
    logp = t([0.0, -1e4, -1e4, -3.0], grad=True)
    ref = t([-1e4, 0.0, -1e4, -3.0])
    kl = ca.kl_penalty(logp, ref, "low_var_kl")
    assert kl.tolist() == pytest.approx([10.0, 10.0, 0.0, 0.0])
    (grad,) = torch.autograd.grad(kl.sum(), logp)
    assert torch.isfinite(grad).all()


@FAST
@given(st.floats(-30, 0), st.floats(-30, 0))
def test_low_var_kl_nonnegative_and_grad_matches_formula(logp_value, ref_value):
    logp = t([logp_value], grad=True)
    kl = ca.kl_penalty(logp, t([ref_value]), "low_var_kl")
    assert 0.0 <= kl.item() <= 10.0
    (grad,) = torch.autograd.grad(kl.sum(), logp)
    diff = ref_value - logp_value
    unclamped = math.exp(min(diff, 20)) - diff - 1 if diff < 20 else float("inf")
    if unclamped < 10 - 1e-9:
        assert grad.item() == pytest.approx(1 - math.exp(diff), rel=1e-9, abs=1e-12)


# ----------------------------------------------------------------------------- entropy and log-probs


def test_entropy_hand_numbers_and_extremes():
    logits = t([[0.0, math.log(3.0)], [0.0, 0.0]])
    assert ca.entropy_from_logits(logits).tolist() == pytest.approx(
        [-(0.25 * math.log(0.25) + 0.75 * math.log(0.75)), math.log(2)]
    )
    assert ca.entropy_from_logits(torch.zeros(2, 3, 7)).shape == (2, 3)
    assert torch.allclose(ca.entropy_from_logits(torch.zeros(2, 3, 7)), torch.full((2, 3), math.log(7)))
    extreme = t([[1e4, -1e4, 0.0], [0.0, float("-inf"), 0.0]], grad=True)
    entropy = ca.entropy_from_logits(extreme)
    assert entropy.tolist() == pytest.approx([0.0, math.log(2)])
    (grad,) = torch.autograd.grad(entropy.sum(), extreme)
    assert torch.isfinite(grad).all()


def test_entropy_matches_torch_categorical():
    torch.manual_seed(1)
    logits = 3 * torch.randn(4, 5, 11, dtype=torch.float64)
    expected = torch.distributions.Categorical(logits=logits).entropy()
    assert torch.allclose(ca.entropy_from_logits(logits), expected)


def test_logprobs_hand_numbers_with_temperature():
    logits = t([[0.0, math.log(3.0)]])
    labels = torch.tensor([1])
    assert ca.logprobs_from_logits(logits, labels).item() == pytest.approx(math.log(0.75))
    # logits / 2 = [0, ln sqrt 3] -> p = sqrt3 / (1 + sqrt3)
    assert ca.logprobs_from_logits(logits, labels, temperature=2.0).item() == pytest.approx(
        math.log(math.sqrt(3) / (1 + math.sqrt(3)))
    )


@pytest.mark.parametrize("chunk_rows", [1, 3, 1000, None])
def test_logprobs_match_log_softmax_and_gradcheck(chunk_rows):
    torch.manual_seed(2)
    logits = torch.randn(2, 5, 13, dtype=torch.float64, requires_grad=True)
    labels = torch.randint(0, 13, (2, 5))
    out = ca.logprobs_from_logits(logits, labels, temperature=0.7, chunk_rows=chunk_rows)
    expected = torch.log_softmax(logits / 0.7, -1).gather(-1, labels[..., None]).squeeze(-1)
    assert out.shape == (2, 5) and torch.allclose(out, expected)
    assert torch.autograd.gradcheck(
        lambda x: ca.logprobs_from_logits(x, labels, temperature=0.7, chunk_rows=chunk_rows), (logits,)
    )


def test_logprobs_flat_bf16_extremes_and_no_grad():
    logits = torch.tensor([[1e4, -1e4, 0.0], [0.0, 0.0, 0.0]], dtype=torch.bfloat16)
    labels = torch.tensor([1, 2])
    out = ca.logprobs_from_logits(logits, labels)
    assert out.dtype == torch.float32
    assert out[0].item() == pytest.approx(-2e4, rel=1e-2) and out[1].item() == pytest.approx(-math.log(3), abs=1e-6)
    with torch.no_grad():
        assert not ca.logprobs_from_logits(logits.float(), labels).requires_grad
    with pytest.raises(ValueError):
        ca.logprobs_from_logits(logits, labels[:1])
