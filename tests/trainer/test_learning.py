"""Learning check (slow): GRPO must raise the tiny model's success on the toy env; a sign-flipped
policy-gradient loss must not. This is how we know the signs and the plumbing are right."""
from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "benchmarks"))

STEPS = 15


@pytest.mark.slow
def test_grpo_learns_and_a_flipped_loss_does_not(tmp_path):
    import learning_toy

    grpo = learning_toy.run_curve("grpo", 0, STEPS, STEPS, tmp_path)["train"]
    flipped = learning_toy.run_curve("grpo_flipped", 0, STEPS, STEPS, tmp_path)["train"]
    start = learning_toy.window_mean(grpo, True, 3)
    assert learning_toy.window_mean(flipped, True, 3) == pytest.approx(start, abs=0.15)  # same start
    assert learning_toy.window_mean(grpo, False, 5) > start + 0.08, grpo
    assert learning_toy.window_mean(flipped, False, 5) < start - 0.1, flipped
