"""main_eval end to end with the oracle rollout engine (actor_rollout_ref.rollout.name=oracle) on the real envs.

The oracle plays each env's planned actions (ALFWorld planner walkthrough, WebShop goal product +
options + Buy Now, Search gold answer, toy target). Every shipped eval split must score 1.0 with the
environment's default episode budget: that checks prompts, projection, budget, rewards and the
per-type table together. With a budget too short for some tasks, the per-type rates are known in
advance, which checks that validation batches of unequal type mixes combine exactly.
"""
from __future__ import annotations

import collections
import json
import shutil

import pytest

from agent_system.environments.env_manager import make_env_manager
from verl.trainer.main_eval import evaluate
from verl.utils.config import load_config
from verl.utils.tracking import read_metrics


def oracle_config(model_dir, out_dir, *overrides):
    return load_config([f"actor_rollout_ref.model.path={model_dir}", "actor_rollout_ref.rollout.name=oracle",
                        f"trainer.default_local_dir={out_dir}", "trainer.logger=[console]", *overrides])


def run_eval(config) -> tuple[dict, dict, str]:
    metrics = evaluate(config)
    out = config.trainer.default_local_dir
    with open(f"{out}/eval/eval_results.json") as handle:
        table = json.load(handle)
    with open(f"{out}/eval/eval_results.md") as handle:
        markdown = handle.read()
    return metrics, table, markdown


def groups_of_eval_tasks(config) -> collections.Counter:
    envs = make_env_manager(config, "val")
    try:
        return collections.Counter(envs.metric_group(task) for task in envs.eval_tasks())
    finally:
        envs.close()


def assert_perfect(config, expected_groups: collections.Counter):
    metrics, table, markdown = run_eval(config)
    total = sum(expected_groups.values())
    assert metrics["val/success_rate"] == 1.0 and metrics["val/episodes"] == total
    assert table["success_rate"] == {"all": 1.0, **{group: 1.0 for group in expected_groups}}
    assert table["episodes"] == {"all": total, **expected_groups}
    assert metrics["val/env_failures"] == 0.0 and metrics["val/valid_action_ratio"] == 1.0
    assert "| all | 100.0 | " in markdown
    return metrics


def test_oracle_toy_across_batches_without_a_training_manager(tiny_model_dir, tmp_path, monkeypatch):
    import agent_system.environments.env_manager as env_manager

    def no_training_envs(config):
        raise AssertionError("main_eval built the training env manager")

    monkeypatch.setattr(env_manager, "make_envs", no_training_envs)
    config = oracle_config(tiny_model_dir, tmp_path, "env.env_name=toy", "data.val_batch_size=5")
    assert_perfect(config, groups_of_eval_tasks(config))  # 16 tasks in batches of 5, 5, 5, 1


def test_webshop_short_budget_gives_the_expected_per_type_rates(tiny_model_dir, tmp_path):
    """With env.max_steps=4 the oracle (search, open, options..., buy) wins exactly the goals with at
    most one option to choose; per-category rates over batches of 7 must match that count exactly."""
    config = oracle_config(tiny_model_dir, tmp_path, "env.env_name=webshop", "env.webshop.num_val_goals=60",
                           "data.val_batch_size=7", "env.max_steps=4")
    envs = make_env_manager(config, "val")
    won, played = collections.Counter(), collections.Counter()
    for task in envs.eval_tasks():
        played[task["task_type"]] += 1
        won[task["task_type"]] += len(envs.site.goals[task["goal_idx"]].goal_options) <= 1
    expected = {group: won[group] / played[group] for group in played}
    assert any(0 < rate < 1 for rate in expected.values())  # the budget splits some categories
    metrics, table, _ = run_eval(config)
    assert table["success_rate"] == pytest.approx({"all": sum(won.values()) / 60, **expected})
    assert table["episodes"] == {"all": 60, **played}
    assert metrics["val/webshop_task_score"] < 1.0


def test_test_freq_minus_one_validates_only_after_the_last_step(tiny_model_dir, tmp_path):
    """Two oracle training steps on the toy env: validation runs once, after step 2 (and scores 1.0)."""
    from verl.trainer.main_ppo import run

    run(oracle_config(tiny_model_dir, tmp_path, "env.env_name=toy", "env.rollout.n=2", "data.train_batch_size=2",
                      "data.max_response_length=32", "actor_rollout_ref.actor.ppo_mini_batch_size=4",
                      "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2", "env.toy.num_val_tasks=3",
                      "trainer.total_training_steps=2", "trainer.test_freq=-1", "trainer.val_before_train=false",
                      "trainer.save_freq=-1", "trainer.resume_mode=disable"))
    records = [r for r in read_metrics(tmp_path / "metrics.jsonl") if "training/global_step" in r]
    assert [r["step"] for r in records] == [1, 2]
    assert "val/success_rate" not in records[0]
    assert records[1]["val/success_rate"] == 1.0 and records[1]["episode/success_rate"] == 1.0


# ----------------------------------------------------------------------------- every shipped eval split
@pytest.mark.slow
@pytest.mark.parametrize("split", ["eval_in_distribution", "eval_out_of_distribution"])
def test_oracle_alfworld_scores_every_shipped_split(tiny_model_dir, tmp_path, split):
    """valid_seen from the shipped data root; valid_unseen from a tree that holds ONLY valid_unseen/."""
    from agent_system.environments.env_package.alfworld import builtin_data_root

    overrides = ["env.env_name=alfworld/AlfredTWEnv", f"env.alfworld.eval_dataset={split}"]
    if split == "eval_out_of_distribution":
        root = tmp_path / "alfworld_eval_only"
        shutil.copytree(builtin_data_root() / "json_2.1.1" / "valid_unseen", root / "json_2.1.1" / "valid_unseen")
        overrides.append(f"env.alfworld.data_path={root}")
    config = oracle_config(tiny_model_dir, tmp_path / "run", *overrides)
    assert config.env.max_steps == 50  # the environment's budget: nobody set it
    groups = groups_of_eval_tasks(config)
    assert len(groups) == 6 and sum(groups.values()) == 18
    assert_perfect(config, groups)


@pytest.mark.slow
def test_oracle_webshop_scores_all_500_goals_from_a_data_dir(tiny_model_dir, tmp_path):
    data_dir = tmp_path / "webshop_data"
    shutil.copytree(_shipped("webshop"), data_dir)
    config = oracle_config(tiny_model_dir, tmp_path / "run", "env.env_name=webshop", f"env.webshop.data_dir={data_dir}")
    assert config.env.max_steps == 15
    metrics = assert_perfect(config, groups_of_eval_tasks(config))
    assert metrics["val/webshop_task_score"] == 1.0


def test_oracle_search_scores_the_shipped_test_parquet_without_train_files(tiny_model_dir, tmp_path):
    config = oracle_config(tiny_model_dir, tmp_path, "env.env_name=search",
                           f"data.val_files={_shipped('search') / 'test.parquet'}", "data.val_batch_size=128")
    assert config.data.train_files is None and config.env.max_steps == 4
    groups = groups_of_eval_tasks(config)
    assert len(groups) == 7 and sum(groups.values()) == 410
    metrics = assert_perfect(config, groups)
    assert metrics["val/retrieval_failure_count"] == 0.0


def _shipped(env: str):
    import pathlib

    import agent_system.environments.env_package as packages

    return pathlib.Path(packages.__file__).parent / env / "data"
