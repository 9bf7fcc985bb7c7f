"""Log-probs and the PPO update of one data-parallel rank's (FSDP-sharded) policy.

`DataParallelPPOActor` owns no process group logic beyond a few all-reduces: the FSDP module does
the gradient reduction. The same class serves the frozen reference model (no optimizer).

Padding-free forward (`use_remove_padding`): the real tokens of a micro-batch are packed back to back
into one row with per-sequence position ids, so padding costs no compute. Attention stays inside each
sequence: flash-attn ("flash_attention_2") and our "sdar_varlen" (varlen_attention.py: torch's varlen
kernel on CUDA, per-sequence SDPA on CPU) get the sequence boundaries as cu_seqlens; an explicit
"sdpa" / "eager" choice also works (HF then builds a dense block-diagonal mask from the position-id
resets, correct but quadratic in the packed length). In both modes only the positions that predict
response tokens go through the LM head (`logits_to_keep`), which with a 152k vocabulary is most of
the memory and a large share of the compute.

Loss scaling: the micro-batch losses of a mini-batch are weighted so their sum is the mini-batch
loss over ALL data-parallel ranks (e.g. token-mean = sum over every valid token of the global
mini-batch / their count), whatever the micro-batch split; FSDP's gradient averaging over ranks is
undone by the factor world_size. With meta_info["faithful"] (algorithm.faithful) they are scaled as
the reference does instead: each micro-batch aggregated on its own, divided by the gradient
accumulation count (mini // micro; rows / mini with dynamic batch sizes), averaged over ranks; a
token-mean then weighs the tokens of short micro-batches more.
"""
from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import torch
import torch.distributed as dist

from verl.protocol import DataProto
from verl.trainer.ppo import core_algos, distill
from verl.utils.prefix_sharing import (SharedHead, pack_with_shared_prefixes, plan_cached_heads, real_tokens,
                                       share_limits, shared_prefix_order, split_sorted_rows)
from verl.utils.seqlen_balancing import rearrange_micro_batches
from verl.utils.torch_functional import pack_for_response_logits, scatter_response_values
from verl.workers.fsdp_utils import all_reduce_max, all_reduce_sum
from verl.workers.varlen_attention import VARLEN_ATTENTION

# Attention implementations that take the packed sequence boundaries as cu_seqlens kwargs.
VARLEN_KERNELS = (VARLEN_ATTENTION, "flash_attention_2", "flash_attention_3")

logger = logging.getLogger(__name__)

__all__ = ["DataParallelPPOActor", "micro_batch_indices"]

DISTILL_TYPES = ("sdar", "sdl", "topk_reverse_kl")


def _cfg(cfg: Any, key: str, default: Any) -> Any:
    value = cfg.get(key, default) if cfg is not None else default
    return default if value is None else value


def varlen_kwargs(packed: Any, attn_implementation: str) -> dict[str, Any]:
    """The flash-attention varlen arguments of a packed forward (none for other kernels)."""
    if attn_implementation not in VARLEN_KERNELS:
        return {}
    return dict(cu_seq_lens_q=packed.cu_seqlens, cu_seq_lens_k=packed.cu_seqlens,
                max_length_q=packed.max_seqlen, max_length_k=packed.max_seqlen)


def response_valid_mask(attention_mask: torch.Tensor, response_length: int) -> torch.Tensor:
    """[b, R] True where a response token and the token predicting it are both real (padded forward)."""
    valid = attention_mask[:, -response_length:] != 0
    if attention_mask.shape[1] > response_length:  # the token before each response token must be real too
        valid = valid & (attention_mask[:, -response_length - 1:-1] != 0)
    return valid


def loss_totals(response_mask: torch.Tensor, device: torch.device, group=None) -> dict[str, float]:
    """Global (all-rank) normalisers of a mini-batch for each aggregation mode (actor and critic)."""
    tokens = float(response_mask.sum())
    sequences = float((response_mask.sum(-1) > 0).sum())
    rows = float(response_mask.shape[0])
    totals = all_reduce_sum([tokens, sequences, rows], device, group)
    return {"token-mean": totals[0], "seq-mean-token-sum": totals[1], "seq-mean-token-mean": totals[1],
            "seq-mean-token-sum-norm": totals[2]}


