"""Load the trainer config through Hydra's compose API and validate it before anything heavy starts.

Every check names the offending key, the bad value and what is expected (DESIGN.md §2.6: fail loudly
and early). Entry points run through `cli_entry`, which turns a `ConfigError` into ONE line on stderr
and exit code 2 (SDAR_DEBUG=1 shows the traceback instead).

Overrides use Hydra syntax. A leading `+` is optional (reference launch lines add it to keys that
verl's yaml lacked; here every key of those lines exists), so `+a.b=1`, `++a.b=1` and `a.b=1` mean
the same; keys under the free-form mappings (FREE_FORM) may be added with or without it.
"""
from __future__ import annotations

import copy
import difflib
import importlib.util
import os
import pathlib
import sys
from typing import Any, Callable, Iterable, Sequence

from omegaconf import DictConfig, ListConfig, OmegaConf, open_dict

CONFIG_DIR = pathlib.Path(__file__).resolve().parents[1] / "trainer" / "config"
CONFIG_NAME = "ppo_trainer"
METHODS = ("grpo", "skill_grpo", "opsd", "grpo_opsd", "sdar", "rlsd", "skill_sd")
# Sub-trees whose keys are free-form (passed through to a library), so unknown keys are fine there.
FREE_FORM = ("data.apply_chat_template_kwargs", "actor_rollout_ref.model.override_config",
             "actor_rollout_ref.rollout.engine_kwargs.vllm")
DEBUG_ENV = "SDAR_DEBUG"  # SDAR_DEBUG=1: config errors raise with their traceback instead of one line

# Keys of features this project does not have. The reference's launch scripts use them (METHOD.md §6.4);
# a key (or anything under a prefix) or a `key=value` pair listed here fails at start-up with the reason.
UNSUPPORTED = {
    "data.image_key": "vision-language inputs (verl-agent's Sokoban / gym_cards scripts) are not supported; "
                      "SDAR trains text agents on alfworld, webshop, search or toy",
    "env.sokoban": "the Sokoban environment is not part of SDAR (environments: alfworld, webshop, search, toy)",
    "env.gym_cards": "the gym_cards environments are not part of SDAR (environments: alfworld, webshop, search, toy)",
    **{key: "a key of verl's generation config (verl.trainer.main_generation), which this project does not "
            "ship; for training use the actor_rollout_ref.* keys"
       for key in ("data.path", "data.output_path", "data.n_samples", "data.batch_size", "model", "rollout")},
}
# verl keys kept so launch lines compose, with no effect here: a non-default value warns once.
COMPAT_NO_OPS = {
    "data.prompt_key": "prompts are built per turn from the environment's observation, not read from a column",
    "data.return_raw_chat": "the chat messages of every sample are always kept (non-tensor raw_prompt)",
    "data.filter_overlong_prompts": "prompts are built per turn; an over-long one follows data.truncation",
    "data.shuffle": "training tasks are drawn at random every step (seeded by data.seed)",
}
# Keys whose value may be a string or a list of strings.
STR_OR_LIST = ("env.search.search_url", "actor_rollout_ref.model.target_modules")


class ConfigError(ValueError):
    """A config value is missing, unknown or inconsistent; the message names the key."""


