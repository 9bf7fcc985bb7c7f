"""Tests for verl.trainer.ppo.distill: SDAR, Skill-SD SDL, RLSD, schedules and the top-k reverse KL."""

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from verl.trainer.ppo import core_algos, distill

FAST = settings(max_examples=25, deadline=None)


def t(x, dtype=torch.float64, grad=False):
    return torch.tensor(x, dtype=dtype, requires_grad=grad)


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


# ----------------------------------------------------------------------------- SDAR


def test_sdar_hand_numbers_metrics_and_gradient():
    student = t([[0.0, -1.0]], grad=True)
    teacher = t([[-1.0, 0.0]], grad=True)  # a leaf that asks for grad: it must not get any
    loss, metrics = distill.compute_sdar_loss(student, teacher, torch.ones(1, 2), gate_beta=5.0)
    gates = [sigmoid(-5.0), sigmoid(5.0)]  # delta = teacher - student = -1, +1
    expected = (gates[0] * -1.0 + gates[1] * 1.0) / 2
    assert loss.item() == pytest.approx(expected)
    assert metrics == {
        "sdar/gate_mean": pytest.approx(0.5),
        "sdar/gate_active_ratio": pytest.approx(0.5),
        "sdar/teacher_gap_mean": pytest.approx(0.0),
        "sdar/teacher_prefers_ratio": pytest.approx(0.5),  # delta = +1 on the second token: exactly 1 nat
        "sdar/teacher_rejects_ratio": pytest.approx(0.5),
        "sdar/loss": pytest.approx(expected),
    }
    assert all(isinstance(v, float) for v in metrics.values())
    loss.backward()
    assert student.grad[0].tolist() == pytest.approx([-gates[0] / 2, -gates[1] / 2])  # -mean(gate * grad)
    assert teacher.grad is None


def test_sdar_gradient_through_model_equals_gated_likelihood_push():
    torch.manual_seed(0)
    model = torch.nn.Linear(4, 9).double()
    inputs, labels = torch.randn(2, 5, 4, dtype=torch.float64), torch.randint(0, 9, (2, 5))
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=torch.float64)
    teacher = -torch.rand(2, 5, dtype=torch.float64) * 4
    coef = 0.01

    student = core_algos.logprobs_from_logits(model(inputs), labels)
    loss, _ = distill.compute_sdar_loss(student, teacher, mask, gate_beta=5.0)
    grads = torch.autograd.grad(coef * loss, list(model.parameters()))

    student = core_algos.logprobs_from_logits(model(inputs), labels)
    gate = torch.sigmoid(5.0 * (teacher - student.detach()))
    push = -coef * (gate * student * mask).sum() / mask.sum()
    expected = torch.autograd.grad(push, list(model.parameters()))
    for got, want in zip(grads, expected):
        assert torch.allclose(got, want)


def test_sdar_beta_zero_is_half_gate_and_teacher_independent():
    student = t([[-0.5, -2.0, -1.0]], grad=True)
    mask = torch.ones(1, 3)
    loss, metrics = distill.compute_sdar_loss(student, t([[-3.0, 0.0, -1.0]]), mask, gate_beta=0.0)
    assert loss.item() == pytest.approx(0.5 * ((-3.0 + 0.5) + (0.0 + 2.0) + 0.0) / 3)
    assert metrics["sdar/gate_mean"] == 0.5 and metrics["sdar/gate_active_ratio"] == 0.0
    (grad_a,) = torch.autograd.grad(loss, student)
    other_loss, _ = distill.compute_sdar_loss(student, t([[0.0, -9.0, -0.1]]), mask, gate_beta=0.0)
    (grad_b,) = torch.autograd.grad(other_loss, student)
    assert torch.equal(grad_a, grad_b) and grad_a[0].tolist() == pytest.approx([-0.5 / 3] * 3)


