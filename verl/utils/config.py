"""Load the trainer config through Hydra's compose API and validate it before anything heavy starts.

Every check names the offending key and says how to fix it (DESIGN.md §2.6: fail loudly and early).
"""
from __future__ import annotations

import importlib.util
import pathlib
from typing import Iterable, Sequence

from omegaconf import DictConfig, OmegaConf

CONFIG_DIR = pathlib.Path(__file__).resolve().parents[1] / "trainer" / "config"
CONFIG_NAME = "ppo_trainer"
METHODS = ("grpo", "skill_grpo", "opsd", "grpo_opsd", "sdar", "rlsd", "skill_sd")
# Sub-trees whose keys are free-form (passed through to a library), so unknown keys are fine there.
FREE_FORM = ("data.apply_chat_template_kwargs", "actor_rollout_ref.model.override_config",
             "actor_rollout_ref.rollout.engine_kwargs.vllm")


class ConfigError(ValueError):
    """A config value is missing, unknown or inconsistent; the message names the key."""


def select(cfg, key: str, default=None):
    """`cfg.<dotted key>`, or `default` when the key is missing or null.

    Accepts an OmegaConf config, a plain dict or None; sub-trees come back as plain python containers,
    so callers never depend on OmegaConf types. Components read their keys through this, so they also
    work with partial configs (tests, library use)."""
    if cfg is None:
        return default
    if not OmegaConf.is_config(cfg):
        cfg = OmegaConf.create(cfg)
    value = OmegaConf.select(cfg, key, default=default)
    if OmegaConf.is_config(value):
        value = OmegaConf.to_container(value, resolve=True)
    return default if value is None else value


def load_config(overrides: Sequence[str] = (), config_name: str = CONFIG_NAME) -> DictConfig:
    """Compose the default config with command-line style overrides ("a.b=1")."""
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base=None):
        return compose(config_name=config_name, overrides=list(overrides))


def default_config() -> DictConfig:
    return OmegaConf.load(CONFIG_DIR / f"{CONFIG_NAME}.yaml")


def _leaf_paths(node, prefix: str = "") -> Iterable[str]:
    if isinstance(node, DictConfig):
        for key in node.keys():
            path = f"{prefix}.{key}" if prefix else str(key)
            if path in FREE_FORM:
                yield path
                continue
            yield from _leaf_paths(node._get_node(key), path)
    else:
        yield prefix


def unknown_keys(cfg: DictConfig, reference: DictConfig | None = None) -> list[str]:
    """Keys present in `cfg` but not in the default tree (typos, keys from another version)."""
    reference = reference if reference is not None else default_config()
    known = set(_leaf_paths(reference))
    known_prefixes = {p.rsplit(".", i)[0] for p in known for i in range(p.count(".") + 1)}
    unknown = []
    for path in _leaf_paths(cfg):
        if path in known or path in known_prefixes or any(path.startswith(f + ".") for f in FREE_FORM):
            continue
        unknown.append(path)
    return unknown


def _require(condition: bool, key: str, message: str) -> None:
    if not condition:
        raise ConfigError(f"{key}: {message}")