def cli_entry(main: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a command-line main: a ConfigError (also a bad override) prints one line to stderr and exits
    with code 2; with SDAR_DEBUG=1 it propagates with its traceback. Other errors are not touched."""

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return main(*args, **kwargs)
        except ConfigError as err:
            if os.environ.get(DEBUG_ENV, "").lower() in ("1", "true", "yes"):
                raise
            print(f"config error: {' '.join(str(err).split())}  (SDAR_DEBUG=1 shows the traceback)",
                  file=sys.stderr, flush=True)
            raise SystemExit(2) from None

    wrapped.__doc__, wrapped.__name__ = main.__doc__, getattr(main, "__name__", "main")
    return wrapped


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
    """Compose the default config with command-line style overrides ("a.b=1").

    Each override is checked first (syntax, known key, unsupported feature), so a typo is reported as
    one ConfigError naming the closest valid key instead of a Hydra traceback."""
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra

    normalised = normalise_overrides(overrides)
    GlobalHydra.instance().clear()
    with initialize_config_dir(config_dir=str(CONFIG_DIR), version_base=None):
        try:
            config = compose(config_name=config_name, overrides=normalised)
        except Exception as err:  # e.g. a value Hydra cannot merge (a mapping onto a number)
            raise ConfigError(f"cannot apply the overrides {list(overrides)}: {str(err).splitlines()[0]}") from err
    from verl.trainer.env_defaults import resolve_env_defaults

    check_env_name(config)
    resolve_env_defaults(config)  # null env.max_steps / env.history_length / data.max_prompt_length -> the env's
    return config


def normalise_overrides(overrides: Sequence[str]) -> list[str]:
    """Check every override's key and make `+` optional (`+k=v` and `k=v` both set an existing key;
    keys under FREE_FORM mappings are force-added). Raises ConfigError for unknown or unsupported keys."""
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from hydra.errors import OverrideParseException

    reference = default_config()
    known = set(_leaf_paths(reference))
    prefixes = _prefixes(known)
    parser = OverridesParser.create()
    result = []
    for text in overrides:
        try:
            (parsed,) = parser.parse_overrides([text])
        except OverrideParseException as err:
            raise ConfigError(f"{text!r} is not a valid override (expected key=value, e.g. data.train_batch_size=16): "
                              f"{str(err).splitlines()[0]}") from None
        key = parsed.key_or_group
        if parsed.is_delete():
            result.append(text)
            continue
        value_text = text.split("=", 1)[1] if "=" in text else ""
        reason = _unsupported_reason(key, parsed.value())
        if reason:
            raise ConfigError(f"{key}={value_text}: {reason}")
        if any(key == f or key.startswith(f + ".") for f in FREE_FORM) or key in known or key in prefixes:
            result.append(f"++{key}={value_text}")
            continue
        raise ConfigError(_unknown_key_message(key, known))
    return result


def _unsupported_reason(key: str, value: Any = None) -> str | None:
    """Why `key` (set to `value`) cannot be used here, from UNSUPPORTED, or None."""
    for entry, reason in UNSUPPORTED.items():
        name, _, wanted = entry.partition("=")
        if wanted:
            if key == name and str(value) == wanted:
                return reason
        elif key == name or key.startswith(name + "."):
            return reason
    return None


def _unknown_key_message(key: str, known: Iterable[str]) -> str:
    known = sorted(known)
    leaf = key.rsplit(".", 1)[-1]
    same_leaf = [k for k in known if k.rsplit(".", 1)[-1] == leaf]  # the right name in the wrong section
    close = difflib.get_close_matches(key, same_leaf, n=1, cutoff=0.0) if same_leaf else \
        difflib.get_close_matches(key, known, n=1, cutoff=0.5)
    hint = f"did you mean {close[0]}?" if close else "see verl/trainer/config/ppo_trainer.yaml for all keys"
    return f"{key}: unknown config key (not in verl/trainer/config/ppo_trainer.yaml); {hint}"


_DEFAULTS_CACHE: dict[str, tuple[int, DictConfig]] = {}


def default_config() -> DictConfig:
    """The yaml's defaults, a fresh copy per call. Parsing the yaml costs ~0.15 s and validation reads it
    several times, so the parsed tree is cached until the file changes."""
    path = CONFIG_DIR / f"{CONFIG_NAME}.yaml"
    mtime = path.stat().st_mtime_ns
    cached = _DEFAULTS_CACHE.get(str(path))
    if cached is None or cached[0] != mtime:
        cached = _DEFAULTS_CACHE[str(path)] = (mtime, OmegaConf.load(path))
    return copy.deepcopy(cached[1])


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


def leaf_keys() -> list[str]:
    """Every leaf key of ppo_trainer.yaml (free-form mappings count as one leaf)."""
    return list(_leaf_paths(default_config()))


def _prefixes(paths: Iterable[str]) -> set[str]:
    return {p.rsplit(".", i)[0] for p in paths for i in range(1, p.count(".") + 1)}


def unknown_keys(cfg: DictConfig, reference: DictConfig | None = None) -> list[str]:
    """Keys present in `cfg` but not in the default tree (typos, keys from another version)."""
    reference = reference if reference is not None else default_config()
    known = set(_leaf_paths(reference))
    known_prefixes = known | _prefixes(known)
    unknown = []
    for path in _leaf_paths(cfg):
        if path in known_prefixes or any(path.startswith(f + ".") for f in FREE_FORM):
            continue
        unknown.append(path)
    return unknown


_TYPE_NAMES = {bool: "true or false", int: "an integer", float: "a number", str: "a string", list: "a list"}


def _type_problem(key: str, value: Any, default: Any) -> str | None:
    """What is wrong with `value` given the yaml default's type, or None (null defaults accept anything)."""
    if default is None or key.startswith(FREE_FORM):
        return None
    if isinstance(default, bool):
        expected = bool
    elif isinstance(default, int):
        expected = int
    elif isinstance(default, float):
        expected = float
    elif isinstance(default, str):
        expected = str
    elif isinstance(default, (list, ListConfig)):
        expected = list
    else:
        return None
    if isinstance(value, ListConfig):
        value = list(value)
    ok = (isinstance(value, bool) if expected is bool else
          isinstance(value, int) and not isinstance(value, bool) if expected is int else
          isinstance(value, (int, float)) and not isinstance(value, bool) if expected is float else
          isinstance(value, expected) or (key in STR_OR_LIST and isinstance(value, list)))
    if ok:
        return None
    example = list(default) if isinstance(default, ListConfig) else default
    return f"{key}: expected {_TYPE_NAMES[expected]} (default {example!r}), got {value!r}"


