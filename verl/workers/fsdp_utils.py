"""FSDP2 plumbing for the workers: device mesh, sharding an HF causal LM, filling a meta-built sharded
model from rank 0's full weights, full-weight gathering, optimizer-state offload.

FSDP2 only (`torch.distributed.fsdp.fully_shard`): FSDP1 segfaults when it gathers a full state dict
on CPU (spec/STACK.md §3.2).
"""
from __future__ import annotations

import hashlib
import logging
from typing import Any, Iterable, Iterator

import torch
import torch.distributed as dist
from torch.distributed.device_mesh import DeviceMesh, init_device_mesh
from torch.distributed.tensor import DTensor

from verl.utils.config import select as _select
from verl.utils.device import to_dtype
from verl.utils.torch_functional import lr_lambda_with_warmup

logger = logging.getLogger(__name__)

__all__ = ["build_device_mesh", "apply_fsdp2", "iter_full_state", "move_optimizer_state", "decoder_layers",
           "non_persistent_buffers", "load_from_rank0", "weights_digest"]


def build_device_mesh(device: str, world_size: int, fsdp_size: int = -1) -> DeviceMesh:
    """1-D mesh ("fsdp",) over all ranks, or a 2-D ("ddp", "fsdp") HSDP mesh when 0 < fsdp_size < world."""
    if fsdp_size is None or fsdp_size <= 0 or fsdp_size >= world_size:
        return init_device_mesh(device, (world_size,), mesh_dim_names=("fsdp",))
    if world_size % fsdp_size:
        raise ValueError(f"actor_rollout_ref.actor.fsdp_config.fsdp_size={fsdp_size} must divide the world size {world_size}")
    return init_device_mesh(device, (world_size // fsdp_size, fsdp_size), mesh_dim_names=("ddp", "fsdp"))


def decoder_layers(model: torch.nn.Module) -> list[torch.nn.Module]:
    """The repeated transformer blocks of an HF causal LM (model.model.layers for Qwen/Llama-style models)."""
    if hasattr(model, "get_base_model"):  # a peft (LoRA) wrapper: the blocks of the model inside it
        model = model.get_base_model()
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


def non_persistent_buffers(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Buffers that state_dict() leaves out (rotary inv_freq, ...): a checkpoint cannot restore them."""
    persistent = set(model.state_dict().keys())
    return {name: buf for name, buf in model.named_buffers() if name not in persistent}


def _tied_parameter_names(model: torch.nn.Module) -> list[list[str]]:
    """Groups of names that share one Parameter object (tied input / output embeddings)."""
    by_id: dict[int, list[str]] = {}
    for name, param in model.named_parameters(remove_duplicate=False):
        by_id.setdefault(id(param), []).append(name)
    return [names for names in by_id.values() if len(names) > 1]


def _retie(model: torch.nn.Module, tied: list[list[str]]) -> None:
    """Point every name of a tied group at the first name's Parameter again if something untied them."""
    for names in tied:
        owner = model.get_parameter(names[0])
        for name in names[1:]:
            if model.get_parameter(name) is not owner:
                module_name, _, leaf = name.rpartition(".")
                setattr(model.get_submodule(module_name) if module_name else model, leaf, owner)


@torch.no_grad()
def load_from_rank0(model: torch.nn.Module, full_state: dict[str, torch.Tensor],
                    rank0_buffers: dict[str, torch.Tensor], *, device: torch.device,
                    param_device: torch.device | str) -> None:
    """Give a model built on the meta device and sharded with FSDP2 the weights that only rank 0 holds.

    Every rank calls this (collectives). `full_state` is the full HF state dict on rank 0 and {} elsewhere;
    `rank0_buffers` its non-persistent buffers (rank 0; {} elsewhere). Steps: allocate the local shards
    on `param_device` (the CPU under FSDP CPU offload, else the compute device), broadcast the weights
    tensor by tensor from rank 0 (each rank keeps only its shard: the peak beyond the shard is one full
    tensor), then broadcast the buffers a checkpoint does not hold. All buffers end on `device`, where
    FSDP2 keeps them. `full_state` is consumed: pass a copy to reuse it.
    """
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_model_state_dict

    tied = _tied_parameter_names(model)
    model.to_empty(device=param_device)
    _retie(model, tied)  # to_empty keeps ties today (swap_tensors on the shared object); don't rely on it
    set_model_state_dict(model, full_state,
                         options=StateDictOptions(full_state_dict=True, broadcast_from_rank0=True, strict=True))
    rank = dist.get_rank()
    persistent = set(model.state_dict().keys())
    for module_name, module in model.named_modules():
        for leaf, buf in list(module._buffers.items()):
            if buf is None:
                continue
            name = f"{module_name}.{leaf}" if module_name else leaf
            if name in persistent:
                module._buffers[leaf] = buf.to(device)
                continue
            if rank == 0:
                if name not in rank0_buffers:
                    raise KeyError(f"rank 0 has no value for the non-persistent buffer {name!r}")
                value = rank0_buffers[name].to(device=device, dtype=buf.dtype).contiguous()
            else:
                value = torch.empty(buf.shape, dtype=buf.dtype, device=device)
            dist.broadcast(value, src=0)
            module._buffers[leaf] = value


def weights_digest(items: Iterable[tuple[str, torch.Tensor]]) -> str:
    """SHA-256 over (name, float32 bytes) in name order: equal digests = bit-identical weights."""
    digest = hashlib.sha256()
    for name, tensor in sorted(items, key=lambda item: item[0]):
        digest.update(name.encode())
        digest.update(tensor.detach().float().cpu().contiguous().numpy().tobytes())
    return digest.hexdigest()


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


def optimizer_offload_wanted(fsdp_config: Any, device_type: str) -> bool:
    """fsdp_config.optimizer_offload on a GPU, unless param_offload is on: FSDP2's CPU-offload policy then
    already keeps the optimizer state on the CPU (and on a CPU there is nothing to offload to)."""
    return (device_type == "cuda" and bool(_select(fsdp_config, "optimizer_offload", False))
            and not bool(_select(fsdp_config, "param_offload", False)))


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


def build_optimizer(params, optim: Any, key: str, default_lr: float) -> tuple[torch.optim.Optimizer, Any]:
    """AdamW + the warm-up / cosine LR schedule from an ``optim`` config section (``key`` names it in errors)."""
    betas = tuple(float(b) for b in _select(optim, "betas", [0.9, 0.999]))
    optimizer = torch.optim.AdamW(params, lr=float(_select(optim, "lr", default_lr)), betas=betas,
                                  weight_decay=float(_select(optim, "weight_decay", 0.01)),
                                  eps=float(_select(optim, "eps", 1e-8)))
    total = int(_select(optim, "total_training_steps", -1))
    warmup = int(_select(optim, "lr_warmup_steps", -1))
    if warmup < 0:
        ratio = float(_select(optim, "lr_warmup_steps_ratio", 0.0))
        if ratio > 0 and total <= 0:
            raise ValueError(f"{key}.lr_warmup_steps_ratio > 0 needs {key}.total_training_steps or lr_warmup_steps")
        warmup = int(ratio * total) if total > 0 else 0
    schedule = lr_lambda_with_warmup(warmup, str(_select(optim, "warmup_style", "constant")), total,
                                     float(_select(optim, "min_lr_ratio", 0.0)), key=key)
    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