def clip_grad_norm(module: torch.nn.Module, max_norm: float) -> float:
    """Clip the gradients of `module` (max_norm <= 0: no clipping) and return the full (unsharded) norm."""
    params = [p for p in module.parameters() if p.grad is not None]
    if not params:
        return 0.0
    norm = torch.nn.utils.clip_grad_norm_(params, max_norm=max_norm if max_norm > 0 else float("inf"))
    if hasattr(norm, "full_tensor"):
        norm = norm.full_tensor()
    return float(norm)


def average_over_ranks(sums: dict[str, float], counts: dict[str, float], device: torch.device,
                       group=None) -> dict[str, float]:
    """Mean of every metric over all micro-batches (or optimizer steps) of all ranks."""
    names = sorted(sums)
    world_size = dist.get_world_size(group) if dist.is_initialized() else 1
    if world_size > 1:
        gathered: list[Any] = [None] * world_size
        dist.all_gather_object(gathered, names, group=group)
        if any(g != names for g in gathered):
            raise RuntimeError(f"ranks disagree on metric names: {gathered}")
    totals = all_reduce_sum([sums[k] for k in names] + [counts[k] for k in names], device, group)
    k = len(names)
    return {name: totals[i] / max(totals[k + i], 1.0) for i, name in enumerate(names)}


