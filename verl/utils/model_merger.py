"""Merge FSDP2 rank shards into a Hugging Face model folder, or compare them with a reference folder.

The command line lives in scripts/model_merger.py and keeps verl's interface::

    python scripts/model_merger.py merge --backend fsdp --local_dir ckpt/global_step_N/actor --target_dir OUT
    python scripts/model_merger.py test  --backend fsdp --local_dir ckpt/global_step_N/actor --test_hf_dir REF

The PPO critic (ckpt/global_step_N/critic) merges the same way: its config.json names a
``*ForTokenClassification`` class, so the folder loads with AutoModelForTokenClassification
(``--is-value-model`` only makes the merger check that).

A LoRA checkpoint (actor_rollout_ref.model.lora_rank > 0) holds only the adapters plus adapter_config.json;
the merger adds (lora_alpha / r) * B @ A to the base model's weights (the folder named in the adapter
config, or --hf_model_path) and writes a plain HF folder without any peft dependency at load time.

The shards are the files verl.utils.checkpoint writes (model_world_size_W_rank_r.pt, format
"sdar.fsdp2_shards.v1"); W is read from the file names. config.json, generation_config.json and the
tokenizer files are read from local_dir itself (rank 0 copies them there when saving).

Differences from verl's stock merger: tensors keep the checkpoint's dtype unless --dtype is given
(verl always casts to bf16), and Megatron checkpoints are not supported (SDAR trains with FSDP2 only).
"""
from __future__ import annotations

import argparse
import pathlib
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor

import torch

from verl.utils.checkpoint import (HF_SIDE_FILES, SHARD_FORMAT, assemble_full_tensor, saved_world_sizes,
                                   shard_file_name)

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}
# Wrapper prefixes that torch.compile / FSDP1 / activation checkpointing put into parameter names.
_WRAPPER_PREFIXES = ("_orig_mod.", "_fsdp_wrapped_module.", "_checkpoint_wrapped_module.")


class MergerTestError(AssertionError):
    """`test` found a tensor that differs from the reference (the message names it)."""


def _progress(iterable, **kwargs):
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a transformers dependency; stay usable without it
        return iterable
    return tqdm(iterable, **kwargs)


def _clean_name(name: str) -> str:
    for prefix in _WRAPPER_PREFIXES:
        name = name.replace(prefix, "")
    return name


def detect_world_size(local_dir: str | pathlib.Path) -> int:
    """W from model_world_size_W_rank_0.pt; errors name what is there when it is ambiguous or absent."""
    local_dir = pathlib.Path(local_dir)
    if not local_dir.is_dir():
        raise FileNotFoundError(f"--local_dir {local_dir} is not a folder (expected .../global_step_N/actor)")
    sizes = saved_world_sizes(local_dir)
    if not sizes:
        raise FileNotFoundError(f"no model_world_size_*_rank_0.pt in {local_dir}; "
                                f"files there: {sorted(p.name for p in local_dir.iterdir())[:10]}")
    if len(sizes) > 1:
        raise ValueError(f"{local_dir} holds shards of several world sizes {sizes}; keep one set")
    return sizes[0]


def load_full_state_dict(local_dir: str | pathlib.Path, dtype: torch.dtype | None = None,
                         max_workers: int = 8) -> dict[str, torch.Tensor]:
    """All rank shards of `local_dir` assembled into full tensors (HF parameter names)."""
    local_dir = pathlib.Path(local_dir)
    world_size = detect_world_size(local_dir)
    paths = [local_dir / shard_file_name("model", world_size, rank) for rank in range(world_size)]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"{local_dir}: world size {world_size} but rank files are missing: {missing}")

    def read(path: pathlib.Path) -> dict:
        payload = torch.load(path, map_location="cpu", weights_only=True)
        if not isinstance(payload, dict) or payload.get("format") != SHARD_FORMAT:
            raise ValueError(f"{path} is not an SDAR FSDP2 shard file (format {SHARD_FORMAT!r}); "
                             "checkpoints written by other tools are not supported")
        return payload["tensors"]

    with ThreadPoolExecutor(max_workers=max(1, min(max_workers, world_size))) as pool:
        shards = list(_progress(pool.map(read, paths), total=world_size, desc="loading shards", unit="rank"))
    names = list(shards[0])
    for rank, shard in enumerate(shards[1:], start=1):
        if set(shard) != set(names):
            diff = sorted(set(shard) ^ set(names))[:5]
            raise ValueError(f"rank {rank} holds different tensor names than rank 0 (e.g. {diff})")

    state_dict = {}
    for name in _progress(names, desc="merging tensors", unit="tensor"):
        full = assemble_full_tensor([shard.pop(name) for shard in shards], name)  # pop: free pieces as we go
        if dtype is not None and full.is_floating_point():
            full = full.to(dtype)
        state_dict[_clean_name(name)] = full.contiguous()
    return state_dict


