"""LoRA for the actor through peft: settings from `actor_rollout_ref.model.lora_*`, adapter wrapping
before FSDP2, and merging adapters into plain Hugging Face weights (for the rollout engines and the
model merger).

With lora_rank > 0 the actor is `get_peft_model(hf_model, LoraConfig(...))`: the base weights are
frozen, only the adapter matrices A (r x in) and B (out x r) train and only they are in the optimizer.
The reference policy is the same module with the adapters switched off (`disable_adapter()`): the
initial policy without a second copy of the weights. The rollout engines get merged weights
W + (alpha / r) * B @ A under the original HF names, so HF generate and vLLM need no LoRA support.

Merging is pure (tensors in, tensors out) and streams: `merge_lora_stream` consumes (name, full tensor)
pairs in state-dict order (base_layer.weight, [base_layer.bias], lora_A, lora_B per adapted layer) and
holds at most one layer's pieces at a time.
"""
from __future__ import annotations

import json
import math
import pathlib
from typing import Any, Iterable, Iterator

import torch

__all__ = ["LoraSettings", "lora_settings", "apply_lora", "merge_lora_stream", "merge_adapters", "lora_base_dir",
           "lora_scaling_from_dir", "ADAPTER_NAME", "ADAPTER_CONFIG_FILE"]

ADAPTER_NAME = "default"  # peft's name for the single adapter
ADAPTER_CONFIG_FILE = "adapter_config.json"
PEFT_PREFIX = "base_model.model."  # what PeftModel puts in front of the HF parameter names


class LoraSettings:
    """r, alpha and target modules read from actor_rollout_ref.model (None when lora_rank is 0)."""

    def __init__(self, rank: int, alpha: float, target_modules: str | list[str]):
        self.rank, self.alpha, self.target_modules = rank, alpha, target_modules

    @property
    def scaling(self) -> float:
        return self.alpha / self.rank

    def peft_config(self):
        from peft import LoraConfig

        return LoraConfig(r=self.rank, lora_alpha=self.alpha, target_modules=self.target_modules,
                          lora_dropout=0.0, bias="none", task_type="CAUSAL_LM")


def lora_settings(model_cfg: Any) -> LoraSettings | None:
    """Validated LoRA settings of `actor_rollout_ref.model`, or None for full fine-tuning (lora_rank 0)."""
    from omegaconf import ListConfig, OmegaConf

    rank = model_cfg.get("lora_rank", 0) if model_cfg is not None else 0
    if rank in (None, 0):
        return None
    if not isinstance(rank, int) or isinstance(rank, bool) or rank < 0:
        raise ValueError(f"actor_rollout_ref.model.lora_rank must be an integer >= 0 (0 = off), got {rank!r}")
    alpha = model_cfg.get("lora_alpha", 16)
    if not isinstance(alpha, (int, float)) or isinstance(alpha, bool) or alpha <= 0:
        raise ValueError(f"actor_rollout_ref.model.lora_alpha must be a positive number, got {alpha!r}")
    targets = model_cfg.get("target_modules", "all-linear")
    if isinstance(targets, ListConfig):
        targets = OmegaConf.to_container(targets)
    if not (isinstance(targets, str) and targets) and not (
            isinstance(targets, list) and targets and all(isinstance(t, str) and t for t in targets)):
        raise ValueError("actor_rollout_ref.model.target_modules must be 'all-linear' or a non-empty list of "
                         f"module names (e.g. [q_proj, v_proj]), got {targets!r}")
    return LoraSettings(rank, float(alpha), targets)


def apply_lora(model: torch.nn.Module, settings: LoraSettings) -> torch.nn.Module:
    """Wrap an HF causal LM with one LoRA adapter; only the adapter parameters keep requires_grad."""
    try:
        from peft import get_peft_model
    except ImportError as err:
        raise ImportError("actor_rollout_ref.model.lora_rank > 0 needs peft: pip install peft") from err
    try:
        return get_peft_model(model, settings.peft_config())
    except ValueError as err:  # e.g. a target module name that the model does not have
        raise ValueError(f"actor_rollout_ref.model.target_modules={settings.target_modules!r}: {err}") from err


def _merged(weight: torch.Tensor, a: torch.Tensor, b: torch.Tensor, scaling: float) -> torch.Tensor:
    """W + scaling * B @ A, computed in float32 and returned in W's dtype."""
    return (weight.float() + (b.float() @ a.float()) * scaling).to(weight.dtype)