def check_types(cfg: DictConfig) -> None:
    """Every value has the type of its yaml default (a key whose default is null takes anything)."""
    reference = default_config()
    for key in _leaf_paths(reference):
        default = OmegaConf.select(reference, key, throw_on_resolution_failure=False)
        if OmegaConf.is_config(default) and not isinstance(default, ListConfig):
            continue  # a free-form mapping
        problem = _type_problem(key, OmegaConf.select(cfg, key, throw_on_resolution_failure=False), default)
        if problem:
            raise ConfigError(problem)


def check_not_available(cfg: DictConfig) -> None:
    """Settings of features this build lacks (UNSUPPORTED) fail when set."""
    reference = default_config()
    for key in _leaf_paths(cfg):
        value = OmegaConf.select(cfg, key, throw_on_resolution_failure=False)
        if OmegaConf.is_config(value):
            value = OmegaConf.to_container(value)
        reason = None
        for entry, why in UNSUPPORTED.items():
            name, _, wanted = entry.partition("=")
            if wanted:
                if key == name and str(value) == wanted:
                    reason = why
            elif key == name or key.startswith(name + "."):
                default = OmegaConf.select(reference, key, default="<absent>", throw_on_resolution_failure=False)
                if OmegaConf.is_config(default):
                    default = OmegaConf.to_container(default)
                if value != default:
                    reason = why
            if reason:
                raise ConfigError(f"{key}={value}: {reason}")


_warned: set[str] = set()


def warn_compat_no_ops(cfg: DictConfig) -> list[str]:
    """Warn once per process for each COMPAT_NO_OPS key set to a non-default value; returns the keys."""
    reference = default_config()
    changed = []
    for key, why in COMPAT_NO_OPS.items():
        value = OmegaConf.select(cfg, key)
        if value != OmegaConf.select(reference, key):
            changed.append(key)
            if key not in _warned:
                _warned.add(key)
                print(f"warning: {key}={value} has no effect in SDAR: {why}", file=sys.stderr, flush=True)
    return changed


def resolve_auto(cfg: DictConfig) -> DictConfig:
    """Replace trainer.device=auto and trainer.worker_backend=auto by what this machine and the config ask for:
    device cuda when torch sees a GPU, else cpu; backend ray when n_gpus_per_node * nnodes > 1 (one Ray
    actor per rank, CPU processes on a CPU box), else local (one in-process rank)."""
    trainer = cfg.trainer
    with open_dict(cfg):
        if trainer.device == "auto":
            import torch

            trainer.device = "cuda" if torch.cuda.is_available() else "cpu"
        if trainer.worker_backend == "auto":
            world = trainer.n_gpus_per_node * trainer.nnodes if isinstance(trainer.n_gpus_per_node, int) and \
                isinstance(trainer.nnodes, int) else 1
            trainer.worker_backend = "ray" if world > 1 else "local"
    return cfg


_OFFLINE_VARS = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")


def _offline_reason() -> str | None:
    """Why the Hugging Face hub cannot be reached from here, or None when it can."""
    for var in _OFFLINE_VARS:
        if os.environ.get(var, "").lower() in ("1", "true", "yes", "on"):
            return f"{var}={os.environ[var]}"
    import socket
    from urllib.parse import urlparse

    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = endpoint.hostname or "huggingface.co", endpoint.port or (443 if endpoint.scheme == "https" else 80)
    try:
        socket.create_connection((host, port), timeout=3).close()
        return None
    except OSError:
        return f"cannot reach {host}"