def load_merged_state_dict(local_dir: str | pathlib.Path, dtype: torch.dtype | None = None,
                           hf_model_path: str | None = None) -> dict[str, torch.Tensor]:
    """The full HF state dict of a checkpoint. A LoRA checkpoint (adapter_config.json beside the shards,
    which hold only the adapters) is merged into its base model: the folder recorded in the adapter
    config, or --hf_model_path."""
    from verl.workers.lora import ADAPTER_CONFIG_FILE, lora_base_dir, lora_scaling_from_dir, merge_adapters

    local_dir = pathlib.Path(local_dir)
    if not (local_dir / ADAPTER_CONFIG_FILE).is_file():
        return load_full_state_dict(local_dir, dtype=dtype)
    base_dir = hf_model_path or lora_base_dir(local_dir)
    if not base_dir or not pathlib.Path(base_dir).is_dir():
        raise FileNotFoundError(f"{local_dir} is a LoRA checkpoint (adapters only) whose base model {base_dir!r} "
                                "is not a local folder; pass --hf_model_path <base model folder>")
    merged = merge_adapters(read_hf_tensors(base_dir), load_full_state_dict(local_dir),
                            lora_scaling_from_dir(local_dir))
    if dtype is not None:
        merged = {k: v.to(dtype) if v.is_floating_point() else v for k, v in merged.items()}
    return merged


def _config_dir(local_dir: pathlib.Path, hf_model_path: str | None) -> pathlib.Path:
    """Where config.json and the tokenizer live: local_dir, local_dir/huggingface, or the deprecated flag."""
    if not local_dir.is_dir():
        raise FileNotFoundError(f"--local_dir {local_dir} is not a folder (expected .../global_step_N/actor)")
    for candidate in (local_dir, local_dir / "huggingface"):
        if (candidate / "config.json").is_file():
            return candidate
    if hf_model_path:
        if not (pathlib.Path(hf_model_path) / "config.json").is_file():
            raise FileNotFoundError(f"--hf_model_path {hf_model_path} has no config.json")
        return pathlib.Path(hf_model_path)
    raise FileNotFoundError(f"no config.json in {local_dir}: the checkpoint lacks its HF config (it is "
                            "saved by rank 0); pass --hf_model_path <original model folder>")


def _tied(config) -> bool:
    text_config = config.get_text_config() if hasattr(config, "get_text_config") else config
    return bool(getattr(text_config, "tie_word_embeddings", False))


def _drop_tied_head(state_dict: dict[str, torch.Tensor], config) -> dict[str, torch.Tensor]:
    """With tied embeddings HF folders hold no lm_head.weight; the FSDP state dict does."""
    if _tied(config) and "lm_head.weight" in state_dict:
        state_dict = dict(state_dict)
        del state_dict["lm_head.weight"]
    return state_dict


def _auto_class(config):
    from transformers import AutoModelForCausalLM, AutoModelForTokenClassification

    architectures = getattr(config, "architectures", None) or []
    if any(arch.endswith("ForTokenClassification") for arch in architectures):
        return AutoModelForTokenClassification  # value / critic models
    return AutoModelForCausalLM


def save_hf_folder(state_dict: dict[str, torch.Tensor], config_dir: pathlib.Path,
                   target_dir: str | pathlib.Path) -> pathlib.Path:
    """safetensors + config + generation config + tokenizer files that AutoModel/AutoTokenizer load."""
    from transformers import AutoConfig, GenerationConfig

    target = pathlib.Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    config = AutoConfig.from_pretrained(config_dir)
    state_dict = _drop_tied_head(state_dict, config)
    floating = {t.dtype for t in state_dict.values() if t.is_floating_point()}
    dtype = floating.pop() if len(floating) == 1 else torch.float32
    with torch.device("meta"):  # a weightless shell: save_pretrained only needs its class and config
        shell = _auto_class(config).from_config(config, dtype=dtype)
    if (config_dir / "generation_config.json").is_file():
        shell.generation_config = GenerationConfig.from_pretrained(config_dir)
    # transformers 5 empties the dict it is given when the model sits on the meta device: pass a copy.
    shell.save_pretrained(target, state_dict=dict(state_dict), safe_serialization=True)
    for name in HF_SIDE_FILES:
        if name not in ("config.json", "generation_config.json") and (config_dir / name).is_file():
            shutil.copy2(config_dir / name, target / name)
    return target


