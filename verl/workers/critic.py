"""The PPO critic: an FSDP2-sharded value model, its optimizer, its update loop and its checkpoints.

Value model: ``AutoModelForTokenClassification`` with ``num_labels=1`` built from the actor's base
(``critic.model.path``, default ``actor_rollout_ref.model.path``): the same decoder trunk and a fresh
``Linear(hidden, 1)`` head (``score``), dropout off. Chosen over a hand-made trunk + head because it is
a stock Hugging Face class: the checkpoint's config.json names ``*ForTokenClassification``, so
``scripts/model_merger.py`` exports it like the actor (no flag) and the merged folder loads with
``AutoModelForTokenClassification.from_pretrained`` or serves again as ``critic.model.path``.

Values: V_t for response token t is the head's output at the position *before* t, the state in which
the policy chose t (the same positions whose logits give the actor's log-probs). With
``critic.model.use_remove_padding`` the micro-batch is packed as in the actor (no compute on padding).

Workers:
- ``CriticWorker``: the critic alone (its own worker group, or tests);
- ``ActorRolloutRefCriticWorker``: the actor worker plus a critic in the same process, so both share the
  rank's device (verl's colocated layout); main_ppo uses it when ``algorithm.adv_estimator=gae``.
Both expose ``compute_values``, ``update_critic``, ``save_critic_checkpoint``, ``load_critic_checkpoint``.
Checkpoints use the actor's shard format (verl/utils/checkpoint.py) in ``global_step_N/critic/``.
"""
from __future__ import annotations

import logging
import math
import pathlib
from collections import defaultdict

import torch
from omegaconf import DictConfig, OmegaConf

from verl.protocol import DataProto
from verl.trainer.ppo import core_algos
from verl.utils.config import select as _select
from verl.utils.device import flash_attn_available, init_distributed, local_device, resolve_device
from verl.utils.torch_functional import pack_for_response_logits, scatter_response_values
from verl.workers.actor import (DataParallelPPOActor, average_over_ranks, clip_grad_norm, loss_totals,
                                micro_batch_indices, response_valid_mask, varlen_kwargs)
from verl.workers.fsdp_utils import (apply_fsdp2, build_device_mesh, build_optimizer, iter_full_state,
                                     load_from_rank0, move_optimizer_state, non_persistent_buffers,
                                     optimizer_offload_wanted, weights_digest)
from verl.workers.fsdp_workers import ActorRolloutRefWorker
from verl.workers.varlen_attention import VARLEN_ATTENTION

logger = logging.getLogger(__name__)

__all__ = ["CriticWorker", "ActorRolloutRefCriticWorker"]

_INPUT_KEYS = ("input_ids", "attention_mask", "position_ids", "responses")


