"""Two SDAR training steps on each real environment's shipped data, with the tiny model on CPU."""
from __future__ import annotations

from verl.trainer.cpu_recipe import tiny_toy_config
from verl.trainer.main_ppo import run
from verl.utils.tracking import read_metrics

SMALL = ["env.rollout.n=2", "data.train_batch_size=2", "env.max_steps=2", "data.max_response_length=16",
         "data.max_prompt_length=4096", "algorithm.teacher_max_prompt_length=8192",
         "actor_rollout_ref.actor.ppo_mini_batch_size=8", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4",
         "trainer.test_freq=0", "trainer.val_before_train=false", "trainer.save_freq=-1"]


def train_two_sdar_steps(model_dir, out_dir, env_overrides):
    config = tiny_toy_config(model_dir, out_dir, steps=2, method="sdar", overrides=SMALL + env_overrides)
    run(config)
    records = [r for r in read_metrics(out_dir / "metrics.jsonl") if "training/global_step" in r]
    assert [r["step"] for r in records] == [1, 2]
    last = records[-1]
    for key in ("sdar/gate_mean", "actor/pg_loss", "episode/success_rate", "timing_s/teacher_forward",
                "teacher/teacher_student_gap_mean"):
        assert key in last, key
    return last


def test_sdar_on_shipped_alfworld_games(tiny_model_dir, tmp_path):
    last = train_two_sdar_steps(tiny_model_dir, tmp_path, ["env.env_name=alfworld/AlfredTWEnv",
                                                           "env.alfworld.data_path=builtin"])
    assert "episode/pick_and_place_success_rate" in last or any(k.endswith("_success_rate") and "pick" in k
                                                                   for k in last)


def test_sdar_on_shipped_webshop_catalogue(tiny_model_dir, tmp_path):
    last = train_two_sdar_steps(tiny_model_dir, tmp_path, ["env.env_name=webshop", "env.webshop.num_val_goals=20",
                                                           f"env.webshop.cache_dir={tmp_path / 'index'}"])
    assert "episode/webshop_task_score" in last


def test_sdar_on_search_qa_with_a_running_server(tiny_model_dir, tmp_path, retrieval_server):
    last = train_two_sdar_steps(tiny_model_dir, tmp_path, ["env.env_name=search",
                                                           f"env.search.search_url={retrieval_server.url}",
                                                           "actor_rollout_ref.actor.invalid_action_penalty_coef=0.01"])
    assert any(k.endswith("_success_rate") and k != "episode/success_rate" for k in last)
