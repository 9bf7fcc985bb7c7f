"""ActorRolloutRefWorker: one rank of the hybrid engine (actor + rollout + reference on one device set).

Each rank holds
- the actor: an HF causal LM sharded with FSDP2 across the group, AdamW and an LR scheduler;
- the reference: a frozen FSDP2 copy of the initial weights (optionally CPU-offloaded); with LoRA
  (actor_rollout_ref.model.lora_rank > 0) no copy: the actor's module with its adapters disabled;
  with several ranks only rank 0 reads the full weights from disk; the others build both models on the
  meta device and receive their shards by broadcast (host memory: one full copy, not one per rank);
- the rollout engine: its own unsharded model copy (HF generate or vLLM), refreshed from the actor at
  the end of every update_actor (`sync_rollout_weights`).
Which parts exist depends on the role: "actor_rollout_ref", "actor_rollout", "actor" or "ref".

Methods take and return DataProto shards of this rank (the worker group splits and joins them).
The worker reads the FULL config: actor_rollout_ref.*, trainer.device, trainer.seed.
"""
from __future__ import annotations

import contextlib
import importlib
import logging
import pathlib
from typing import Any

import torch
from omegaconf import DictConfig, OmegaConf

from verl.protocol import DataProto
from verl.trainer.ppo import core_algos
from verl.utils.device import flash_attn_available, init_distributed, local_device, resolve_device
from verl.workers.actor import DataParallelPPOActor
from verl.workers.fsdp_utils import (apply_fsdp2, build_optimizer, build_device_mesh, iter_full_state, load_from_rank0,
                                     move_optimizer_state, non_persistent_buffers, optimizer_offload_wanted,
                                     weights_digest)
from verl.workers.lora import apply_lora, lora_settings, merge_lora_stream
from verl.workers.varlen_attention import VARLEN_ATTENTION
from verl.utils.config import select as _select

logger = logging.getLogger(__name__)

__all__ = ["ActorRolloutRefWorker", "ROLES"]

ROLES = ("actor_rollout_ref", "actor_rollout", "actor", "ref")


