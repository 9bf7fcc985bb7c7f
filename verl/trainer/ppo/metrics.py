"""Data, timing, throughput and memory metrics of one training step (METHOD.md §3 metric families)."""
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
