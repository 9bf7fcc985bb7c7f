"""DataProto: the one batch object that flows through a training step.

A DataProto holds, for N samples,
- ``batch``: a ``tensordict.TensorDict`` whose first dimension is N (token ids, masks, log-probs, ...),
- ``non_tensor_batch``: a dict of numpy object arrays of length N (uids, raw prompts, task metadata),
- ``meta_info``: a plain dict shared by the whole batch (temperature, global step, metrics, ...).

Every stage of the step loop adds keys; ``union`` refuses to silently overwrite a key that holds
different values, so one stage cannot rewrite another stage's output by accident.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

import numpy as np
import torch
from tensordict import TensorDict

__all__ = ["DataProto", "DataProtoError", "pad_dataproto_to_divisor", "unpad_dataproto"]


class DataProtoError(ValueError):
    """Raised for inconsistent batch shapes or conflicting keys."""


def _as_object_array(values: Any, key: str) -> np.ndarray:
    if isinstance(values, np.ndarray):
        if values.dtype != object:
            out = np.empty(len(values), dtype=object)
            out[:] = list(values)
            return out
        return values
    if isinstance(values, (list, tuple)):
        out = np.empty(len(values), dtype=object)
        out[:] = list(values)  # element-wise, so list-valued entries stay lists
        return out
    raise DataProtoError(f"non-tensor field {key!r} must be a list or numpy array, got {type(values).__name__}")


def _batch_size(tensors: dict[str, torch.Tensor]) -> int | None:
    sizes = {k: v.shape[0] for k, v in tensors.items()}
    if len(set(sizes.values())) > 1:
        raise DataProtoError(f"tensors disagree on the batch dimension: {sizes}")
    return next(iter(sizes.values()), None)


@dataclass
class DataProto:
    batch: TensorDict | None = None
    non_tensor_batch: dict[str, np.ndarray] = field(default_factory=dict)
    meta_info: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.non_tensor_batch = {k: _as_object_array(v, k) for k, v in self.non_tensor_batch.items()}
        self.check_consistency()

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_dict(
        cls,
        tensors: dict[str, torch.Tensor] | None = None,
        non_tensors: dict[str, Any] | None = None,
        meta_info: dict[str, Any] | None = None,
    ) -> "DataProto":
        tensors = dict(tensors or {})
        for key, value in tensors.items():
            if not isinstance(value, torch.Tensor):
                raise DataProtoError(f"tensor field {key!r} must be a torch.Tensor, got {type(value).__name__}")
            if value.dim() == 0:
                raise DataProtoError(f"tensor field {key!r} is 0-dim; per-sample tensors need a batch dimension")
        size = _batch_size(tensors)
        batch = TensorDict(tensors, batch_size=[size]) if tensors else None
        return cls(batch=batch, non_tensor_batch=dict(non_tensors or {}), meta_info=dict(meta_info or {}))

    @classmethod
    def from_single_dict(cls, data: dict[str, Any], meta_info: dict[str, Any] | None = None) -> "DataProto":
        tensors = {k: v for k, v in data.items() if isinstance(v, torch.Tensor)}
        non_tensors = {k: v for k, v in data.items() if not isinstance(v, torch.Tensor)}
        return cls.from_dict(tensors, non_tensors, meta_info)

    def check_consistency(self) -> None:
        lengths = {k: len(v) for k, v in self.non_tensor_batch.items()}
        for key, arr in self.non_tensor_batch.items():
            if arr.ndim != 1:
                raise DataProtoError(f"non-tensor field {key!r} must be 1-D, got shape {arr.shape}")
        if self.batch is not None:
            if len(self.batch.batch_size) != 1:
                raise DataProtoError(f"batch must have exactly one batch dimension, got {self.batch.batch_size}")
            lengths["<tensors>"] = self.batch.batch_size[0]
        if len(set(lengths.values())) > 1:
            raise DataProtoError(f"fields disagree on the number of samples: {lengths}")

    # ------------------------------------------------------------------ basics
    def __len__(self) -> int:
        if self.batch is not None:
            return int(self.batch.batch_size[0])
        if self.non_tensor_batch:
            return len(next(iter(self.non_tensor_batch.values())))
        return 0

    def __getitem__(self, item):
        if isinstance(item, str):
            if self.batch is not None and item in self.batch.keys():
                return self.batch[item]
            if item in self.non_tensor_batch:
                return self.non_tensor_batch[item]
            raise KeyError(f"{item!r} is neither a tensor nor a non-tensor field (have {self.keys()})")
        if isinstance(item, (int, np.integer)):
            index = int(item)
            if index < 0:
                index += len(self)
            if not 0 <= index < len(self):
                raise IndexError(f"index {item} out of range for DataProto of length {len(self)}")
            item = slice(index, index + 1)
        if isinstance(item, slice):
            return self.slice(item)
        return self.select_idxs(item)

    def keys(self) -> list[str]:
        tensor_keys = list(self.batch.keys()) if self.batch is not None else []
        return tensor_keys + list(self.non_tensor_batch.keys())

    def __contains__(self, key: str) -> bool:
        return key in self.keys()

    def slice(self, item: slice) -> "DataProto":
        batch = self.batch[item] if self.batch is not None else None
        non_tensors = {k: v[item] for k, v in self.non_tensor_batch.items()}
        return DataProto(batch=batch, non_tensor_batch=non_tensors, meta_info=dict(self.meta_info))

    def select_idxs(self, idxs: Sequence[int] | np.ndarray | torch.Tensor) -> "DataProto":
        """Samples at the given integer indices (or boolean mask), in that order."""
        if isinstance(idxs, torch.Tensor):
            idxs = idxs.cpu().numpy()
        idxs = np.asarray(idxs)
        if idxs.dtype == bool:
            if len(idxs) != len(self):
                raise DataProtoError(f"boolean mask of length {len(idxs)} for DataProto of length {len(self)}")
            idxs = np.nonzero(idxs)[0]
        idxs = idxs.astype(np.int64)
        batch = self.batch[torch.as_tensor(idxs)] if self.batch is not None else None
        non_tensors = {k: v[idxs] for k, v in self.non_tensor_batch.items()}
        return DataProto(batch=batch, non_tensor_batch=non_tensors, meta_info=dict(self.meta_info))

    def reorder(self, indices: Sequence[int] | torch.Tensor) -> None:
        """Reorder samples in place (used by balance_batch)."""
        reordered = self.select_idxs(indices)
        if len(reordered) != len(self):
            raise DataProtoError("reorder indices must be a permutation of the samples")
        self.batch, self.non_tensor_batch = reordered.batch, reordered.non_tensor_batch

    # ------------------------------------------------------------------ keys
    def select(self, batch_keys: Iterable[str] | None = None, non_tensor_batch_keys: Iterable[str] | None = None,
               meta_info_keys: Iterable[str] | None = None, deepcopy: bool = False) -> "DataProto":
        batch = self.batch
        if batch_keys is not None and self.batch is not None:
            batch_keys = list(batch_keys)
            missing = [k for k in batch_keys if k not in self.batch.keys()]
            if missing:
                raise KeyError(f"tensor keys {missing} not in batch (have {list(self.batch.keys())})")
            batch = self.batch.select(*batch_keys)
        non_tensors = self.non_tensor_batch
        if non_tensor_batch_keys is not None:
            missing = [k for k in non_tensor_batch_keys if k not in self.non_tensor_batch]
            if missing:
                raise KeyError(f"non-tensor keys {missing} not present (have {list(self.non_tensor_batch)})")
            non_tensors = {k: self.non_tensor_batch[k] for k in non_tensor_batch_keys}
        meta = self.meta_info
        if meta_info_keys is not None:
            meta = {k: self.meta_info[k] for k in meta_info_keys}
        out = DataProto(batch=batch, non_tensor_batch=dict(non_tensors), meta_info=dict(meta))
        return copy.deepcopy(out) if deepcopy else out

    def pop(self, batch_keys: Iterable[str] = (), non_tensor_batch_keys: Iterable[str] = (),
            meta_info_keys: Iterable[str] = ()) -> "DataProto":
        """Remove the given keys from self and return them as a new DataProto."""
        tensors = {}
        for key in batch_keys:
            if self.batch is None or key not in self.batch.keys():
                raise KeyError(f"cannot pop tensor key {key!r}: not in batch")
            tensors[key] = self.batch.pop(key)
        non_tensors = {}
        for key in non_tensor_batch_keys:
            if key not in self.non_tensor_batch:
                raise KeyError(f"cannot pop non-tensor key {key!r}: not present")
            non_tensors[key] = self.non_tensor_batch.pop(key)
        meta = {key: self.meta_info.pop(key) for key in meta_info_keys}
        return DataProto.from_dict(tensors, non_tensors, meta)

    def union(self, other: "DataProto") -> "DataProto":
        """Merge another same-length DataProto into self; equal keys must hold equal values."""
        if len(self) != len(other) and len(self) and len(other):
            raise DataProtoError(f"cannot union DataProtos of lengths {len(self)} and {len(other)}")
        if other.batch is not None:
            if self.batch is None:
                self.batch = other.batch.clone(False)
            else:
                for key in other.batch.keys():
                    value = other.batch[key]
                    if key in self.batch.keys() and not torch.equal(self.batch[key], value):
                        raise DataProtoError(f"union: tensor key {key!r} exists with different values")
                    self.batch[key] = value
        for key, value in other.non_tensor_batch.items():
            if key in self.non_tensor_batch and not _object_arrays_equal(self.non_tensor_batch[key], value):
                raise DataProtoError(f"union: non-tensor key {key!r} exists with different values")
            self.non_tensor_batch[key] = value
        for key, value in other.meta_info.items():
            if key in self.meta_info and not _meta_equal(self.meta_info[key], value):
                raise DataProtoError(f"union: meta_info key {key!r} exists with a different value")
            self.meta_info[key] = value
        self.check_consistency()
        return self

    # ------------------------------------------------------------------ splitting and joining
    def chunk(self, chunks: int) -> list["DataProto"]:
        """Split into `chunks` parts; sizes differ by at most one when the length does not divide."""
        if chunks <= 0:
            raise DataProtoError(f"chunk count must be positive, got {chunks}")
        base, extra = divmod(len(self), chunks)
        return self.split([base + (1 if i < extra else 0) for i in range(chunks)])

    def split(self, sizes: int | Sequence[int]) -> list["DataProto"]:
        """Split by a part size (last part may be shorter) or by an explicit list of sizes."""
        if isinstance(sizes, int):
            if sizes <= 0:
                raise DataProtoError(f"split size must be positive, got {sizes}")
            sizes = [min(sizes, len(self) - start) for start in range(0, len(self), sizes)]
        if sum(sizes) != len(self) or any(s < 0 for s in sizes):
            raise DataProtoError(f"split sizes {list(sizes)} do not add up to the length {len(self)}")
        parts, start = [], 0
        for size in sizes:
            parts.append(self.slice(slice(start, start + size)))
            start += size
        return parts

    @staticmethod
    def concat(parts: Sequence["DataProto"]) -> "DataProto":
        if not parts:
            raise DataProtoError("cannot concat an empty list of DataProtos")
        key_sets = {tuple(sorted(p.keys())) for p in parts if len(p)}
        if len(key_sets) > 1:
            raise DataProtoError(f"cannot concat DataProtos with different keys: {sorted(key_sets)}")
        with_tensors = [p.batch for p in parts if p.batch is not None]
        batch = torch.cat(with_tensors, dim=0) if with_tensors else None
        non_tensor_keys = parts[0].non_tensor_batch.keys()
        non_tensors = {k: np.concatenate([p.non_tensor_batch[k] for p in parts]) for k in non_tensor_keys}
        meta = {}
        for part in parts:
            for key, value in part.meta_info.items():
                meta.setdefault(key, value)
        return DataProto(batch=batch, non_tensor_batch=non_tensors, meta_info=meta)

    def repeat(self, repeat_times: int, interleave: bool = True) -> "DataProto":
        """Repeat every sample; interleave=True gives a a b b, False gives a b a b."""
        if repeat_times < 1:
            raise DataProtoError(f"repeat_times must be >= 1, got {repeat_times}")
        n = len(self)
        if interleave:
            index = np.repeat(np.arange(n), repeat_times)
        else:
            index = np.tile(np.arange(n), repeat_times)
        return self.select_idxs(index)

    # ------------------------------------------------------------------ misc
    def to(self, device: str | torch.device) -> "DataProto":
        if self.batch is not None:
            self.batch = self.batch.to(device)
        return self

    def copy(self) -> "DataProto":
        return copy.deepcopy(self)

    def __getstate__(self):
        tensors = {k: v for k, v in self.batch.items()} if self.batch is not None else None
        return tensors, self.non_tensor_batch, self.meta_info

    def __setstate__(self, state):
        tensors, non_tensors, meta = state
        batch = TensorDict(tensors, batch_size=[len(next(iter(tensors.values())))]) if tensors else None
        self.batch, self.non_tensor_batch, self.meta_info = batch, non_tensors, meta

    def __repr__(self) -> str:
        tensors = {k: tuple(v.shape) for k, v in self.batch.items()} if self.batch is not None else {}
        return (f"DataProto(len={len(self)}, tensors={tensors}, non_tensors={list(self.non_tensor_batch)}, "
                f"meta={list(self.meta_info)})")


def _object_arrays_equal(a: np.ndarray, b: np.ndarray) -> bool:
    if len(a) != len(b):
        return False
    try:
        return all(_meta_equal(x, y) for x, y in zip(a, b))
    except Exception:  # values that cannot be compared are treated as different
        return False


def _meta_equal(a: Any, b: Any) -> bool:
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        return isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor) and torch.equal(a, b)
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(np.asarray(a, dtype=object), np.asarray(b, dtype=object)))
    result = a == b
    return bool(result) if not isinstance(result, np.ndarray) else bool(result.all())


def pad_dataproto_to_divisor(data: DataProto, divisor: int) -> tuple[DataProto, int]:
    """Pad by repeating leading samples so len is a multiple of divisor. Returns (padded, pad_size)."""
    if divisor <= 0:
        raise DataProtoError(f"divisor must be positive, got {divisor}")
    n = len(data)
    pad = (-n) % divisor
    if pad == 0:
        return data, 0
    if n == 0:
        raise DataProtoError("cannot pad an empty DataProto")
    index = np.concatenate([np.arange(n), np.arange(pad) % n])
    return data.select_idxs(index), pad


def unpad_dataproto(data: DataProto, pad_size: int) -> DataProto:
    return data if pad_size == 0 else data.slice(slice(0, len(data) - pad_size))


# verl-compatible method names.
DataProto.pad_to_divisor = lambda self, divisor: pad_dataproto_to_divisor(self, divisor)
DataProto.unpad = lambda self, pad_size: unpad_dataproto(self, pad_size)
