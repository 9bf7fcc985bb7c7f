"""GiGPO (verl/trainer/ppo/gigpo.py): hand-computed advantages, anchor-state grouping, the collector's
anchor observations, and two-step CPU runs of GiGPO alone and with SDAR through the normal entry point."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest
import torch

from verl.trainer.ppo import core_algos, gigpo

# One task group "u", three trajectories, gamma = 0.5 (rows deliberately not in turn order):
#   a: anchors S, X, S (S repeats inside the trajectory), env rewards 0, 0, 10 -> returns 2.5, 5, 10; episode 10
#   b: anchors S, Y,                                       env rewards 0, 0     -> returns 0, 0;       episode 0
#   c: anchors S, X,                                       env rewards 0, 1     -> returns 0.5, 1;     episode 1
# Step groups: S = {a0 2.5, a2 10, b0 0, c0 0.5} (mean 3.25), X = {a1 5, c1 1} (mean 3), Y = {b1 0} (one turn).
ROWS = [("a", 2, "S", 10.0), ("b", 0, "S", 0.0), ("a", 0, "S", 0.0), ("c", 1, "X", 1.0), ("a", 1, "X", 0.0),
        ("b", 1, "Y", 0.0), ("c", 0, "S", 0.0)]
EPISODE = {"a": 10.0, "b": 0.0, "c": 1.0}
RETURN = {("a", 0): 2.5, ("a", 1): 5.0, ("a", 2): 10.0, ("b", 0): 0.0, ("b", 1): 0.0, ("c", 0): 0.5, ("c", 1): 1.0}


def _batch(width=3):
    traj = np.array([r[0] for r in ROWS], dtype=object)
    step = np.array([r[1] for r in ROWS])
    anchor = np.array([r[2] for r in ROWS], dtype=object)
    step_rewards = np.array([r[3] for r in ROWS])
    mask = torch.ones(len(ROWS), width)
    mask[1, 2] = 0  # a padded token gets no advantage
    scores = torch.zeros(len(ROWS), width)
    scores[:, 1] = torch.tensor([EPISODE[t] for t in traj])  # the episode reward on a response token
    index = np.array(["u"] * len(ROWS), dtype=object)
    return dict(token_level_rewards=scores, response_mask=mask, index=index, traj_index=traj, step_rewards=step_rewards,
                step_index=step, step_group=gigpo.anchor_step_groups(anchor, index), gamma=0.5)


def test_discounted_step_returns_follow_turn_order_not_batch_order():
    b = _batch()
    returns = gigpo.discounted_step_returns(b["step_rewards"], b["traj_index"], b["step_index"], 0.5)
    assert returns.tolist() == [RETURN[(t, s)] for t, s, *_ in ROWS]
    assert gigpo.discounted_step_returns([1.0, 1.0, 1.0], ["t"] * 3, [0, 1, 2], 0.95).tolist() == \
        pytest.approx([1 + 0.95 + 0.95 ** 2, 1.95, 1.0])
    with pytest.raises(ValueError, match="two samples for turn 1"):
        gigpo.discounted_step_returns([0.0, 0.0], ["t", "t"], [1, 1], 0.5)


def test_anchor_groups_pool_repeated_states_and_never_cross_task_groups():
    groups = gigpo.anchor_step_groups(np.array(["S", "X", "S", "S", "S"], dtype=object),
                                      np.array(["u", "u", "u", "v", "v"], dtype=object))
    assert groups.tolist() == [0, 1, 0, 2, 2]


def _expected(norm_by_std: bool, w: float = 1.0) -> list[float]:
    episode_mean = 11 / 3  # one score per trajectory: 10, 0, 1
    episode_std = math.sqrt(((10 - 11 / 3) ** 2 + (11 / 3) ** 2 + (1 - 11 / 3) ** 2) / 2)
    step_mean = {"S": 3.25, "X": 3.0, "Y": 0.0}
    step_std = {"S": math.sqrt((0.75 ** 2 + 6.75 ** 2 + 3.25 ** 2 + 2.75 ** 2) / 3), "X": math.sqrt(8.0), "Y": 1.0}
    eps = 1e-6
    out = []
    for traj, step, anchor, _ in ROWS:
        a_e = EPISODE[traj] - episode_mean
        a_s = RETURN[(traj, step)] - step_mean[anchor] if anchor != "Y" else 0.0  # Y: a step group of one
        if norm_by_std:
            a_e, a_s = a_e / (episode_std + eps), a_s / (step_std[anchor] + eps)
        out.append(a_e + w * a_s)
    return out


@pytest.mark.parametrize("mode", ["mean_norm", "mean_std_norm"])
def test_hand_computed_advantages_in_both_modes(mode):
    b = _batch()
    adv, returns = gigpo.compute_gigpo_outcome_advantage(**b, gigpo_mode=mode, compute_mean_std_cross_steps=False)
    expected = torch.tensor(_expected(mode == "mean_std_norm")).unsqueeze(-1) * b["response_mask"]
    torch.testing.assert_close(adv, expected, rtol=1e-5, atol=1e-5)
    assert torch.equal(adv, returns) and adv[1, 2] == 0
    # spot values (mean_norm): a's repeated state S at turn 2 (return 10) vs turn 0 (return 2.5); b's lone Y turn
    if mode == "mean_norm":
        assert adv[0, 0].item() == pytest.approx(19 / 3 + 6.75) and adv[2, 0].item() == pytest.approx(19 / 3 - 0.75)
        assert adv[5, 0].item() == pytest.approx(-11 / 3)


def test_step_weight_scales_the_step_term_and_zero_weight_is_grpo():
    b = _batch()
    half, _ = gigpo.compute_gigpo_outcome_advantage(**b, gigpo_mode="mean_norm", step_advantage_w=0.5,
                                                    compute_mean_std_cross_steps=False)
    expected = torch.tensor(_expected(False, w=0.5)).unsqueeze(-1) * b["response_mask"]
    torch.testing.assert_close(half, expected, rtol=1e-5, atol=1e-5)
    for cross in (True, False):
        zero, _ = gigpo.compute_gigpo_outcome_advantage(**b, step_advantage_w=0.0, compute_mean_std_cross_steps=cross)
        grpo, _ = core_algos.compute_grpo_outcome_advantage(b["token_level_rewards"], b["response_mask"], b["index"],
                                                            b["traj_index"], compute_mean_std_cross_steps=cross)
        torch.testing.assert_close(zero, grpo)


def test_all_singleton_step_groups_leave_the_episode_advantage():
    b = _batch()
    b["step_group"] = np.arange(len(ROWS))
    adv, _ = gigpo.compute_gigpo_outcome_advantage(**b, gigpo_mode="mean_std_norm")
    grpo, _ = core_algos.compute_grpo_outcome_advantage(b["token_level_rewards"], b["response_mask"], b["index"])
    torch.testing.assert_close(adv, grpo)


def test_a_task_group_of_one_episode_follows_grpos_switch():
    """A_E of a one-trajectory group is 0, or its raw score as verl-agent (algorithm.faithful passes the switch)."""
    scores = torch.tensor([[0.0, 4.0], [0.0, 4.0]])
    kwargs = dict(token_level_rewards=scores, response_mask=torch.ones(2, 2), index=np.array(["u", "u"], dtype=object),
                  traj_index=np.array(["t", "t"], dtype=object), step_rewards=np.array([0.0, 4.0]),
                  step_index=np.array([0, 1]), step_group=np.array([0, 1]), gigpo_mode="mean_std_norm")
    ours, _ = gigpo.compute_gigpo_outcome_advantage(**kwargs, compute_mean_std_cross_steps=False)
    reference, _ = gigpo.compute_gigpo_outcome_advantage(**kwargs, compute_mean_std_cross_steps=False,
                                                         raw_score_for_single_sample_group=True)
    assert ours.abs().max() == 0
    torch.testing.assert_close(reference, torch.full((2, 2), 4.0 / (1 + 1e-6)))


def test_batch_order_does_not_matter():
    b = _batch()
    adv, _ = gigpo.compute_gigpo_outcome_advantage(**b)
    perm = np.array([6, 3, 0, 5, 1, 4, 2])
    shuffled = {k: (v[perm] if isinstance(v, (np.ndarray, torch.Tensor)) else v) for k, v in b.items()}
    adv_perm, _ = gigpo.compute_gigpo_outcome_advantage(**shuffled)
    torch.testing.assert_close(adv_perm, adv[perm])


def test_registered_estimator_and_bad_inputs():
    b = _batch()
    adv, _ = core_algos.compute_advantage("gigpo", **b, norm_adv_by_std_in_grpo=True, gigpo_mode="mean_norm")
    direct, _ = gigpo.compute_gigpo_outcome_advantage(**b, gigpo_mode="mean_norm")
    assert torch.equal(adv, direct)
    with pytest.raises(ValueError, match="mean_norm"):
        gigpo.compute_gigpo_outcome_advantage(**b, gigpo_mode="std")
    b["step_group"] = np.zeros(len(ROWS), dtype=np.int64)
    b["index"] = np.array(["u"] * 6 + ["v"], dtype=object)
    with pytest.raises(ValueError, match="spans task groups"):
        gigpo.compute_gigpo_outcome_advantage(**b)


def test_similarity_grouping_compares_with_the_first_member():
    # difflib ratios: abcd~abce 0.75, abcd~abef 0.5, abce~abef 0.75, abcd~wxyz 0
    obs = np.array(["abcd", "abce", "abef", "wxyz", "abcd"], dtype=object)
    index = np.array(["u", "u", "u", "u", "v"], dtype=object)
    loose = gigpo.anchor_step_groups(obs, index, enable_similarity=True, similarity_thresh=0.7)
    # abef is 0.75-similar to the member abce but only 0.5 to the group's first member abcd: a new group
    assert loose.tolist() == [0, 0, 1, 2, 3]
    strict = gigpo.anchor_step_groups(obs, index, enable_similarity=True, similarity_thresh=0.8)
    assert strict.tolist() == [0, 1, 2, 3, 4]
    assert gigpo.anchor_step_groups(obs, index, enable_similarity=True, similarity_thresh=1.0).tolist() == \
        gigpo.anchor_step_groups(obs, index).tolist()
    with pytest.raises(ValueError, match="similarity_thresh"):
        gigpo.anchor_step_groups(obs, index, enable_similarity=True, similarity_thresh=0.0)


def test_step_group_metrics():
    assert gigpo.step_group_metrics(np.array([0, 0, 1, 2, 2, 2])) == pytest.approx(
        {"gigpo/step_groups": 3.0, "gigpo/step_group_size/mean": 2.0, "gigpo/non_singleton_ratio": 5 / 6})


# ---------------------------------------------------------------------------------------------- collector
def look_then_dish(prompt: str) -> str:
    """Scripted policy: "look" on turns 0 and 1, then take the dish if the task asks for it, else an object
    outside the task's category (reward 10 for the dish task's third turn only)."""
    from agent_system.environments.env_package.toy import CATEGORIES

    task = re.search(r"Your task is to: take the (\w+)", prompt).group(1)
    taken = re.search(r"You have taken (\d+) step", prompt)
    if taken is None or int(taken.group(1)) < 2:
        return "<think>ok</think><action>look</action>"
    objects = re.search(r"You see (.*?)\.", prompt).group(1).replace(" and ", ", ").split(", ")
    objects = [o.split(" ", 1)[1] for o in objects]
    pick = next(o for o in objects if (o in CATEGORIES[task]) == (task == "dish"))
    return f"<think>ok</think><action>take {pick}</action>"


def test_collector_records_anchor_observations_and_step_rewards(tokenizer):
    from omegaconf import OmegaConf

    from agent_system.environments.env_package.toy import make_manager
    from agent_system.environments.env_package.toy.env import describe_room
    from agent_system.multi_turn_rollout import TrajectoryCollector
    from tests.agent_system.test_collector import ScriptedEngine

    config = OmegaConf.create({"data": {"max_prompt_length": 1024, "truncation": "error"},
                               "env": {"env_name": "toy", "max_steps": 3, "history_length": 2, "rollout": {"n": 2}}})
    envs = make_manager({"seed": 0}, "train")
    tasks = [t for t in envs.eval_tasks() if t["task_type"] in ("dish", "tool")][:2]
    batch, _ = TrajectoryCollector(config, tokenizer).collect(envs, ScriptedEngine(tokenizer, policy=look_then_dish), tasks, is_train=True)
    nt = batch.non_tensor_batch
    for row in range(len(batch)):
        task = next(t for t in tasks if t["task_type"] == nt["task_type"][row])
        room = describe_room(task["objects"])
        # turn 0: the reset observation (room + task); later turns: what "look" returned (the room alone)
        first = f"{room} Your task is to: take the {task['task_type']}."
        assert nt["anchor_obs"][row] == (first if nt["step_index"][row] == 0 else room)
        assert nt["anchor_obs"][row] in nt["raw_prompt"][row][-1]["content"]  # the observation the policy saw
        assert nt["step_reward"][row] == (10.0 if task["task_type"] == "dish" and nt["step_index"][row] == 2 else 0.0)
    assert sorted(nt["step_index"].tolist()) == [0] * 4 + [1] * 4 + [2] * 4
    groups = gigpo.anchor_step_groups(nt["anchor_obs"], nt["uid"])
    assert len(set(groups.tolist())) == 2 * 2  # per task: the reset state (2 turns) and the room (4 turns: repeated)


# ---------------------------------------------------------------------------------------------- trainer
def test_trainer_feeds_the_collector_fields_to_gigpo():
    """RayPPOTrainer._compute_advantages on a hand-made batch gives the hand-computed advantages."""
    from verl.protocol import DataProto
    from verl.trainer.methods import MethodSpec
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer
    from verl.utils.config import load_config

    b = _batch()
    config = load_config(["algorithm.adv_estimator=gigpo", "algorithm.gamma=0.5", "algorithm.gigpo.mode=mean_norm",
                          "algorithm.gigpo.step_advantage_w=0.5", "algorithm.compute_mean_std_cross_steps=false",
                          "actor_rollout_ref.actor.use_invalid_action_penalty=false"])
    trainer = object.__new__(RayPPOTrainer)  # only the advantage stage: no workers, no envs
    trainer.config, trainer.method = config, MethodSpec.from_config(config)
    batch = DataProto.from_dict(
        {"token_level_scores": b["token_level_rewards"], "response_mask": b["response_mask"]},
        non_tensors={"uid": b["index"], "traj_uid": b["traj_index"], "step_index": b["step_index"],
                     "step_reward": b["step_rewards"], "anchor_obs": np.array([r[2] for r in ROWS], dtype=object),
                     "is_action_valid": np.ones(len(ROWS), dtype=bool)})
    metrics = trainer._compute_advantages(batch, step=1)
    expected = torch.tensor(_expected(False, w=0.5)).unsqueeze(-1) * b["response_mask"]
    torch.testing.assert_close(batch.batch["advantages"], expected, rtol=1e-5, atol=1e-5)
    assert metrics["gigpo/step_groups"] == 3 and metrics["gigpo/non_singleton_ratio"] == pytest.approx(6 / 7)


def _toy_run_config(model_dir, out_dir, method, extra=()):
    from verl.trainer.cpu_recipe import tiny_toy_config

    return tiny_toy_config(model_dir, out_dir, 2, method, tasks_per_step=2, group_n=2, max_response_length=12,
                           overrides=["env.max_steps=2", "trainer.test_freq=0", "trainer.val_before_train=false",
                                      "trainer.save_freq=-1", "trainer.logger=[console]", *extra])


def test_rlsd_reweights_the_gigpo_advantages():
    """RLSD's teacher reweighting applies to whatever the estimator produced: here GiGPO's advantages."""
    from verl.protocol import DataProto
    from verl.trainer.methods import MethodSpec
    from verl.trainer.ppo.distill import compute_rlsd_token_advantage
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer
    from verl.utils.config import load_config

    b = _batch()
    config = load_config(["algorithm.adv_estimator=gigpo", "algorithm.gamma=0.5", "algorithm.method=rlsd",
                          "algorithm.rlsd.warmdown_steps=10", "actor_rollout_ref.actor.use_invalid_action_penalty=false"])
    trainer = object.__new__(RayPPOTrainer)
    trainer.config, trainer.method = config, MethodSpec.from_config(config)
    teacher, old = torch.linspace(-2, 0, 21).reshape(7, 3), torch.full((7, 3), -1.0)
    batch = DataProto.from_dict(
        {"token_level_scores": b["token_level_rewards"], "response_mask": b["response_mask"],
         "teacher_log_probs": teacher, "old_log_probs": old},
        non_tensors={"uid": b["index"], "traj_uid": b["traj_index"], "step_index": b["step_index"],
                     "step_reward": b["step_rewards"], "anchor_obs": np.array([r[2] for r in ROWS], dtype=object),
                     "is_action_valid": np.ones(len(ROWS), dtype=bool)})
    metrics = trainer._compute_advantages(batch, step=2)
    gigpo_adv, _ = gigpo.compute_gigpo_outcome_advantage(**b)
    expected, _ = compute_rlsd_token_advantage(gigpo_adv, teacher, old, b["response_mask"],
                                               rlsd_lambda=0.5 * (1 - 2 / 10), clip_eps=0.2)
    torch.testing.assert_close(batch.batch["advantages"], expected)
    assert not torch.allclose(expected, gigpo_adv) and "gigpo/step_groups" in metrics


@pytest.mark.parametrize("method, extra", [("grpo", []), ("sdar", []), ("skill_sd", []), ("rlsd", []),
                                           ("sdar", ["algorithm.filter_groups.enable=true",
                                                     "algorithm.filter_groups.max_num_gen_batches=2"])],
                         ids=["gigpo", "gigpo+sdar", "gigpo+skill_sd", "gigpo+rlsd", "gigpo+sdar+filter_groups"])
def test_gigpo_runs_two_cpu_steps_alone_and_with_distillation(tiny_model_dir, tmp_path, method, extra):
    from verl.trainer.main_ppo import run
    from verl.utils.tracking import read_metrics

    run(_toy_run_config(tiny_model_dir, tmp_path, method,
                        ["algorithm.adv_estimator=gigpo", "algorithm.gamma=0.95", "algorithm.rlsd.warmdown_steps=10",
                         *extra]))
    records = [r for r in read_metrics(tmp_path / "metrics.jsonl") if "training/global_step" in r]
    assert [r["step"] for r in records] == [1, 2]
    for last in records:
        # the two envs of a group share their reset observation: turn 0 always forms a step group of two
        assert last["gigpo/step_groups"] >= 1 and last["gigpo/non_singleton_ratio"] > 0
        assert all(math.isfinite(last[k]) for k in ("actor/pg_loss", "actor/grad_norm", "critic/advantages/mean"))
        assert ("timing_s/teacher_forward" in last) == (method != "grpo")
        assert ("filter_groups/kept_groups" in last) == bool(extra)
        if method == "sdar":
            assert 0.0 < last["sdar/gate_mean"] < 1.0
        if method == "skill_sd":
            assert math.isfinite(last["actor/sdl_loss"])
        if method == "rlsd":
            assert "rlsd/lambda" in last


@pytest.mark.parametrize("override, key", [
    ("algorithm.gigpo.mode=std_norm", "algorithm.gigpo.mode"),
    ("algorithm.gigpo.similarity_thresh=1.5", "algorithm.gigpo.similarity_thresh"),
    ("env.rollout.n=1", "env.rollout.n"),
])
def test_bad_gigpo_settings_fail_at_start_up_naming_the_key(override, key):
    from verl.utils.config import ConfigError, load_config, validate_config

    config = load_config(["algorithm.adv_estimator=gigpo", "actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct",
                          override])
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        validate_config(config, check_paths=False, check_machine=False)
    validate_config(load_config(["algorithm.adv_estimator=gigpo", "algorithm.gigpo.mode=mean_norm",
                                 "actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct"]),
                    check_paths=False, check_machine=False)