class CriticWorker:
    """One rank of the critic. Reads ``critic.*`` (model path falls back to ``actor_rollout_ref.model.path``),
    ``trainer.device``, ``trainer.seed`` and ``trainer.worker_timeout_s`` of the FULL config."""

    def __init__(self, config: DictConfig, role: str = "critic"):
        if role != "critic":
            raise ValueError(f"CriticWorker role must be 'critic', got {role!r}")
        if not isinstance(config, DictConfig):
            config = OmegaConf.create(config)
        self.config = config
        self.role = role
        self.device_type = resolve_device(_select(config, "trainer.device", "cpu"))
        self.rank, self.world_size = init_distributed(self.device_type, _select(config, "trainer.worker_timeout_s"))
        self.device = local_device(self.device_type)
        self.seed = int(_select(config, "trainer.seed", 0))
        self.module = self.optimizer = self.lr_scheduler = self.tokenizer = None

    # ------------------------------------------------------------------ construction
    @property
    def _cfg(self) -> DictConfig:
        return self.config.critic

    @property
    def model_path(self) -> str:
        path = _select(self._cfg, "model.path", None) or _select(self.config, "actor_rollout_ref.model.path", None)
        if not path:
            raise ValueError("critic.model.path (or actor_rollout_ref.model.path) is required")
        return str(path)

    @property
    def _trust_remote_code(self) -> bool:
        return bool(_select(self.config, "actor_rollout_ref.model.trust_remote_code", False))

    @property
    def _use_remove_padding(self) -> bool:
        return bool(_select(self._cfg, "model.use_remove_padding", True))

    def _attn_implementation(self) -> str:
        if self.device_type == "cuda" and flash_attn_available():
            return "flash_attention_2"
        return VARLEN_ATTENTION if self._use_remove_padding else "sdpa"

    def _hf_config(self):
        from transformers import AutoConfig

        hf_config = AutoConfig.from_pretrained(self.model_path, trust_remote_code=self._trust_remote_code)
        hf_config.num_labels = 1
        hf_config.classifier_dropout = 0.0  # HF defaults to 0.1: values would be noisy in training mode
        hf_config.use_cache = False
        return hf_config

    def _build_model(self) -> torch.nn.Module:
        """Rank 0 reads the weights; with several ranks the others build on meta and receive their shards
        (the actor worker's scheme, through the same fsdp_utils helpers)."""
        from transformers import AutoModelForTokenClassification

        hf_config, attn = self._hf_config(), self._attn_implementation()
        kwargs = dict(config=hf_config, dtype=torch.float32, attn_implementation=attn,
                      trust_remote_code=self._trust_remote_code)
        if self.world_size == 1:
            model = AutoModelForTokenClassification.from_pretrained(self.model_path, **kwargs)
            full_state, buffers = None, None
        else:
            with torch.device("meta"):
                model = AutoModelForTokenClassification.from_config(hf_config, dtype=torch.float32,
                                                                     attn_implementation=attn,
                                                                     trust_remote_code=self._trust_remote_code)
            full_state, buffers = {}, {}
            if self.rank == 0:
                loaded = AutoModelForTokenClassification.from_pretrained(self.model_path, **kwargs)
                full_state, buffers = loaded.state_dict(), non_persistent_buffers(loaded)
        # the checkpoint's config.json must name the value-model class (the merger picks the class from it)
        model.config.architectures = [type(model).__name__]
        if bool(_select(self._cfg, "model.enable_gradient_checkpointing", False)):
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        fsdp = _select(self._cfg, "model.fsdp_config", {}) or {}
        mesh = build_device_mesh(self.device_type, self.world_size, int(fsdp.get("fsdp_size", -1)))
        mp = fsdp.get("mixed_precision") or {}
        model = apply_fsdp2(model, mesh, device=self.device_type, param_dtype=mp.get("param_dtype", "bf16"),
                            reduce_dtype=mp.get("reduce_dtype", "fp32"),
                            cpu_offload=bool(fsdp.get("param_offload", False)),
                            reshard_after_forward=bool(fsdp.get("reshard_after_forward", True)))
        if full_state is not None:
            offload = self.device_type == "cuda" and bool(fsdp.get("param_offload", False))
            load_from_rank0(model, full_state, buffers, device=self.device,
                            param_device=torch.device("cpu") if offload else self.device)
        return model

    def init_model(self) -> None:
        from transformers import AutoTokenizer

        torch.manual_seed(self.seed + self.rank)  # the fresh value head: same init for the same seed
        self.module = self._build_model()
        self.optimizer, self.lr_scheduler = build_optimizer(self.module.parameters(), _select(self._cfg, "optim", {}),
                                                            "critic.optim", default_lr=1e-5)
        tokenizer_path = _select(self.config, "actor_rollout_ref.model.tokenizer_path", None) or self.model_path
        self.tokenizer = AutoTokenizer.from_pretrained(tokenizer_path, trust_remote_code=self._trust_remote_code)
        # the critic reads the actor's token ids: its embedding table must cover the actor's vocabulary
        vocab = self.module.config.get_text_config().vocab_size
        if len(self.tokenizer) > vocab:
            raise ValueError(f"critic.model.path {self.model_path} has a vocabulary of {vocab} tokens, smaller than "
                             f"the actor tokenizer's {len(self.tokenizer)}: use a critic from the actor's model family")
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")

    @property
    def _optimizer_offload(self) -> bool:
        return optimizer_offload_wanted(_select(self._cfg, "model.fsdp_config", {}) or {}, self.device_type)

    def _require_model(self) -> None:
        if self.module is None:
            raise RuntimeError("the critic has no model: call init_model first")

    # ------------------------------------------------------------------ forward
    def _forward_values(self, micro: dict[str, torch.Tensor]) -> torch.Tensor:
        """V for every response token of a micro-batch, [b, R], 0 where the token (or its predecessor) is padding."""
        input_ids, attention_mask, position_ids = micro["input_ids"], micro["attention_mask"], micro["position_ids"]
        batch, response_length = micro["responses"].shape
        config = self.module.config
        if self._use_remove_padding:
            config._attn_implementation = self._attn_implementation()
            packed = pack_for_response_logits(input_ids, attention_mask, position_ids, response_length)
            extra = varlen_kwargs(packed, config._attn_implementation)
            out = self.module(input_ids=packed.input_ids, position_ids=packed.position_ids, attention_mask=None,
                              use_cache=False, **extra).logits[0, :, 0]
            return scatter_response_values(out[packed.logit_positions].float(), packed.rows, packed.cols, batch,
                                           response_length)
        config._attn_implementation = "sdpa" if self._attn_implementation() == VARLEN_ATTENTION \
            else self._attn_implementation()
        out = self.module(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                          use_cache=False).logits[:, -response_length - 1:-1, 0].float()
        valid = response_valid_mask(attention_mask, response_length)
        return torch.where(valid, out, torch.zeros((), dtype=out.dtype, device=out.device))

    # ------------------------------------------------------------------ worker methods
    @torch.no_grad()
    def compute_values(self, data: DataProto) -> DataProto:
        """values [B, R] of this rank's shard (micro-batches of critic.forward_micro_batch_size_per_gpu)."""
        self._require_model()
        self.module.eval()
        batch = {k: data.batch[k] for k in _INPUT_KEYS}
        micro_size = int(_select(self._cfg, "forward_micro_batch_size_per_gpu", None)
                         or _select(self._cfg, "ppo_micro_batch_size_per_gpu", 1))
        values = torch.zeros(batch["responses"].shape, dtype=torch.float32)
        for idx in micro_batch_indices(data, micro_size, False, None, self.device):
            index = torch.as_tensor(idx, dtype=torch.long)
            values[index] = self._forward_values({k: v[index].to(self.device) for k, v in batch.items()}).cpu()
        if "response_mask" in data.batch.keys():
            values = values * data.batch["response_mask"].to(values.dtype)
        return DataProto.from_dict({"values": values})

    def update_critic(self, data: DataProto) -> DataProto:
        """Clipped value regression on the GAE returns: ppo_epochs passes over mini-batches of
        critic.ppo_mini_batch_size (global), micro-batches of ppo_micro_batch_size_per_gpu with gradient
        accumulation; the loss is the mini-batch's loss over all ranks (the actor's scaling). One LR
        scheduler step per call. Metrics: critic/vf_loss, vf_clipfrac, vpred_mean (micro-batch means),
        grad_norm, lr (optimizer-step means), averaged over ranks."""
        self._require_model()
        cfg = self._cfg
        keys = list(_INPUT_KEYS) + ["response_mask", "values", "returns"]
        missing = [k for k in keys if k not in data.batch.keys()]
        if missing:
            raise KeyError(f"update_critic needs batch keys {missing} (have {sorted(data.batch.keys())})")
        batch = {k: data.batch[k] for k in keys}
        n = len(data)
        global_mini = int(_select(cfg, "ppo_mini_batch_size", n * self.world_size))
        local_mini = max(1, global_mini // self.world_size)
        micro_size = int(_select(cfg, "ppo_micro_batch_size_per_gpu", 1))
        clip = float(_select(cfg, "cliprange_value", 0.5))
        agg_mode = str(_select(cfg, "loss_agg_mode", "token-mean"))
        grad_clip = float(_select(cfg, "grad_clip", 1.0))
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, float] = defaultdict(float)

        def record(name: str, value: float) -> None:
            sums[name] += float(value)
            counts[name] += 1.0

        self.module.train()
        for _ in range(int(_select(cfg, "ppo_epochs", 1))):
            for mini_order in torch.split(torch.arange(n), local_mini):
                mini = DataProto.from_dict({k: v[mini_order] for k, v in batch.items()})
                mask = mini.batch["response_mask"]
                totals = loss_totals(mask, self.device)
                self.optimizer.zero_grad(set_to_none=True)
                for idx in micro_batch_indices(mini, micro_size, False, None, self.device):
                    index = torch.as_tensor(idx, dtype=torch.long)
                    micro = {k: v[index].to(self.device) for k, v in mini.batch.items()}
                    vpreds = self._forward_values(micro)
                    loss, clipfrac = core_algos.compute_value_loss(vpreds, micro["values"], micro["returns"],
                                                                   micro["response_mask"], clip, agg_mode)
                    share = DataParallelPPOActor._share(agg_mode, micro["response_mask"], totals, self.world_size)
                    (loss * share).backward()
                    record("critic/vf_loss", loss.item())
                    record("critic/vf_clipfrac", clipfrac.item())
                    record("critic/vpred_mean", core_algos.masked_mean(vpreds.detach(), micro["response_mask"]).item())
                grad_norm = clip_grad_norm(self.module, grad_clip)
                record("critic/grad_norm", grad_norm)
                record("critic/lr", self.optimizer.param_groups[0]["lr"])
                if math.isfinite(grad_norm):
                    self.optimizer.step()
                else:
                    logger.warning("critic: non-finite grad norm (%s): optimizer step skipped", grad_norm)
                self.optimizer.zero_grad(set_to_none=True)
        self.lr_scheduler.step()
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        metrics = average_over_ranks(sums, counts, self.device)
        return DataProto(meta_info={"metrics": metrics})

    # ------------------------------------------------------------------ checkpoints
    def save_critic_checkpoint(self, local_path: str, global_step: int) -> str:
        """This rank's model / optimizer / scheduler + RNG shards into ``local_path`` (the step's critic/ folder);
        rank 0 adds the value model's config.json (``*ForTokenClassification``) and the tokenizer."""
        from verl.utils.checkpoint import save_fsdp_shards

        self._require_model()
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        # hf_source_dir=None: the base model's config.json would name the causal LM, not the value model
        save_fsdp_shards(local_path, self.module, self.optimizer, self.lr_scheduler, self.rank, self.world_size,
                         hf_source_dir=None, tokenizer=self.tokenizer)
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        logger.info("rank %d saved the critic of step %d to %s", self.rank, global_step, local_path)
        return str(local_path)

    def load_critic_checkpoint(self, local_path: str) -> str:
        """Restore what save_critic_checkpoint wrote (same world size): weights, Adam moments, LR schedule."""
        from verl.utils.checkpoint import load_fsdp_shards

        self._require_model()
        path = pathlib.Path(local_path)
        if (path / "critic").is_dir() and not any(path.glob("model_world_size_*")):
            path = path / "critic"  # the step folder is accepted too
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, self.device)
        load_fsdp_shards(path, self.module, self.optimizer, self.lr_scheduler, self.rank, self.world_size)
        if self._optimizer_offload:
            move_optimizer_state(self.optimizer, "cpu")
        return str(path)

    def critic_fingerprint(self) -> str:
        """SHA-256 of the critic's full weights (a collective: call on every rank)."""
        self._require_model()
        return weights_digest(iter_full_state(self.module, self.device))

    def get_rank(self) -> int:
        return self.rank


class ActorRolloutRefCriticWorker(ActorRolloutRefWorker):
    """The hybrid actor / rollout / reference worker with a critic in the same process (one rank, one device)."""

    def __init__(self, config: DictConfig, role: str = "actor_rollout_ref"):
        super().__init__(config, role)
        self.critic = CriticWorker(self.config, "critic")  # joins the process group the actor already set up

    def init_model(self) -> None:
        super().init_model()
        self.critic.init_model()

    def compute_values(self, data: DataProto) -> DataProto:
        return self.critic.compute_values(data)

    def update_critic(self, data: DataProto) -> DataProto:
        return self.critic.update_critic(data)

    def save_critic_checkpoint(self, local_path: str, global_step: int) -> str:
        return self.critic.save_critic_checkpoint(local_path, global_step)

    def load_critic_checkpoint(self, local_path: str) -> str:
        return self.critic.load_critic_checkpoint(local_path)

    def critic_fingerprint(self) -> str:
        return self.critic.critic_fingerprint()

