"""GiGPO: Group-in-Group Policy Optimization (Feng et al. 2025, arXiv 2505.10978), as pure functions.

Every step sample (one env turn) gets one scalar advantage, broadcast over its response tokens:

    A = A_E + step_advantage_w * A_S

- A_E, episode level: GRPO's advantage of the sample's score (the sum of its token-level rewards: the
  episode reward minus that turn's invalid-action penalty) over its task group (uid), exactly as
  ``core_algos.compute_grpo_outcome_advantage`` computes it (``compute_mean_std_cross_steps`` included).
- A_S, step level: within one task group, the turns whose *anchor observation* is the same (the env's
  observation before the action, without history) form a step group. Each turn's discounted step
  return R_t = sum_{k >= t} gamma^(k-t) r_k over the rest of its own trajectory (r_k: the env reward
  of turn k, without the invalid-action penalty, as in verl-agent) is compared with its step group:
  A_S = (R - mean) / (std + epsilon) in ``mean_std_norm`` mode, R - mean in ``mean_norm`` mode (the
  mode applies to A_E too: mean_norm is GRPO without the std division). std is the unbiased sample
  std, as in GRPO. A step group of one turn gets A_S = 0 (its own mean is its return). A state visited
  twice in one trajectory puts both turns into the same step group, each with its own return.
- ``enable_similarity`` (verl-agent's option for Search-QA, whose observations rarely repeat exactly):
  a turn joins the first step group of its task group whose representative (first member, in batch
  order) has difflib ``SequenceMatcher`` ratio >= ``similarity_thresh`` with its observation,
  otherwise it starts a new group.

The trainer builds the step groups with ``anchor_step_groups`` (also used for metrics) and passes
their ids to the estimator, registered as ``algorithm.adv_estimator=gigpo``.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, Sequence

import numpy as np
import torch

from verl.trainer.ppo.core_algos import (_group_ids, _group_mean_std, compute_grpo_outcome_advantage,
                                         register_adv_est, trajectory_step_table)

GIGPO_MODES = ("mean_norm", "mean_std_norm")


def discounted_step_returns(step_rewards: Sequence[float] | np.ndarray, traj_index: Sequence[Any] | np.ndarray,
                            step_index: Sequence[int] | np.ndarray, gamma: float) -> torch.Tensor:
    """R_t = r_t + gamma * R_{t+1} along each trajectory, in turn order (``step_index``), whatever the
    order of the samples in the batch. Returns float64 [B]."""
    rewards = np.asarray(step_rewards, dtype=np.float64)
    steps = np.asarray(step_index, dtype=np.int64)
    if not len(rewards) == len(traj_index) == len(steps):
        raise ValueError(f"step_rewards, traj_index and step_index have {len(rewards)}, {len(traj_index)} "
                         f"and {len(steps)} entries; they must match")
    table = trajectory_step_table(traj_index, steps)  # [T, K]: each trajectory's rows in turn order
    rewards_t = torch.from_numpy(rewards)
    returns = torch.zeros_like(rewards_t)
    running = torch.zeros(table.shape[0], dtype=torch.float64)
    for k in reversed(range(table.shape[1])):  # the last turn first; every trajectory at once
        rows = table[:, k]
        present = rows >= 0  # -1 only after a trajectory's last turn, where the return is still 0
        running = torch.where(present, rewards_t[rows.clamp(min=0)] + gamma * running, running)
        returns[rows[present]] = running[present]
    return returns


def _similar(a: Any, b: Any, threshold: float) -> bool:
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("algorithm.gigpo.enable_similarity compares text observations; got "
                        f"{type(a).__name__} and {type(b).__name__}")
    return SequenceMatcher(None, a, b).ratio() >= threshold


def anchor_step_groups(anchor_obs: Sequence[Any] | np.ndarray, index: Sequence[Any] | np.ndarray,
                       enable_similarity: bool = False, similarity_thresh: float = 0.95) -> np.ndarray:
    """Step-group id (0..G-1, first-seen order) of every sample: same task group (``index``) and the same
    anchor observation, or, with ``enable_similarity``, one similar enough to the group's first member."""
    if len(anchor_obs) != len(index):
        raise ValueError(f"anchor_obs has {len(anchor_obs)} entries for {len(index)} index entries")
    if not enable_similarity:
        return _group_ids(list(zip(index, anchor_obs)))[0]
    if not 0.0 < similarity_thresh <= 1.0:
        raise ValueError(f"algorithm.gigpo.similarity_thresh must be in (0, 1], got {similarity_thresh}")
    groups = np.empty(len(anchor_obs), dtype=np.int64)
    representatives: dict[Any, list[tuple[Any, int]]] = {}  # task group -> [(first observation, group id)]
    next_id = 0
    for i, (uid, obs) in enumerate(zip(index, anchor_obs)):
        clusters = representatives.setdefault(uid, [])
        for rep, group_id in clusters:
            if _similar(obs, rep, similarity_thresh):
                groups[i] = group_id
                break
        else:
            clusters.append((obs, next_id))
            groups[i] = next_id
            next_id += 1
    return groups


