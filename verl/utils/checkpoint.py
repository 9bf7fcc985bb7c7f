"""Checkpoints: atomic step folders, FSDP2 rank shards that resume exactly, and the driver's state.

Layout (one folder per saved step)::

    <root>/latest_checkpointed_iteration.txt        the newest committed step (written last)
    <root>/global_step_N/trainer_state.pt           the driver's state (save_trainer_state)
    <root>/global_step_N/actor/model_world_size_W_rank_r.pt
    <root>/global_step_N/actor/optim_world_size_W_rank_r.pt
    <root>/global_step_N/actor/extra_state_world_size_W_rank_r.pt
    <root>/global_step_N/actor/config.json, generation_config.json, tokenizer files
    <root>/global_step_N/critic/...                  PPO only: the critic's shards in the same format, its
                                                     config.json naming the *ForTokenClassification value model

Atomicity: `CheckpointManager.begin(step)` hands out a hidden temp folder beside the final one
(`.global_step_N.tmp`); workers and the driver write into it; `commit(step)` renames it to
`global_step_N` (one atomic rename), then replaces the tracker file (write-temp + os.replace), then
prunes the oldest folders beyond `max_to_keep`. A save killed at any point leaves either the old
state or the new one: the temp folder is never read, and is removed by the next manager.

Shard format ("sdar.fsdp2_shards.v1"). torch.save of DTensors pickles their device mesh, which only
unpickles inside a matching process group, so each rank stores plain data instead:

    {"format": ..., "rank": r, "world_size": W, "tensors": {name: entry}}
    entry = {"local": the rank's local tensor (compact copy),
             "placements": [["shard", dim] | ["replicate"]] or None for a plain (unsharded) tensor,
             "mesh_shape": [...], "mesh_dim_names": [...] | None, "mesh_coordinate": [...],
             "global_shape": [...], "global_stride": [...]}

Optimizer state uses the same entries wherever the live state holds a DTensor. Everything in these
files is tensors, dicts, lists, tuples and scalars, so `torch.load(weights_only=True)` reads them and
the merger needs no process group. Loading back requires the same world size and mesh; to change
the world size, merge to a Hugging Face folder (scripts/model_merger.py) and start from that.
"""
from __future__ import annotations

import contextlib
import logging
import os
import pathlib
import random
import re
import shutil
import uuid
from typing import Any, Iterator

import numpy as np
import torch

logger = logging.getLogger(__name__)

SHARD_FORMAT = "sdar.fsdp2_shards.v1"
STEP_PREFIX = "global_step_"
TRACKER_FILE = "latest_checkpointed_iteration.txt"
TRAINER_STATE_FILE = "trainer_state.pt"
# Files a Hugging Face model folder needs besides the weights; rank 0 copies them into the actor
# folder so the merger needs nothing else.
HF_SIDE_FILES = (
    "config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
    "special_tokens_map.json", "added_tokens.json", "vocab.json", "merges.txt", "tokenizer.model",
    "chat_template.jinja", "chat_template.json", "preprocessor_config.json", "processor_config.json",
)
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "tokenizer.model", "vocab.json")
_SHARD_NAME_RE = re.compile(r"^(model|optim|extra_state)_world_size_(\d+)_rank_(\d+)\.pt$")


def check_shared_with_ranks(root: str | os.PathLike, worker_group) -> None:
    """Every rank writes its own shard under `root` and the driver then commits the step there, so on
    several nodes `root` must be one filesystem that all of them see (NFS, Lustre, ...). The driver
    writes a probe file; a rank that cannot read it back fails the start, naming its node, instead of
    leaving its shards on a disk that a resume will not find."""
    root = pathlib.Path(root)
    root.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex
    probe = root / f".shared_fs_probe_{token}"
    probe.write_text(token)
    try:
        blind = worker_group.ranks_not_reading(str(probe), token)
    finally:
        probe.unlink(missing_ok=True)
    if blind:
        raise RuntimeError(f"trainer.default_local_dir={root} is not the driver's folder for {', '.join(blind)}: "
                           "checkpoints need a folder that every node sees as the same filesystem; point "
                           "trainer.default_local_dir at shared storage (or set trainer.save_freq=-1 and "
                           "trainer.resume_mode=disable to train without checkpoints)")