def require_value_model(local_dir: str | pathlib.Path, hf_model_path: str | None = None) -> None:
    """--is-value-model: the checkpoint's config.json must name a *ForTokenClassification class (the critic)."""
    from transformers import AutoConfig, AutoModelForTokenClassification

    config = AutoConfig.from_pretrained(_config_dir(pathlib.Path(local_dir), hf_model_path))
    if _auto_class(config) is not AutoModelForTokenClassification:
        raise ValueError(f"--is-value-model: {local_dir} holds {getattr(config, 'architectures', None)}, not a value "
                         "model (a PPO critic checkpoint is .../global_step_N/critic)")


def upload_to_hub(folder: pathlib.Path, repo_id: str, private: bool) -> None:
    try:
        from huggingface_hub import HfApi
    except ImportError as err:
        raise ImportError("--hf_upload_path needs huggingface_hub: pip install huggingface_hub") from err
    api = HfApi()
    api.create_repo(repo_id=repo_id, private=private, exist_ok=True, repo_type="model")
    api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="model")


def merge(local_dir: str | pathlib.Path, target_dir: str | pathlib.Path, dtype: torch.dtype | None = None,
          hf_model_path: str | None = None, hf_upload_path: str | None = None,
          private: bool = False) -> pathlib.Path:
    local_dir = pathlib.Path(local_dir)
    config_dir = _config_dir(local_dir, hf_model_path)
    state_dict = load_merged_state_dict(local_dir, dtype=dtype, hf_model_path=hf_model_path)
    target = save_hf_folder(state_dict, config_dir, target_dir)
    print(f"merged {len(state_dict)} tensors from {local_dir} into {target}")
    if hf_upload_path:
        upload_to_hub(target, hf_upload_path, private)
        print(f"uploaded {target} to https://huggingface.co/{hf_upload_path}")
    return target


def read_hf_tensors(folder: str | pathlib.Path) -> dict[str, torch.Tensor]:
    """Every tensor of a Hugging Face folder (safetensors, else pytorch_model*.bin)."""
    folder = pathlib.Path(folder)
    files = sorted(folder.glob("*.safetensors"))
    tensors: dict[str, torch.Tensor] = {}
    if files:
        from safetensors.torch import load_file

        for path in files:
            tensors.update(load_file(path))
        return tensors
    for path in sorted(folder.glob("pytorch_model*.bin")):
        tensors.update(torch.load(path, map_location="cpu", weights_only=True))
    if not tensors:
        raise FileNotFoundError(f"no *.safetensors or pytorch_model*.bin in {folder}")
    return tensors


def compare_state_dicts(merged: dict[str, torch.Tensor], reference: dict[str, torch.Tensor], tied: bool,
                        atol: float = 1e-6, rtol: float = 1e-5) -> int:
    """Raise MergerTestError naming the first difference: a missing or extra tensor, else the first
    tensor (sorted by name) whose shape or values differ. Returns the number of tensors compared."""
    if tied:
        merged = {k: v for k, v in merged.items() if k != "lm_head.weight"}
        reference = {k: v for k, v in reference.items() if k != "lm_head.weight"}
    for name in sorted(set(merged) ^ set(reference)):
        where = "reference but not in the checkpoint" if name in reference else "checkpoint but not in the reference"
        raise MergerTestError(f"tensor {name!r} is in the {where}")
    for name in sorted(reference):
        got, want = merged[name], reference[name]
        if tuple(got.shape) != tuple(want.shape):
            raise MergerTestError(f"tensor {name!r}: shape {tuple(got.shape)} != reference {tuple(want.shape)}")
        got = got.to(want.dtype)
        if not torch.allclose(got.float(), want.float(), atol=atol, rtol=rtol):
            diff = (got.float() - want.float()).abs().max().item()
            raise MergerTestError(f"tensor {name!r} differs from the reference: max abs diff {diff:.3e} "
                                  f"(atol {atol}, rtol {rtol})")
    return len(reference)


