"""Data, timing, throughput and memory metrics of one training step (METHOD.md §3 metric families),
and the exact merge of per-batch episode metrics (validation chunks, dynamic-sampling rollouts)."""
from __future__ import annotations

import contextlib
import resource
import sys
import time
from typing import Iterator

import torch

from verl.protocol import DataProto


def _stats(prefix: str, values: torch.Tensor) -> dict[str, float]:
    values = values.float()
    if values.numel() == 0:
        return {}
    return {f"{prefix}/mean": values.mean().item(), f"{prefix}/max": values.max().item(),
            f"{prefix}/min": values.min().item()}


def compute_data_metrics(batch: DataProto, max_response_length: int) -> dict[str, float]:
    """critic/{score,rewards,advantages,returns}/*, response_length/*, prompt_length/* over step samples."""
    response_mask = batch.batch["response_mask"].bool()
    prompt_mask = batch.batch["attention_mask"][:, : -response_mask.shape[1]].bool()
    response_length = response_mask.sum(-1).float()
    metrics: dict[str, float] = {}
    metrics.update(_stats("critic/score", batch.batch["token_level_scores"].sum(-1)))
    metrics.update(_stats("critic/rewards", batch.batch["token_level_rewards"].sum(-1)))
    for key, name in (("advantages", "critic/advantages"), ("returns", "critic/returns")):
        if key in batch.batch.keys():
            metrics.update(_stats(name, torch.masked_select(batch.batch[key], response_mask)))
    metrics.update(_stats("response_length", response_length))
    metrics["response_length/clip_ratio"] = (response_length >= max_response_length).float().mean().item()
    metrics.update(_stats("prompt_length", prompt_mask.sum(-1).float()))
    metrics["training/num_step_samples"] = float(len(batch))
    return metrics


def compute_throughput_metrics(batch: DataProto, step_seconds: float, num_devices: int) -> dict[str, float]:
    total_tokens = float(batch.batch["attention_mask"].sum().item())
    return {
        "perf/total_num_tokens": total_tokens,
        "perf/time_per_step": step_seconds,
        "perf/throughput": total_tokens / max(step_seconds, 1e-9) / max(num_devices, 1),  # tokens/s per device
        "perf/throughput_total": total_tokens / max(step_seconds, 1e-9),
    }


def compute_memory_metrics() -> dict[str, float]:
    # ru_maxrss is KiB on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    metrics = {"perf/cpu_memory_peak_gb": peak / 2**30}
    if torch.cuda.is_available():
        metrics["perf/max_memory_allocated_gb"] = torch.cuda.max_memory_allocated() / 2**30
        metrics["perf/max_memory_reserved_gb"] = torch.cuda.max_memory_reserved() / 2**30
    return metrics


def compute_timing_per_token(timing: dict[str, float], batch: DataProto) -> dict[str, float]:
    tokens = max(float(batch.batch["attention_mask"].sum().item()), 1.0)
    return {f"timing_per_token_ms/{name}": seconds * 1000 / tokens for name, seconds in timing.items()
            if name not in ("step", "testing", "save_checkpoint")}


@contextlib.contextmanager
def timer(name: str, timing: dict[str, float]) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timing[name] = timing.get(name, 0.0) + time.perf_counter() - start


# How combine_batch_metrics merges a metric, by its name after the first "/": counts are totals
# (summed), per-turn rates are weighted by the batch's turns; "<group>_success_rate" by "<group>_episodes".
SUMMED_METRICS = ("episodes", "turns", "env_failures", "retrieval_failure_count")
PER_TURN_METRICS = ("valid_action_ratio",)


def combine_batch_metrics(batches: list[tuple[int, dict[str, float]]]) -> dict[str, float]:
    """Merge per-batch episode metrics into whole-set values, exactly.

    Each batch is (its number of episodes, its metrics). Max of maxima, min of minima; counts
    (SUMMED_METRICS and every "*_episodes") are summed; each rate is weighted by its own count: a
    "<group>_success_rate" by the batch's "<group>_episodes" (the collector reports both), a per-turn
    rate by its "turns", every other metric (per-episode means) by the batch's episode count."""
    combined: dict[str, float] = {}
    weights: dict[str, float | None] = {}  # None: a sum, not a weighted mean
    for num_episodes, metrics in batches:
        for key, value in metrics.items():
            value, name = float(value), key.split("/", 1)[-1]
            if key.endswith(("/max", "/min")):
                pick = max if key.endswith("/max") else min
                combined[key] = pick(combined[key], value) if key in combined else value
                weights[key] = None
                continue
            if name in SUMMED_METRICS or name.endswith("_episodes"):
                combined[key], weights[key] = combined.get(key, 0.0) + value, None
                continue
            weight = float(metrics.get(_count_key(key, name), num_episodes))
            combined[key] = combined.get(key, 0.0) + value * weight
            weights[key] = (weights.get(key) or 0.0) + weight
    return {key: value if weights[key] is None else (value / weights[key] if weights[key] else 0.0)
            for key, value in combined.items()}


def _count_key(key: str, name: str) -> str:
    """The metric holding the denominator of rate `key` (absent for per-episode means)."""
    prefix = key[:len(key) - len(name)]
    if name.endswith("_success_rate") and name != "success_rate":
        return f"{prefix}{name[:-len('_success_rate')]}_episodes"
    if name in PER_TURN_METRICS:
        return f"{prefix}turns"
    return f"{prefix}episodes"
