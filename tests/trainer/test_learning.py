"""Learning check (slow): GRPO must raise the tiny model's success on the toy env; a sign-flipped
policy-gradient loss must not. This is how we know the signs and the plumbing are right."""
from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "benchmarks"))

STEPS = 15


@pytest.fixture(scope="module")
def skill_reader(tmp_path_factory):
    """The skill-reading tiny model of benchmarks/learning_sdar.py, rebuilt from scratch (one 200-step
    warm start, about a minute; cpu_recipe builds it on one thread, so it is the benchmark's model)."""
    import learning_sdar

    return learning_sdar.skill_reading_model(tmp_path_factory.mktemp("skill_reader"))


@pytest.mark.slow
def test_grpo_learns_and_a_flipped_loss_does_not(tmp_path):
    import learning_toy

    grpo = learning_toy.run_curve("grpo", 0, STEPS, STEPS, tmp_path)["train"]
    flipped = learning_toy.run_curve("grpo_flipped", 0, STEPS, STEPS, tmp_path)["train"]
    start = learning_toy.window_mean(grpo, True, 3)
    assert learning_toy.window_mean(flipped, True, 3) == pytest.approx(start, abs=0.15)  # same start
    assert learning_toy.window_mean(grpo, False, 5) > start + 0.08, grpo
    assert learning_toy.window_mean(flipped, False, 5) < start - 0.1, flipped


@pytest.mark.slow
def test_warm_start_teaches_the_tiny_model_to_read_the_skill_turn(skill_reader):
    """The skill-reading model of benchmarks/learning_sdar.py, rebuilt from scratch (one 200-step warm
    start), checked on held-out owner tasks with the teacher prompt of the real build_teacher_batch.
    Measured (docs/results/learning.md): the student puts 0.20 on the right item (chance 0.2), the same
    weights with the teacher prompt 0.98 (the right item on top in 40/40 tasks); teacher - student gap on
    the right action +1.85 nats with the good skills, -4.96 with the misleading ones; SDAR's gate on the
    right object token 0.99 (good) vs 0.00 (misleading), on the wrong ones 0.00 (good) vs 0.25
    (misleading: one of the four wrong items is the one the misleading skill names). Bounds leave room."""
    import torch

    import learning_sdar

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        good = learning_sdar.skill_reading_report(skill_reader, learning_sdar.GOOD_SKILLS)
        bad = learning_sdar.skill_reading_report(skill_reader, learning_sdar.MISLEADING_SKILLS)
    finally:
        torch.set_num_threads(threads)
    assert abs(good["student_right_prob"] - good["chance"]) < 0.05  # the student cannot know the item
    assert good["teacher_right_prob"] > 0.8 and good["teacher_right_top"] >= 0.9  # the same weights + the skill do
    assert good["teacher_gap_right_nats"] >= 1.0  # issue 13: at least 1 nat on the right action
    assert bad["teacher_gap_right_nats"] < -2.0 and bad["teacher_right_prob"] < 0.05
    # the gate opens on the right action with good skills and closes on it with misleading ones
    assert good["gate_right_object_token"] > 0.9 and bad["gate_right_object_token"] < 0.1
    assert good["gate_wrong_object_token"] < 0.1 < bad["gate_wrong_object_token"]


@pytest.mark.slow
def test_three_room_task_sdar_follows_its_teacher_good_or_misleading(skill_reader, tmp_path):
    """docs/results/learning.md, run 5: three rooms per episode, only the last right take pays (random
    play wins 0.2^3), lr 5e-4, 8 tasks x 8 trajectories, sdar_coef 16 (picked on tuning seeds 100-102).

    What held on all five evaluation seeds is asserted, with margins inside the smallest per-seed gap:
    SDAR with good skills is above SDAR with misleading ones (gap 0.12 to 0.44 in training-success AUC),
    the misleading teacher drags SDAR below GRPO (0.01-0.05 vs 0.12-0.18), and SDAR is never clearly
    below GRPO (worst -0.004). SDAR learning the whole task (seed 1 here: AUC 0.45, 0.8 reached at step
    17, GRPO 0.18) happened on 2 of 5 seeds only: steps to 0.8 were 26.8 +- 5.6 for SDAR against 31 (never)
    for GRPO, a gap inside one standard deviation, so by the issue's rule it is reported, not asserted."""
    import learning_sdar

    extra = learning_sdar.run_size_overrides(tasks_per_step=8, rooms=3)
    auc = {method: learning_sdar.auc(learning_sdar.run_curve(method, 1, 30, 16.0, skill_reader, tmp_path, extra,
                                                             5e-4)["train"])
           for method in ("grpo", "sdar", "sdar_misleading")}
    assert auc["sdar"] >= auc["sdar_misleading"] + 0.08, auc  # the teacher's content drives the update
    assert auc["sdar_misleading"] < auc["grpo"], auc  # a confidently wrong teacher is followed
    assert auc["sdar"] >= auc["grpo"] - 0.03, auc