def check_against_reference(local_dir: str | pathlib.Path, test_hf_dir: str | pathlib.Path,
                            dtype: torch.dtype | None = None, hf_model_path: str | None = None,
                            atol: float = 1e-6, rtol: float = 1e-5) -> int:
    """Merge in memory and compare every tensor with `test_hf_dir`; raises MergerTestError on a mismatch."""
    from transformers import AutoConfig

    local_dir = pathlib.Path(local_dir)
    config = AutoConfig.from_pretrained(_config_dir(local_dir, hf_model_path))
    merged = load_merged_state_dict(local_dir, dtype=dtype, hf_model_path=hf_model_path)
    count = compare_state_dicts(merged, read_hf_tensors(test_hf_dir), _tied(config), atol=atol, rtol=rtol)
    print(f"OK: {count} tensors of {local_dir} match {test_hf_dir}")
    return count


# ---------------------------------------------------------------------------------------- CLI
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--backend", required=True, choices=["fsdp", "megatron"],
                        help="checkpoint kind (only fsdp is supported)")
    common.add_argument("--local_dir", required=True, help="the .../global_step_N/actor folder with the shards")
    common.add_argument("--hf_model_path", default=None,
                        help="deprecated: config/tokenizer source when local_dir lacks them; for a LoRA "
                             "checkpoint, the base model folder (default: the one in its adapter_config.json)")
    common.add_argument("--tie-word-embedding", action="store_true", help="Megatron only (ignored for fsdp)")
    common.add_argument("--is-value-model", action="store_true",
                        help="require a value model (the PPO critic, .../global_step_N/critic); fsdp checkpoints "
                             "are recognised from their config.json without it")
    common.add_argument("--dtype", choices=sorted(DTYPES), default=None,
                        help="cast floating tensors (default: keep the checkpoint's dtype)")

    parser = argparse.ArgumentParser(description="Merge FSDP2 checkpoint shards into a Hugging Face model folder.")
    sub = parser.add_subparsers(dest="operation", required=True)
    merge_p = sub.add_parser("merge", parents=[common], help="write a Hugging Face folder")
    merge_p.add_argument("--target_dir", default="tmp", help="output folder (default: tmp)")
    merge_p.add_argument("--hf_upload_path", default=None, help="also upload to this Hub repo id")
    merge_p.add_argument("--private", action="store_true", help="create the Hub repo private")
    test_p = sub.add_parser("test", parents=[common], help="compare the shards with a reference HF folder")
    test_p.add_argument("--test_hf_dir", required=True, help="reference Hugging Face folder")
    test_p.add_argument("--atol", type=float, default=1e-6, help="absolute tolerance (default 1e-6)")
    test_p.add_argument("--rtol", type=float, default=1e-5, help="relative tolerance (default 1e-5)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.backend == "megatron":
        print("error: --backend megatron is not supported: SDAR trains with FSDP2 only; "
              "use --backend fsdp on a .../global_step_N/actor folder", file=sys.stderr)
        return 2
    if args.hf_model_path:
        print("warning: --hf_model_path is deprecated: config and tokenizer are read from --local_dir "
              "(the flag is only used when it lacks them)", file=sys.stderr)
    if args.tie_word_embedding:
        print("warning: --tie-word-embedding applies to Megatron only; ignored", file=sys.stderr)
    dtype = DTYPES[args.dtype] if args.dtype else None
    try:
        if args.is_value_model:
            require_value_model(args.local_dir, args.hf_model_path)
        if args.operation == "merge":
            merge(args.local_dir, args.target_dir, dtype=dtype, hf_model_path=args.hf_model_path,
                  hf_upload_path=args.hf_upload_path, private=args.private)
        else:
            check_against_reference(args.local_dir, args.test_hf_dir, dtype=dtype,
                                    hf_model_path=args.hf_model_path, atol=args.atol, rtol=args.rtol)
    except MergerTestError as err:
        print(f"MISMATCH: {err}", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError, NotImplementedError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


__all__ = ["MergerTestError", "check_against_reference", "compare_state_dicts", "detect_world_size",
           "load_full_state_dict", "load_merged_state_dict", "main", "merge", "read_hf_tensors", "save_hf_folder"]
