"""Dynamic sampling (verl/trainer/ppo/dynamic_sampling.py): which groups are informative, the re-roll
loop with its budget and top-up, and CPU runs of the DAPO-style (clip-higher + filter_groups) and GSPO
settings through the normal entry point."""
from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from verl.protocol import DataProto
from verl.trainer.ppo.dynamic_sampling import collect_informative_groups, informative_groups

PAD = 0


def test_informative_groups_compare_one_value_per_trajectory():
    index = ["g1", "g1", "g1", "g2", "g2", "g3", "g4", "g4"]
    traj = ["a", "a", "b", "c", "d", "e", "f", "g"]
    # g1: trajectory a (two steps, value 1) vs b (1): uniform. g2: 0 vs 10: informative.
    # g3: a single trajectory: kept (as verl does). g4: 0.0 vs -0.0 compare equal: uniform.
    values = [1.0, 1.0, 1.0, 0.0, 10.0, 3.0, 0.0, -0.0]
    assert informative_groups(index, traj, values) == (["g2", "g3"], ["g1", "g4"])
    with pytest.raises(ValueError, match="entries"):
        informative_groups(index, traj, values[:-1])


def _rollout(groups: dict[str, list[float]], prompt_width: int, steps: int = 2, won=None) -> DataProto:
    """A collector-shaped batch: each group's trajectories (one value each) play `steps` turns."""
    rows = [(uid, f"{uid}-{t}", value) for uid, values in groups.items() for t, value in enumerate(values)
            for _ in range(steps)]
    n, response = len(rows), 3
    prompts = torch.arange(1, n * prompt_width + 1).reshape(n, prompt_width)
    responses = torch.full((n, response), 7)
    tensors = {"prompts": prompts, "responses": responses, "response_mask": torch.ones(n, response, dtype=torch.long),
               "input_ids": torch.cat([prompts, responses], 1),
               "attention_mask": torch.ones(n, prompt_width + response, dtype=torch.long),
               "position_ids": torch.arange(prompt_width + response).expand(n, -1).clone()}
    non_tensors = {"uid": np.array([r[0] for r in rows], dtype=object),
                   "traj_uid": np.array([r[1] for r in rows], dtype=object),
                   "episode_reward": np.array([r[2] for r in rows], dtype=object),
                   "won": np.array([(r[2] > 0) if won is None else won for r in rows], dtype=object)}
    return DataProto.from_dict(tensors, non_tensors=non_tensors)


class Rollouts:
    """generate() returning scripted rollouts in turn, with per-rollout episode metrics."""

    def __init__(self, *batches: DataProto):
        self.batches, self.calls = list(batches), 0

    def __call__(self):
        batch = self.batches[self.calls]
        self.calls += 1
        return batch, {"episode/reward/mean": float(self.calls)}


def test_rerolls_until_enough_informative_groups_and_drops_the_surplus():
    first = _rollout({"A": [1, 1], "B": [0, 10], "C": [0, 0]}, prompt_width=4)
    second = _rollout({"D": [10, 10], "E": [0, 1], "F": [1, 0]}, prompt_width=6)
    generate = Rollouts(first, second, _rollout({"G": [0, 1]}, prompt_width=4))
    batch, metrics, rollouts = collect_informative_groups(generate, target_groups=2, max_num_gen_batches=4,
                                                          metric="episode_reward", pad_token_id=PAD)
    assert generate.calls == 2  # B, then E: enough; F is surplus
    assert metrics == {"filter_groups/num_gen_batches": 2.0, "filter_groups/kept_groups": 2.0,
                       "filter_groups/topped_up_groups": 0.0, "filter_groups/dropped_groups": 4.0}  # A C D F
    assert list(dict.fromkeys(batch.non_tensor_batch["uid"])) == ["B", "E"]
    assert len(batch) == 2 * 2 * 2  # 2 groups x 2 trajectories x 2 turns
    assert rollouts == [(6, {"episode/reward/mean": 1.0}), (6, {"episode/reward/mean": 2.0})]
    # the first rollout's prompts (width 4) are left-padded to the second's width (6)
    b_rows = batch.non_tensor_batch["uid"] == "B"
    assert batch.batch["prompts"].shape[1] == 6 and batch.batch["input_ids"].shape[1] == 6 + 3
    assert (batch.batch["prompts"][b_rows][:, :2] == PAD).all()
    assert (batch.batch["attention_mask"][b_rows][:, :2] == 0).all()
    assert torch.equal(batch.batch["prompts"][b_rows][:, 2:], first.batch["prompts"][first.non_tensor_batch["uid"] == "B"])


def test_budget_spent_tops_up_with_the_last_rollouts_uniform_groups():
    generate = Rollouts(_rollout({"A": [1, 1], "B": [0, 10], "C": [0, 0]}, 4),
                        _rollout({"D": [10, 10], "E": [5, 5], "F": [1, 1]}, 4))
    batch, metrics, _ = collect_informative_groups(generate, target_groups=3, max_num_gen_batches=2,
                                                   metric="episode_reward", pad_token_id=PAD)
    assert generate.calls == 2
    assert metrics == {"filter_groups/num_gen_batches": 2.0, "filter_groups/kept_groups": 1.0,
                       "filter_groups/topped_up_groups": 2.0, "filter_groups/dropped_groups": 3.0}  # A C F
    assert list(dict.fromkeys(batch.non_tensor_batch["uid"])) == ["B", "D", "E"]