def test_sdar_empty_mask_and_nan_padding():
    student = t([[-1.0, float("nan")]], grad=True)
    teacher = t([[-2.0, float("nan")]])
    loss, metrics = distill.compute_sdar_loss(student, teacher, torch.zeros(1, 2))
    (grad,) = torch.autograd.grad(loss, student)
    assert loss.item() == 0.0 and all(v == 0.0 for v in metrics.values()) and torch.all(grad == 0)
    loss, _ = distill.compute_sdar_loss(student, teacher, t([[1.0, 0.0]]))
    (grad,) = torch.autograd.grad(loss, student)
    assert loss.item() == pytest.approx(sigmoid(-5.0) * -1.0)
    assert grad[0].tolist() == pytest.approx([-sigmoid(-5.0), 0.0])


@pytest.mark.parametrize("student_value, teacher_value", [(0.0, -1e4), (-1e4, 0.0), (-1e4, -1e4)])
def test_sdar_extreme_log_probs_finite(student_value, teacher_value):
    student = torch.full((2, 3), student_value, requires_grad=True)
    loss, metrics = distill.compute_sdar_loss(student, torch.full((2, 3), teacher_value), torch.ones(2, 3))
    (grad,) = torch.autograd.grad(loss, student)
    assert math.isfinite(loss.item()) and torch.isfinite(grad).all()
    assert all(math.isfinite(v) for v in metrics.values())


@FAST
@given(
    st.lists(st.tuples(st.floats(-50, 0), st.floats(-50, 0)), min_size=1, max_size=8),
    st.floats(0.0, 20.0),
)
def test_sdar_gradient_is_a_bounded_push_up(pairs, beta):
    student = t([[s for s, _ in pairs]], grad=True)
    teacher = t([[tt for _, tt in pairs]])
    loss, metrics = distill.compute_sdar_loss(student, teacher, torch.ones(1, len(pairs)), gate_beta=beta)
    (grad,) = torch.autograd.grad(loss, student)
    # every token's likelihood is pushed up (gradient <= 0), by at most 1/N
    assert torch.all(grad <= 0) and torch.all(grad >= -1.0 / len(pairs) - 1e-12)
    assert 0.0 <= metrics["sdar/gate_mean"] <= 1.0


# ----------------------------------------------------------------------------- Skill-SD SDL


def test_sdl_hand_numbers_and_gradient_through_ratio():
    student = t([[math.log(0.5)]], grad=True)
    teacher = t([[math.log(0.25)]], grad=True)
    old = t([[math.log(0.25)]], grad=True)
    loss, metrics = distill.compute_sdl_loss(student, teacher, old, torch.ones(1, 1))
    k3 = 0.5 - 1 + math.log(2)  # ell = ln 2: exp(-ell) - 1 + ell
    assert loss.item() == pytest.approx(2 * k3)  # rho = 0.5 / 0.25
    assert metrics["actor/sdl_loss"] == pytest.approx(2 * k3)
    loss.backward()
    # rho not detached: d/dS (rho k3) = rho k3 + rho (1 - exp(-ell)) = 2 k3 + 1
    assert student.grad.item() == pytest.approx(2 * k3 + 1.0)
    assert teacher.grad is None and old.grad is None


def test_sdl_on_policy_equals_k3_and_zero_when_teacher_agrees():
    student = t([[-1.0, -2.0]])
    loss, _ = distill.compute_sdl_loss(student, student.clone(), student.clone(), torch.ones(1, 2))
    assert loss.item() == 0.0
    teacher = t([[-2.0, -2.0]])
    loss, _ = distill.compute_sdl_loss(student, teacher, student.clone(), torch.ones(1, 2))
    assert loss.item() == pytest.approx((math.exp(-1.0) - 1 + 1.0) / 2)


def test_sdl_clamps_extremes():
    student = t([[-1e4, 0.0, 0.0]], grad=True)
    teacher = t([[0.0, -1e4, 0.0]])
    old = t([[-1e4, 0.0, -1e4]])
    loss, _ = distill.compute_sdl_loss(student, teacher, old, torch.ones(1, 3))
    # token 0: exp(min(1e4, 20)) - 1 - 1e4, rho 1; token 1: k3 = 1e4 - 1 (+ e^-1e4), rho 1; token 2: k3 0
    expected = ((math.exp(20) - 1 - 1e4) + (1e4 - 1)) / 3
    assert loss.item() == pytest.approx(expected)
    (grad,) = torch.autograd.grad(loss, student)
    assert torch.isfinite(grad).all()


# ----------------------------------------------------------------------------- schedules


