"""Dynamic sampling (DAPO's ``algorithm.filter_groups``): train only on groups whose episodes disagree.

A task group (uid) whose episodes all got the same value of ``filter_groups.metric`` has a GRPO
advantage of 0 on every token: it costs old/teacher/ref log-probs and an update pass and teaches the
policy gradient nothing. The trainer re-rolls fresh tasks until the step has ``data.train_batch_size``
informative groups (the surplus of the last rollout is discarded, as verl aligns its batch) or
``max_num_gen_batches`` rollouts have been made. When that budget runs out first, the step is topped up
to ``data.train_batch_size`` groups with the last rollout's uniform groups (verl-agent keeps its last
try unfiltered; verl raises instead), so every step trains on the same number of groups. A group of a
single episode is kept, as in verl. ``max_num_gen_batches <= 0`` means no limit.

Metrics: ``filter_groups/num_gen_batches`` (rollouts made this step), ``kept_groups`` (informative groups
trained), ``topped_up_groups`` (uniform groups trained because the budget ran out) and ``dropped_groups``
(generated but not trained); kept + topped_up + dropped = num_gen_batches * train_batch_size.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np

from agent_system.multi_turn_rollout.rollout_loop import concat_turns
from verl.protocol import DataProto

FILTER_METRICS = ("episode_reward", "won")


def informative_groups(index: Sequence[Any] | np.ndarray, traj_index: Sequence[Any] | np.ndarray,
                       values: Sequence[Any] | np.ndarray) -> tuple[list, list]:
    """(informative, uniform) group ids in first-seen order. One value per trajectory (its first sample:
    every step sample of an episode carries the same episode value); a group is uniform when all its
    trajectories' values are equal and it has more than one trajectory."""
    if not len(index) == len(traj_index) == len(values):
        raise ValueError(f"index, traj_index and values have {len(index)}, {len(traj_index)} and {len(values)} entries")
    per_group: dict[Any, dict[Any, float]] = {}
    for uid, traj, value in zip(index, traj_index, values):
        per_group.setdefault(uid, {}).setdefault(traj, float(value))
    informative, uniform = [], []
    for uid, by_traj in per_group.items():
        (informative if len(by_traj) == 1 or len(set(by_traj.values())) > 1 else uniform).append(uid)
    return informative, uniform


def select_groups(batch: DataProto, uids: Sequence[Any]) -> DataProto:
    """The samples of the given groups, in batch order."""
    return batch.select_idxs(np.isin(batch.non_tensor_batch["uid"], np.asarray(list(uids), dtype=object)))


def collect_informative_groups(generate: Callable[[], tuple[DataProto, dict[str, float]]], *, target_groups: int,
                               max_num_gen_batches: int, metric: str, pad_token_id: int
                               ) -> tuple[DataProto, dict[str, float], list[tuple[int, dict[str, float]]]]:
    """Call ``generate()`` (one rollout of ``target_groups`` fresh task groups -> (step samples, episode
    metrics)) until ``target_groups`` informative groups are collected or the budget is spent.

    Returns (the step's samples, filter_groups/* metrics, [(episodes, episode metrics)] of every rollout).
    """
    if metric not in FILTER_METRICS:
        raise ValueError(f"algorithm.filter_groups.metric must be one of {FILTER_METRICS}, got {metric!r}")
    if target_groups < 1:
        raise ValueError(f"need a positive number of groups, got {target_groups}")
    parts: list[DataProto] = []
    rollouts: list[tuple[int, dict[str, float]]] = []
    kept = topped_up = generated = 0
    while True:
        batch, episode_metrics = generate()
        nt = batch.non_tensor_batch
        rollouts.append((len(set(nt["traj_uid"])), episode_metrics))
        informative, uniform = informative_groups(nt["uid"], nt["traj_uid"], nt[metric])
        generated += len(informative) + len(uniform)
        take = informative[:target_groups - kept]
        kept += len(take)
        parts.append(select_groups(batch, take))
        if kept >= target_groups:
            break
        if 0 < max_num_gen_batches <= len(rollouts):
            fill = uniform[:target_groups - kept]
            topped_up = len(fill)
            parts.append(select_groups(batch, fill))
            break
    parts = [part for part in parts if len(part)]
    if not parts:
        raise RuntimeError("dynamic sampling collected no group: every rollout came back empty")
    metrics = {"filter_groups/num_gen_batches": float(len(rollouts)), "filter_groups/kept_groups": float(kept),
               "filter_groups/topped_up_groups": float(topped_up),
               "filter_groups/dropped_groups": float(generated - kept - topped_up)}
    return concat_turns(parts, pad_token_id), metrics, rollouts