def shard_file_name(kind: str, world_size: int, rank: int) -> str:
    """`model` / `optim` / `extra_state` file name of one rank, e.g. model_world_size_2_rank_0.pt."""
    return f"{kind}_world_size_{world_size}_rank_{rank}.pt"


def parse_shard_file_name(name: str) -> tuple[str, int, int] | None:
    """(kind, world_size, rank) for a shard file name, None for any other file."""
    match = _SHARD_NAME_RE.match(name)
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None


# ---------------------------------------------------------------------------------------- files
def _atomic_torch_save(obj: Any, path: pathlib.Path) -> None:
    """Write to a unique temp name in the same folder, then os.replace: readers never see half a file."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        torch.save(obj, tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _atomic_write_text(path: pathlib.Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: pathlib.Path) -> None:
    """Make a rename in `path` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _load(path: pathlib.Path) -> Any:
    if not path.is_file():
        raise FileNotFoundError(f"checkpoint file {path} does not exist")
    return torch.load(path, map_location="cpu", weights_only=True)


def _check_rank_files_complete(actor_dir: pathlib.Path) -> None:
    """Refuse to publish a checkpoint in which some rank did not write its files."""
    if not actor_dir.is_dir():
        return
    found: dict[tuple[str, int], set[int]] = {}
    for child in actor_dir.iterdir():
        parsed = parse_shard_file_name(child.name)
        if parsed:
            kind, world_size, rank = parsed
            found.setdefault((kind, world_size), set()).add(rank)
    for (kind, world_size), ranks in sorted(found.items()):
        missing = sorted(set(range(world_size)) - ranks)
        if missing:
            raise RuntimeError(f"{actor_dir}: {kind} files of ranks {missing} (world size {world_size}) are "
                               "missing; not publishing an incomplete checkpoint")


