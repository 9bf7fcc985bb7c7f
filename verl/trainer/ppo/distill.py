"""Self-distillation losses and advantage reweighting (the OPSD family), as pure torch functions.

The "teacher" is the same policy re-reading the student's own response with privileged context
(skills); its per-token log-probs ``teacher_log_prob`` are computed once per step at the rollout
weights and arrive detached. Section numbers refer to ``spec/METHOD.md``.

Method -> function
------------------
- **SDAR** (§1.5): ``compute_sdar_loss`` with ``gate_beta=5``; added to the actor loss as
  ``sdar_loss_coef * loss`` next to the GRPO policy loss.
- **OPSD** (§1.6): the same SDAR loss, with the policy-gradient term switched off by the caller
  (``pg_loss_coef=0``).
- **GRPO+OPSD** (§1.6): ``compute_sdar_loss`` with ``gate_beta=0``: the gate is 0.5 everywhere, so the
  gradient no longer depends on the teacher at all (a plain self-likelihood push).
- **RLSD** (§1.7): ``compute_rlsd_token_advantage`` replaces the GRPO advantages with teacher-weighted
  token advantages; ``rlsd_lambda_schedule`` warms the mixing weight down to 0.
- **Skill-SD** (§1.8): ``compute_sdl_loss`` (importance-weighted k3 KL to the teacher) times the
  coefficient from ``skillsd_coef_schedule``.
- An alternative not in the paper: ``compute_topk_reverse_kl_loss``, a true distribution-level
  reverse KL over the student's top-k tokens (needs full logits from both branches).

All losses return (loss, metrics); metrics are Python floats.
"""

from __future__ import annotations

import torch

from verl.trainer.ppo.core_algos import _default_chunk_rows, agg_loss, masked_mean

__all__ = [
    "compute_sdar_loss",
    "compute_sdl_loss",
    "skillsd_coef_schedule",
    "rlsd_lambda_schedule",
    "compute_rlsd_token_advantage",
    "compute_topk_reverse_kl_loss",
]