def check_model_source(key: str, value: Any) -> None:
    """A model path must be an existing folder, or a hub id ("org/name") that is cached or downloadable."""
    text = str(value)
    if pathlib.Path(text).expanduser().exists():
        return
    if text.startswith((".", "/", "~")) or text.count("/") != 1:
        raise ConfigError(f"{key}: folder {text} does not exist (expected a local model folder or a hub id org/name)")
    try:
        from huggingface_hub import try_to_load_from_cache

        if isinstance(try_to_load_from_cache(text, "config.json"), str):
            return
    except Exception:  # a malformed id: let the offline check / the loader report it
        pass
    reason = _offline_reason()
    if reason:
        raise ConfigError(f"{key}: {text!r} is a Hugging Face hub id, but this machine is offline ({reason}) and it "
                          f"is not in the local HF cache; set {key} to a local model folder")


def check_env_name(cfg: DictConfig) -> None:
    """env.env_name names one of our environments (Sokoban / gym_cards get the reason they are absent)."""
    env_name = str(OmegaConf.select(cfg, "env.env_name", default=""))
    for feature in ("sokoban", "gym_cards"):
        _require(feature not in env_name.lower(), "env.env_name", f"{env_name!r}: {UNSUPPORTED['env.' + feature]}")
    try:
        from agent_system.environments.env_manager import env_package_for

        env_package_for(env_name)
    except ValueError as err:
        raise ConfigError(str(err)) from None


def _check_lora(model_cfg) -> None:
    """actor_rollout_ref.model.lora_rank / lora_alpha / target_modules, and peft when LoRA is on."""
    from verl.workers.lora import lora_settings

    try:
        settings = lora_settings(model_cfg)
    except ValueError as err:
        raise ConfigError(str(err)) from None
    if settings is not None and importlib.util.find_spec("peft") is None:
        raise ConfigError("actor_rollout_ref.model.lora_rank: LoRA needs peft, which is not installed; "
                          "pip install peft (or set lora_rank=0)")


def _require(condition: bool, key: str, message: str) -> None:
    if not condition:
        raise ConfigError(f"{key}: {message}")