def micro_batch_indices(data: DataProto, micro_batch_size: int | None, use_dynamic_bsz: bool,
                        max_token_len: int | None, device: torch.device, group=None,
                        share_prefix: bool = False) -> list[list[int]]:
    """Sample indices of each micro-batch, in order of execution.

    Fixed size: consecutive slices. Dynamic: groups under a token budget, with the group count raised to
    the maximum over the data-parallel ranks, so every rank runs the same number of FSDP forwards.
    `share_prefix`: the rows sorted by content and cut between task groups (prefix_sharing.split_sorted_rows),
    so a micro-batch holds whole groups whose common heads run once; budgets count those heads in full.
    Where the cuts fall depends on the rows, so the count is matched over the ranks in both modes.
    """
    n = len(data)
    if n == 0:
        return []
    if use_dynamic_bsz and not max_token_len:
        raise ValueError("use_dynamic_bsz needs a positive *_max_token_len_per_gpu")
    if not use_dynamic_bsz and (not micro_batch_size or micro_batch_size < 1):
        raise ValueError(f"micro batch size must be a positive integer, got {micro_batch_size!r}")
    seqlens = data.batch["attention_mask"].sum(-1).tolist()
    if share_prefix:
        order, links = shared_prefix_order(data.batch["input_ids"], data.batch["attention_mask"])
        limits = {"max_tokens": int(max_token_len)} if use_dynamic_bsz else {"max_rows": int(micro_batch_size)}
        parts = [order[a:b] for a, b in split_sorted_rows(links, [seqlens[i] for i in order], **limits)]
        count = all_reduce_max(len(parts), device, group)
        while len(parts) < min(count, n):  # halve the longest until the ranks agree
            longest = max(range(len(parts)), key=lambda i: len(parts[i]))
            part = parts.pop(longest)
            parts[longest:longest] = [part[:len(part) // 2], part[len(part) // 2:]]
    elif use_dynamic_bsz:
        count = all_reduce_max(len(rearrange_micro_batches(seqlens, int(max_token_len))), device, group)
        parts = rearrange_micro_batches(seqlens, int(max_token_len), min_num_micro_batches=min(count, n))
    else:
        return [list(range(s, min(n, s + micro_batch_size))) for s in range(0, n, micro_batch_size)]
    if len(parts) < count:
        raise RuntimeError(f"rank has {n} samples but {count} micro-batches are needed to match the other ranks")
    return parts


@dataclass(frozen=True)
class _LossSettings:
    """Everything the per-micro-batch loss needs, read once per update_policy call."""
    temperature: float
    agg_mode: str
    pg_agg_mode: str
    loss_mode: str
    clip_low: float
    clip_high: float
    clip_c: float
    pg_coef: float
    entropy_coeff: float
    use_kl: bool
    kl_coef: float
    kl_type: str
    distill_type: str | None
    distill_coef: float
    gate_beta: float
    topk: int

    @classmethod
    def from_config(cls, cfg: Any, temperature: float, distill_spec: dict | None, use_kl: bool) -> "_LossSettings":
        loss_mode = str(_cfg(_cfg(cfg, "policy_loss", {}), "loss_mode", "vanilla"))
        agg_mode = str(_cfg(cfg, "loss_agg_mode", "token-mean"))
        clip_ratio = float(_cfg(cfg, "clip_ratio", 0.2))
        spec = distill_spec or {}
        return cls(
            temperature=temperature, agg_mode=agg_mode,
            # GSPO's policy loss is always a per-sequence mean (core_algos.compute_policy_loss).
            pg_agg_mode="seq-mean-token-mean" if loss_mode == "gspo" else agg_mode, loss_mode=loss_mode,
            clip_low=float(_cfg(cfg, "clip_ratio_low", clip_ratio)),
            clip_high=float(_cfg(cfg, "clip_ratio_high", clip_ratio)),
            clip_c=float(_cfg(cfg, "clip_ratio_c", 3.0)), pg_coef=float(_cfg(cfg, "pg_loss_coef", 1.0)),
            entropy_coeff=float(_cfg(cfg, "entropy_coeff", 0.0)), use_kl=use_kl,
            kl_coef=float(_cfg(cfg, "kl_loss_coef", 0.0)), kl_type=str(_cfg(cfg, "kl_loss_type", "low_var_kl")),
            distill_type=spec.get("type"), distill_coef=float(spec.get("coef", 0.0) or 0.0),
            gate_beta=float(spec.get("gate_beta", 5.0) if spec.get("gate_beta") is not None else 5.0),
            topk=int(spec.get("topk", 32) or 32))


class DataParallelPPOActor:
    """Forward passes and PPO updates for one rank.

    Args:
        config: the `actor_rollout_ref.actor` (or `.ref`) config subtree.
        module: the FSDP2-sharded HF causal LM.
        optimizer / lr_scheduler: None for the reference model.
        use_remove_padding: pack sequences (see the module docstring).
        attn_implementation: the model's attention implementation (decides how packed sequences are told apart).
        device: the compute device; group: the data-parallel process group (None = world).
    """

    def __init__(self, config: Any, module: torch.nn.Module, optimizer: torch.optim.Optimizer | None = None,
                 lr_scheduler: Any = None, *, use_remove_padding: bool = True, attn_implementation: str = "sdpa",
                 device: torch.device | str = "cpu", group=None, seed: int = 0):
        self.config = config
        self.module = module
        self.optimizer = optimizer
        self.lr_scheduler = lr_scheduler
        self.use_remove_padding = use_remove_padding
        self.attn_implementation = attn_implementation
        self.device = torch.device(device)
        self.group = group
        self.world_size = dist.get_world_size(group) if dist.is_initialized() else 1
        self.seed = seed
        self.update_calls = 0

    # ------------------------------------------------------------------ forward
    def _select_attention(self, packed: bool, shared_prefix: bool = False) -> None:
        """Our varlen attention needs packed input and builds no mask; padded batches go through SDPA.
        A shared-prefix forward always uses ours (only it reads `prefix_segments`)."""
        wanted = self.attn_implementation if packed or self.attn_implementation != VARLEN_ATTENTION else "sdpa"
        if shared_prefix:
            wanted = VARLEN_ATTENTION
        config = getattr(self.module, "config", None)
        if config is not None and config._attn_implementation != wanted:
            config._attn_implementation = wanted

    def forward_micro_batch(self, micro: dict[str, torch.Tensor], temperature: float, calculate_entropy: bool = False,
                            return_logits: bool = False, input_prefix: str = "",
                            entropy_requires_grad: bool = True, share_prefix: bool = False,
                            head: SharedHead | None = None) -> dict[str, torch.Tensor]:
        """Per-response-token outputs of one micro-batch, each [b, R] (logits [b, R, V]), 0 on padding.

        `input_prefix="teacher_"` reads teacher_input_ids / teacher_attention_mask / teacher_position_ids
        (a different prompt followed by the same responses). `share_prefix`: rows with a common head run
        it once (verl/utils/prefix_sharing.py; for no-grad forwards, equal up to float rounding), and the
        first `head.length` tokens of every row not at all: `head` has their keys and values (and keeps
        this forward's for the next micro-batch, as head.prepare asked).
        """
        input_ids = micro[f"{input_prefix}input_ids"]
        attention_mask = micro[f"{input_prefix}attention_mask"]
        position_ids = micro[f"{input_prefix}position_ids"]
        responses = micro["responses"]
        batch, response_length = responses.shape
        self._select_attention(packed=self.use_remove_padding, shared_prefix=share_prefix)
        if self.use_remove_padding or share_prefix:
            if share_prefix:
                packed = pack_with_shared_prefixes(input_ids, attention_mask, position_ids, response_length,
                                                   head=head.length if head is not None else 0)
                extra = {"prefix_segments": packed.segments, "prefix_masks": {}}
                if head is not None and head.active:
                    extra["prefix_head"] = head
            else:
                packed = pack_for_response_logits(input_ids, attention_mask, position_ids, response_length)
                extra = varlen_kwargs(packed, self.attn_implementation)
            logits = self.module(input_ids=packed.input_ids, position_ids=packed.position_ids, attention_mask=None,
                                 use_cache=False, logits_to_keep=packed.logit_positions, **extra).logits[0]
            labels = packed.labels
            log_probs = core_algos.logprobs_from_logits(logits, labels, temperature=temperature)
            out = {"log_probs": scatter_response_values(log_probs, packed.rows, packed.cols, batch, response_length)}
            if calculate_entropy:
                with torch.set_grad_enabled(entropy_requires_grad and torch.is_grad_enabled()):
                    entropy = core_algos.entropy_from_logits(logits.float() / temperature)
                out["entropy"] = scatter_response_values(entropy, packed.rows, packed.cols, batch, response_length)
            if return_logits:
                out["logits"] = scatter_response_values(logits, packed.rows, packed.cols, batch, response_length)
            return out

        logits = self.module(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                             use_cache=False, logits_to_keep=response_length + 1).logits[:, :-1]
        valid = response_valid_mask(attention_mask, response_length)
        zero = torch.zeros((), dtype=torch.float32, device=logits.device)
        log_probs = core_algos.logprobs_from_logits(logits, responses, temperature=temperature)
        out = {"log_probs": torch.where(valid, log_probs, zero)}
        if calculate_entropy:
            with torch.set_grad_enabled(entropy_requires_grad and torch.is_grad_enabled()):
                entropy = core_algos.entropy_from_logits(logits.float() / temperature)
            out["entropy"] = torch.where(valid, entropy, zero)
        if return_logits:
            out["logits"] = logits * valid.unsqueeze(-1).to(logits.dtype)
        return out

    # ------------------------------------------------------------------ log-probs (no grad)
    @torch.no_grad()
    def compute_log_prob(self, data: DataProto, *, temperature: float, micro_batch_size: int | None,
                         use_dynamic_bsz: bool = False, max_token_len: int | None = None,
                         calculate_entropy: bool = False, share_prefix: bool = False
                         ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Log-probs [B, R] (and entropies [B, R]) of the response tokens, in the input order.

        `share_prefix` (the teacher forward): rows sorted by content so that rows with a common head share
        a micro-batch, where the head runs once (forward_micro_batch), and a head common to consecutive
        micro-batches is kept from one to the next (prefix_sharing.plan_cached_heads): no extra forwards.
        """
        self.module.eval()
        keys = ["input_ids", "attention_mask", "position_ids", "responses"]
        batch = {k: data.batch[k] for k in keys}
        groups = micro_batch_indices(data, micro_batch_size, use_dynamic_bsz, max_token_len, self.device, self.group,
                                     share_prefix=share_prefix)
        plan, head = [(0, 0)] * len(groups), SharedHead()
        if share_prefix and groups:
            tokens = real_tokens(batch["input_ids"], batch["attention_mask"])
            limits = share_limits(batch["attention_mask"], batch["position_ids"], batch["responses"].shape[1])
            plan = plan_cached_heads(tokens, limits, groups)
        log_probs = torch.zeros(batch["responses"].shape, dtype=torch.float32)
        entropys = torch.zeros_like(log_probs) if calculate_entropy else None
        for idx, (keep, cached) in zip(groups, plan):
            index = torch.as_tensor(idx, dtype=torch.long)
            micro = {k: v[index].to(self.device) for k, v in batch.items()}
            head.prepare(keep, cached)
            out = self.forward_micro_batch(micro, temperature, calculate_entropy=calculate_entropy,
                                           share_prefix=share_prefix, head=head)
            head.commit()
            log_probs[index] = out["log_probs"].float().cpu()
            if entropys is not None:
                entropys[index] = out["entropy"].float().cpu()
        return log_probs, entropys

    # ------------------------------------------------------------------ PPO update
    @staticmethod
    def _share(mode: str, micro_mask: torch.Tensor, totals: dict[str, float], world_size: int) -> float:
        """Weight of a micro-batch's aggregated loss in the global mini-batch loss (times world size)."""
        if mode == "token-mean":
            part = float(micro_mask.sum())
        elif mode == "seq-mean-token-sum-norm":
            part = float(micro_mask.shape[0])
        else:
            part = float((micro_mask.sum(-1) > 0).sum())
        total = totals[mode]
        return 0.0 if total <= 0 else part / total * world_size

    def update_policy(self, data: DataProto) -> dict[str, float]:
        """PPO epochs over mini-batches with gradient accumulation; one LR-scheduler step per call."""
        if self.optimizer is None:
            raise RuntimeError("update_policy called on a model without an optimizer (the reference model?)")
        cfg = self.config
        temperature = float(data.meta_info.get("temperature", 1.0))
        distill_spec = data.meta_info.get("distill")
        distill_type = None
        if distill_spec:
            distill_type = distill_spec.get("type")
            if distill_type not in DISTILL_TYPES:
                raise ValueError(f"meta_info['distill']['type'] must be one of {DISTILL_TYPES}, got {distill_type!r}")
        use_kl = bool(_cfg(cfg, "use_kl_loss", False))
        keys = ["input_ids", "attention_mask", "position_ids", "responses", "response_mask", "old_log_probs",
                "advantages"]
        if use_kl:
            keys.append("ref_log_prob")
        if distill_type in ("sdar", "sdl"):
            keys.append("teacher_log_probs")
        if distill_type == "topk_reverse_kl":
            keys += ["teacher_input_ids", "teacher_attention_mask", "teacher_position_ids"]
        missing = [k for k in keys if k not in data.batch.keys()]
        if missing:
            raise KeyError(f"update_actor needs batch keys {missing} (have {sorted(data.batch.keys())})")
        batch = {k: data.batch[k] for k in keys}
        n = len(data)

        global_mini = int(_cfg(cfg, "ppo_mini_batch_size", n * self.world_size))
        local_mini = global_mini // self.world_size
        if local_mini < 1:
            raise ValueError(f"actor.ppo_mini_batch_size={global_mini} is smaller than the world size {self.world_size}")
        micro_size = _cfg(cfg, "ppo_micro_batch_size_per_gpu", None)
        if micro_size is None and _cfg(cfg, "ppo_micro_batch_size", None):
            micro_size = max(1, int(cfg.ppo_micro_batch_size) // self.world_size)
        use_dynamic = bool(_cfg(cfg, "use_dynamic_bsz", False))
        max_tokens = int(_cfg(cfg, "ppo_max_token_len_per_gpu", 16384))
        settings = _LossSettings.from_config(cfg, temperature, distill_spec, use_kl)
        grad_clip = float(_cfg(cfg, "grad_clip", 1.0))
        epochs = int(_cfg(cfg, "ppo_epochs", 1))
        shuffle = bool(_cfg(cfg, "shuffle", False))
        seed = int(_cfg(cfg, "data_loader_seed", self.seed))
        # algorithm.faithful: scale micro-batch losses as the reference does (see the module docstring)
        faithful = bool(data.meta_info.get("faithful", False))

        sums: dict[str, float] = defaultdict(float)
        counts: dict[str, float] = defaultdict(float)

        def record(name: str, value: float) -> None:
            sums[name] += float(value)
            counts[name] += 1.0

        skipped_steps = 0
        self.module.train()
        # Seeded by the number of past updates (the scheduler's step count survives a checkpoint resume).
        calls = self.lr_scheduler.last_epoch if self.lr_scheduler is not None else self.update_calls
        generator = torch.Generator().manual_seed(seed * 1_000_003 + int(calls))
        for _ in range(epochs):
            order = torch.randperm(n, generator=generator) if shuffle else torch.arange(n)
            for mini_order in torch.split(order, local_mini):
                mini = DataProto.from_dict({k: v[mini_order] for k, v in batch.items()})
                totals = loss_totals(mini.batch["response_mask"], self.device, self.group)
                groups = micro_batch_indices(mini, micro_size, use_dynamic, max_tokens, self.device, self.group)
                self.optimizer.zero_grad(set_to_none=True)
                for idx in groups:
                    index = torch.as_tensor(idx, dtype=torch.long)
                    micro = {k: v[index].to(self.device) for k, v in mini.batch.items()}
                    terms = self._micro_batch_loss(micro, settings, record)
                    mask, world = micro["response_mask"], self.world_size
                    if faithful:  # the reference: each micro-batch's own mean / gradient accumulation
                        share = pg_share = (len(idx) / local_mini if use_dynamic
                                            else 1.0 / max(1, local_mini // int(micro_size or local_mini)))
                    else:
                        share = self._share(settings.agg_mode, mask, totals, world)
                        pg_share = self._share(settings.pg_agg_mode, mask, totals, world)
                    loss = settings.pg_coef * pg_share * terms["pg"]
                    loss = loss - settings.entropy_coeff * share * terms["entropy"]
                    if settings.use_kl:
                        loss = loss + settings.kl_coef * share * terms["kl"]
                    if settings.distill_type is not None:
                        loss = loss + settings.distill_coef * share * terms["distill"]
                    loss.backward()
                grad_norm = clip_grad_norm(self.module, grad_clip)
                record("actor/grad_norm", grad_norm)
                record("actor/lr", self.optimizer.param_groups[0]["lr"])
                if math.isfinite(grad_norm):
                    self.optimizer.step()
                else:
                    skipped_steps += 1
                    logger.warning("non-finite grad norm (%s): optimizer step skipped", grad_norm)
                self.optimizer.zero_grad(set_to_none=True)
        if self.lr_scheduler is not None:
            self.lr_scheduler.step()
        self.update_calls += 1
        if use_kl:
            record("actor/kl_coef", settings.kl_coef)
        metrics = average_over_ranks(sums, counts, self.device, self.group)
        metrics["actor/grad_norm_nonfinite_skips"] = all_reduce_sum([skipped_steps], self.device, self.group)[0]
        return metrics

    def _micro_batch_loss(self, micro: dict[str, torch.Tensor], s: "_LossSettings", record) -> dict[str, torch.Tensor]:
        """The unweighted loss terms of one micro-batch (each aggregated over the micro-batch)."""
        mask = micro["response_mask"]
        # The entropy is always reported; it joins the graph (a second full-vocabulary softmax kept for
        # backward) only when it has a weight in the loss.
        out = self.forward_micro_batch(micro, s.temperature, calculate_entropy=True,
                                       return_logits=s.distill_type == "topk_reverse_kl",
                                       entropy_requires_grad=s.entropy_coeff != 0)
        log_prob = out["log_probs"]
        pg_loss, clipfrac, ppo_kl, clipfrac_lower = core_algos.compute_policy_loss(
            micro["old_log_probs"], log_prob, micro["advantages"], mask, s.clip_low, s.clip_high, s.clip_c,
            s.agg_mode, s.loss_mode)
        record("actor/pg_loss", pg_loss.item())
        record("actor/pg_clipfrac", clipfrac.item())
        record("actor/pg_clipfrac_lower", clipfrac_lower.item())
        record("actor/ppo_kl", ppo_kl.item())
        terms = {"pg": pg_loss}
        entropy = core_algos.agg_loss(out["entropy"], mask, s.agg_mode)
        record("actor/entropy", entropy.item())
        terms["entropy"] = entropy
        if s.use_kl:
            kl = core_algos.kl_penalty(log_prob, micro["ref_log_prob"], s.kl_type)
            kl_loss = core_algos.agg_loss(kl, mask, s.agg_mode)
            record("actor/kl_loss", kl_loss.item())
            terms["kl"] = kl_loss
        if s.distill_type == "sdar":
            loss, info = distill.compute_sdar_loss(log_prob, micro["teacher_log_probs"], mask, s.gate_beta, s.agg_mode)
        elif s.distill_type == "sdl":
            loss, info = distill.compute_sdl_loss(log_prob, micro["teacher_log_probs"], micro["old_log_probs"], mask,
                                                  s.agg_mode)
        elif s.distill_type == "topk_reverse_kl":
            with torch.no_grad():
                teacher = self.forward_micro_batch(micro, s.temperature, return_logits=True, input_prefix="teacher_")
            loss, info = distill.compute_topk_reverse_kl_loss(out["logits"], teacher["logits"], mask, s.topk,
                                                              s.temperature, s.agg_mode)
        else:
            return terms
        terms["distill"] = loss
        record("distill/loss", loss.item())
        for name, value in info.items():
            record(name, value)
        return terms