def step_group_advantage(returns: torch.Tensor, step_group: np.ndarray, norm_by_std: bool,
                         epsilon: float = 1e-6) -> torch.Tensor:
    """A_S per sample: its return minus its step group's mean (divided by std + epsilon when
    ``norm_by_std``). float64 [B]. A step group of one gets 0: its mean is its own return."""
    group_np, num_groups = _group_ids(step_group)
    group = torch.as_tensor(group_np)
    _, mean, std = _group_mean_std(returns.double(), group, num_groups)  # std of a group of one: 0
    centered = returns.double() - mean[group]
    return centered / (std[group] + epsilon) if norm_by_std else centered


@register_adv_est("gigpo")
def compute_gigpo_outcome_advantage(
    token_level_rewards: torch.Tensor,
    response_mask: torch.Tensor,
    index: np.ndarray,
    traj_index: np.ndarray,
    step_rewards: np.ndarray,
    step_index: np.ndarray,
    step_group: np.ndarray,
    gamma: float = 1.0,
    step_advantage_w: float = 1.0,
    gigpo_mode: str = "mean_std_norm",
    compute_mean_std_cross_steps: bool = True,
    raw_score_for_single_sample_group: bool = False,
    epsilon: float = 1e-6,
) -> tuple[torch.Tensor, torch.Tensor]:
    """A = A_E + step_advantage_w * A_S (module docstring), broadcast over the response tokens.

    ``step_group`` comes from ``anchor_step_groups``; a step group spanning two task groups is an error.
    ``raw_score_for_single_sample_group`` is GRPO's switch for a task group of one episode (A_E = 0, or
    the raw score as in verl-agent; the trainer sets it from algorithm.faithful).
    Returns (advantages, returns), both [B, R] and equal, zero outside ``response_mask``.
    """
    if gigpo_mode not in GIGPO_MODES:
        raise ValueError(f"algorithm.gigpo.mode must be one of {GIGPO_MODES}, got {gigpo_mode!r}")
    batch_size = token_level_rewards.shape[0]
    if len(step_group) != batch_size:
        raise ValueError(f"step_group has {len(step_group)} entries for a batch of {batch_size}")
    task_of_group: dict[Any, Any] = {}
    for group, uid in zip(step_group, index):
        if task_of_group.setdefault(group, uid) != uid:
            raise ValueError(f"step group {group!r} spans task groups {task_of_group[group]!r} and {uid!r}")
    norm_by_std = gigpo_mode == "mean_std_norm"
    with torch.no_grad():
        episode, _ = compute_grpo_outcome_advantage(
            token_level_rewards, response_mask, index, traj_index, epsilon=epsilon,
            norm_adv_by_std_in_grpo=norm_by_std, compute_mean_std_cross_steps=compute_mean_std_cross_steps,
            raw_score_for_single_sample_group=raw_score_for_single_sample_group)
        returns = discounted_step_returns(step_rewards, traj_index, step_index, gamma)
        step = step_group_advantage(returns, step_group, norm_by_std, epsilon)
        mask = response_mask.to(token_level_rewards.dtype)
        advantages = episode + step_advantage_w * step.to(token_level_rewards.dtype).unsqueeze(-1) * mask
    return advantages, advantages.clone()


def step_group_metrics(step_group: np.ndarray) -> dict[str, float]:
    """How much the step term has to work with: number of step groups, their mean size, and the share of
    turns that sit in a group of two or more (with none, GiGPO is GRPO)."""
    _, counts = np.unique(np.asarray(step_group), return_counts=True)
    if not len(counts):
        return {}
    return {"gigpo/step_groups": float(len(counts)), "gigpo/step_group_size/mean": float(counts.mean()),
            "gigpo/non_singleton_ratio": float(counts[counts > 1].sum() / counts.sum())}