def _hf_name(name: str) -> str:
    """base_model.model.model.layers.0.self_attn.q_proj.base_layer.weight -> model.layers.0.self_attn.q_proj.weight"""
    if name.startswith(PEFT_PREFIX):
        name = name[len(PEFT_PREFIX):]
    return name.replace(".base_layer.", ".")


def merge_lora_stream(items: Iterable[tuple[str, torch.Tensor]], scaling: float,
                      adapter: str = ADAPTER_NAME) -> Iterator[tuple[str, torch.Tensor]]:
    """(peft name, tensor) pairs -> (HF name, tensor) pairs with W + scaling * B @ A for each adapted layer.

    Unadapted tensors pass through renamed. Raises if an adapted layer misses its base weight or one
    of its two matrices (a truncated state dict must not produce half-merged weights)."""
    pending: dict[str, dict[str, torch.Tensor]] = {}
    parts = {f".lora_A.{adapter}.weight": "A", f".lora_B.{adapter}.weight": "B", ".base_layer.weight": "W"}
    for name, tensor in items:
        for suffix, part in parts.items():
            if name.endswith(suffix):
                layer = name[: -len(suffix)]
                pieces = pending.setdefault(layer, {})
                pieces[part] = tensor
                if len(pieces) == 3:
                    del pending[layer]
                    yield _hf_name(layer + ".weight"), _merged(pieces["W"], pieces["A"], pieces["B"], scaling)
                break
        else:
            if ".lora_" in name:
                raise KeyError(f"{name}: an adapter tensor of a kind the merger does not know (only LoRA A/B "
                               f"of adapter {adapter!r})")
            yield _hf_name(name), tensor
    if pending:
        layer, pieces = next(iter(pending.items()))
        raise KeyError(f"LoRA layer {layer!r} is incomplete: has {sorted(pieces)}, needs W, A and B")


def lora_scaling_from_dir(folder: str | pathlib.Path) -> float:
    """alpha / r (alpha / sqrt(r) with rsLoRA) from the adapter_config.json a LoRA checkpoint holds."""
    path = pathlib.Path(folder) / ADAPTER_CONFIG_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: the checkpoint holds LoRA tensors but not their "
                                "adapter config (r, lora_alpha)")
    config = json.loads(path.read_text())
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        raise NotImplementedError(f"{path}: per-module rank_pattern / alpha_pattern are not supported")
    rank, alpha = int(config["r"]), float(config["lora_alpha"])
    return alpha / math.sqrt(rank) if config.get("use_rslora") else alpha / rank


def merge_adapters(base: dict[str, torch.Tensor], adapters: dict[str, torch.Tensor], scaling: float,
                   adapter: str = ADAPTER_NAME) -> dict[str, torch.Tensor]:
    """Plain HF weights (names as in the model folder) + a LoRA checkpoint's A / B matrices (peft names)
    -> the merged HF state dict. Every adapted layer must exist in `base`."""
    merged = dict(base)
    suffix_a, suffix_b = f".lora_A.{adapter}.weight", f".lora_B.{adapter}.weight"
    layers = sorted(name[: -len(suffix_a)] for name in adapters if name.endswith(suffix_a))
    unknown = sorted(n for n in adapters if not n.endswith((suffix_a, suffix_b)))
    if unknown:
        raise KeyError(f"the LoRA checkpoint holds tensors that are not adapter {adapter!r} A/B matrices: {unknown[:3]}")
    for layer in layers:
        target = _hf_name(layer + ".base_layer.weight")
        if target not in merged:
            raise KeyError(f"LoRA layer {layer!r} adapts {target!r}, which the base model does not have")
        if layer + suffix_b not in adapters:
            raise KeyError(f"LoRA layer {layer!r} has an A matrix but no B matrix")
        merged[target] = _merged(merged[target], adapters[layer + suffix_a], adapters[layer + suffix_b], scaling)
    return merged


def lora_base_dir(folder: str | pathlib.Path) -> str | None:
    """The base model recorded in a LoRA checkpoint's adapter_config.json (base_model_name_or_path)."""
    path = pathlib.Path(folder) / ADAPTER_CONFIG_FILE
    return json.loads(path.read_text()).get("base_model_name_or_path") if path.is_file() else None
