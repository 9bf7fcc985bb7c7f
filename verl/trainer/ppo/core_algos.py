"""Pure RL math of the trainer: masked statistics, advantages, policy loss, KL, entropy, log-probs.

Every function takes tensors (plus plain Python numbers / numpy id arrays) and returns tensors and,
where useful, a metrics dict. Nothing here knows about configs, workers or models. Formulas follow
``spec/METHOD.md`` §1; section numbers below refer to that file.

Which method uses what
----------------------
- **GRPO** (every paper method: GRPO, Skill-GRPO, SDAR, OPSD, GRPO+OPSD, RLSD, Skill-SD):
  ``apply_invalid_action_penalty`` (§1.4) -> ``compute_grpo_outcome_advantage`` (§1.3) ->
  ``compute_policy_loss`` (vanilla PPO clip with dual clip, §1.2) + ``kl_penalty(..., "low_var_kl")``
  (k3 KL loss against the reference model, §1.2) - entropy bonus from ``entropy_from_logits``; all
  terms aggregated with ``agg_loss(..., "token-mean")``.
- **RLSD** additionally rewrites the GRPO advantages per token (``distill.compute_rlsd_token_advantage``).
- **SDAR / OPSD / GRPO+OPSD / Skill-SD** add an auxiliary loss from ``verl.trainer.ppo.distill``.
- Inherited estimators not used by the paper: ``rloo``, ``reinforce_plus_plus``, ``gae`` (PPO with a
  critic: ``compute_gae_advantage_return`` chains a trajectory's step samples, the critic trains on
  ``compute_value_loss``); GSPO is ``compute_policy_loss(..., loss_mode="gspo")``.

Masks are 0/1 tensors (bool, int or float) broadcastable to the values. Masked-out positions may hold
any number, even NaN or inf: they never reach a result or a gradient.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch

__all__ = [
    "ADV_ESTIMATORS",
    "LOSS_AGG_MODES",
    "KL_PENALTY_TYPES",
    "masked_sum",
    "masked_mean",
    "masked_var",
    "masked_whiten",
    "agg_loss",
    "register_adv_est",
    "get_adv_estimator_fn",
    "compute_advantage",
    "compute_grpo_outcome_advantage",
    "compute_rloo_outcome_advantage",
    "compute_reinforce_plus_plus_outcome_advantage",
    "compute_gae_advantage_return",
    "compute_value_loss",
    "outcome_reward_on_final_step",
    "trajectory_step_table",
    "apply_invalid_action_penalty",
    "compute_policy_loss",
    "kl_penalty",
    "entropy_from_logits",
    "logprobs_from_logits",
]


# ---------------------------------------------------------------------------------------------
# Masked statistics
# ---------------------------------------------------------------------------------------------


def _select(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """values where mask is set, 0 elsewhere; mask may be fractional (it then weighs the values).

    ``torch.where`` instead of ``values * mask`` so that NaN/inf in padding cannot turn into
    ``0 * inf = NaN`` in the forward pass.
    """
    zero = torch.zeros((), dtype=values.dtype, device=values.device)
    if mask.dtype == torch.bool:
        return torch.where(mask, values, zero)
    return torch.where(mask != 0, values * mask.to(values.dtype), zero)


def _mask_as(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """The mask as a float tensor of values' dtype, broadcast to values' shape (for counting)."""
    return torch.broadcast_to(mask.to(values.dtype), values.shape)


def masked_sum(values: torch.Tensor, mask: torch.Tensor, dim: int | Sequence[int] | None = None) -> torch.Tensor:
    """Sum of the values where mask is set (over all elements, or along ``dim``)."""
    selected = _select(values, mask)
    return selected.sum() if dim is None else selected.sum(dim=dim)


def masked_mean(values: torch.Tensor, mask: torch.Tensor, dim: int | Sequence[int] | None = None) -> torch.Tensor:
    """Mean of the values where mask is set; 0 (never NaN, also in the gradient) where the mask is empty."""
    total = masked_sum(values, mask, dim)
    weights = _mask_as(values, mask)
    count = weights.sum() if dim is None else weights.sum(dim=dim)
    # Divide by 1 where nothing is selected: the sum is already 0 there, and a where() around a
    # 0/0 would still leak NaN into the backward pass.
    safe_count = torch.where(count > 0, count, torch.ones_like(count))
    return total / safe_count


def masked_var(
    values: torch.Tensor,
    mask: torch.Tensor,
    unbiased: bool = True,
    dim: int | Sequence[int] | None = None,
) -> torch.Tensor:
    """Variance of the masked values (Bessel-corrected when ``unbiased``).

    Fewer than two selected values (one for the biased variance) give 0, not NaN or an error:
    a single sample carries no spread.
    """
    keepdim_mean = masked_mean(values, mask, dim)
    if dim is not None:
        dims = (dim,) if isinstance(dim, int) else tuple(dim)
        for d in sorted(d % values.dim() for d in dims):
            keepdim_mean = keepdim_mean.unsqueeze(d)
    # Center the selected values only: padding (maybe NaN) must not reach the backward of the square.
    centered_sq = (_select(values, mask) - keepdim_mean) ** 2
    sum_sq = masked_sum(centered_sq, mask, dim)
    weights = _mask_as(values, mask)
    count = weights.sum() if dim is None else weights.sum(dim=dim)
    denominator = count - 1 if unbiased else count
    has_spread = denominator > 0
    safe_denominator = torch.where(has_spread, denominator, torch.ones_like(denominator))
    return torch.where(has_spread, sum_sq / safe_denominator, torch.zeros_like(sum_sq))


def masked_whiten(values: torch.Tensor, mask: torch.Tensor, shift_mean: bool = True) -> torch.Tensor:
    """Normalise values to zero mean and unit (unbiased) variance over the masked elements.

    ``shift_mean=False`` only rescales (the mean is kept). Statistics come from the masked elements;
    every element is transformed, so callers multiply by the mask if padding must read 0.
    """
    mean = masked_mean(values, mask)
    var = masked_var(values, mask, unbiased=True)
    whitened = (values - mean) * torch.rsqrt(var + 1e-8)
    return whitened if shift_mean else whitened + mean


# ---------------------------------------------------------------------------------------------
# Loss aggregation
# ---------------------------------------------------------------------------------------------

LOSS_AGG_MODES = ("token-mean", "seq-mean-token-sum", "seq-mean-token-mean", "seq-mean-token-sum-norm")


def agg_loss(loss_mat: torch.Tensor, loss_mask: torch.Tensor, loss_agg_mode: str) -> torch.Tensor:
    """Reduce a per-token loss matrix [B, R] (or [N]) to a scalar.

    - ``token-mean``: mean over every valid token of the batch (the paper's setting, §1.2): longer
      responses weigh more.
    - ``seq-mean-token-sum``: sum over each sequence's tokens, then mean over sequences.
    - ``seq-mean-token-mean``: mean within each sequence, then mean over sequences (each sequence
      weighs the same; GSPO).
    - ``seq-mean-token-sum-norm``: token sum divided by a *constant*, the horizon R times the number of
      rows B (Dr. GRPO's length-unbiased normaliser, independent of how many tokens are valid).

    Sequences without any valid token are left out of the ``seq-mean-*`` means. An all-zero mask gives 0.
    """
    if loss_agg_mode == "token-mean":
        return masked_mean(loss_mat, loss_mask)
    if loss_agg_mode not in LOSS_AGG_MODES:
        raise ValueError(f"unknown loss_agg_mode {loss_agg_mode!r}; expected one of {LOSS_AGG_MODES}")
    if loss_mat.dim() < 2:
        # One token per row: a 1-D loss is a batch of length-1 sequences.
        loss_mat, loss_mask = loss_mat.unsqueeze(-1), torch.broadcast_to(loss_mask, loss_mat.shape).unsqueeze(-1)
    loss_mask = torch.broadcast_to(loss_mask, loss_mat.shape)
    if loss_agg_mode == "seq-mean-token-sum-norm":
        return masked_sum(loss_mat, loss_mask) / float(loss_mat.numel())
    if loss_agg_mode == "seq-mean-token-sum":
        per_sequence = masked_sum(loss_mat, loss_mask, dim=-1)
    else:  # seq-mean-token-mean
        per_sequence = masked_mean(loss_mat, loss_mask, dim=-1)
    sequence_has_tokens = loss_mask.to(loss_mat.dtype).sum(dim=-1) > 0
    return masked_mean(per_sequence, sequence_has_tokens)


# ---------------------------------------------------------------------------------------------
# Advantage estimators
# ---------------------------------------------------------------------------------------------

AdvantageFn = Callable[..., tuple[torch.Tensor, torch.Tensor]]
ADV_ESTIMATORS: dict[str, AdvantageFn] = {}


def register_adv_est(name: str) -> Callable[[AdvantageFn], AdvantageFn]:
    """Decorator: make an advantage estimator selectable as ``algorithm.adv_estimator=<name>``."""

    def decorator(fn: AdvantageFn) -> AdvantageFn:
        if name in ADV_ESTIMATORS and ADV_ESTIMATORS[name] is not fn:
            raise ValueError(f"advantage estimator {name!r} is already registered ({ADV_ESTIMATORS[name].__name__})")
        ADV_ESTIMATORS[name] = fn
        return fn

    return decorator


def get_adv_estimator_fn(name: str) -> AdvantageFn:
    """The registered estimator called ``name``; the error lists the valid names."""
    try:
        return ADV_ESTIMATORS[name]
    except KeyError:
        raise ValueError(
            f"unknown advantage estimator {name!r} (algorithm.adv_estimator); known: {sorted(ADV_ESTIMATORS)}"
        ) from None


def compute_advantage(name: str, **kwargs: Any) -> tuple[torch.Tensor, torch.Tensor]:
    """Run the estimator ``name`` with the keyword arguments it accepts.

    The trainer may pass everything it has (``values``, ``gamma``, ``index`` ...); arguments that the
    chosen estimator does not take are dropped. A keyword that *no* registered estimator takes is a
    typo and raises ``TypeError``.
    """
    fn = get_adv_estimator_fn(name)
    known_anywhere = {p for est in ADV_ESTIMATORS.values() for p in inspect.signature(est).parameters}
    unknown = sorted(set(kwargs) - known_anywhere)
    if unknown:
        raise TypeError(f"compute_advantage got keyword(s) no estimator accepts: {unknown}")
    accepted = inspect.signature(fn).parameters
    return fn(**{k: v for k, v in kwargs.items() if k in accepted})


def _group_ids(keys: Sequence[Any] | np.ndarray) -> tuple[np.ndarray, int]:
    """Dense integer ids 0..G-1 for arbitrary hashable keys (uuid strings, ints ...), in first-seen order."""
    lookup: dict[Any, int] = {}
    ids = np.fromiter((lookup.setdefault(key, len(lookup)) for key in keys), dtype=np.int64, count=len(keys))
    return ids, len(lookup)


def _group_mean_std(
    scores: torch.Tensor, group: torch.Tensor, num_groups: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per-group count, mean and unbiased std of 1-D scores (std 0 for groups of one)."""
    count = torch.zeros(num_groups, dtype=scores.dtype, device=scores.device).index_add_(
        0, group, torch.ones_like(scores)
    )
    total = torch.zeros_like(count).index_add_(0, group, scores)
    mean = total / count.clamp(min=1)
    sum_sq = torch.zeros_like(count).index_add_(0, group, (scores - mean[group]) ** 2)
    var = torch.where(count > 1, sum_sq / (count - 1).clamp(min=1), torch.zeros_like(sum_sq))
    return count, mean, var.sqrt()


@register_adv_est("grpo")
def compute_grpo_outcome_advantage(
    token_level_rewards: torch.Tensor,
    response_mask: torch.Tensor,
    index: np.ndarray,
    traj_index: np.ndarray | None = None,
    epsilon: float = 1e-6,
    norm_adv_by_std_in_grpo: bool = True,
    compute_mean_std_cross_steps: bool = True,
    raw_score_for_single_sample_group: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """GRPO outcome advantage (§1.3): A = (s - mean_group) / (std_group + epsilon), broadcast over tokens.

    s is the sample's score, the sum of its token-level rewards (episode reward minus that step's
    invalid-action penalty). Groups are the samples sharing an ``index`` (uid) entry; std is unbiased.

    - ``compute_mean_std_cross_steps=True`` (reference default): mean/std over every step sample of
      every trajectory in the group, so longer trajectories weigh more (§8 pitfall 7).
    - ``compute_mean_std_cross_steps=False``: one score per trajectory (``traj_index``; the score of the
      trajectory's first sample in batch order, since all its steps carry the same episode reward) feeds
      the group statistics; each step sample is then normalised with those statistics.
    - ``norm_adv_by_std_in_grpo=False``: mean-only (Dr. GRPO) A = s - mean.
    - A group with a single score has no baseline: its advantage is 0. The reference used mean 0,
      std 1 there (A = s / (1 + epsilon)); ``raw_score_for_single_sample_group=True`` restores that.
    Groups whose scores are all equal get A = 0.

    Returns (advantages, returns), both [B, R] and equal, zero outside ``response_mask``.
    """
    scores = token_level_rewards.sum(dim=-1)
    batch_size = scores.shape[0]
    if len(index) != batch_size:
        raise ValueError(f"index has {len(index)} entries for a batch of {batch_size}")
    group_np, num_groups = _group_ids(index)
    group = torch.as_tensor(group_np, device=scores.device)
    with torch.no_grad():
        if compute_mean_std_cross_steps:
            stat_scores, stat_group = scores, group
        else:
            if traj_index is None:
                raise ValueError("compute_mean_std_cross_steps=False needs traj_index (one id per trajectory)")
            if len(traj_index) != batch_size:
                raise ValueError(f"traj_index has {len(traj_index)} entries for a batch of {batch_size}")
            _, first_of_trajectory = np.unique(
                _group_ids(list(zip(index, traj_index)))[0], return_index=True
            )
            keep = torch.as_tensor(np.sort(first_of_trajectory), device=scores.device)
            stat_scores, stat_group = scores[keep], group[keep]
        count, mean, std = _group_mean_std(stat_scores.double(), stat_group, num_groups)
        single = count <= 1
        if raw_score_for_single_sample_group:
            mean = torch.where(single, torch.zeros_like(mean), mean)
            std = torch.where(single, torch.ones_like(std), std)
        centered = scores.double() - mean[group]
        advantage = centered / (std[group] + epsilon) if norm_adv_by_std_in_grpo else centered
        if not raw_score_for_single_sample_group:
            advantage = torch.where(single[group], torch.zeros_like(advantage), advantage)
        advantages = advantage.to(token_level_rewards.dtype).unsqueeze(-1) * response_mask.to(token_level_rewards.dtype)
    return advantages, advantages.clone()


@register_adv_est("rloo")
def compute_rloo_outcome_advantage(
    token_level_rewards: torch.Tensor,
    response_mask: torch.Tensor,
    index: np.ndarray,
    raw_score_for_single_sample_group: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """RLOO: A_i = s_i - mean of the *other* scores of its group = n/(n-1) * (s_i - group mean).

    A group of one has no other sample: A = 0 (``raw_score_for_single_sample_group=True`` gives A = s,
    the reference's behaviour). Returns (advantages, returns), [B, R], zero outside the mask.
    """
    scores = token_level_rewards.sum(dim=-1)
    group_np, num_groups = _group_ids(index)
    group = torch.as_tensor(group_np, device=scores.device)
    with torch.no_grad():
        count, mean, _ = _group_mean_std(scores.double(), group, num_groups)
        n = count[group]
        leave_one_out = (scores.double() - mean[group]) * n / (n - 1).clamp(min=1)
        fallback = scores.double() if raw_score_for_single_sample_group else torch.zeros_like(leave_one_out)
        advantage = torch.where(n > 1, leave_one_out, fallback)
        advantages = advantage.to(token_level_rewards.dtype).unsqueeze(-1) * response_mask.to(token_level_rewards.dtype)
    return advantages, advantages.clone()


def _discounted_returns(rewards: torch.Tensor, mask: torch.Tensor, gamma: float) -> torch.Tensor:
    """G_t = r_t + gamma * G_{t+1} along the last dim, restarting after every masked-out position."""
    returns = torch.zeros_like(rewards)
    running = torch.zeros_like(rewards[..., 0])
    for t in reversed(range(rewards.shape[-1])):
        running = (rewards[..., t] + gamma * running) * mask[..., t]
        returns[..., t] = running
    return returns


@register_adv_est("reinforce_plus_plus")
def compute_reinforce_plus_plus_outcome_advantage(
    token_level_rewards: torch.Tensor, response_mask: torch.Tensor, gamma: float = 1.0
) -> tuple[torch.Tensor, torch.Tensor]:
    """REINFORCE++: discounted return-to-go per token, whitened over all valid tokens of the batch.

    Returns (advantages, returns): advantages are zero outside the mask; returns are the raw
    discounted returns (a masked-out position resets the running return).
    """
    with torch.no_grad():
        mask = response_mask.to(token_level_rewards.dtype)
        returns = _discounted_returns(_select(token_level_rewards, mask), mask, gamma)
        advantages = masked_whiten(returns, mask) * mask
    return advantages, returns


def _gae_scan(rewards: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, gamma: float, lam: float,
              next_value: torch.Tensor, next_advantage: torch.Tensor
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Backward GAE over the last dim of [N, R] rows, starting from the carries after each row's end.

    Returns (raw advantages [N, R], zero outside the mask; value and advantage of each row's first valid
    token, or the incoming carries for a row without valid tokens). Masked-out positions are skipped:
    the following valid token's value and advantage pass through them.
    """
    advantages = torch.zeros_like(values)
    for t in reversed(range(values.shape[-1])):
        valid = mask[..., t]
        delta = rewards[..., t] + gamma * next_value - values[..., t]
        advantage_t = delta + gamma * lam * next_advantage
        next_value = valid * values[..., t] + (1 - valid) * next_value
        next_advantage = valid * advantage_t + (1 - valid) * next_advantage
        advantages[..., t] = advantage_t * valid
    return advantages, next_value, next_advantage


def trajectory_step_table(traj_index: Sequence[Any] | np.ndarray, step_index: Sequence[Any] | np.ndarray) -> torch.Tensor:
    """[T, K] batch-row ids: row t lists trajectory t's samples in step order, -1 after its last step.

    Trajectories appear in first-seen order; step ids only need to be ordered, not contiguous. Two
    samples of one trajectory with the same step id are an error (the order would be ambiguous)."""
    if len(traj_index) != len(step_index):
        raise ValueError(f"traj_index has {len(traj_index)} entries but step_index {len(step_index)}")
    traj_ids, num_traj = _group_ids(traj_index)
    steps: list[list[tuple[Any, int]]] = [[] for _ in range(num_traj)]
    for row, (traj, step) in enumerate(zip(traj_ids, step_index)):
        steps[traj].append((step, row))
    width = max((len(s) for s in steps), default=0)
    table = torch.full((num_traj, width), -1, dtype=torch.long)
    for traj, entries in enumerate(steps):
        entries.sort(key=lambda entry: entry[0])
        ordered = [step for step, _ in entries]
        repeated = next((a for a, b in zip(ordered, ordered[1:]) if a == b), None)
        if repeated is not None:
            raise ValueError(f"trajectory {traj_index[entries[0][1]]!r} has two samples for turn {repeated} "
                             "(the same step_index)")
        table[traj, : len(entries)] = torch.tensor([row for _, row in entries], dtype=torch.long)
    return table


def outcome_reward_on_final_step(token_level_scores: torch.Tensor, traj_index: Sequence[Any] | np.ndarray,
                                  step_index: Sequence[Any] | np.ndarray) -> torch.Tensor:
    """Keep the scores of each trajectory's last step sample only (zeros on its earlier steps).

    The reward manager copies the episode reward onto every step sample (what GRPO needs); a return
    that runs across the steps must count it once, where the episode ends."""
    table = trajectory_step_table(traj_index, step_index)
    last = table.gather(1, ((table >= 0).sum(1, keepdim=True) - 1).clamp(min=0)).squeeze(1)
    keep = torch.zeros(token_level_scores.shape[0], dtype=torch.bool, device=token_level_scores.device)
    keep[last[last >= 0].to(keep.device)] = True
    return torch.where(keep.unsqueeze(-1), token_level_scores, torch.zeros_like(token_level_scores))


@register_adv_est("gae")
def compute_gae_advantage_return(
    token_level_rewards: torch.Tensor,
    values: torch.Tensor,
    response_mask: torch.Tensor,
    gamma: float = 1.0,
    lam: float = 1.0,
    traj_index: Sequence[Any] | np.ndarray | None = None,
    step_index: Sequence[Any] | np.ndarray | None = None,
    gae_across_steps: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Generalised advantage estimation (PPO with a critic).

    delta_t = r_t + gamma * V_{t+1} - V_t;  A_t = delta_t + gamma * lam * A_{t+1};  returns = A + V.
    t runs over response tokens (one gamma per token); V_t is the critic's value of the state in which
    token t was generated. Masked-out positions are skipped (the next valid token's value and advantage
    pass through them), so interleaved masks work. Advantages are whitened over the valid tokens of the
    batch and zeroed outside the mask; returns are the un-whitened targets for the critic.

    - ``gae_across_steps=False`` (verl's per-sample GAE, what verl-agent runs on step samples): every
      row is its own episode; the value after its last valid token is 0.
    - ``gae_across_steps=True``: the rows of one trajectory (``traj_index``) are chained in
      ``step_index`` order into one token sequence (the environment's observation tokens between two
      turns are not actions and get no value): the value after step k's last valid token is the value
      of step k+1's first valid token (discounted by one gamma), A carries over the same way, and only
      the trajectory's last step bootstraps from 0. Put the episode reward on the last step only
      (``outcome_reward_on_final_step``), or it is counted once per step.
    """
    with torch.no_grad():
        mask = response_mask.to(values.dtype)
        rewards = _select(token_level_rewards, mask)
        values_clean = _select(values, mask)
        if gae_across_steps:
            if traj_index is None or step_index is None:
                raise ValueError("gae_across_steps=True needs traj_index and step_index (one entry per sample)")
            if len(traj_index) != values.shape[0]:
                raise ValueError(f"traj_index has {len(traj_index)} entries for a batch of {values.shape[0]}")
            table = trajectory_step_table(traj_index, step_index).to(values.device)
        else:
            table = torch.arange(values.shape[0], device=values.device).unsqueeze(1)
        carry_value = values.new_zeros(table.shape[0])
        carry_advantage = values.new_zeros(table.shape[0])
        raw = torch.zeros_like(values_clean)
        for k in reversed(range(table.shape[1])):  # the last step first; every trajectory at once
            rows = table[:, k]
            present = rows >= 0
            rows_safe = rows.clamp(min=0)
            step_mask = mask[rows_safe] * present.unsqueeze(-1).to(mask.dtype)
            step_adv, carry_value, carry_advantage = _gae_scan(
                rewards[rows_safe], values_clean[rows_safe], step_mask, gamma, lam, carry_value, carry_advantage)
            raw[rows[present]] = step_adv[present]
        returns = raw + values_clean
        advantages = masked_whiten(raw, mask) * mask
    return advantages, returns


def compute_value_loss(vpreds: torch.Tensor, values: torch.Tensor, returns: torch.Tensor,
                       response_mask: torch.Tensor, cliprange_value: float,
                       loss_agg_mode: str = "token-mean") -> tuple[torch.Tensor, torch.Tensor]:
    """PPO's clipped value loss: 0.5 * max((V - R)^2, (clip(V, V_old +- c) - R)^2), aggregated.

    vpreds: the critic's current values; values: the values the advantages were computed with (V_old);
    returns: the GAE targets. Returns (loss, clip fraction: share of valid tokens where the clipped
    term is the larger one)."""
    vpreds, values, returns = (_select(x, response_mask) for x in (vpreds, values, returns))
    clipped = values + (vpreds - values).clamp(-cliprange_value, cliprange_value)
    unclipped_sq = (vpreds - returns) ** 2
    clipped_sq = (clipped - returns) ** 2
    loss = 0.5 * agg_loss(torch.maximum(unclipped_sq, clipped_sq), response_mask, loss_agg_mode)
    clipfrac = masked_mean((clipped_sq > unclipped_sq).to(vpreds.dtype), response_mask)
    return loss, clipfrac


# ---------------------------------------------------------------------------------------------
# Rewards
# ---------------------------------------------------------------------------------------------


def _last_valid_index(mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per row: index of the last position where mask is set, and whether the row has any."""
    valid = mask != 0
    positions = torch.arange(mask.shape[-1], device=mask.device).expand_as(valid)
    last = torch.where(valid, positions, torch.full_like(positions, -1)).amax(dim=-1)
    return last.clamp(min=0), last >= 0


def apply_invalid_action_penalty(
    token_level_scores: torch.Tensor,
    response_mask: torch.Tensor,
    is_action_valid: np.ndarray | torch.Tensor | Sequence[bool],
    penalty_coef: float,
) -> tuple[torch.Tensor, dict[str, float]]:
    """Subtract ``penalty_coef * (1 - is_action_valid)`` at each sample's last valid response token (§1.4).

    Runs before the advantages, so the penalty lowers the sample's GRPO score. Rows without any valid
    token are left unchanged (there is no token to carry the penalty). The input is not modified.
    Returns (token_level_rewards, {"episode/valid_action_ratio": share of valid actions}).
    """
    if not torch.is_tensor(is_action_valid):
        is_action_valid = torch.as_tensor(np.asarray(is_action_valid, dtype=np.float64))
    valid = is_action_valid.to(device=token_level_scores.device, dtype=token_level_scores.dtype).reshape(-1)
    if valid.shape[0] != token_level_scores.shape[0]:
        raise ValueError(f"is_action_valid has {valid.shape[0]} entries for a batch of {token_level_scores.shape[0]}")
    last, has_token = _last_valid_index(response_mask)
    penalty = penalty_coef * (1.0 - valid) * has_token.to(valid.dtype)
    rows = torch.arange(token_level_scores.shape[0], device=token_level_scores.device)
    rewards = token_level_scores.clone()
    rewards[rows, last] -= penalty
    ratio = float(valid.mean()) if valid.numel() else 0.0
    return rewards, {"episode/valid_action_ratio": ratio}


# ---------------------------------------------------------------------------------------------
# Policy loss
# ---------------------------------------------------------------------------------------------

# exp() of a log-ratio beyond this overflows float32 gradients long before clipping could help;
# the clip (or dual clip) already makes the loss flat out there, so clamping changes nothing else.
_MAX_LOG_RATIO = 20.0


def compute_policy_loss(
    old_log_prob: torch.Tensor,
    log_prob: torch.Tensor,
    advantages: torch.Tensor,
    response_mask: torch.Tensor,
    clip_ratio_low: float = 0.2,
    clip_ratio_high: float = 0.2,
    clip_ratio_c: float = 3.0,
    loss_agg_mode: str = "token-mean",
    loss_mode: str = "vanilla",
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """PPO clipped surrogate (§1.2); returns (pg_loss, pg_clipfrac, ppo_kl, pg_clipfrac_lower).

    ``vanilla``: r = exp(logp - logp_old); per-token loss max(-A r, -A clip(r, 1-low, 1+high)); for
    A < 0 it is then capped at -A * clip_ratio_c (dual clip), so a very unlikely-now token with a
    negative advantage cannot produce an unbounded loss. ``pg_clipfrac`` is the share of valid tokens
    where the clipped branch is the active one, ``pg_clipfrac_lower`` the share where the dual clip is.

    ``gspo`` (GSPO): one importance ratio per sequence, s_i = exp(mean_t(logp - logp_old)); its value is
    used at every token while the gradient flows token by token (s_i.detach() * exp(logp - logp.detach())
    in log space), which makes the gradient that of the sequence objective. Clipping is applied to s_i,
    there is no dual clip (pg_clipfrac_lower = 0), and aggregation is always ``seq-mean-token-mean``
    because the objective is per sequence.

    ``ppo_kl`` is the masked mean of (logp_old - logp), the usual approximate KL of the update.
    The caller applies ``pg_loss_coef``.
    """
    if clip_ratio_c <= 1.0:
        raise ValueError(f"clip_ratio_c must be > 1 for the dual clip, got {clip_ratio_c}")
    mask = response_mask
    # Padding may hold anything; zero it first so it cannot reach a gradient via 0 * NaN.
    log_prob = _select(log_prob, mask)
    advantages = _select(advantages, mask)
    log_ratio = _select(log_prob - old_log_prob, mask)
    ppo_kl = masked_mean(-log_ratio.detach(), mask)

    if loss_mode == "vanilla":
        ratio = torch.exp(log_ratio.clamp(-_MAX_LOG_RATIO, _MAX_LOG_RATIO))
    elif loss_mode == "gspo":
        sequence_log_ratio = masked_mean(log_ratio, mask, dim=-1).unsqueeze(-1)
        token_log_ratio = sequence_log_ratio.detach() + log_prob - log_prob.detach()
        ratio = torch.exp(token_log_ratio.clamp(max=10.0))
    else:
        raise ValueError(f"unknown policy loss_mode {loss_mode!r}; expected 'vanilla' or 'gspo'")

    unclipped = -advantages * ratio
    clipped = -advantages * torch.clamp(ratio, 1.0 - clip_ratio_low, 1.0 + clip_ratio_high)
    clip_loss = torch.maximum(unclipped, clipped)
    pg_clipfrac = masked_mean((clipped > unclipped).float(), mask)

    if loss_mode == "gspo":
        pg_losses = clip_loss
        pg_clipfrac_lower = torch.zeros((), device=pg_clipfrac.device)
        loss_agg_mode = "seq-mean-token-mean"
    else:
        dual_cap = -advantages * clip_ratio_c
        negative = advantages < 0
        pg_losses = torch.where(negative, torch.minimum(clip_loss, dual_cap), clip_loss)
        pg_clipfrac_lower = masked_mean((negative & (clip_loss > dual_cap)).float(), mask)

    pg_loss = agg_loss(pg_losses, mask, loss_agg_mode)
    return pg_loss, pg_clipfrac.detach(), ppo_kl, pg_clipfrac_lower.detach()


# ---------------------------------------------------------------------------------------------
# KL penalty
# ---------------------------------------------------------------------------------------------

KL_PENALTY_TYPES = ("kl", "k1", "abs", "mse", "k2", "low_var_kl", "k3")


def kl_penalty(logprob: torch.Tensor, ref_logprob: torch.Tensor, kl_penalty: str) -> torch.Tensor:
    """Per-token estimate of KL(pi || pi_ref) from the sampled token's log-probs.

    - ``kl`` / ``k1``: logp - logp_ref (unbiased, high variance, can be negative).
    - ``abs``: |logp - logp_ref|.
    - ``mse`` / ``k2``: 0.5 * (logp - logp_ref)^2.
    - ``low_var_kl`` / ``k3`` (the paper's KL loss, §1.2): exp(ref - logp) - (ref - logp) - 1, >= 0,
      clamped to [-10, 10]. The log-ratio is clamped to [-20, 20] first so exp() cannot overflow; this
      changes no value (|ref - logp| > 11 already clamps to 10) but keeps the gradient finite.
    """
    diff = logprob - ref_logprob
    if kl_penalty in ("kl", "k1"):
        return diff
    if kl_penalty == "abs":
        return diff.abs()
    if kl_penalty in ("mse", "k2"):
        return 0.5 * diff.square()
    if kl_penalty in ("low_var_kl", "k3"):
        log_ratio = (-diff).clamp(-20.0, 20.0)
        return (torch.exp(log_ratio) - log_ratio - 1.0).clamp(-10.0, 10.0)
    if kl_penalty == "full":
        raise NotImplementedError("kl_penalty 'full' needs full-vocabulary distributions, not token log-probs")
    raise ValueError(f"unknown kl_penalty {kl_penalty!r}; expected one of {KL_PENALTY_TYPES}")


def apply_kl_penalty_in_reward(token_level_scores: torch.Tensor, old_log_prob: torch.Tensor,
                               ref_log_prob: torch.Tensor, response_mask: torch.Tensor, kl_coef: float,
                               kl_penalty_type: str = "kl") -> tuple[torch.Tensor, dict[str, float]]:
    """algorithm.use_kl_in_reward (verl's apply_kl_penalty with the fixed controller):
    rewards = scores - kl_coef * kl(old, ref) * mask per token. The metric actor/reward_kl_penalty is the
    batch mean of each sample's masked token mean of the KL (an empty response counts 0)."""
    mask = response_mask.to(old_log_prob.dtype)
    kld = kl_penalty(old_log_prob, ref_log_prob, kl_penalty_type) * mask
    rewards = token_level_scores - kl_coef * kld
    per_sample = kld.sum(-1) / (mask.sum(-1) + 1e-8)
    return rewards, {"actor/reward_kl_penalty": float(per_sample.mean().item()),
                     "actor/reward_kl_penalty_coeff": float(kl_coef)}


# ---------------------------------------------------------------------------------------------
# Entropy and token log-probs from logits
# ---------------------------------------------------------------------------------------------


def entropy_from_logits(logits: torch.Tensor) -> torch.Tensor:
    """Entropy of softmax(logits) over the last dim: H = logsumexp(z) - sum_v p_v z_v.

    Stable for huge logits (shifted by logsumexp) and for -inf logits (vocab masking): those have
    p = 0 and are kept out of p * z, where 0 * -inf would be NaN. Compute in float32 or wider for
    accurate values; the result has logits' dtype.
    """
    probs = torch.softmax(logits, dim=-1)
    zero = torch.zeros((), dtype=logits.dtype, device=logits.device)
    finite_logits = torch.where(torch.isneginf(logits), zero, logits)
    return torch.logsumexp(logits, dim=-1) - (probs * finite_logits).sum(dim=-1)


def _default_chunk_rows(vocab_size: int) -> int:
    # About 32M float32 temporaries (128 MiB) per chunk.
    return max(1, (1 << 25) // max(1, vocab_size))


class _ChunkedTokenLogProb(torch.autograd.Function):
    """log softmax(logits / T)[label], computed chunk by chunk over rows.

    Autograd on the plain formula would keep every chunk's scaled/upcast copy of the logits alive for
    the backward pass. This Function saves only the logits (which exist anyway) and the per-row
    logsumexp, and rebuilds each chunk's softmax in the backward pass:
    d/dz_v = (1[v = label] - p_v) / T.
    """

    @staticmethod
    def forward(ctx, logits, labels, temperature, chunk_rows):  # type: ignore[override]
        out_dtype = torch.promote_types(logits.dtype, torch.float32)
        lse = torch.empty(logits.shape[0], dtype=out_dtype, device=logits.device)
        picked = torch.empty_like(lse)
        for start in range(0, logits.shape[0], chunk_rows):
            stop = start + chunk_rows
            scaled = logits[start:stop].to(out_dtype) / temperature
            lse[start:stop] = torch.logsumexp(scaled, dim=-1)
            picked[start:stop] = scaled.gather(-1, labels[start:stop, None]).squeeze(-1)
        ctx.save_for_backward(logits, labels, lse)
        ctx.temperature = temperature
        ctx.chunk_rows = chunk_rows
        return picked - lse

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, grad_out):  # type: ignore[override]
        logits, labels, lse = ctx.saved_tensors
        temperature, chunk_rows = ctx.temperature, ctx.chunk_rows
        grad_logits = torch.empty_like(logits)
        for start in range(0, logits.shape[0], chunk_rows):
            stop = start + chunk_rows
            grad = grad_out[start:stop, None].to(lse.dtype)
            probs = torch.exp(logits[start:stop].to(lse.dtype) / temperature - lse[start:stop, None])
            chunk_grad = -probs * grad
            chunk_grad.scatter_add_(-1, labels[start:stop, None], grad)
            grad_logits[start:stop] = chunk_grad / temperature
        return grad_logits, None, None, None


def logprobs_from_logits(
    logits: torch.Tensor,
    labels: torch.Tensor,
    temperature: float = 1.0,
    chunk_rows: int | None = None,
) -> torch.Tensor:
    """Log-probability of each label under softmax(logits / temperature); shape = labels' shape.

    ``logits`` is [..., V] ([N, V] or [B, T, V]), ``labels`` integer [...]. Computed as the gathered
    logit minus logsumexp, ``chunk_rows`` rows at a time, so neither the forward nor the backward pass
    materialises a full-vocabulary softmax of the whole batch (see ``_ChunkedTokenLogProb``). Low
    precision logits (bf16/fp16) are upcast per chunk; the result is then float32.
    """
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    if logits.shape[:-1] != labels.shape:
        raise ValueError(f"logits {tuple(logits.shape)} and labels {tuple(labels.shape)} disagree")
    vocab_size = logits.shape[-1]
    flat_logits = logits.reshape(-1, vocab_size)
    flat_labels = labels.reshape(-1).long()
    rows = chunk_rows if chunk_rows is not None else _default_chunk_rows(vocab_size)
    if rows < 1:
        raise ValueError(f"chunk_rows must be >= 1, got {rows}")
    if flat_logits.shape[0] == 0:
        out_dtype = torch.promote_types(logits.dtype, torch.float32)
        return torch.zeros(labels.shape, dtype=out_dtype, device=logits.device)
    token_log_probs = _ChunkedTokenLogProb.apply(flat_logits, flat_labels, float(temperature), int(rows))
    return token_log_probs.reshape(labels.shape)


# GiGPO lives in its own module (it builds on the GRPO estimator above); importing it registers "gigpo".
from verl.trainer.ppo import gigpo as _gigpo  # noqa: E402,F401