def validate_config(cfg: DictConfig, *, check_paths: bool = True, check_machine: bool = True) -> None:
    """Raise ConfigError naming the first bad key. Called at start-up by every entry point.

    check_paths: model and data files must exist; check_machine: CUDA / vLLM must be available when
    the config asks for them (off when checking a GPU launch script's config on a CPU box)."""
    bad = unknown_keys(cfg)
    if bad:
        raise ConfigError(f"{bad[0]}: unknown config key (not in verl/trainer/config/ppo_trainer.yaml). "
                          f"Check the spelling; all unknown keys: {bad}")
    data, arr, trainer = cfg.data, cfg.actor_rollout_ref, cfg.trainer
    for key in ("data.max_prompt_length", "data.max_response_length", "data.train_batch_size",
                "data.val_batch_size", "env.max_steps", "env.rollout.n"):
        value = OmegaConf.select(cfg, key)
        _require(isinstance(value, int) and value > 0, key, f"must be a positive integer, got {value!r}")
    _require(data.truncation in ("error", "left", "right"), "data.truncation",
             f"must be one of error | left | right, got {data.truncation!r}")
    _require(trainer.device in ("cpu", "cuda"), "trainer.device", f"must be cpu or cuda, got {trainer.device!r}")
    _require(trainer.worker_backend in ("ray", "local"), "trainer.worker_backend",
             f"must be ray or local, got {trainer.worker_backend!r}")
    world = trainer.n_gpus_per_node * trainer.nnodes
    _require(world >= 1, "trainer.n_gpus_per_node", f"need at least one rank, got {world}")
    _require(trainer.worker_backend == "ray" or world == 1, "trainer.worker_backend",
             f"local runs one in-process rank; n_gpus_per_node*nnodes is {world}: use trainer.worker_backend=ray")
    if trainer.device == "cuda" and check_machine:
        import torch

        _require(torch.cuda.is_available(), "trainer.device", "cuda requested but no CUDA device is visible")

    actor = arr.actor
    mini = actor.ppo_mini_batch_size
    _require(isinstance(mini, int) and mini > 0, "actor_rollout_ref.actor.ppo_mini_batch_size",
             f"must be a positive integer, got {mini!r}")
    _require(mini % world == 0, "actor_rollout_ref.actor.ppo_mini_batch_size",
             f"{mini} is not divisible by the number of ranks ({world})")
    micro = actor.ppo_micro_batch_size_per_gpu
    if not actor.use_dynamic_bsz:
        _require(isinstance(micro, int) and micro > 0, "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu",
                 f"must be a positive integer, got {micro!r}")
        _require((mini // world) % micro == 0, "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu",
                 f"per-rank mini-batch {mini // world} (ppo_mini_batch_size {mini} / {world} ranks) is not "
                 f"divisible by the micro-batch {micro}")
    for key in ("actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu",
                "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu"):
        value = OmegaConf.select(cfg, key)
        _require(isinstance(value, int) and value > 0, key, f"must be a positive integer, got {value!r}")
    _require(arr.rollout.n == 1, "actor_rollout_ref.rollout.n",
             "must be 1: the GRPO group size is env.rollout.n (each env of a group samples one response per turn)")
    _require(actor.strategy == "fsdp2", "actor_rollout_ref.actor.strategy",
             f"only fsdp2 is supported (FSDP1 segfaults gathering state dicts on CPU), got {actor.strategy!r}")

    name = arr.rollout.name
    _require(name in ("hf", "vllm"), "actor_rollout_ref.rollout.name", f"must be hf or vllm, got {name!r}")
    if name == "vllm" and check_machine and importlib.util.find_spec("vllm") is None:
        extra = "cpu-vllm" if trainer.device == "cpu" else "gpu"
        raise ConfigError(f"actor_rollout_ref.rollout.name: vllm is not installed on this {trainer.device} "
                          f"machine; pip install 'sdar[{extra}]' or use actor_rollout_ref.rollout.name=hf")

    model_path = arr.model.path
    _require(bool(model_path), "actor_rollout_ref.model.path", "is required (an HF model folder or hub id)")
    if check_paths and (str(model_path).startswith((".", "/", "~"))):
        _require(pathlib.Path(model_path).expanduser().exists(), "actor_rollout_ref.model.path",
                 f"folder {model_path} does not exist")

    algo = cfg.algorithm
    _require(algo.method in METHODS, "algorithm.method", f"must be one of {', '.join(METHODS)}, got {algo.method!r}")
    from verl.trainer.ppo.core_algos import ADV_ESTIMATORS

    _require(algo.adv_estimator in ADV_ESTIMATORS, "algorithm.adv_estimator",
             f"unknown estimator {algo.adv_estimator!r}; registered: {sorted(ADV_ESTIMATORS)}")
    _require(actor.loss_agg_mode in ("token-mean", "seq-mean-token-sum", "seq-mean-token-mean",
                                     "seq-mean-token-sum-norm"),
             "actor_rollout_ref.actor.loss_agg_mode", f"unknown mode {actor.loss_agg_mode!r}")
    _require(algo.teacher_max_prompt_length >= data.max_prompt_length, "algorithm.teacher_max_prompt_length",
             f"must be >= data.max_prompt_length ({data.max_prompt_length}): the teacher prompt contains the student's")
    for method in ("sdar", "rlsd", "skillsd", "skill_grpo"):
        placement = algo[method].skill_placement
        _require(placement in ("system", "prefix"), f"algorithm.{method}.skill_placement",
                 f"must be system or prefix, got {placement!r}")
    _require(algo.sdar.distill_loss in ("sampled_gate", "topk_reverse_kl"), "algorithm.sdar.distill_loss",
             f"must be sampled_gate or topk_reverse_kl, got {algo.sdar.distill_loss!r}")
    _require(trainer.resume_mode in ("auto", "disable", "resume_path"), "trainer.resume_mode",
             f"must be auto | disable | resume_path, got {trainer.resume_mode!r}")
    if trainer.resume_mode == "resume_path":
        _require(bool(trainer.resume_from_path), "trainer.resume_from_path", "is required when resume_mode=resume_path")
    if "search" in str(cfg.env.env_name).lower() and check_paths:
        for key in ("data.train_files", "data.val_files"):
            value = OmegaConf.select(cfg, key)
            if value:
                for path in ([value] if isinstance(value, str) else list(value)):
                    _require(pathlib.Path(path).expanduser().exists(), key, f"file {path} does not exist")
