"""FSDP2 plumbing for the workers: device mesh, sharding an HF causal LM, full-weight gathering,
optimizer-state offload.

FSDP2 only (`torch.distributed.fsdp.fully_shard`): FSDP1 segfaults when it gathers a full state dict
on CPU (spec/STACK.md §3.2).
"""
from __future__ import annotations

import logging
from typing import Any, Iterator

import torch
import torch.distributed as dist
from torch.distributed.device_mesh import DeviceMesh, init_device_mesh
from torch.distributed.tensor import DTensor

from verl.utils.device import to_dtype

logger = logging.getLogger(__name__)

__all__ = ["build_device_mesh", "apply_fsdp2", "iter_full_state", "move_optimizer_state", "decoder_layers"]


def build_device_mesh(device: str, world_size: int, fsdp_size: int = -1) -> DeviceMesh:
    """1-D mesh ("fsdp",) over all ranks, or a 2-D ("ddp", "fsdp") HSDP mesh when 0 < fsdp_size < world."""
    if fsdp_size is None or fsdp_size <= 0 or fsdp_size >= world_size:
        return init_device_mesh(device, (world_size,), mesh_dim_names=("fsdp",))
    if world_size % fsdp_size:
        raise ValueError(f"actor_rollout_ref.actor.fsdp_config.fsdp_size={fsdp_size} must divide the world size {world_size}")
    return init_device_mesh(device, (world_size // fsdp_size, fsdp_size), mesh_dim_names=("ddp", "fsdp"))


def decoder_layers(model: torch.nn.Module) -> list[torch.nn.Module]:
    """The repeated transformer blocks of an HF causal LM (model.model.layers for Qwen/Llama-style models)."""
    inner = getattr(model, "model", None)
    layers = getattr(inner, "layers", None)
    if layers is None:
        no_split = set(getattr(model, "_no_split_modules", None) or [])
        found = [m for m in model.modules() if type(m).__name__ in no_split]
        if not found:
            raise ValueError(f"cannot find the decoder layers of {type(model).__name__} to shard")
        return found
    return list(layers)


def apply_fsdp2(model: torch.nn.Module, mesh: DeviceMesh, *, device: str, param_dtype: Any = None,
                reduce_dtype: Any = None, cpu_offload: bool = False, reshard_after_forward: bool = True) -> torch.nn.Module:
    """fully_shard each decoder layer, then the root (embeddings, final norm, LM head).

    Mixed precision only on CUDA (compute in param_dtype, reduce gradients in reduce_dtype); the
    sharded master weights stay float32. On CPU everything is float32 and offload is meaningless.
    """
    from torch.distributed.fsdp import CPUOffloadPolicy, MixedPrecisionPolicy, OffloadPolicy, fully_shard

    kwargs: dict[str, Any] = {"mesh": mesh, "reshard_after_forward": reshard_after_forward}
    if device == "cuda":
        kwargs["mp_policy"] = MixedPrecisionPolicy(param_dtype=to_dtype(param_dtype, torch.bfloat16),
                                                   reduce_dtype=to_dtype(reduce_dtype, torch.float32),
                                                   cast_forward_inputs=True)
        kwargs["offload_policy"] = CPUOffloadPolicy(pin_memory=True) if cpu_offload else OffloadPolicy()
    elif cpu_offload:
        logger.info("param_offload is ignored on CPU: the parameters already live in host memory")
    for layer in decoder_layers(model):
        fully_shard(layer, **kwargs)
    fully_shard(model, **kwargs)
    return model


@torch.no_grad()
def iter_full_state(module: torch.nn.Module, device: torch.device) -> Iterator[tuple[str, torch.Tensor]]:
    """Yield (HF name, full tensor) for every entry of the sharded module's state dict, one at a time.

    A collective per tensor: every rank must drain the iterator in the same order. Gathering one tensor
    at a time keeps the peak at one full parameter instead of a whole full model. Shards that FSDP
    keeps on CPU (offload) are moved to the compute device first, because NCCL gathers GPU memory.
    """
    for name, value in module.state_dict().items():
        if isinstance(value, DTensor):
            local = value.to_local()
            mesh_device = value.device_mesh.device_type
            if local.device.type != mesh_device:
                local = local.to(device)
            value = DTensor.from_local(local, value.device_mesh, value.placements,
                                       shape=value.shape, stride=value.stride()).full_tensor()
        yield name, value


def move_optimizer_state(optimizer: torch.optim.Optimizer, device: torch.device | str) -> None:
    """Move every tensor of the optimizer state (Adam moments; DTensor shards included) to `device`."""
    for state in optimizer.state.values():
        for key, value in state.items():
            if isinstance(value, torch.Tensor) and value.device != torch.device(device):
                state[key] = value.to(device, non_blocking=True)
    if torch.device(device).type == "cpu" and torch.cuda.is_available():
        torch.cuda.synchronize()


def all_reduce_max(value: int, device: torch.device, group=None) -> int:
    """Max of an integer over the ranks (the value itself when not distributed)."""
    if not dist.is_initialized() or dist.get_world_size(group) == 1:
        return int(value)
    tensor = torch.tensor([int(value)], dtype=torch.long, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.MAX, group=group)
    return int(tensor.item())


def all_reduce_sum(values: list[float], device: torch.device, group=None) -> list[float]:
    """Element-wise sum of a list of floats over the ranks (float64, so counts stay exact)."""
    if not dist.is_initialized() or dist.get_world_size(group) == 1:
        return [float(v) for v in values]
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.SUM, group=group)
    return tensor.tolist()