# ---------------------------------------------------------------------------------------- manager
class CheckpointManager:
    """Atomic step folders under `root`, the tracker file, and pruning to `max_to_keep`.

    Driver usage::

        manager = CheckpointManager(root, max_to_keep=3)
        tmp = manager.begin(step)                   # hidden temp folder; tmp / "actor" exists
        workers.save_checkpoint(str(tmp / "actor"), step)
        save_trainer_state(tmp, {...})
        manager.commit(step)                         # -> root / "global_step_{step}"

    or ``with manager.saving(step) as tmp: ...`` which commits on success and discards on error.
    """

    def __init__(self, root: str | os.PathLike, max_to_keep: int | None = None):
        if max_to_keep is not None and max_to_keep < 0:
            raise ValueError(f"max_to_keep must be None (keep all) or >= 0, got {max_to_keep}")
        self.root = pathlib.Path(root)
        self.max_to_keep = max_to_keep or None  # 0 and None both mean keep everything
        self.root.mkdir(parents=True, exist_ok=True)
        self.cleanup_stale()

    # paths
    def step_dir(self, step: int) -> pathlib.Path:
        return self.root / f"{STEP_PREFIX}{int(step)}"

    def temp_dir(self, step: int) -> pathlib.Path:
        return self.root / f".{STEP_PREFIX}{int(step)}.tmp"

    @property
    def tracker_path(self) -> pathlib.Path:
        return self.root / TRACKER_FILE

    # saving
    def begin(self, step: int) -> pathlib.Path:
        """A fresh, empty temp folder for `step` (with an `actor` subfolder) to write the checkpoint into."""
        if int(step) < 0:
            raise ValueError(f"checkpoint step must be >= 0, got {step}")
        tmp = self.temp_dir(step)
        if tmp.exists():  # left over from a save of the same step that was killed
            shutil.rmtree(tmp)
        (tmp / "actor").mkdir(parents=True)
        return tmp

    def commit(self, step: int) -> pathlib.Path:
        """Publish the temp folder of `step` as global_step_N, then update the tracker, then prune."""
        tmp, final = self.temp_dir(step), self.step_dir(step)
        if not tmp.is_dir():
            raise FileNotFoundError(f"commit({step}): no temp folder {tmp}; call begin({step}) first")
        _check_rank_files_complete(tmp / "actor")
        if final.exists():  # re-saving a step (e.g. after a resume): swap, never leave the step missing
            old = self.root / f".{STEP_PREFIX}{int(step)}.old"
            if old.exists():
                shutil.rmtree(old)
            os.rename(final, old)
            os.rename(tmp, final)
            shutil.rmtree(old)
        else:
            os.rename(tmp, final)
        _fsync_dir(self.root)
        _atomic_write_text(self.tracker_path, str(int(step)))
        _fsync_dir(self.root)
        self.prune(keep=int(step))
        return final

    def abort(self, step: int) -> None:
        """Discard an unfinished save of `step`."""
        shutil.rmtree(self.temp_dir(step), ignore_errors=True)

    @contextlib.contextmanager
    def saving(self, step: int) -> Iterator[pathlib.Path]:
        tmp = self.begin(step)
        try:
            yield tmp
        except BaseException:
            self.abort(step)
            raise
        self.commit(step)

    # reading
    def committed_steps(self) -> list[int]:
        """Steps with a committed global_step_N folder, ascending."""
        steps = []
        for child in self.root.iterdir():
            if child.is_dir() and child.name.startswith(STEP_PREFIX):
                suffix = child.name[len(STEP_PREFIX):]
                if suffix.isdigit():
                    steps.append(int(suffix))
        return sorted(steps)

    def latest_step(self) -> int | None:
        """The tracker's step when its folder exists; else the newest committed folder; else None."""
        try:
            step = int(self.tracker_path.read_text().strip())
        except (FileNotFoundError, ValueError):
            step = None
        if step is not None and self.step_dir(step).is_dir():
            return step
        steps = self.committed_steps()
        if step is not None:
            logger.warning("tracker %s names step %s but its folder is missing; using the newest folder",
                           self.tracker_path, step)
        return steps[-1] if steps else None

    def latest(self) -> pathlib.Path | None:
        step = self.latest_step()
        return None if step is None else self.step_dir(step)

    # housekeeping
    def prune(self, keep: int | None = None) -> list[int]:
        """Delete the oldest committed steps beyond max_to_keep (never `keep` nor the tracker's step)."""
        if not self.max_to_keep:
            return []
        protected = {keep, self.latest_step()}
        steps = self.committed_steps()
        removed = []
        for step in steps[: max(0, len(steps) - self.max_to_keep)]:
            if step in protected:
                continue
            shutil.rmtree(self.step_dir(step), ignore_errors=True)
            removed.append(step)
        return removed

    def cleanup_stale(self) -> list[pathlib.Path]:
        """Remove temp folders and files left by saves that were killed."""
        removed = []
        for child in self.root.iterdir():
            name = child.name
            stale_dir = child.is_dir() and name.startswith(f".{STEP_PREFIX}") and name.endswith((".tmp", ".old"))
            stale_tracker = child.is_file() and name == f".{TRACKER_FILE}.tmp"
            if stale_dir:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child)
            elif stale_tracker:
                child.unlink(missing_ok=True)
                removed.append(child)
        if removed:
            logger.info("removed %d leftover(s) of interrupted checkpoint saves: %s", len(removed),
                        [p.name for p in removed])
        return removed


# ---------------------------------------------------------------------------------------- RNG
def capture_rng_state() -> dict:
    """torch (CPU and CUDA), numpy and python RNG states as plain data (loadable with weights_only)."""
    kind, keys, pos, has_gauss, cached = np.random.get_state()
    state = {
        "torch": torch.get_rng_state(),
        "numpy": {"kind": kind, "keys": torch.from_numpy(np.asarray(keys, dtype=np.int64)), "pos": int(pos),
                  "has_gauss": int(has_gauss), "cached_gaussian": float(cached)},
        "python": random.getstate(),
    }
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        state["cuda"] = torch.cuda.get_rng_state_all()
    return state