def check_critic(cfg: DictConfig, world: int, check_paths: bool = True) -> None:
    """The critic.* keys and trainer.critic_warmup of PPO (algorithm.adv_estimator=gae)."""
    critic = cfg.critic
    _require(critic.strategy == "fsdp2", "critic.strategy", f"only fsdp2 is supported, got {critic.strategy!r}")
    mini, micro = critic.ppo_mini_batch_size, critic.ppo_micro_batch_size_per_gpu
    _require(isinstance(mini, int) and mini > 0 and mini % world == 0, "critic.ppo_mini_batch_size",
             f"must be a positive integer divisible by the number of ranks ({world}), got {mini!r}")
    _require(isinstance(micro, int) and micro > 0 and (mini // world) % micro == 0,
             "critic.ppo_micro_batch_size_per_gpu",
             f"must be a positive integer dividing the per-rank mini-batch {mini // world}, got {micro!r}")
    forward = critic.forward_micro_batch_size_per_gpu
    _require(forward is None or (isinstance(forward, int) and forward > 0), "critic.forward_micro_batch_size_per_gpu",
             f"must be null or a positive integer, got {forward!r}")
    _require(isinstance(critic.ppo_epochs, int) and critic.ppo_epochs > 0, "critic.ppo_epochs",
             f"must be a positive integer, got {critic.ppo_epochs!r}")
    _require(critic.cliprange_value > 0, "critic.cliprange_value", f"must be > 0, got {critic.cliprange_value!r}")
    _require(critic.optim.lr > 0, "critic.optim.lr", f"must be > 0, got {critic.optim.lr!r}")
    from verl.trainer.ppo.core_algos import LOSS_AGG_MODES

    _require(critic.loss_agg_mode in LOSS_AGG_MODES, "critic.loss_agg_mode", f"unknown mode {critic.loss_agg_mode!r}")
    _require(critic.optim.warmup_style in ("constant", "cosine"), "critic.optim.warmup_style",
             f"must be constant or cosine, got {critic.optim.warmup_style!r}")
    warmup = cfg.trainer.critic_warmup
    _require(isinstance(warmup, int) and warmup >= 0, "trainer.critic_warmup",
             f"must be an integer >= 0 (steps that train only the critic), got {warmup!r}")
    if check_paths and critic.model.path:
        check_model_source("critic.model.path", critic.model.path)


def validate_config(cfg: DictConfig, *, check_paths: bool = True, check_machine: bool = True) -> None:
    """Raise ConfigError naming the first bad key. Called at start-up by every entry point, before any
    model loads. Resolves trainer.device / trainer.worker_backend `auto` in place (resolve_auto).

    check_paths: model and data files must exist; check_machine: CUDA / vLLM must be available when
    the config asks for them (off when checking a GPU launch script's config on a CPU box)."""
    bad = unknown_keys(cfg)
    if bad:
        reason = _unsupported_reason(bad[0])
        value = OmegaConf.select(cfg, bad[0], throw_on_resolution_failure=False)
        raise ConfigError(f"{bad[0]}={value}: {reason}" if reason else _unknown_key_message(bad[0], leaf_keys()))
    check_not_available(cfg)
    check_types(cfg)
    warn_compat_no_ops(cfg)
    data, arr, trainer = cfg.data, cfg.actor_rollout_ref, cfg.trainer
    for key in ("data.max_prompt_length", "data.max_response_length", "data.train_batch_size",
                "data.val_batch_size", "env.max_steps", "env.rollout.n"):
        value = OmegaConf.select(cfg, key)
        _require(isinstance(value, int) and value > 0, key, f"must be a positive integer, got {value!r}")
    _require(data.truncation in ("error", "left", "right"), "data.truncation",
             f"must be one of error | left | right, got {data.truncation!r}")
    _require(arr.hybrid_engine is True, "actor_rollout_ref.hybrid_engine",
             "only the hybrid engine (actor, rollout and reference in one worker group) is implemented; got false")
    _require(arr.rollout.mode == "sync", "actor_rollout_ref.rollout.mode",
             f"only sync rollout is implemented, got {arr.rollout.mode!r}")
    _require(trainer.device in ("cpu", "cuda", "auto"), "trainer.device",
             f"must be auto, cpu or cuda, got {trainer.device!r}")
    _require(trainer.worker_backend in ("ray", "local", "auto"), "trainer.worker_backend",
             f"must be auto, ray or local, got {trainer.worker_backend!r}")
    for key in ("trainer.n_gpus_per_node", "trainer.nnodes"):
        value = OmegaConf.select(cfg, key)
        _require(isinstance(value, int) and value >= 1, key, f"must be a positive integer, got {value!r}")
    # the checks above and these few need no torch import: the common mistakes are reported in a second
    algo = cfg.algorithm
    _require(algo.method in METHODS, "algorithm.method", f"must be one of {', '.join(METHODS)}, got {algo.method!r}")
    model_path = arr.model.path
    _require(bool(model_path), "actor_rollout_ref.model.path", "is required (an HF model folder or hub id)")
    _check_lora(arr.model)
    if check_paths:
        check_model_source("actor_rollout_ref.model.path", model_path)
        if arr.model.tokenizer_path:
            check_model_source("actor_rollout_ref.model.tokenizer_path", arr.model.tokenizer_path)

    if check_paths and trainer.resume_mode == "resume_path" and trainer.resume_from_path:
        _require(pathlib.Path(trainer.resume_from_path).expanduser().exists(), "trainer.resume_from_path",
                 f"folder {trainer.resume_from_path} does not exist (expected a global_step_N checkpoint folder)")
    resolve_auto(cfg)
    world = trainer.n_gpus_per_node * trainer.nnodes
    _require(trainer.worker_backend == "ray" or world == 1, "trainer.worker_backend",
             f"local runs one in-process rank; n_gpus_per_node*nnodes is {world}: use trainer.worker_backend=ray")
    if trainer.device == "cuda" and check_machine:
        import torch

        _require(torch.cuda.is_available(), "trainer.device", "cuda requested but no CUDA device is visible")
    check_env_name(cfg)
    _require(trainer.ray_wait_register_center_timeout > 0, "trainer.ray_wait_register_center_timeout",
             f"must be a positive number of seconds, got {trainer.ray_wait_register_center_timeout!r}")
    _require(trainer.log_val_generations >= 0, "trainer.log_val_generations",
             f"must be >= 0 (number of validation samples to log), got {trainer.log_val_generations!r}")
    from verl.utils.tracking import SUPPORTED as LOGGERS

    for name in trainer.logger:
        _require(name in LOGGERS, "trainer.logger", f"unknown logger {name!r}; supported: {', '.join(LOGGERS)}")
        module = {"wandb": "wandb", "tensorboard": "tensorboard"}.get(name)
        _require(module is None or importlib.util.find_spec(module) is not None, "trainer.logger",
                 f"{name} is not installed (pip install {module}) or drop it from trainer.logger")
    algo = cfg.algorithm
    if algo.use_kl_in_reward:
        from verl.trainer.ppo.core_algos import KL_PENALTY_TYPES

        _require(algo.kl_penalty in KL_PENALTY_TYPES and algo.kl_penalty != "full", "algorithm.kl_penalty",
                 f"must be one of {[t for t in KL_PENALTY_TYPES if t != 'full']}, got {algo.kl_penalty!r}")
        _require(algo.kl_ctrl.type == "fixed", "algorithm.kl_ctrl.type",
                 f"only the fixed KL controller is implemented, got {algo.kl_ctrl.type!r}")

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
    _require(name in ("hf", "vllm", "oracle"), "actor_rollout_ref.rollout.name",
             f"must be hf, vllm or oracle (tests / debugging), got {name!r}")
    if name == "vllm" and check_machine and importlib.util.find_spec("vllm") is None:
        extra = "cpu-vllm" if trainer.device == "cpu" else "gpu"
        raise ConfigError(f"actor_rollout_ref.rollout.name: vllm is not installed on this {trainer.device} "
                          f"machine; pip install 'sdar[{extra}]' or use actor_rollout_ref.rollout.name=hf")

    from verl.trainer.ppo.core_algos import ADV_ESTIMATORS, LOSS_AGG_MODES

    _require(algo.adv_estimator in ADV_ESTIMATORS, "algorithm.adv_estimator",
             f"unknown estimator {algo.adv_estimator!r}; registered: {sorted(ADV_ESTIMATORS)}")
    from verl.trainer.ppo.dynamic_sampling import FILTER_METRICS
    from verl.trainer.ppo.gigpo import GIGPO_MODES

    _require(algo.gigpo.mode in GIGPO_MODES, "algorithm.gigpo.mode",
             f"must be one of {' | '.join(GIGPO_MODES)}, got {algo.gigpo.mode!r}")
    _require(0 < algo.gigpo.similarity_thresh <= 1, "algorithm.gigpo.similarity_thresh",
             f"must be in (0, 1] (a difflib similarity ratio), got {algo.gigpo.similarity_thresh!r}")
    _require(algo.filter_groups.metric in FILTER_METRICS, "algorithm.filter_groups.metric",
             f"must be one of {' | '.join(FILTER_METRICS)}, got {algo.filter_groups.metric!r}")
    for feature, on in (("algorithm.adv_estimator=gigpo", algo.adv_estimator == "gigpo"),
                        ("algorithm.filter_groups.enable=true", algo.filter_groups.enable)):
        _require(not on or cfg.env.rollout.n > 1, "env.rollout.n",
                 f"{feature} compares the episodes of a task group, so it needs env.rollout.n > 1 (got 1)")
    _require(actor.loss_agg_mode in LOSS_AGG_MODES, "actor_rollout_ref.actor.loss_agg_mode",
             f"unknown mode {actor.loss_agg_mode!r}")
    if algo.adv_estimator == "gae":
        check_critic(cfg, world, check_paths)
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
    if not check_paths:
        return
    for key in ("env.alfworld.data_path", "env.webshop.data_dir"):
        value = OmegaConf.select(cfg, key)
        if value and value != "builtin" and key.split(".")[1] in str(cfg.env.env_name).lower():
            _require(pathlib.Path(value).expanduser().exists(), key, f"folder {value} does not exist")
    from verl.trainer.methods import SKILL_SECTION

    section = SKILL_SECTION.get(algo.method)
    if section and algo[section].skills_dir:
        from agent_system.skills.provider import resolve_skills_dir

        path = resolve_skills_dir(algo[section].skills_dir, cfg.env.env_name)
        _require(path.is_dir(), f"algorithm.{section}.skills_dir",
                 f"folder {algo[section].skills_dir} does not exist (expected a skill library like skills/alfworld)")