def _zero_outside(values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """values at valid tokens, 0 at padding (padding log-probs may be garbage; keep them out of gradients)."""
    return torch.where(mask.bool(), values, torch.zeros((), dtype=values.dtype, device=values.device))


def _logsumexp_in(logits: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """logsumexp over the vocabulary in `dtype`, a block of rows at a time: a float32 copy of a whole
    micro-batch's bf16 logits would double their memory."""
    rows = logits.reshape(-1, logits.shape[-1])
    if not rows.shape[0]:
        return rows.new_zeros(logits.shape[:-1], dtype=dtype)
    blocks = rows.split(_default_chunk_rows(rows.shape[-1]))
    return torch.cat([torch.logsumexp(block.to(dtype), -1) for block in blocks]).reshape(logits.shape[:-1])


def _as_float(value: torch.Tensor) -> float:
    return float(value.detach())


# A token on which teacher and student differ by at least a factor e in probability: the teacher has an
# opinion there (its gate at beta 5 is >= 0.993 or <= 0.007).
DECISIVE_GAP_NATS = 1.0


def compute_sdar_loss(
    student_log_prob: torch.Tensor,
    teacher_log_prob: torch.Tensor,
    response_mask: torch.Tensor,
    gate_beta: float = 5.0,
    loss_agg_mode: str = "token-mean",
) -> tuple[torch.Tensor, dict[str, float]]:
    """SDAR sigmoid-gated self-distillation loss (§1.5, exact).

    Per response token, with l_S the student's log-prob at the current parameters and l_T the
    teacher's (detached):

        delta_t = l_T - stopgrad(l_S)
        g_t     = stopgrad(sigmoid(gate_beta * delta_t))
        term_t  = g_t * (l_T - l_S);   loss = agg_loss(term, response_mask, loss_agg_mode)

    The caller adds ``sdar_loss_coef * loss``. The gradient is
    ``-coef * mean_t(g_t * grad l_S)``: every sampled token gets a "raise my likelihood" push with a
    weight in (0, 1), large where the teacher is more confident than the student (delta > 0). Neither
    the gate nor the teacher receives gradient, so this is not a KL: the teacher enters only through
    the gate. With ``gate_beta=0`` (GRPO+OPSD, §1.6) g = 0.5 everywhere and the gradient,
    ``-0.5 * coef * grad mean(l_S)``, does not depend on the teacher at all.

    Metrics: ``sdar/gate_mean``, ``sdar/gate_active_ratio`` (share of tokens with g > 0.5, i.e.
    delta > 0), ``sdar/teacher_gap_mean`` (masked mean delta), ``sdar/loss``, and where the teacher
    has a clear opinion: ``sdar/teacher_prefers_ratio`` / ``sdar/teacher_rejects_ratio``, the share of
    response tokens with delta >= +DECISIVE_GAP_NATS / <= -DECISIVE_GAP_NATS. The means above average
    over every token, and most tokens (format, copied text) are ones teacher and student agree on; these
    two show the few that carry the skill's information (e.g. the object of an action), whatever beta.
    """
    mask = response_mask
    student = _zero_outside(student_log_prob, mask)
    teacher = _zero_outside(teacher_log_prob.detach(), mask)
    teacher_gap = teacher - student.detach()
    gate = torch.sigmoid(gate_beta * teacher_gap).detach()
    loss = agg_loss(gate * (teacher - student), mask, loss_agg_mode)
    metrics = {
        "sdar/gate_mean": _as_float(masked_mean(gate, mask)),
        "sdar/gate_active_ratio": _as_float(masked_mean((gate > 0.5).to(gate.dtype), mask)),
        "sdar/teacher_gap_mean": _as_float(masked_mean(teacher_gap, mask)),
        "sdar/teacher_prefers_ratio": _as_float(masked_mean((teacher_gap >= DECISIVE_GAP_NATS).to(gate.dtype), mask)),
        "sdar/teacher_rejects_ratio": _as_float(masked_mean((teacher_gap <= -DECISIVE_GAP_NATS).to(gate.dtype), mask)),
        "sdar/loss": _as_float(loss),
    }
    return loss, metrics


# k3 = exp(-ell) - 1 + ell explodes for very negative ell; the reference caps the exponent at 20.
_SDL_MAX_NEG_LOG_RATIO = 20.0
# The importance ratio pi_theta / pi_old is capped at exp(10).
_SDL_MAX_IS_LOG_RATIO = 10.0


def compute_sdl_loss(
    student_log_prob: torch.Tensor,
    teacher_log_prob: torch.Tensor,
    old_log_prob: torch.Tensor,
    response_mask: torch.Tensor,
    loss_agg_mode: str = "token-mean",
) -> tuple[torch.Tensor, dict[str, float]]:
    """Skill-SD self-distillation loss, SDL (§1.8).

        ell  = l_S - l_T                                   (l_T, l_old detached)
        k3   = exp(min(-ell, 20)) - 1 + ell                (k3 estimate of KL(student || teacher))
        rho  = exp(min(l_S - l_old, 10))                   (importance ratio, NOT detached)
        loss = agg_loss(rho * k3)

    Because rho keeps its gradient, d(term)/d l_S = rho * k3 + rho * (1 - exp(-ell)) (unclamped
    region): the ratio both reweights the samples and is itself pushed on. The caller multiplies by
    ``skillsd_coef_schedule(...)``. Metrics: ``actor/sdl_loss``, plus ``skillsd/k3_mean`` and
    ``skillsd/is_ratio_mean`` (masked means) for diagnosis.
    """
    mask = response_mask
    student = _zero_outside(student_log_prob, mask)
    teacher = _zero_outside(teacher_log_prob.detach(), mask)
    old = _zero_outside(old_log_prob.detach(), mask)
    log_ratio_to_teacher = student - teacher
    k3 = torch.exp(torch.clamp(-log_ratio_to_teacher, max=_SDL_MAX_NEG_LOG_RATIO)) - 1.0 + log_ratio_to_teacher
    importance_ratio = torch.exp(torch.clamp(student - old, max=_SDL_MAX_IS_LOG_RATIO))
    loss = agg_loss(importance_ratio * k3, mask, loss_agg_mode)
    metrics = {
        "actor/sdl_loss": _as_float(loss),
        "skillsd/k3_mean": _as_float(masked_mean(k3, mask)),
        "skillsd/is_ratio_mean": _as_float(masked_mean(importance_ratio, mask)),
    }
    return loss, metrics


def _linear_warmdown(start_value: float, step: int | float, warmdown_steps: int | float) -> float:
    """start_value * (1 - step / warmdown_steps) before warmdown_steps, 0 after; constant if warmdown_steps <= 0."""
    if warmdown_steps <= 0:
        return float(start_value)
    if step >= warmdown_steps:
        return 0.0
    return float(start_value) * (1.0 - float(step) / float(warmdown_steps))


def skillsd_coef_schedule(base_coef: float, step: int, warmdown_steps: int, faithful: bool = False) -> float:
    """Skill-SD loss coefficient at training step ``step``.

    Linear warm-down from ``base_coef`` (step 0) to 0 at ``warmdown_steps`` and after;
    ``warmdown_steps <= 0`` keeps it constant (the paper scripts use -1). ``faithful=True`` always
    returns ``base_coef``: the reference computed the schedule only for a logged metric and never
    applied it to the loss (§8 pitfall 5).
    """
    if faithful:
        return float(base_coef)
    return _linear_warmdown(base_coef, step, warmdown_steps)


def rlsd_lambda_schedule(lambda0: float, step: int, warmdown_steps: int) -> float:
    """RLSD mixing weight (§1.7): lambda0 * (1 - step / warmdown_steps) while step < warmdown_steps, else 0
    (plain GRPO afterwards). ``warmdown_steps <= 0`` means no warm-down: lambda0 at every step."""
    return _linear_warmdown(lambda0, step, warmdown_steps)


def compute_rlsd_token_advantage(
    advantages: torch.Tensor,
    teacher_log_prob: torch.Tensor,
    old_log_prob: torch.Tensor,
    response_mask: torch.Tensor,
    rlsd_lambda: float,
    clip_eps: float,
) -> tuple[torch.Tensor, dict[str, float]]:
    """RLSD teacher-weighted token advantages (§1.7); the result replaces ``advantages``.

    A is each sequence's advantage read at its first valid token (GRPO broadcasts one value per
    sequence). With delta_t = l_T - l_old:

        w_t   = clip(exp(sign(A) * delta_t), 1 - clip_eps, 1 + clip_eps)
        A'_t  = A * ((1 - lambda) + lambda * w_t) * mask

    so tokens the teacher prefers get more credit in successful samples and less blame in failed ones.
    ``rlsd_lambda=0`` returns the advantages unchanged. Runs without gradient.
    Metrics: ``rlsd/teacher_student_gap_mean`` (masked mean delta), ``rlsd/teacher_student_gap_std``
    (the masked RMS of delta, as the reference logs it), ``rlsd/lambda``, ``rlsd/clip_eps``.
    """
    with torch.no_grad():
        mask = response_mask.bool()
        valid = mask.to(advantages.dtype)
        positions = torch.arange(mask.shape[-1], device=mask.device).expand_as(mask)
        first_valid = torch.where(mask, positions, torch.full_like(positions, mask.shape[-1])).amin(dim=-1)
        has_token = first_valid < mask.shape[-1]
        sequence_advantage = advantages.gather(-1, first_valid.clamp(max=mask.shape[-1] - 1).unsqueeze(-1))
        sequence_advantage = sequence_advantage * has_token.unsqueeze(-1).to(advantages.dtype)
        gap = _zero_outside(teacher_log_prob - old_log_prob, mask)
        # exp() may overflow to inf for huge gaps; the clip brings it back to 1 + clip_eps.
        weight = torch.clamp(torch.exp(torch.sign(sequence_advantage) * gap), 1.0 - clip_eps, 1.0 + clip_eps)
        new_advantages = sequence_advantage * ((1.0 - rlsd_lambda) + rlsd_lambda * weight) * valid
        metrics = {
            "rlsd/teacher_student_gap_mean": _as_float(masked_mean(gap, mask)),
            "rlsd/teacher_student_gap_std": _as_float(masked_mean(gap.square(), mask).sqrt()),
            "rlsd/lambda": float(rlsd_lambda),
            "rlsd/clip_eps": float(clip_eps),
        }
    return new_advantages, metrics


def compute_topk_reverse_kl_loss(
    student_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    response_mask: torch.Tensor,
    top_k: int = 32,
    temperature: float = 1.0,
    loss_agg_mode: str = "token-mean",
) -> tuple[torch.Tensor, dict[str, float]]:
    """Reverse KL(student || teacher) per token, restricted to the student's top-k tokens.

    Logits are [B, R, V] (mask [B, R]) or [N, V] (mask [N]), divided by ``temperature``. At each
    position S = the student's k most likely tokens; both distributions are renormalised over S and

        KL_t = sum_{v in S} q_S(v) * (log q_S(v) - log q_T(v)),   loss = agg_loss(KL)

    The teacher is detached; the support is chosen without gradient. With k = V this is the exact
    reverse KL.

    How it differs from SDAR's ``compute_sdar_loss``: SDAR looks only at the *one sampled* token and
    uses the teacher as a sigmoid gate on a likelihood push (it always raises l_S, never lowers it, and
    is not a divergence; it needs only the teacher's log-prob of that token). This loss compares
    *distributions* over k candidate tokens: it is a true (truncated) divergence, zero exactly when the
    two renormalised distributions agree, and it can move probability mass between tokens in either
    direction, including away from the sampled token. It needs the teacher's full logits, which costs
    memory (B x R x V twice), and it is mode-seeking (reverse KL), so the student is not pulled towards
    teacher mass outside its own top-k.

    Metrics: ``topk_rkl/loss``, ``topk_rkl/student_topk_mass`` and ``topk_rkl/teacher_topk_mass``
    (masked mean probability that each full distribution puts on the support S).
    """
    if top_k < 1:
        raise ValueError(f"top_k must be >= 1, got {top_k}")
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    if student_logits.shape != teacher_logits.shape:
        raise ValueError(
            f"student {tuple(student_logits.shape)} and teacher {tuple(teacher_logits.shape)} logits differ"
        )
    k = min(top_k, student_logits.shape[-1])
    student_scaled = student_logits / temperature
    teacher_scaled = teacher_logits.detach() / temperature
    with torch.no_grad():
        support = student_scaled.topk(k, dim=-1).indices
    # bf16 logits (the GPU's) round log-probs by ~1e-2, more than a close teacher's KL: the k gathered
    # logits per token are few, so the softmaxes over them run in float32 (at least)
    wide = torch.promote_types(student_logits.dtype, torch.float32)
    student_support = student_scaled.gather(-1, support).to(wide)
    teacher_support = teacher_scaled.gather(-1, support).to(wide)
    student_log_q = torch.log_softmax(student_support, dim=-1)
    teacher_log_q = torch.log_softmax(teacher_support, dim=-1)
    reverse_kl = (student_log_q.exp() * (student_log_q - teacher_log_q)).sum(dim=-1)
    mask = response_mask
    reverse_kl = _zero_outside(reverse_kl, mask)
    loss = agg_loss(reverse_kl, mask, loss_agg_mode)
    with torch.no_grad():
        student_mass = torch.exp(torch.logsumexp(student_support, -1) - _logsumexp_in(student_scaled, wide))
        teacher_mass = torch.exp(torch.logsumexp(teacher_support, -1) - _logsumexp_in(teacher_scaled, wide))
        metrics = {
            "topk_rkl/loss": _as_float(loss),
            "topk_rkl/student_topk_mass": _as_float(masked_mean(student_mass, mask)),
            "topk_rkl/teacher_topk_mass": _as_float(masked_mean(teacher_mass, mask)),
        }
    return loss, metrics