def restore_rng_state(state: dict) -> None:
    torch.set_rng_state(state["torch"])
    np_state = state["numpy"]
    np.random.set_state((np_state["kind"], np_state["keys"].numpy().astype(np.uint32), np_state["pos"],
                         np_state["has_gauss"], np_state["cached_gaussian"]))
    version, internal, gauss = state["python"]
    random.setstate((version, tuple(internal), gauss))
    if "cuda" in state and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["cuda"])


# ---------------------------------------------------------------------------------------- DTensor <-> plain
def _is_dtensor(value: Any) -> bool:
    from torch.distributed.tensor import DTensor

    return isinstance(value, DTensor)


def _placement_spec(placement) -> list:
    from torch.distributed.tensor import Replicate, Shard

    if type(placement) is Shard:  # exact type: _StridedShard (FSDP2 + TP) needs an interleaving we do not store
        return ["shard", int(placement.dim)]
    if isinstance(placement, Replicate):
        return ["replicate"]
    raise NotImplementedError(f"cannot checkpoint a DTensor with placement {placement!r}: only Shard(dim) and "
                              "Replicate are supported (FSDP2 without tensor parallelism)")


def _compact_cpu_copy(tensor: torch.Tensor) -> torch.Tensor:
    """A CPU copy that owns just its elements: torch.save of a view writes the whole underlying storage
    (for an FSDP2 shard, the padded flat buffer)."""
    tensor = tensor.detach()
    return tensor.cpu() if tensor.device.type != "cpu" else tensor.clone()


def encode_tensor(value: torch.Tensor) -> dict:
    """One state-dict entry as plain data: the local piece plus how it sits in the global tensor."""
    if _is_dtensor(value):
        mesh = value.device_mesh
        return {
            "local": _compact_cpu_copy(value.to_local()),
            "placements": [_placement_spec(p) for p in value.placements],
            "mesh_shape": list(mesh.shape),
            "mesh_dim_names": list(mesh.mesh_dim_names) if mesh.mesh_dim_names else None,
            "mesh_coordinate": list(mesh.get_coordinate()),
            "global_shape": list(value.shape),
            "global_stride": list(value.stride()),
        }
    return {"local": _compact_cpu_copy(value), "placements": None, "global_shape": list(value.shape)}


def _is_encoded(value: Any) -> bool:
    return isinstance(value, dict) and "local" in value and "placements" in value and "global_shape" in value


def _decode_like(entry: dict, reference: Any, name: str) -> torch.Tensor:
    """Rebuild a tensor shaped like the live `reference` (a DTensor or a plain tensor) from a saved entry."""
    local = entry["local"]
    if _is_dtensor(reference):
        from torch.distributed.tensor import DTensor

        expected = [_placement_spec(p) for p in reference.placements]
        if entry["placements"] != expected or list(entry["global_shape"]) != list(reference.shape):
            raise ValueError(f"{name}: checkpoint holds placements {entry['placements']} shape "
                             f"{entry['global_shape']}, the live model {expected} shape {list(reference.shape)}; "
                             "resume needs the same sharding (merge to HF to change it)")
        local_ref = reference.to_local()
        if tuple(local.shape) != tuple(local_ref.shape):
            raise ValueError(f"{name}: local shard shape {tuple(local.shape)} != live {tuple(local_ref.shape)}")
        return DTensor.from_local(local.to(device=local_ref.device, dtype=local_ref.dtype), reference.device_mesh,
                                  reference.placements, run_check=False, shape=reference.shape,
                                  stride=reference.stride())
    if entry["placements"] is not None:
        raise ValueError(f"{name}: checkpoint holds a sharded tensor but the live value is a plain tensor")
    if isinstance(reference, torch.Tensor):
        return local.to(device=reference.device, dtype=reference.dtype)
    return local


