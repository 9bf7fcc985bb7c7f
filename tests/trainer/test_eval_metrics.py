"""Evaluation bookkeeping without a model: combining validation batches, test_freq, per-env defaults,
algorithm.faithful's GRPO rule in the trainer, the eval table."""
from __future__ import annotations

import pathlib
import re
import shlex

import numpy as np
import pytest
import torch

from verl.protocol import DataProto
from verl.trainer.env_defaults import ENV_DEFAULTS, env_defaults, resolve_env_defaults
from verl.trainer.ppo.metrics import combine_batch_metrics
from verl.trainer.ppo.ray_trainer import should_validate
from verl.utils.config import load_config

REPO = pathlib.Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- 14.1 combining batches
def test_per_type_rates_are_weighted_by_their_own_counts():
    # batch 1: type A won 1 of 1, type B won 0 of 3; batch 2: A won 0 of 2, B won 2 of 2
    batch1 = {"episode/success_rate": 0.25, "episode/A_success_rate": 1.0, "episode/B_success_rate": 0.0,
              "episode/A_episodes": 1.0, "episode/B_episodes": 3.0, "episode/episodes": 4.0}
    batch2 = {"episode/success_rate": 0.5, "episode/A_success_rate": 0.0, "episode/B_success_rate": 1.0,
              "episode/A_episodes": 2.0, "episode/B_episodes": 2.0, "episode/episodes": 4.0}
    merged = combine_batch_metrics([(4, batch1), (4, batch2)])
    assert merged["episode/A_success_rate"] == pytest.approx(1 / 3)  # episode weighting gave 0.5
    assert merged["episode/B_success_rate"] == pytest.approx(2 / 5)  # episode weighting gave 0.5
    assert merged["episode/success_rate"] == pytest.approx(3 / 8)
    assert merged["episode/A_episodes"] == 3 and merged["episode/B_episodes"] == 5 and merged["episode/episodes"] == 8


def test_a_type_missing_from_a_batch_and_the_issue_example():
    # the issue's example: 1/1 wins of a type in batch 1, 0/2 in batch 2 -> 0.33, not 0.67
    merged = combine_batch_metrics([
        (3, {"episode/pick_success_rate": 1.0, "episode/pick_episodes": 1.0, "episode/look_success_rate": 0.5,
             "episode/look_episodes": 2.0}),
        (2, {"episode/pick_success_rate": 0.0, "episode/pick_episodes": 2.0}),
    ])
    assert merged["episode/pick_success_rate"] == pytest.approx(1 / 3)
    assert merged["episode/look_success_rate"] == pytest.approx(0.5)  # only batch 1 had the type


def test_counts_are_summed_and_per_turn_rates_weighted_by_turns():
    merged = combine_batch_metrics([
        (4, {"episode/env_failures": 1.0, "episode/retrieval_failure_count": 3.0, "episode/turns": 10.0,
             "episode/valid_action_ratio": 0.9, "episode/reward/mean": 2.0, "episode/reward/max": 10.0,
             "episode/length/min": 2.0}),
        (1, {"episode/env_failures": 2.0, "episode/retrieval_failure_count": 0.0, "episode/turns": 30.0,
             "episode/valid_action_ratio": 0.5, "episode/reward/mean": 7.0, "episode/reward/max": 5.0,
             "episode/length/min": 1.0}),
    ])
    assert merged["episode/env_failures"] == 3.0 and merged["episode/retrieval_failure_count"] == 3.0
    assert merged["episode/turns"] == 40.0
    assert merged["episode/valid_action_ratio"] == pytest.approx((10 * 0.9 + 30 * 0.5) / 40)
    assert merged["episode/reward/mean"] == pytest.approx((4 * 2.0 + 1 * 7.0) / 5)
    assert merged["episode/reward/max"] == 10.0 and merged["episode/length/min"] == 1.0


# ----------------------------------------------------------------------------- 14.6 test_freq
@pytest.mark.parametrize("test_freq, expected", [
    (-1, [False, False, False, False, True]),   # only after the last step
    (0, [False] * 5),                           # never
    (2, [False, True, False, True, True]),      # every 2 steps and after the last
    (10, [False, False, False, False, True]),
])
def test_test_freq(test_freq, expected):
    assert [should_validate(test_freq, step, step == 5) for step in range(1, 6)] == expected


def test_test_start_step_delays_periodic_validation_only():
    assert [should_validate(1, step, step == 4, test_start_step=3) for step in range(1, 5)] == [False, False, True, True]


# ----------------------------------------------------------------------------- 14.2 per-env defaults
@pytest.mark.parametrize("env_name, max_steps, history, prompt", [
    ("alfworld/AlfredTWEnv", 50, 2, 2048), ("Webshop", 15, 2, 4096), ("search", 4, 4, 4096), ("toy", 4, 2, 2048)])