def test_skillsd_coef_schedule():
    assert distill.skillsd_coef_schedule(0.1, 0, 100) == pytest.approx(0.1)
    assert distill.skillsd_coef_schedule(0.1, 50, 100) == pytest.approx(0.05)
    assert distill.skillsd_coef_schedule(0.1, 100, 100) == 0.0
    assert distill.skillsd_coef_schedule(0.1, 150, 100) == 0.0
    assert distill.skillsd_coef_schedule(0.1, 150, -1) == pytest.approx(0.1)
    assert distill.skillsd_coef_schedule(0.1, 150, 100, faithful=True) == pytest.approx(0.1)


def test_rlsd_lambda_schedule():
    assert distill.rlsd_lambda_schedule(0.5, 0, 100) == pytest.approx(0.5)
    assert distill.rlsd_lambda_schedule(0.5, 25, 100) == pytest.approx(0.375)
    assert distill.rlsd_lambda_schedule(0.5, 100, 100) == 0.0
    assert distill.rlsd_lambda_schedule(0.5, 120, 100) == 0.0
    assert distill.rlsd_lambda_schedule(0.5, 120, 0) == pytest.approx(0.5)


# ----------------------------------------------------------------------------- RLSD


def test_rlsd_token_advantage_hand_numbers():
    advantages = t([[0.0, 2.0, 2.0], [-1.0, -1.0, 0.0], [3.0, 3.0, 3.0]])
    mask = t([[0.0, 1.0, 1.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    old = torch.zeros(3, 3, dtype=torch.float64)
    teacher = t([[9.0, math.log(1.1), math.log(2.0)], [math.log(2.0), -math.log(2.0), 5.0], [1.0, 1.0, 1.0]])
    new, metrics = distill.compute_rlsd_token_advantage(advantages, teacher, old, mask, rlsd_lambda=0.5, clip_eps=0.2)
    # row 0 (A = 2 read at the first valid token): w = clip(1.1), clip(2) -> 1.1, 1.2
    # row 1 (A = -1): w = clip(exp(-ln 2)) = 0.8, clip(exp(ln 2)) = 1.2; row 2 has no valid token
    assert new.flatten().tolist() == pytest.approx([0.0, 2.1, 2.2, -0.9, -1.1, 0.0, 0.0, 0.0, 0.0])
    gaps = [math.log(1.1), math.log(2.0), math.log(2.0), -math.log(2.0)]
    assert metrics["rlsd/teacher_student_gap_mean"] == pytest.approx(sum(gaps) / 4)
    assert metrics["rlsd/teacher_student_gap_std"] == pytest.approx(math.sqrt(sum(g * g for g in gaps) / 4))
    assert metrics["rlsd/lambda"] == 0.5 and metrics["rlsd/clip_eps"] == 0.2


def test_rlsd_lambda_zero_is_identity_and_no_grad_and_extremes():
    advantages = t([[1.5, 1.5], [-0.5, -0.5]])
    teacher = t([[0.0, -1e4], [-1e4, 0.0]], grad=True)
    old = t([[-1e4, 0.0], [0.0, -1e4]])
    mask = torch.ones(2, 2, dtype=torch.float64)
    new, _ = distill.compute_rlsd_token_advantage(advantages, teacher, old, mask, rlsd_lambda=0.0, clip_eps=0.2)
    assert torch.equal(new, advantages) and not new.requires_grad
    new, metrics = distill.compute_rlsd_token_advantage(advantages, teacher, old, mask, rlsd_lambda=1.0, clip_eps=0.2)
    assert new.flatten().tolist() == pytest.approx([1.8, 1.2, -0.6, -0.4])
    assert all(math.isfinite(v) for v in metrics.values())


# ----------------------------------------------------------------------------- top-k reverse KL


def test_topk_reverse_kl_hand_numbers():
    student = torch.log(t([[0.6, 0.3, 0.1]])).requires_grad_(True)
    teacher = torch.log(t([[0.2, 0.2, 0.6]])).requires_grad_(True)
    loss, metrics = distill.compute_topk_reverse_kl_loss(student, teacher, torch.ones(1), top_k=2)
    # support {0, 1}: q_S = (2/3, 1/3), q_T renormalised = (1/2, 1/2)
    expected = 2 / 3 * math.log(4 / 3) + 1 / 3 * math.log(2 / 3)
    assert loss.item() == pytest.approx(expected)
    assert metrics["topk_rkl/student_topk_mass"] == pytest.approx(0.9)
    assert metrics["topk_rkl/teacher_topk_mass"] == pytest.approx(0.4)
    loss.backward()
    assert teacher.grad is None and torch.isfinite(student.grad).all()
    assert student.grad[0, 2].item() == 0.0  # outside the support


def test_topk_reverse_kl_full_support_is_exact_and_masked():
    torch.manual_seed(3)
    student = torch.randn(2, 3, 6, dtype=torch.float64)
    teacher = torch.randn(2, 3, 6, dtype=torch.float64)
    mask = t([[1.0, 1.0, 0.0], [1.0, 0.0, 0.0]])
    loss, _ = distill.compute_topk_reverse_kl_loss(student, teacher, mask, top_k=100, temperature=0.5)
    log_p, log_q = torch.log_softmax(student / 0.5, -1), torch.log_softmax(teacher / 0.5, -1)
    exact = (log_p.exp() * (log_p - log_q)).sum(-1)
    assert loss.item() == pytest.approx(((exact * mask).sum() / mask.sum()).item())
    same, _ = distill.compute_topk_reverse_kl_loss(student, student.clone(), mask, top_k=3)
    assert same.item() == pytest.approx(0.0, abs=1e-12)
    empty, _ = distill.compute_topk_reverse_kl_loss(student, teacher, torch.zeros(2, 3))
    assert empty.item() == 0.0


def test_topk_reverse_kl_of_bf16_logits_is_computed_in_float32():
    """On the GPU the logits are bf16. A close teacher's KL (~1e-3) is below bf16's rounding of log-probs
    (~1e-2 at -3), so the loss must be the float32 one of the same (bf16-valued) logits, gradient too."""
    generator = torch.Generator().manual_seed(0)
    student = (3 * torch.randn(6, 64, generator=generator)).bfloat16()
    teacher = (student.float() + 0.05 * torch.randn(6, 64, generator=generator)).bfloat16()
    mask = torch.ones(6)
    as_float = student.float().requires_grad_(True)
    want, want_metrics = distill.compute_topk_reverse_kl_loss(as_float, teacher.float(), mask, top_k=16)
    low = student.clone().requires_grad_(True)
    got, got_metrics = distill.compute_topk_reverse_kl_loss(low, teacher, mask, top_k=16)
    assert got.dtype == torch.float32 and 0 < want.item() < 0.01
    assert got.item() == pytest.approx(want.item(), rel=1e-4)
    assert got_metrics == pytest.approx(want_metrics, rel=1e-4)
    got.backward(), want.backward()
    assert low.grad.dtype == torch.bfloat16
    assert torch.allclose(low.grad.float(), as_float.grad, rtol=1e-2, atol=1e-5)

@FAST
@given(st.integers(1, 6), st.integers(0, 10_000))
def test_topk_reverse_kl_nonnegative(top_k, seed):
    generator = torch.Generator().manual_seed(seed)
    student = 5 * torch.randn(4, 6, generator=generator, dtype=torch.float64)
    teacher = 5 * torch.randn(4, 6, generator=generator, dtype=torch.float64)
    loss, _ = distill.compute_topk_reverse_kl_loss(student, teacher, torch.ones(4), top_k=top_k)
    assert loss.item() >= -1e-12


def test_sdar_decisive_token_ratios_count_only_clear_opinions_on_real_tokens():
    student = t([[-2.0, -1.0, -1.0, -0.5, -3.0]])
    teacher = t([[-0.5, -1.2, -2.5, -0.5, 0.0]])  # delta +1.5, -0.2, -1.5, 0, +3 (the last is padding)
    mask = t([[1.0, 1.0, 1.0, 1.0, 0.0]])
    _, metrics = distill.compute_sdar_loss(student, teacher, mask, gate_beta=0.0)  # beta does not matter
    assert metrics["sdar/teacher_prefers_ratio"] == pytest.approx(1 / 4)
    assert metrics["sdar/teacher_rejects_ratio"] == pytest.approx(1 / 4)