def _encode_tree(obj: Any) -> Any:
    if isinstance(obj, torch.Tensor):
        return encode_tensor(obj)
    if isinstance(obj, dict):
        return {key: _encode_tree(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return type(obj)(_encode_tree(value) for value in obj)
    return obj


def _decode_tree(obj: Any, reference: Any, path: str) -> Any:
    if _is_encoded(obj):
        return _decode_like(obj, reference, path)
    if isinstance(obj, dict):
        ref = reference if isinstance(reference, dict) else {}
        return {key: _decode_tree(value, ref.get(key), f"{path}.{key}") for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        ref = reference if isinstance(reference, (list, tuple)) and len(reference) == len(obj) else [None] * len(obj)
        return type(obj)(_decode_tree(v, r, f"{path}[{i}]") for i, (v, r) in enumerate(zip(obj, ref)))
    return obj


def assemble_full_tensor(entries: list[dict], name: str = "tensor") -> torch.Tensor:
    """Rebuild a full tensor from the entries of all ranks (any order, any world size).

    Shard(dim) pieces follow torch.chunk along `dim` in mesh-coordinate order (what FSDP2 and DTensor
    do, uneven last pieces included); Replicate dims take coordinate 0. Several mesh dims may shard
    the same tensor dim (outer mesh dim splits first).
    """
    if not entries:
        raise ValueError(f"{name}: no shard entries to assemble")
    first = entries[0]
    if first["placements"] is None:
        return first["local"]
    placements, mesh_shape = first["placements"], list(first["mesh_shape"])
    by_coordinate = {tuple(e["mesh_coordinate"]): e["local"] for e in entries}

    def build(mesh_dim: int, coordinate: tuple) -> torch.Tensor:
        if mesh_dim == len(mesh_shape):
            if coordinate not in by_coordinate:
                raise ValueError(f"{name}: no shard for mesh coordinate {list(coordinate)} (have "
                                 f"{sorted(by_coordinate)}); are some rank files missing?")
            return by_coordinate[coordinate]
        kind = placements[mesh_dim][0]
        if kind == "replicate":
            return build(mesh_dim + 1, coordinate + (0,))
        if kind == "shard":
            dim = placements[mesh_dim][1]
            pieces = [build(mesh_dim + 1, coordinate + (c,)) for c in range(mesh_shape[mesh_dim])]
            return torch.cat(pieces, dim=dim)
        raise NotImplementedError(f"{name}: placement {placements[mesh_dim]} is not supported")

    full = build(0, ())
    if list(full.shape) != list(first["global_shape"]):
        raise ValueError(f"{name}: assembled shape {list(full.shape)} != saved global shape {first['global_shape']}")
    return full


# ---------------------------------------------------------------------------------------- FSDP shards
def _copy_hf_side_files(actor_dir: pathlib.Path, model: torch.nn.Module, hf_source_dir, tokenizer) -> None:
    """config, generation config and tokenizer next to the shards (rank 0 only)."""
    copied = set()
    if hf_source_dir is not None:
        source = pathlib.Path(hf_source_dir)
        if not source.is_dir():
            raise FileNotFoundError(f"hf_source_dir {source} is not a folder (expected the HF model path)")
        for name in HF_SIDE_FILES:
            if (source / name).is_file():
                shutil.copy2(source / name, actor_dir / name)
                copied.add(name)
    config = getattr(model, "config", None)
    if "config.json" not in copied and config is not None:
        config.save_pretrained(actor_dir)
    generation_config = getattr(model, "generation_config", None)
    if "generation_config.json" not in copied and generation_config is not None:
        generation_config.save_pretrained(actor_dir)
    if tokenizer is not None and not copied.intersection(_TOKENIZER_FILES):
        tokenizer.save_pretrained(actor_dir)


def _trainable_names(model: torch.nn.Module) -> set[str]:
    return {name for name, param in model.named_parameters() if param.requires_grad}


def save_fsdp_shards(actor_dir: str | os.PathLike, model: torch.nn.Module, optimizer, lr_scheduler, rank: int,
                     world_size: int, hf_source_dir: str | os.PathLike | None = None, tokenizer=None,
                     extra_state: dict | None = None, trainable_only: bool = False) -> None:
    """Write this rank's model / optimizer / extra-state files (see the module docstring for the format).

    Every rank must call it (the optimizer state dict is gathered collectively). `optimizer` and
    `lr_scheduler` may be None (e.g. a reference model). `extra_state` (tensors, dicts, numbers) is
    stored beside the scheduler and RNG states and returned by load_fsdp_shards. `trainable_only` stores just
    the parameters with requires_grad (LoRA adapters; loading then restores those and keeps the rest as
    loaded from the model folder). Rank 0 also copies config.json,
    generation_config.json and the tokenizer files from `hf_source_dir` (the model path); where the
    source lacks them it saves the live model's config / generation config and `tokenizer`.
    """
    from torch.distributed.checkpoint.state_dict import get_model_state_dict, get_optimizer_state_dict

    actor_dir = pathlib.Path(actor_dir)
    actor_dir.mkdir(parents=True, exist_ok=True)
    header = {"format": SHARD_FORMAT, "rank": int(rank), "world_size": int(world_size)}

    model_state = get_model_state_dict(model)
    if trainable_only:  # LoRA: the frozen base is the model folder itself; store the adapters only
        model_state = {k: v for k, v in model_state.items() if k in _trainable_names(model)}
    _atomic_torch_save({**header, "trainable_only": bool(trainable_only),
                        "tensors": {k: encode_tensor(v) for k, v in model_state.items()}},
                       actor_dir / shard_file_name("model", world_size, rank))
    if optimizer is not None:
        optim_state = get_optimizer_state_dict(model, optimizer)
        _atomic_torch_save({**header, "optimizer": _encode_tree(optim_state)},
                           actor_dir / shard_file_name("optim", world_size, rank))
    extra = {**header, "lr_scheduler": lr_scheduler.state_dict() if lr_scheduler is not None else None,
             "rng": capture_rng_state(), "user": dict(extra_state or {})}
    _atomic_torch_save(extra, actor_dir / shard_file_name("extra_state", world_size, rank))
    if rank == 0:
        _copy_hf_side_files(actor_dir, model, hf_source_dir, tokenizer)


def _check_header(payload: dict, path: pathlib.Path, rank: int, world_size: int) -> None:
    if not isinstance(payload, dict) or payload.get("format") != SHARD_FORMAT:
        raise ValueError(f"{path} is not an SDAR FSDP2 shard file (format {SHARD_FORMAT!r} expected)")
    if payload["rank"] != rank or payload["world_size"] != world_size:
        raise ValueError(f"{path} holds rank {payload['rank']} of world size {payload['world_size']}, "
                         f"expected rank {rank} of {world_size}")


def saved_world_sizes(actor_dir: str | os.PathLike) -> list[int]:
    """World sizes for which `actor_dir` holds rank-0 model files."""
    sizes = set()
    for child in pathlib.Path(actor_dir).iterdir():
        parsed = parse_shard_file_name(child.name)
        if parsed and parsed[0] == "model" and parsed[2] == 0:
            sizes.add(parsed[1])
    return sorted(sizes)


def load_fsdp_shards(actor_dir: str | os.PathLike, model: torch.nn.Module, optimizer, lr_scheduler, rank: int,
                     world_size: int, load_optimizer: bool = True, load_extra: bool = True) -> dict:
    """Restore this rank's model, optimizer, lr scheduler and RNG states (torch, numpy, python).

    The model must already be wrapped with fully_shard on the same mesh as when saving. Returns the
    extra-state payload (lr scheduler state and RNG states) for callers that want to inspect it.
    """
    from torch.distributed.checkpoint.state_dict import (StateDictOptions, get_model_state_dict,
                                                         get_optimizer_state_dict, set_model_state_dict,
                                                         set_optimizer_state_dict)

    actor_dir = pathlib.Path(actor_dir)
    model_path = actor_dir / shard_file_name("model", world_size, rank)
    if not model_path.is_file():
        sizes = saved_world_sizes(actor_dir) if actor_dir.is_dir() else []
        raise FileNotFoundError(f"{model_path} does not exist (checkpoint world sizes found: {sizes or 'none'}); "
                                f"resume needs the world size it was saved with, or merge it with "
                                f"scripts/model_merger.py and start from the merged model")
    payload = _load(model_path)
    _check_header(payload, model_path, rank, world_size)
    live = get_model_state_dict(model)
    partial = bool(payload.get("trainable_only", False))
    if partial:  # adapters only: the frozen weights stay as loaded from the model folder
        live = {k: v for k, v in live.items() if k in _trainable_names(model)}
    saved = payload["tensors"]
    missing, unexpected = sorted(set(live) - set(saved)), sorted(set(saved) - set(live))
    if missing or unexpected:
        raise KeyError(f"{model_path}: keys differ from the live model; missing {missing[:5]}, "
                       f"unexpected {unexpected[:5]}")
    restored = {name: _decode_like(saved[name], ref, name) for name, ref in live.items()}
    set_model_state_dict(model, restored, options=StateDictOptions(strict=not partial))

    if optimizer is not None and load_optimizer:
        optim_path = actor_dir / shard_file_name("optim", world_size, rank)
        optim_payload = _load(optim_path)
        _check_header(optim_payload, optim_path, rank, world_size)
        live_optim = get_optimizer_state_dict(model, optimizer)
        # Optimizer states are keyed by parameter name; a live state that is still empty (no step
        # taken yet) falls back to the parameter itself for the sharding of exp_avg / exp_avg_sq.
        params = dict(model.named_parameters())
        reference = {"state": {}, "param_groups": live_optim.get("param_groups")}
        for fqn, state in optim_payload["optimizer"].get("state", {}).items():
            live_state = live_optim.get("state", {}).get(fqn, {})
            reference["state"][fqn] = {
                key: live_state[key] if key in live_state
                else (params.get(fqn) if _is_encoded(value) and value["placements"] is not None else None)
                for key, value in state.items()}
        set_optimizer_state_dict(model, optimizer, _decode_tree(optim_payload["optimizer"], reference, "optim"))

    extra_path = actor_dir / shard_file_name("extra_state", world_size, rank)
    extra = _load(extra_path)
    _check_header(extra, extra_path, rank, world_size)
    if load_extra:
        if lr_scheduler is not None and extra.get("lr_scheduler") is not None:
            lr_scheduler.load_state_dict(extra["lr_scheduler"])
        restore_rng_state(extra["rng"])
    return extra


# ---------------------------------------------------------------------------------------- driver state
def save_trainer_state(ckpt_dir: str | os.PathLike, state: dict) -> pathlib.Path:
    """The driver's state (global step, dataloader / sampler state, RNG, ...) as trainer_state.pt.

    Keep it to tensors, dicts, lists, tuples, strings and numbers (it is read back with
    weights_only=True); capture_rng_state() gives the RNG states in that form.
    """
    path = pathlib.Path(ckpt_dir) / TRAINER_STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_torch_save(state, path)
    return path


def load_trainer_state(ckpt_dir: str | os.PathLike) -> dict:
    path = pathlib.Path(ckpt_dir) / TRAINER_STATE_FILE
    try:
        return _load(path)
    except FileNotFoundError:
        raise FileNotFoundError(f"{path} does not exist: {ckpt_dir} is not a complete checkpoint folder") from None
    except Exception as err:  # weights_only refuses arbitrary objects
        raise ValueError(f"cannot read {path}: {err}. The trainer state must hold only tensors, dicts, lists, "
                         "tuples, strings and numbers") from err