class ActorRolloutRefWorker:
    def __init__(self, config: DictConfig, role: str = "actor_rollout_ref"):
        if role not in ROLES:
            raise ValueError(f"ActorRolloutRefWorker role must be one of {ROLES}, got {role!r}")
        if not isinstance(config, DictConfig):
            config = OmegaConf.create(config)
        self.config = config
        self.role = role
        self.is_actor = role in ("actor_rollout_ref", "actor_rollout", "actor")
        self.is_rollout = role in ("actor_rollout_ref", "actor_rollout")
        self.is_ref = role in ("actor_rollout_ref", "ref")
        self.device_type = resolve_device(_select(config, "trainer.device", "cpu"))
        self.rank, self.world_size = init_distributed(self.device_type, _select(config, "trainer.worker_timeout_s"))
        self.device = local_device(self.device_type)
        self.seed = int(_select(config, "trainer.seed", 0))
        self.actor_module = self.actor = self.optimizer = self.lr_scheduler = None
        self.ref_module = self.ref_actor = None
        self.rollout = None
        self.tokenizer = None
        self._engine_awake = True
        self._rank0_weights_cache: tuple[dict, dict] | None = None
        self._full_weight_loads = 0  # how often this rank read the full HF weights (diagnostics)
        self._load_report: dict[str, dict] = {}
        # LoRA (actor_rollout_ref.model.lora_rank > 0): adapters on the actor; the reference is the actor
        # with its adapters disabled, so no reference copy is built (verl/workers/lora.py).
        self.lora = lora_settings(self._arr.get("model"))

    # ------------------------------------------------------------------ construction
    @property
    def _arr(self) -> DictConfig:
        return self.config.actor_rollout_ref

    def _attn_implementation(self) -> str:
        chosen = _select(self.config, "actor_rollout_ref.model.attn_implementation", None)
        if chosen:
            return str(chosen)
        if self.device_type == "cuda" and flash_attn_available():
            return "flash_attention_2"
        # Packed sequences without flash-attn: our varlen attention (the padded path switches to sdpa).
        return VARLEN_ATTENTION if bool(_select(self._arr, "model.use_remove_padding", True)) else "sdpa"

    def _hf_config(self):
        from transformers import AutoConfig

        model_cfg = self._arr.model
        hf_config = AutoConfig.from_pretrained(model_cfg.path,
                                               trust_remote_code=bool(_select(model_cfg, "trust_remote_code", False)))
        overrides = model_cfg.get("override_config") or {}
        if isinstance(overrides, DictConfig):
            overrides = OmegaConf.to_container(overrides, resolve=True)
        for key, value in overrides.items():
            setattr(hf_config, key, value)
        hf_config.use_cache = False
        return hf_config

    def _read_hf_weights(self) -> torch.nn.Module:
        """The full HF model from disk, on the CPU. Master weights are float32 everywhere; on CUDA FSDP's
        mixed precision computes in bf16."""
        from transformers import AutoModelForCausalLM

        trust = bool(_select(self._arr.model, "trust_remote_code", False))
        self._full_weight_loads += 1
        return AutoModelForCausalLM.from_pretrained(self._arr.model.path, config=self._hf_config(), dtype=torch.float32,
                                                    attn_implementation=self._attn_implementation(),
                                                    trust_remote_code=trust)

    def _rank0_weights(self) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
        """(full state dict, non-persistent buffers) read once on rank 0 and shared by actor and reference."""
        if self._rank0_weights_cache is None:
            model = self._read_hf_weights()
            self._rank0_weights_cache = (model.state_dict(), non_persistent_buffers(model))
        return self._rank0_weights_cache

    def _prepare(self, model: torch.nn.Module, trainable: bool) -> torch.nn.Module:
        if trainable and bool(_select(self._arr.model, "enable_gradient_checkpointing", False)):
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if trainable and self.lora is not None:
            model = apply_lora(model, self.lora)  # on the meta device too: same names and shapes everywhere
        if not trainable:
            model.requires_grad_(False)
            model.eval()
        return model

    def _build_sharded_model(self, which: str, trainable: bool, fsdp_config: Any) -> torch.nn.Module:
        """The HF model sharded with FSDP2. With several ranks only rank 0 reads the full weights: every
        rank builds the model on the meta device, shards it, allocates its shard, then receives its part
        of rank 0's weights (host memory: one full copy on rank 0 instead of one per rank)."""
        from transformers import AutoModelForCausalLM

        if self.world_size == 1:
            model = self._shard(self._prepare(self._read_hf_weights(), trainable), fsdp_config)
            full_numel = sum(p.numel() for p in model.parameters())
            self._record_load(which, model, built_on="cpu", full_numel_held=full_numel)
            return model
        with torch.device("meta"):
            model = AutoModelForCausalLM.from_config(
                self._hf_config(), dtype=torch.float32, attn_implementation=self._attn_implementation(),
                trust_remote_code=bool(_select(self._arr.model, "trust_remote_code", False)))
        built_on = {p.device.type for p in model.parameters()}
        model = self._shard(self._prepare(model, trainable), fsdp_config)
        if trainable and self.lora is not None and self.rank == 0:
            # rank 0 draws the adapters' initial values on a real copy; the other ranks receive them
            lora_model = apply_lora(self._read_hf_weights(), self.lora)
            full_state, buffers = lora_model.state_dict(), non_persistent_buffers(lora_model)
        else:
            full_state, buffers = self._rank0_weights() if self.rank == 0 else ({}, {})
        # Under FSDP CPU offload the shards must live on the CPU (FSDP2 checks it at the first forward).
        offload = self.device_type == "cuda" and bool(_select(fsdp_config, "param_offload", False))
        full_numel = sum(t.numel() for t in {t.data_ptr(): t for t in full_state.values()}.values())  # ties once
        load_from_rank0(model, dict(full_state), buffers, device=self.device,
                        param_device=torch.device("cpu") if offload else self.device)
        self._record_load(which, model, built_on="+".join(sorted(built_on)), full_numel_held=full_numel)
        return model

    def _record_load(self, which: str, model: torch.nn.Module, built_on: str, full_numel_held: int) -> None:
        from torch.distributed.tensor import DTensor

        local = sum((p.to_local() if isinstance(p, DTensor) else p).numel() for p in model.parameters())
        self._load_report[which] = {"built_on": built_on, "full_numel_held": int(full_numel_held),
                                    "local_numel": int(local),
                                    "full_numel": int(sum(p.numel() for p in model.parameters())),
                                    "full_weight_loads": self._full_weight_loads}

    def _shard(self, model: torch.nn.Module, fsdp_config: Any) -> torch.nn.Module:
        mesh = build_device_mesh(self.device_type, self.world_size, int(_select(fsdp_config, "fsdp_size", -1)))
        mp = _select(fsdp_config, "mixed_precision", {}) or {}
        return apply_fsdp2(model, mesh, device=self.device_type,
                           param_dtype=mp.get("param_dtype", "bf16"), reduce_dtype=mp.get("reduce_dtype", "fp32"),
                           cpu_offload=bool(_select(fsdp_config, "param_offload", False)),
                           reshard_after_forward=bool(_select(fsdp_config, "reshard_after_forward", True)))

    def _build_optimizer(self) -> None:
        trainable = [p for p in self.actor_module.parameters() if p.requires_grad]  # LoRA: the adapters only
        self.optimizer, self.lr_scheduler = build_optimizer(trainable, self._arr.actor.optim,
                                                            "actor_rollout_ref.actor.optim", default_lr=1e-6)

    def _micro_size(self, section: Any, per_gpu_key: str, global_key: str) -> int:
        per_gpu = _select(section, per_gpu_key, None)
        if per_gpu is None and _select(section, global_key, None):
            per_gpu = max(1, int(section[global_key]) // self.world_size)
        return int(per_gpu or 1)

    def init_model(self) -> None:
        from transformers import AutoTokenizer

        model_cfg = self._arr.model
        if not _select(model_cfg, "path", None):
            raise ValueError("actor_rollout_ref.model.path is required (an HF model folder or hub id)")
        if _select(model_cfg, "external_lib", None):
            importlib.import_module(model_cfg.external_lib)
        strategy = str(_select(self._arr, "actor.strategy", "fsdp2"))
        if strategy not in ("fsdp2", "fsdp"):
            raise ValueError(f"actor_rollout_ref.actor.strategy must be fsdp2, got {strategy!r}")
        torch.manual_seed(self.seed + self.rank)
        tokenizer_path = _select(model_cfg, "tokenizer_path", None) or model_cfg.path
        self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_path,
                                                       trust_remote_code=bool(_select(model_cfg, "trust_remote_code", False)))
        use_rmpad = bool(_select(model_cfg, "use_remove_padding", True))
        attn = self._attn_implementation()
        try:
            if self.is_actor:
                self.actor_module = self._build_sharded_model("actor", True, self._arr.actor.fsdp_config)
                self._build_optimizer()
                self.actor = DataParallelPPOActor(self._arr.actor, self.actor_module, self.optimizer,
                                                  self.lr_scheduler, use_remove_padding=use_rmpad,
                                                  attn_implementation=attn, device=self.device, seed=self.seed)
            if self.is_ref:
                # with LoRA the reference is the actor's module with its adapters disabled
                share = self.lora is not None and self.actor_module is not None
                self.ref_module = None if share else self._build_sharded_model("ref", False, self._arr.ref.fsdp_config)
                self.ref_actor = DataParallelPPOActor(self._arr.ref, self.actor_module if share else self.ref_module,
                                                      use_remove_padding=use_rmpad,
                                                      attn_implementation=attn, device=self.device, seed=self.seed)
        finally:
            self._rank0_weights_cache = None  # rank 0's full copy is not needed once every shard is loaded
        if self.is_rollout:
            from verl.workers.rollout import build_rollout

            rollout_cfg = OmegaConf.create(OmegaConf.to_container(self._arr.rollout, resolve=True))
            # Ranks must not draw the same random numbers: identical prompts on two ranks would get identical samples.
            rollout_cfg.seed = int(rollout_cfg.get("seed", 0) or 0) + self.rank
            rollout_cfg.trust_remote_code = bool(_select(model_cfg, "trust_remote_code", False))
            self.rollout = build_rollout(str(model_cfg.path), rollout_cfg, self.tokenizer, str(self.device))
            self._engine_awake = True
            if "dummy" in str(rollout_cfg.get("load_format", "")) and str(rollout_cfg.get("name", "hf")) != "hf":
                self.sync_rollout_weights()  # an engine started with dummy weights needs the real ones now
            self._sleep_engine()
        if self.is_actor and self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")

    # ------------------------------------------------------------------ rollout
    @property
    def _optimizer_offload(self) -> bool:
        return optimizer_offload_wanted(self._arr.actor.fsdp_config, self.device_type)

    def _wake_engine(self) -> None:
        if not self._engine_awake:
            self.rollout.wake_up()
            self._engine_awake = True

    def _sleep_engine(self) -> None:
        if self._engine_awake and bool(_select(self._arr, "rollout.free_cache_engine", False)):
            self.rollout.sleep()
            self._engine_awake = False

    def _require(self, part: str) -> None:
        if getattr(self, part) is None:
            raise RuntimeError(f"{part} is not available: role {self.role!r} (or init_model was not called)")

    def generate_sequences(self, prompts: DataProto) -> DataProto:
        self._require("rollout")
        prompts.meta_info.setdefault("eos_token_id", self.tokenizer.eos_token_id)
        prompts.meta_info.setdefault("pad_token_id", self.tokenizer.pad_token_id)
        self._wake_engine()
        try:
            return self.rollout.generate_sequences(prompts)
        finally:
            self._sleep_engine()

    def sync_rollout_weights(self) -> None:
        """Gather the actor's full weights tensor by tensor and load them into this rank's engine."""
        self._require("rollout")
        self._require("actor_module")
        self._wake_engine()
        weights = iter_full_state(self.actor_module, self.device)
        if self.lora is not None:  # the engines get plain HF weights W + (alpha / r) B A
            weights = merge_lora_stream(weights, self.lora.scaling)
        self.rollout.load_weights(weights)
        self._sleep_engine()

    # ------------------------------------------------------------------ log-probs
    def _temperature(self, data: DataProto) -> float:
        return float(data.meta_info.get("temperature", _select(self._arr, "rollout.temperature", 1.0)))

    def compute_log_prob(self, data: DataProto) -> DataProto:
        self._require("actor")
        rollout = self._arr.rollout
        calculate_entropy = bool(data.meta_info.get("calculate_entropy", False))
        log_probs, entropys = self.actor.compute_log_prob(
            data, temperature=self._temperature(data),
            micro_batch_size=self._micro_size(rollout, "log_prob_micro_batch_size_per_gpu", "log_prob_micro_batch_size"),
            use_dynamic_bsz=bool(_select(rollout, "log_prob_use_dynamic_bsz", False)),
            max_token_len=int(_select(rollout, "log_prob_max_token_len_per_gpu", 16384)),
            calculate_entropy=calculate_entropy, share_prefix=bool(data.meta_info.get("share_prefix", False)))
        tensors = {"old_log_probs": log_probs}
        metrics: dict[str, float] = {}
        if entropys is not None:
            tensors["entropys"] = entropys
            mask = data.batch["response_mask"] if "response_mask" in data.batch.keys() else \
                data.batch["attention_mask"][:, -log_probs.shape[1]:]
            mode = str(_select(self._arr, "actor.loss_agg_mode", "token-mean"))
            metrics["actor/entropy_loss"] = float(core_algos.agg_loss(entropys, mask, mode))
        return DataProto.from_dict(tensors, meta_info={"metrics": metrics})

    def compute_ref_log_prob(self, data: DataProto) -> DataProto:
        self._require("ref_actor")
        ref = self._arr.ref
        # LoRA: the reference policy is the frozen base, i.e. the actor with its adapters switched off
        base_only = self.actor_module.disable_adapter() if self.ref_module is None else contextlib.nullcontext()
        with base_only:
            log_probs, _ = self.ref_actor.compute_log_prob(
                data, temperature=self._temperature(data),
                micro_batch_size=self._micro_size(ref, "log_prob_micro_batch_size_per_gpu", "log_prob_micro_batch_size"),
                use_dynamic_bsz=bool(_select(ref, "log_prob_use_dynamic_bsz", False)),
                max_token_len=int(_select(ref, "log_prob_max_token_len_per_gpu", 16384)))
        return DataProto.from_dict({"ref_log_prob": log_probs})

    # ------------------------------------------------------------------ training
    def update_actor(self, data: DataProto) -> DataProto:
        self._require("actor")
        data.meta_info.setdefault("temperature", self._temperature(data))
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        metrics = self.actor.update_policy(data)
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        if self.rollout is not None:
            self.sync_rollout_weights()
        return DataProto(meta_info={"metrics": metrics})

    # ------------------------------------------------------------------ checkpoints
    def _actor_dir(self, local_path: str) -> pathlib.Path:
        path = pathlib.Path(local_path)
        if not any(path.glob("model_world_size_*_rank_*.pt")) and (path / "actor").is_dir():
            path = path / "actor"  # accept the step folder as well as its actor/ subfolder
        return path

    def save_checkpoint(self, local_path: str, global_step: int) -> str:
        """Write this rank's model / optimizer / extra-state shards into `local_path` (the step's actor/ folder)."""
        from verl.utils.checkpoint import save_fsdp_shards

        self._require("actor")
        contents = set(_select(self._arr, "actor.checkpoint.contents", ["model", "optimizer", "extra"]))
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        save_fsdp_shards(local_path, self.actor_module, self.optimizer if "optimizer" in contents else None,
                         self.lr_scheduler, self.rank, self.world_size, hf_source_dir=self._hf_source_dir(),
                         tokenizer=self.tokenizer,
                         extra_state={"rollout_sampler": self.rollout.sampler_state() if self.rollout else {}},
                         trainable_only=self.lora is not None)
        if self.lora is not None and self.rank == 0:  # r, alpha, targets and the base model path, for the merger
            self.actor_module.peft_config["default"].save_pretrained(local_path)
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        logger.info("rank %d saved step %d to %s", self.rank, global_step, local_path)
        return str(local_path)

    def load_checkpoint(self, local_path: str) -> str:
        """Restore model, optimizer, LR scheduler and RNG states saved by save_checkpoint (same world size),
        then push the restored weights to the rollout engine."""
        from verl.utils.checkpoint import load_fsdp_shards

        self._require("actor")
        actor_dir = self._actor_dir(local_path)
        contents = set(_select(self._arr, "actor.checkpoint.contents", ["model", "optimizer", "extra"]))
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        extra = load_fsdp_shards(actor_dir, self.actor_module, self.optimizer, self.lr_scheduler, self.rank,
                                 self.world_size, load_optimizer="optimizer" in contents, load_extra="extra" in contents)
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        if self.rollout is not None:
            self.sync_rollout_weights()
            if "extra" in contents:
                self.rollout.load_sampler_state(extra.get("user", {}).get("rollout_sampler", {}))
        return str(actor_dir)

    def _hf_source_dir(self) -> str | None:
        path = pathlib.Path(str(self._arr.model.path))
        return str(path) if path.is_dir() else None  # a hub id: the live config / tokenizer are saved instead

    # ------------------------------------------------------------------ diagnostics
    def weights_fingerprint(self, which: str = "actor") -> str:
        """SHA-256 of the full weights of 'actor' / 'ref' (a collective: call on every rank) or of this
        rank's 'rollout' engine. Equal fingerprints = bit-identical weights."""
        if which == "rollout":
            self._require("rollout")
            if not hasattr(self.rollout, "model"):
                raise NotImplementedError(f"{type(self.rollout).__name__} does not expose its weights")
            return weights_digest(self.rollout.model.state_dict().items())
        if which in ("actor", "ref"):
            module = self.actor_module if which == "actor" else self.ref_module
            if module is None:
                raise RuntimeError(f"no {which} model on role {self.role!r}")
            return weights_digest(iter_full_state(module, self.device))
        raise ValueError(f"which must be 'actor', 'ref' or 'rollout', got {which!r}")

    def loading_report(self) -> dict[str, dict]:
        """How this rank built each sharded model: 'built_on' (device type of the freshly built parameters:
        'meta' on ranks that never materialise the full model), 'full_numel_held' (elements of full weights
        this rank held in host memory: the model size on rank 0, 0 elsewhere), 'local_numel' (this rank's
        shard), 'full_numel' (model size), 'full_weight_loads' (reads of the HF weights so far)."""
        return {which: dict(report) for which, report in self._load_report.items()}

    def get_rank(self) -> int:
        return self.rank
