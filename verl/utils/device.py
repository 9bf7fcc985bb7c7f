"""Which device a worker runs on, and what follows from it (process-group backend, dtypes, kernels).

The same code runs on a CPU box (gloo, float32) and on GPUs (NCCL, bf16 mixed precision); only
`trainer.device` differs. Everything that depends on that choice is decided here, in one place.
"""
from __future__ import annotations

import importlib.util

import torch

_DTYPES = {
    "bf16": torch.bfloat16, "bfloat16": torch.bfloat16,
    "fp16": torch.float16, "float16": torch.float16, "half": torch.float16,
    "fp32": torch.float32, "float32": torch.float32, "float": torch.float32,
}


def resolve_device(name: str | None) -> str:
    """'cpu' or 'cuda' from `trainer.device`; 'auto'/None picks cuda when present. Unknown names raise."""
    name = (name or "auto").lower()
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if name in ("gpu", "cuda"):
        if not torch.cuda.is_available():
            raise RuntimeError("trainer.device=cuda but torch sees no CUDA device; use trainer.device=cpu")
        return "cuda"
    if name == "cpu":
        return "cpu"
    raise ValueError(f"trainer.device must be 'cpu', 'cuda' or 'auto', got {name!r}")


def dist_backend(device: str) -> str:
    """torch.distributed backend for a device type: NCCL on CUDA, gloo on CPU."""
    return "nccl" if device == "cuda" else "gloo"


def local_device(device: str) -> torch.device:
    """The torch.device this process computes on (inside a Ray GPU actor that is always cuda:0)."""
    if device == "cuda":
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def to_dtype(name: str | torch.dtype | None, default: torch.dtype = torch.float32) -> torch.dtype:
    """Config dtype names ('bf16', 'bfloat16', 'fp32', ...) -> torch.dtype."""
    if name is None:
        return default
    if isinstance(name, torch.dtype):
        return name
    key = str(name).lower()
    if key not in _DTYPES:
        raise ValueError(f"unknown dtype {name!r}; expected one of {sorted(_DTYPES)}")
    return _DTYPES[key]


def flash_attn_available() -> bool:
    """True when the flash-attn package (varlen kernels for packed sequences) can be imported."""
    return importlib.util.find_spec("flash_attn") is not None


def synchronize(device: str) -> None:
    """Wait for queued GPU work (for honest timings); a no-op on CPU."""
    if device == "cuda":
        torch.cuda.synchronize()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (for a process group's rendezvous)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def init_distributed(device: str, timeout_s: float | None = None) -> tuple[int, int]:
    """Join (or create) the default process group; returns (rank, world_size).

    With RANK / WORLD_SIZE / MASTER_ADDR / MASTER_PORT in the environment (Ray worker groups and torchrun
    set them) this joins that group; otherwise it makes a one-process group on a free loopback port,
    so a worker also runs on its own (LocalWorkerGroup, notebooks, tests).
    """
    import datetime
    import os

    import torch.distributed as dist

    if device == "cuda":
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")) % max(1, torch.cuda.device_count()))
    if dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    kwargs = {"backend": dist_backend(device)}
    if timeout_s:
        kwargs["timeout"] = datetime.timedelta(seconds=float(timeout_s))
    if all(k in os.environ for k in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")):
        dist.init_process_group(**kwargs)
    else:
        dist.init_process_group(init_method=f"tcp://127.0.0.1:{free_port()}", rank=0, world_size=1, **kwargs)
    return dist.get_rank(), dist.get_world_size()
