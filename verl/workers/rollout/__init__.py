"""Rollout engines behind one interface (base.RolloutEngine) and the factory that picks one.

`build_rollout(model_path, rollout_config, tokenizer, device)` chooses by `rollout_config.name`:
- "hf":   transformers model + our sampling loop (hf_rollout.py); CPU and GPU, no extra install.
- "vllm": vLLM (vllm_rollout.py); imported only when asked for, because importing vllm takes seconds.
- "oracle": no model; answers each prompt with its env's planned response (oracle_rollout.py; tests, debugging).
"""
from __future__ import annotations

from typing import Any

from verl.workers.rollout.base import RolloutEngine, SamplingParams, sampling_params_from_config

__all__ = ["build_rollout", "RolloutEngine", "SamplingParams", "sampling_params_from_config"]

ROLLOUT_NAMES = ("hf", "vllm", "oracle")


def _vllm_install_hint(device: str) -> str:
    extra = "sdar[gpu]" if str(device).startswith("cuda") else "sdar[cpu-vllm]"
    return f"pip install '{extra}'"


def build_rollout(model_path: str, rollout_config: Any, tokenizer, device: str) -> RolloutEngine:
    name = str(rollout_config.get("name", "hf")).lower()
    if name == "hf":
        from verl.workers.rollout.hf_rollout import HFRollout

        return HFRollout(model_path, rollout_config, tokenizer, device)
    if name == "oracle":
        from verl.workers.rollout.oracle_rollout import OracleRollout

        return OracleRollout(model_path, rollout_config, tokenizer, device)
    if name == "vllm":
        import importlib.util

        if importlib.util.find_spec("vllm") is None:
            raise ImportError(f"actor_rollout_ref.rollout.name=vllm needs vLLM: {_vllm_install_hint(device)} "
                              "(or set actor_rollout_ref.rollout.name=hf)")
        try:
            from verl.workers.rollout import vllm_rollout
        except ImportError as err:
            raise ImportError(f"could not import the vLLM rollout engine ({err}); "
                              f"{_vllm_install_hint(device)}") from err
        engine_cls = getattr(vllm_rollout, "VLLMRollout", None) or getattr(vllm_rollout, "vLLMRollout")
        return engine_cls(model_path, rollout_config, tokenizer, device)
    raise ValueError(f"actor_rollout_ref.rollout.name must be one of {ROLLOUT_NAMES}, got {name!r}")
