"""GAE on multi-turn step samples and the clipped value loss: hand-computed numbers."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from verl.trainer.ppo import core_algos as ca


def _raw_advantages(adv_returns, values):
    """GAE's un-whitened advantages: returns - values."""
    _, returns = adv_returns
    return returns - values


def test_two_step_trajectory_chains_steps_hand_numbers():
    # One trajectory, two steps, given in REVERSED batch order (row 0 = step 1, row 1 = step 0).
    # Step 0 tokens: values [1.0, 2.0] (+ a padding column); step 1 tokens: values [3.0, 4.0, 5.0].
    # Episode reward 1.0 on the last token of the last step only; gamma = 0.5, lam = 0.5.
    values = torch.tensor([[3.0, 4.0, 5.0], [1.0, 2.0, 99.0]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    rewards = torch.tensor([[0.0, 0.0, 1.0], [0.0, 0.0, 7.0]])  # 7.0 sits on padding: ignored
    gamma, lam = 0.5, 0.5
    # Backwards over the chained sequence V = [1, 2 | 3, 4, 5], r = [0, 0 | 0, 0, 1]:
    # t=4: delta = 1 + 0 - 5 = -4                     A = -4
    # t=3: delta = 0 + .5*5 - 4 = -1.5                A = -1.5 + .25*(-4) = -2.5
    # t=2: delta = 0 + .5*4 - 3 = -1                  A = -1 + .25*(-2.5) = -1.625
    # t=1 (step 0's last token, bootstrapped by step 1's first value 3):
    #      delta = 0 + .5*3 - 2 = -0.5                A = -0.5 + .25*(-1.625) = -0.90625
    # t=0: delta = 0 + .5*2 - 1 = 0                   A = 0 + .25*(-0.90625) = -0.2265625
    out = ca.compute_gae_advantage_return(rewards, values, mask, gamma, lam, traj_index=np.array(["a", "a"]),
                                          step_index=np.array([1, 0]), gae_across_steps=True)
    raw = _raw_advantages(out, values * mask)
    torch.testing.assert_close(raw, torch.tensor([[-1.625, -2.5, -4.0], [-0.2265625, -0.90625, 0.0]]))
    assert out[1][1, 2] == 0  # padding gets no return
    adv = out[0]
    valid = mask.bool()
    assert abs(adv[valid].mean().item()) < 1e-6 and adv[valid].std().item() == pytest.approx(1.0, abs=1e-4)
    assert (adv[~valid] == 0).all()


def test_per_sample_mode_treats_every_step_as_its_own_episode():
    # Same numbers, gae_across_steps=False: step 0's last token bootstraps from 0, and (as the reward
    # manager gives every step sample the episode reward) each row ends with reward 1.
    values = torch.tensor([[3.0, 4.0, 5.0], [1.0, 2.0, 0.0]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    rewards = torch.tensor([[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    out = ca.compute_gae_advantage_return(rewards, values, mask, 0.5, 0.5, traj_index=np.array(["a", "a"]),
                                          step_index=np.array([1, 0]), gae_across_steps=False)
    # row 1: t=1: delta = 1 - 2 = -1, A = -1; t=0: delta = .5*2 - 1 = 0, A = .25*(-1) = -0.25
    torch.testing.assert_close(_raw_advantages(out, values), torch.tensor([[-1.625, -2.5, -4.0], [-0.25, -1.0, 0.0]]))


def test_trajectories_do_not_leak_into_each_other_and_gaps_in_step_ids_are_fine():
    # Two interleaved trajectories; x has steps 0 and 5 (ids need only be ordered), y has one step.
    values = torch.tensor([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    mask = torch.ones(3, 2)
    rewards = torch.tensor([[0.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    traj, step = np.array(["x", "y", "x"]), np.array([0, 0, 5])
    out = ca.compute_gae_advantage_return(rewards, values, mask, 1.0, 1.0, traj_index=traj, step_index=step,
                                          gae_across_steps=True)
    # gamma = lam = 1: the return of every token is the sum of the rewards that follow in its trajectory.
    torch.testing.assert_close(out[1], torch.tensor([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]]))
    # ... and y alone gives the same as a one-row batch
    alone = ca.compute_gae_advantage_return(rewards[1:2], values[1:2], mask[1:2], 1.0, 1.0,
                                            traj_index=np.array(["y"]), step_index=np.array([0]), gae_across_steps=True)
    torch.testing.assert_close(alone[1], out[1][1:2])


def test_empty_step_passes_the_bootstrap_through():
    # A middle step without valid tokens must not break the chain: step 0 bootstraps from step 2.
    values = torch.tensor([[1.0], [50.0], [3.0]])
    mask = torch.tensor([[1.0], [0.0], [1.0]])
    rewards = torch.tensor([[0.0], [9.0], [2.0]])
    out = ca.compute_gae_advantage_return(rewards, values, mask, 0.5, 1.0, traj_index=["t"] * 3, step_index=[0, 1, 2],
                                          gae_across_steps=True)
    # t(step 2) A = 2 - 3 = -1; t(step 0) delta = 0 + .5*3 - 1 = .5, A = .5 + .5*(-1) = 0
    torch.testing.assert_close(_raw_advantages(out, values * mask), torch.tensor([[0.0], [0.0], [-1.0]]))


def test_across_steps_needs_ids_and_rejects_duplicate_steps():
    values, mask = torch.zeros(2, 2), torch.ones(2, 2)
    with pytest.raises(ValueError, match="traj_index and step_index"):
        ca.compute_gae_advantage_return(values, values, mask, gae_across_steps=True)
    with pytest.raises(ValueError, match="same step_index"):
        ca.compute_gae_advantage_return(values, values, mask, traj_index=["a", "a"], step_index=[0, 0],
                                        gae_across_steps=True)


def test_outcome_reward_on_final_step_keeps_only_each_trajectorys_last_step():
    scores = torch.tensor([[0.0, 1.0], [0.0, 1.0], [2.0, 0.0], [0.0, 1.0]])
    kept = ca.outcome_reward_on_final_step(scores, np.array(["a", "b", "a", "a"]), np.array([0, 0, 2, 1]))
    torch.testing.assert_close(kept, torch.tensor([[0.0, 0.0], [0.0, 1.0], [2.0, 0.0], [0.0, 0.0]]))


def test_compute_advantage_dispatch_passes_the_multiturn_arguments():
    values = torch.tensor([[3.0, 4.0, 5.0], [1.0, 2.0, 0.0]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    rewards = torch.tensor([[0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
    adv, ret = ca.compute_advantage("gae", token_level_rewards=rewards, values=values, response_mask=mask,
                                    gamma=0.5, lam=0.5, index=np.array(["g", "g"]), traj_index=np.array(["a", "a"]),
                                    step_index=np.array([1, 0]), gae_across_steps=True)
    torch.testing.assert_close(ret - values * mask, torch.tensor([[-1.625, -2.5, -4.0], [-0.2265625, -0.90625, 0.0]]))


def test_value_loss_hand_numbers_and_gradient():
    # token 0: V=1.0, V_old=0.0, R=2.0, clip 0.5 -> clipped V = 0.5: (1-2)^2 = 1 < (0.5-2)^2 = 2.25 -> clipped wins
    # token 1: V=0.2, V_old=0.0, R=0.0 -> clipped = 0.2 (inside), both 0.04
    # token 2: masked (NaN must not leak)
    vpreds = torch.tensor([[1.0, 0.2, float("nan")]], requires_grad=True)
    values = torch.tensor([[0.0, 0.0, 0.0]])
    returns = torch.tensor([[2.0, 0.0, float("nan")]])
    mask = torch.tensor([[1.0, 1.0, 0.0]])
    loss, clipfrac = ca.compute_value_loss(vpreds, values, returns, mask, cliprange_value=0.5)
    assert loss.item() == pytest.approx(0.5 * (2.25 + 0.04) / 2)
    assert clipfrac.item() == pytest.approx(0.5)
    loss.backward()
    # token 0's loss is the clipped term: constant in V (clamp is saturated) -> gradient 0;
    # token 1: d/dV 0.5 * mean(..) = 0.5 * 2 * 0.2 / 2 = 0.1
    torch.testing.assert_close(vpreds.grad, torch.tensor([[0.0, 0.1, 0.0]]))


def test_value_loss_without_clipping_is_half_mse():
    vpreds, returns = torch.tensor([[1.0, 3.0]]), torch.tensor([[0.0, 1.0]])
    loss, clipfrac = ca.compute_value_loss(vpreds, vpreds.clone(), returns, torch.ones(1, 2), cliprange_value=10.0)
    assert loss.item() == pytest.approx(0.5 * (1.0 + 4.0) / 2) and clipfrac.item() == 0.0


# ---------------------------------------------------------------------------------- trainer rules
@pytest.mark.parametrize("faithful, expected", [(False, [False, False, True]), (True, [False, True, True])])
def test_critic_warmup_skips_the_first_n_actor_updates(faithful, expected):
    from types import SimpleNamespace

    from omegaconf import OmegaConf

    from verl.trainer.ppo.ray_trainer import RayPPOTrainer

    trainer = SimpleNamespace(use_critic=True, config=OmegaConf.create(
        {"trainer": {"critic_warmup": 2}, "algorithm": {"faithful": faithful}}))
    # ours: steps 1..N train only the critic; faithful: verl's `critic_warmup <= global_step` (N - 1 steps)
    assert [RayPPOTrainer._actor_updates(trainer, step) for step in (1, 2, 3)] == expected


@pytest.mark.parametrize("override, key", [
    ("critic.ppo_micro_batch_size_per_gpu=3", "critic.ppo_micro_batch_size_per_gpu"),
    ("critic.cliprange_value=0", "critic.cliprange_value"),
    ("trainer.critic_warmup=-1", "trainer.critic_warmup"),
    ("critic.model.path=/no/such/critic", "critic.model.path"),
    ("critic.loss_agg_mode=token-sum", "critic.loss_agg_mode"),
])
def test_bad_critic_settings_fail_at_start_naming_the_key(tiny_model_dir, override, key):
    from verl.utils.config import ConfigError, load_config, validate_config

    base = [f"actor_rollout_ref.model.path={tiny_model_dir}", "algorithm.adv_estimator=gae", "trainer.device=cpu",
            "actor_rollout_ref.actor.ppo_mini_batch_size=8", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2",
            "critic.ppo_micro_batch_size_per_gpu=2"]
    validate_config(load_config(base))  # the base is valid
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        validate_config(load_config(base + [override]))


@pytest.mark.parametrize("across", [True, False])
def test_trainer_places_the_episode_reward_and_chains_steps(tiny_model_dir, across):
    """The trainer's advantage stage with both settings of algorithm.gae_across_steps (gamma 0.5, lam 1:
    the returns are the discounted rewards that follow, whatever the values)."""
    from types import SimpleNamespace

    from verl.protocol import DataProto
    from verl.trainer.methods import MethodSpec
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer
    from verl.utils.config import load_config

    config = load_config([f"actor_rollout_ref.model.path={tiny_model_dir}", "algorithm.adv_estimator=gae",
                          "actor_rollout_ref.actor.use_invalid_action_penalty=false",
                          "algorithm.gamma=0.5", "algorithm.lam=1.0",
                          f"algorithm.gae_across_steps={str(across).lower()}"])
    # one trajectory of two steps, given last step first; the reward manager put R = 1 on both steps
    batch = DataProto.from_dict(
        {"token_level_scores": torch.tensor([[0.0, 1.0], [0.0, 1.0]]), "response_mask": torch.ones(2, 2),
         "values": torch.tensor([[0.5, 0.25], [0.0, 0.0]])},
        {"uid": ["g", "g"], "traj_uid": ["t", "t"], "step_index": [1, 0], "is_action_valid": [True, True]})
    stub = SimpleNamespace(config=config, method=MethodSpec.from_config(config))
    RayPPOTrainer._compute_advantages(stub, batch, step=1)
    rewards, returns = batch.batch["token_level_rewards"], batch.batch["returns"]
    if across:  # R once, on the last step; discounted over the chained tokens s0t0 s0t1 s1t0 s1t1
        torch.testing.assert_close(rewards, torch.tensor([[0.0, 1.0], [0.0, 0.0]]))
        torch.testing.assert_close(returns, torch.tensor([[0.5, 1.0], [0.125, 0.25]]))
    else:  # every step sample its own episode ending in R
        torch.testing.assert_close(rewards, torch.tensor([[0.0, 1.0], [0.0, 1.0]]))
        torch.testing.assert_close(returns, torch.tensor([[0.5, 1.0], [0.5, 1.0]]))


# ---------------------------------------------------------------------------------- end to end (CPU, tiny model)
def _ppo_args(model_dir, out_dir, steps=2, extra=()):
    return [f"actor_rollout_ref.model.path={model_dir}", "env.env_name=toy", "env.rollout.n=2", "env.max_steps=2",
            "env.toy.num_val_tasks=4", "data.train_batch_size=2", "data.val_batch_size=4",
            "data.max_prompt_length=1024", "data.max_response_length=12",
            "actor_rollout_ref.actor.ppo_mini_batch_size=4", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2",
            "actor_rollout_ref.actor.optim.lr=1e-3", "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8",
            "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8", "algorithm.teacher_max_prompt_length=2048",
            "algorithm.adv_estimator=gae", "algorithm.gamma=0.9", "algorithm.lam=0.95",
            "critic.ppo_micro_batch_size_per_gpu=2", "critic.optim.lr=1e-3",
            f"trainer.total_training_steps={steps}", "trainer.test_freq=0", "trainer.val_before_train=false",
            "trainer.resume_mode=disable", "trainer.logger=[console]", "trainer.device=cpu",
            "trainer.worker_backend=local", f"trainer.default_local_dir={out_dir}", *extra]


def _step_records(out_dir):
    from verl.utils.tracking import read_metrics

    return [r for r in read_metrics(out_dir / "metrics.jsonl") if "training/global_step" in r]


def test_ppo_two_steps_with_critic_warmup_through_main_ppo(tiny_model_dir, tmp_path):
    import json

    from verl.trainer.main_ppo import main

    main(_ppo_args(tiny_model_dir, tmp_path, extra=["trainer.critic_warmup=1", "trainer.save_freq=2"]))
    first, second = _step_records(tmp_path)
    for record in (first, second):
        assert all(np.isfinite(record[k]) for k in ("critic/vf_loss", "critic/vf_clipfrac", "critic/vpred_mean",
                                                    "critic/grad_norm", "critic/returns/mean"))
        assert "timing_s/values" in record and "timing_s/update_critic" in record
    assert "actor/pg_loss" not in first and "timing_s/update_actor" not in first  # the warm-up step
    assert np.isfinite(second["actor/pg_loss"]) and second["critic/lr"] == pytest.approx(1e-3)
    critic_dir = tmp_path / "global_step_2" / "critic"
    assert (critic_dir / "model_world_size_1_rank_0.pt").is_file()
    assert json.loads((critic_dir / "config.json").read_text())["architectures"] == ["Qwen2ForTokenClassification"]


def test_ppo_with_sdar_distillation_two_steps(tiny_model_dir, tmp_path):
    from verl.trainer.main_sdar import main

    main(_ppo_args(tiny_model_dir, tmp_path, extra=["algorithm.sdar.sdar_coef=0.1", "trainer.save_freq=-1"]))
    last = _step_records(tmp_path)[-1]
    assert last["step"] == 2
    assert 0.0 < last["sdar/gate_mean"] < 1.0 and "timing_s/teacher_forward" in last
    assert np.isfinite(last["critic/vf_loss"]) and np.isfinite(last["actor/pg_loss"])


def test_ppo_resume_continues_identically(tiny_model_dir, tmp_path):
    from verl.trainer.main_ppo import main

    main(_ppo_args(tiny_model_dir, tmp_path / "full", steps=3, extra=["trainer.save_freq=2"]))
    main(_ppo_args(tiny_model_dir, tmp_path / "part", steps=2, extra=["trainer.save_freq=2"]))
    main(_ppo_args(tiny_model_dir, tmp_path / "part", steps=3,
                   extra=["trainer.save_freq=2", "trainer.resume_mode=auto"]))
    a, b = _step_records(tmp_path / "full")[-1], _step_records(tmp_path / "part")[-1]
    assert a["step"] == b["step"] == 3
    for key in ("critic/vf_loss", "critic/vpred_mean", "critic/grad_norm", "critic/returns/mean", "actor/pg_loss",
                "episode/reward/mean"):
        assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key


@pytest.mark.slow  # two Ray ranks hosting actor + critic (~1.5 min on 2 cores)
def test_ppo_two_ranks_on_ray_colocates_the_critic(tiny_model_dir, tmp_path, ray_session):
    from verl.trainer.main_ppo import main

    args = [a for a in _ppo_args(tiny_model_dir, tmp_path, extra=["trainer.save_freq=2"])
            if not a.startswith("trainer.worker_backend")]
    main(args + ["trainer.worker_backend=ray", "trainer.n_gpus_per_node=2"])
    records = _step_records(tmp_path)
    assert [r["step"] for r in records] == [1, 2] and np.isfinite(records[-1]["critic/vf_loss"])
    shards = sorted(p.name for p in (tmp_path / "global_step_2" / "critic").glob("model_world_size_2_rank_*.pt"))
    assert shards == ["model_world_size_2_rank_0.pt", "model_world_size_2_rank_1.pt"]


def test_cpu_example_script_runs_ppo(tiny_model_dir, tmp_path, monkeypatch):
    """examples/cpu/run_ppo.sh's own arguments through verl.trainer.cpu_recipe (one step, untrained tiny model)."""
    import os
    import pathlib
    import subprocess

    from verl.trainer import cpu_recipe

    root = pathlib.Path(__file__).resolve().parents[2]
    printed = subprocess.run(["bash", str(root / "examples/cpu/run_ppo.sh")], check=True, capture_output=True,
                             text=True, env={**os.environ, "PYTHON": "echo"}).stdout.split()
    assert printed[:2] == ["-m", "verl.trainer.cpu_recipe"]
    monkeypatch.setattr(cpu_recipe, "warm_started_tiny_model", lambda out_dir: tiny_model_dir)
    cpu_recipe.main(printed[2:] + ["--steps", "1", "--out", str(tmp_path), "trainer.val_before_train=false",
                                   "trainer.test_freq=0", "env.rollout.n=2", "data.train_batch_size=2"])
    record = _step_records(tmp_path)[-1]
    assert record["step"] == 1 and np.isfinite(record["critic/vf_loss"]) and np.isfinite(record["actor/pg_loss"])
    assert (tmp_path / "global_step_1" / "critic" / "model_world_size_1_rank_0.pt").is_file()
