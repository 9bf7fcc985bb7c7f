"""Record which config keys the code reads (tests/trainer/test_start_up.py: no silent keys).

Patches DictConfig attribute / item access and OmegaConf.select to note the full dotted key of every
read. Whole-tree walks (validation's type and availability checks, unknown-key scan, to_container for
logging and checkpoints) do not count as reading a key: they touch every key without using it.
"""
from __future__ import annotations

import contextlib
import sys

from omegaconf import DictConfig, OmegaConf

# functions that walk the whole tree; reads below them are not "consumption"
WALKERS = {"check_types", "check_not_available", "unknown_keys", "_leaf_paths", "to_container", "to_yaml",
           "_type_problem", "__deepcopy__", "__repr__", "__str__", "__eq__", "__iter__", "__contains__"}


def _inside_walker() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name in WALKERS:
            return True
        frame = frame.f_back
    return False


@contextlib.contextmanager
def record_config_reads():
    """Yields a set that fills with the full dotted keys read while the block runs."""
    seen: set[str] = set()
    get_attr, get_item, get, select = DictConfig.__getattr__, DictConfig.__getitem__, DictConfig.get, OmegaConf.select

    def note(node, key) -> None:
        if isinstance(key, str) and not key.startswith("_") and not _inside_walker():
            try:
                seen.add(node._get_full_key(key))
            except Exception:  # a detached node: nothing to record
                pass

    def patched_getattr(self, key):
        note(self, key)
        return get_attr(self, key)

    def patched_getitem(self, key):
        note(self, key)
        return get_item(self, key)

    def patched_get(self, key, default_value=None):
        note(self, key)
        return get(self, key, default_value)

    def patched_select(cfg, key, *args, **kwargs):
        if isinstance(cfg, DictConfig) and not _inside_walker():
            prefix = cfg._get_full_key("") if cfg._get_parent() is not None else ""
            seen.add(f"{prefix}.{key}" if prefix else key)
        return select(cfg, key, *args, **kwargs)

    DictConfig.__getattr__, DictConfig.__getitem__, DictConfig.get = patched_getattr, patched_getitem, patched_get
    OmegaConf.select = staticmethod(patched_select)
    try:
        yield seen
    finally:
        DictConfig.__getattr__, DictConfig.__getitem__, DictConfig.get = get_attr, get_item, get
        OmegaConf.select = staticmethod(select)


def consumed(leaf: str, seen: set[str]) -> bool:
    """A leaf counts as read when it, or a mapping above it, was read (a sub-tree passed on whole)."""
    parts = leaf.split(".")
    return any(".".join(parts[:i]) in seen for i in range(len(parts), 0, -1))