def test_defaults_come_from_the_environment(env_name, max_steps, history, prompt):
    config = load_config([f"env.env_name={env_name}"])
    assert (config.env.max_steps, config.env.history_length, config.data.max_prompt_length) == (max_steps, history, prompt)
    assert config.actor_rollout_ref.rollout.prompt_length == prompt  # the interpolation follows


def test_values_the_user_sets_are_kept():
    config = load_config(["env.env_name=alfworld/AlfredTWEnv", "env.max_steps=7", "data.max_prompt_length=999"])
    assert (config.env.max_steps, config.env.history_length, config.data.max_prompt_length) == (7, 2, 999)
    assert resolve_env_defaults(config) == {}  # nothing left to fill: idempotent


def test_unknown_env_names_fail_naming_the_key():
    with pytest.raises(ValueError, match="env.env_name='sokoban'"):
        env_defaults("sokoban")
    assert set(ENV_DEFAULTS) == {"alfworld", "webshop", "search", "toy"}
    from agent_system.environments.env_manager import ENV_PACKAGES  # every env the manager builds has defaults
    assert set(ENV_DEFAULTS) == {module.rsplit(".", 1)[-1] for _, module in ENV_PACKAGES}


def test_the_readme_eval_line_gets_the_paper_budget():
    """The README's main_eval command must evaluate ALFWorld with 50 steps, not the toy's 4."""
    lines = [line for line in (REPO / "README.md").read_text().splitlines() if "verl.trainer.main_eval" in line]
    assert lines, "README.md shows no main_eval command"
    for line in lines:
        args = shlex.split(line.split("#", 1)[0])
        overrides = [a for a in args[args.index("verl.trainer.main_eval") + 1:] if "=" in a]
        config = load_config(overrides)
        expected = env_defaults(config.env.env_name)["env.max_steps"]
        assert config.env.max_steps == expected, line
        if re.search(r"alfworld", line, re.I):
            assert config.env.max_steps == 50


# ----------------------------------------------------------------------------- 14.5 faithful GRPO in the trainer
@pytest.mark.parametrize("faithful", [False, True])
def test_trainer_passes_algorithm_faithful_to_the_grpo_advantage(faithful):
    from verl.trainer.methods import MethodSpec
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer

    config = load_config(["actor_rollout_ref.actor.use_invalid_action_penalty=false", f"algorithm.faithful={faithful}"])
    trainer = RayPPOTrainer.__new__(RayPPOTrainer)  # only the advantage stage: no workers, no envs
    trainer.config, trainer.method = config, MethodSpec.from_config(config)
    scores = torch.zeros(3, 4)
    scores[:, 1] = torch.tensor([10.0, 0.0, 10.0])  # the episode reward on the last response token
    mask = torch.tensor([[1, 1, 0, 0]] * 3)
    batch = DataProto.from_dict({"token_level_scores": scores, "response_mask": mask},
                                {"uid": ["a", "a", "b"], "traj_uid": ["t0", "t1", "t2"], "step_index": [0, 0, 0],
                                 "is_action_valid": [True, True, True]})
    trainer._compute_advantages(batch, step=1)
    adv = batch.batch["advantages"][:, 0]
    std = np.std([10.0, 0.0], ddof=1)  # 7.0711 (unbiased), mean 5
    assert adv[0].item() == pytest.approx(5 / (std + 1e-6)) and adv[1].item() == pytest.approx(-5 / (std + 1e-6))
    # the one-sample group "b": ours 0, the reference's mean 0 / std 1 -> 10 / (1 + 1e-6)
    assert adv[2].item() == pytest.approx(10 / (1 + 1e-6) if faithful else 0.0)
    assert torch.all(batch.batch["advantages"][:, 2:] == 0)


# ----------------------------------------------------------------------------- the eval table
def test_eval_table_lists_rates_and_episode_counts(tmp_path):
    from verl.trainer.main_eval import write_tables

    metrics = {"val/success_rate": 0.5, "val/episodes": 4.0, "val/b_success_rate": 0.0, "val/b_episodes": 1.0,
               "val/a_success_rate": 2 / 3, "val/a_episodes": 3.0, "val_no_skill/a_success_rate": 0.1}
    json_path, md_path = write_tables(metrics, tmp_path, "title")
    assert md_path.read_text().splitlines()[2:] == [
        "| task type | success rate (%) | episodes |", "|---|---|---|",
        "| all | 50.0 | 4 |", "| a | 66.7 | 3 |", "| b | 0.0 | 1 |"]