def test_no_budget_limit_keeps_rolling_and_the_metric_decides_what_is_uniform():
    def mixed(tag):  # rewards differ inside group C, but both its episodes are lost: uniform by "won"
        batch = _rollout({f"C{tag}": [0, 2], f"D{tag}": [10, 0]}, 4)
        batch.non_tensor_batch["won"] = np.array([False] * 4 + [True, True, False, False], dtype=object)
        return batch

    generate = Rollouts(_rollout({"A": [0, 0], "B": [3, 3]}, 4), _rollout({"E": [1, 1], "F": [3, 3]}, 4), mixed(1))
    _, metrics, _ = collect_informative_groups(generate, target_groups=2, max_num_gen_batches=0,
                                               metric="episode_reward", pad_token_id=PAD)
    assert generate.calls == 3 and metrics["filter_groups/kept_groups"] == 2.0
    generate = Rollouts(mixed(1), mixed(2))
    batch, metrics, _ = collect_informative_groups(generate, target_groups=2, max_num_gen_batches=2, metric="won",
                                                   pad_token_id=PAD)
    assert metrics["filter_groups/kept_groups"] == 2.0 and generate.calls == 2  # only D counts, once per rollout
    with pytest.raises(ValueError, match="filter_groups.metric"):
        collect_informative_groups(generate, target_groups=2, max_num_gen_batches=2, metric="acc", pad_token_id=PAD)


def _toy_run_config(model_dir, out_dir, extra=()):
    from verl.trainer.cpu_recipe import tiny_toy_config

    return tiny_toy_config(model_dir, out_dir, 2, "grpo", tasks_per_step=2, group_n=2, max_response_length=12,
                           overrides=["env.max_steps=2", "trainer.test_freq=0", "trainer.val_before_train=false",
                                      "trainer.save_freq=-1", "trainer.logger=[console]", *extra])


def _step_records(out_dir):
    from verl.utils.tracking import read_metrics

    return [r for r in read_metrics(out_dir / "metrics.jsonl") if "training/global_step" in r]


def test_dapo_style_run_filters_groups_on_cpu(tiny_model_dir, tmp_path):
    """examples/dapo_trainer's settings (clip-higher 0.28 + filter_groups) for two CPU steps."""
    from verl.trainer.main_ppo import run

    run(_toy_run_config(tiny_model_dir, tmp_path, [
        "actor_rollout_ref.actor.clip_ratio_low=0.2", "actor_rollout_ref.actor.clip_ratio_high=0.28",
        "algorithm.filter_groups.enable=true", "algorithm.filter_groups.max_num_gen_batches=2"]))
    records = _step_records(tmp_path)
    assert [r["step"] for r in records] == [1, 2]
    for r in records:
        rollouts = r["filter_groups/num_gen_batches"]
        assert 1 <= rollouts <= 2
        # every generated group is kept, topped up or dropped; the step trains exactly 2 groups
        assert r["filter_groups/kept_groups"] + r["filter_groups/topped_up_groups"] + \
            r["filter_groups/dropped_groups"] == rollouts * 2
        assert r["filter_groups/kept_groups"] + r["filter_groups/topped_up_groups"] == 2
        assert (r["filter_groups/topped_up_groups"] > 0) == (r["filter_groups/kept_groups"] < 2)
        assert math.isfinite(r["actor/pg_loss"]) and math.isfinite(r["actor/grad_norm"])


def test_gspo_runs_two_cpu_steps(tiny_model_dir, tmp_path):
    """examples/gspo_trainer's settings (sequence-level ratio, its tiny clip range) for two CPU steps."""
    from verl.trainer.main_ppo import run

    run(_toy_run_config(tiny_model_dir, tmp_path, [
        "actor_rollout_ref.actor.policy_loss.loss_mode=gspo", "actor_rollout_ref.actor.clip_ratio_low=0.0003",
        "actor_rollout_ref.actor.clip_ratio_high=0.0004", "actor_rollout_ref.actor.loss_agg_mode=seq-mean-token-mean"]))
    records = _step_records(tmp_path)
    assert [r["step"] for r in records] == [1, 2]
    assert all(math.isfinite(r["actor/pg_loss"]) and math.isfinite(r["actor/grad_norm"]) for r in records)


@pytest.mark.parametrize("override, key", [("algorithm.filter_groups.metric=acc", "algorithm.filter_groups.metric"),
                                           ("env.rollout.n=1", "env.rollout.n")])
def test_bad_filter_settings_fail_at_start_up_naming_the_key(override, key):
    from verl.utils.config import ConfigError, load_config, validate_config

    base = ["algorithm.filter_groups.enable=true", "actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct"]
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        validate_config(load_config([*base, override]), check_paths=False, check_machine=False)
    validate_config(load_config(base), check_paths=False, check_machine=False)
