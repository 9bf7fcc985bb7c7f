"""TrajectoryCollector on the toy env: a scripted engine for exact checks, then the tiny model for real.

The scripted engine follows the rollout-engine contract (left-padded prompts in; responses right-padded
after eos, masks, positions, log-probs out) and answers by task type:
  dish -> takes the right object on turn 0 (won, 1 sample), tool -> takes a wrong one (lost, 1 sample),
  food -> always "look" (never finishes: env.max_steps samples).
"""
from __future__ import annotations

import pathlib
import re

import numpy as np
import pytest
import torch
from omegaconf import OmegaConf

from agent_system.environments.env_package.toy import CATEGORIES, make_manager, toy_projection
from agent_system.multi_turn_rollout import TrajectoryCollector
from agent_system.multi_turn_rollout.prompt_tokens import PromptTooLongError
from agent_system.reward_manager import EpisodeRewardManager
from agent_system.skills import SKILL_HEADER, SkillProvider, resolve_skills_dir
from verl.protocol import DataProto

REPO = pathlib.Path(__file__).resolve().parents[2]
THINK = "<think>ok</think>"


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """On a shared 2-core box, 2 intra-op threads make tiny-model generation ~10x slower than 1."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def by_task_type(prompt: str) -> str:
    task_type = re.search(r"Your task is to: take the (\w+)", prompt).group(1)
    if task_type == "food":
        return f"{THINK}<action>look</action>"
    objects = re.search(r"You see (.*?)\.", prompt).group(1).replace(" and ", ", ").split(", ")
    objects = [o.split(" ", 1)[1] for o in objects]
    in_category = [o for o in objects if o in CATEGORIES[task_type]]
    pick = in_category[0] if task_type == "dish" else next(o for o in objects if o not in CATEGORIES[task_type])
    return f"{THINK}<action>take {pick}</action>"


class ScriptedEngine:
    """generate_sequences per the engine contract, with the response text chosen by `policy(prompt_text)`."""

    def __init__(self, tokenizer, policy=by_task_type, response_length=24, world_size=1):
        self.tokenizer, self.policy, self.response_length, self.world_size = tokenizer, policy, response_length, world_size
        self.calls: list[DataProto] = []

    def generate_sequences(self, prompts: DataProto) -> DataProto:
        assert len(prompts) % self.world_size == 0, "the collector must pad to a multiple of world_size"
        self.calls.append(prompts)
        ids, mask = prompts.batch["input_ids"], prompts.batch["attention_mask"]
        pad, eos = prompts.meta_info["pad_token_id"], prompts.meta_info["eos_token_id"]
        responses = torch.full((len(prompts), self.response_length), pad, dtype=torch.long)
        response_mask = torch.zeros_like(responses)
        for row in range(len(prompts)):
            text = self.tokenizer.decode(ids[row][mask[row].bool()].tolist(), skip_special_tokens=False)
            out = (self.tokenizer.encode(self.policy(text), add_special_tokens=False) + [eos])[:self.response_length]
            responses[row, :len(out)] = torch.tensor(out)
            response_mask[row, :len(out)] = 1
        full_mask = torch.cat([mask, response_mask], dim=1)
        positions = torch.cat([prompts.batch["position_ids"],
                               prompts.batch["position_ids"][:, -1:] + torch.arange(1, self.response_length + 1)], dim=1)
        return DataProto.from_dict({
            "prompts": ids, "responses": responses, "response_mask": response_mask,
            "input_ids": torch.cat([ids, responses], dim=1), "attention_mask": full_mask, "position_ids": positions,
            "rollout_log_probs": -response_mask.float()}, dict(prompts.non_tensor_batch), dict(prompts.meta_info))


def make_config(**overrides):
    cfg = OmegaConf.create({
        "data": {"max_prompt_length": 512, "truncation": "error", "apply_chat_template_kwargs": {}},
        "env": {"env_name": "toy", "seed": 0, "max_steps": 4, "history_length": 2, "rollout": {"n": 2}},
        "algorithm": {"skill_grpo": {"skill_placement": "system"}},
    })
    return OmegaConf.merge(cfg, OmegaConf.create(overrides))


def val_tasks(count=3):
    return make_manager({"seed": 0}, "val").eval_tasks()[:count]  # task types food, tool, dish


class StepSpy:
    """Wraps a manager and records which envs each step() call was asked to step."""

    def __init__(self, manager):
        self.manager, self.stepped = manager, []

    def __getattr__(self, name):
        return getattr(self.manager, name)

    def step(self, texts, active):
        self.stepped.append(np.nonzero(active)[0].tolist())
        assert all((t is None) != bool(a) for t, a in zip(texts, active)), "texts exactly for the active envs"
        return self.manager.step(texts, active)


def test_one_sample_per_active_env_turn_and_finished_envs_are_not_stepped(tokenizer):
    envs = StepSpy(make_manager({"seed": 0}, "train"))
    engine = ScriptedEngine(tokenizer)
    batch, metrics = TrajectoryCollector(make_config(), tokenizer).collect(envs, engine, val_tasks(), is_train=True)
    # envs 0,1 = food (4 turns each), 2,3 = tool (1), 4,5 = dish (1)
    assert envs.stepped == [[0, 1, 2, 3, 4, 5], [0, 1], [0, 1], [0, 1]]
    assert [len(call) for call in engine.calls] == [6, 2, 2, 2]
    assert len(batch) == 2 * 4 + 2 + 2
    nt = batch.non_tensor_batch
    assert sorted(nt["step_index"][nt["task_type"] == "food"].tolist()) == [0, 0, 1, 1, 2, 2, 3, 3]
    assert nt["episode_reward"][nt["task_type"] == "dish"].tolist() == [10.0, 10.0]
    assert set(nt["episode_reward"][nt["task_type"] != "dish"].tolist()) == {0.0}
    assert nt["episode_length"][nt["task_type"] == "food"].tolist() == [4] * 8
    assert nt["won"].tolist() == (nt["task_type"] == "dish").tolist()
    assert all(nt["is_action_valid"]) and set(nt["data_source"]) == {"toy"} and set(nt["gamefile"]) == {None}
    assert nt["task_text"][nt["task_type"] == "tool"].tolist() == ["take the tool"] * 2
    assert set(nt["action"][nt["task_type"] == "food"]) == {"look"}
    assert metrics == pytest.approx({
        "episode/reward/mean": 10 / 3, "episode/reward/max": 10.0, "episode/reward/min": 0.0,
        "episode/length/mean": 2.0, "episode/length/max": 4.0, "episode/length/min": 1.0,
        "episode/valid_action_ratio": 1.0, "episode/tool_call_count/mean": 0.0, "episode/env_failures": 0.0,
        "episode/success_rate": 1 / 3, "episode/dish_success_rate": 1.0, "episode/food_success_rate": 0.0,
        "episode/tool_success_rate": 0.0,
        # the rates' denominators, so validation batches combine exactly
        "episode/episodes": 6.0, "episode/turns": 12.0, "episode/dish_episodes": 2.0, "episode/food_episodes": 2.0,
        "episode/tool_episodes": 2.0})


def test_groups_share_uid_and_each_env_has_its_own_traj_uid(tokenizer):
    batch, _ = TrajectoryCollector(make_config(env={"rollout": {"n": 3}}), tokenizer).collect(
        make_manager({"seed": 0}, "train"), ScriptedEngine(tokenizer), val_tasks(), is_train=True)
    nt = batch.non_tensor_batch
    assert len(set(nt["uid"])) == 3 and len(set(nt["traj_uid"])) == 9
    for uid in set(nt["uid"]):
        rows = nt["uid"] == uid
        assert len(set(nt["task_type"][rows])) == 1 and len(set(nt["traj_uid"][rows])) == 3
    for traj in set(nt["traj_uid"]):  # a trajectory never changes group; its steps are 0..T-1
        rows = nt["traj_uid"] == traj
        assert len(set(nt["uid"][rows])) == 1
        assert sorted(nt["step_index"][rows].tolist()) == list(range(rows.sum()))


def test_batch_tensors_follow_the_engine_contract_and_rewards_land_on_the_last_token(tokenizer):
    batch, _ = TrajectoryCollector(make_config(), tokenizer).collect(
        make_manager({"seed": 0}, "train"), ScriptedEngine(tokenizer), val_tasks(), is_train=True)
    t = batch.batch
    width = t["prompts"].shape[1]
    assert t["responses"].shape[1] == 24 and t["input_ids"].shape[1] == width + 24
    assert torch.equal(t["input_ids"], torch.cat([t["prompts"], t["responses"]], dim=1))
    assert torch.equal(t["attention_mask"][:, width:], t["response_mask"])
    real = t["attention_mask"].bool()  # positions count real tokens only (re-padding a turn keeps them)
    assert torch.equal(t["position_ids"][real], (t["attention_mask"].cumsum(-1) - 1)[real])
    assert (t["attention_mask"][:, :width].sum(1) < width).any()  # turns of different lengths share one width
    for row in range(len(batch)):  # the decoded prompt is the chat-rendered raw prompt
        prompt = tokenizer.decode(t["prompts"][row][t["attention_mask"][row, :width].bool()].tolist())
        assert prompt == tokenizer.apply_chat_template(batch.non_tensor_batch["raw_prompt"][row], tokenize=False,
                                                       add_generation_prompt=True)
    scores = EpisodeRewardManager()(batch)
    last = t["response_mask"].sum(1) - 1
    assert torch.equal(scores.sum(1), torch.tensor(batch.non_tensor_batch["episode_reward"].astype(np.float32)))
    assert torch.equal(scores[torch.arange(len(batch)), last], scores.sum(1))


def test_validation_plays_each_task_once_with_validate_sampling(tokenizer):
    engine = ScriptedEngine(tokenizer)
    batch, metrics = TrajectoryCollector(make_config(), tokenizer).collect(
        make_manager({"seed": 0}, "val"), engine, val_tasks(), is_train=False)
    assert len(set(batch.non_tensor_batch["traj_uid"])) == 3 and len(batch) == 4 + 1 + 1
    assert all(call.meta_info["validate"] is True for call in engine.calls)
    assert metrics["episode/success_rate"] == pytest.approx(1 / 3)


def test_generate_batches_are_padded_to_the_world_size(tokenizer):
    engine = ScriptedEngine(tokenizer, world_size=4)
    batch, _ = TrajectoryCollector(make_config(), tokenizer).collect(
        make_manager({"seed": 0}, "train"), engine, val_tasks(), is_train=True)
    assert [len(call) for call in engine.calls] == [8, 4, 4, 4] and len(batch) == 12
    assert engine.calls[0].meta_info["validate"] is False


def test_truncation_modes(tokenizer):
    look = ScriptedEngine(tokenizer, policy=lambda prompt: f"{THINK}<action>look</action>")  # prompt is cut
    args = (make_manager({"seed": 0}, "train"), look, val_tasks(1))
    with pytest.raises(PromptTooLongError, match="data.max_prompt_length=40"):
        TrajectoryCollector(make_config(data={"max_prompt_length": 40}), tokenizer).collect(*args, is_train=True)
    with pytest.raises(ValueError, match="data.truncation"):
        TrajectoryCollector(make_config(data={"truncation": "middle"}), tokenizer)
    left, _ = TrajectoryCollector(make_config(data={"max_prompt_length": 40, "truncation": "left"}), tokenizer).collect(
        *args, is_train=True)
    right, _ = TrajectoryCollector(make_config(data={"max_prompt_length": 40, "truncation": "right"}), tokenizer).collect(
        *args, is_train=True)
    generation_prompt = tokenizer.encode("<|im_start|>assistant\n", add_special_tokens=False)
    assert left.batch["prompts"].shape[1] == 40 == right.batch["prompts"].shape[1]
    assert left.batch["prompts"][0, -len(generation_prompt):].tolist() == generation_prompt
    assert right.batch["prompts"][0, 0].item() == tokenizer.convert_tokens_to_ids("<|im_start|>")


def test_chat_template_kwargs_reach_the_prompt(tokenizer):
    engine = ScriptedEngine(tokenizer)
    TrajectoryCollector(make_config(data={"apply_chat_template_kwargs": {"enable_thinking": False}}), tokenizer).collect(
        make_manager({"seed": 0}, "train"), engine, val_tasks(1), is_train=True)
    first = engine.calls[0]
    text = tokenizer.decode(first.batch["input_ids"][0][first.batch["attention_mask"][0].bool()].tolist())
    assert text.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")


@pytest.mark.parametrize("placement", ["system", "prefix"])
def test_skill_grpo_puts_skills_into_the_student_prompt_only(tokenizer, placement):
    provider = SkillProvider(resolve_skills_dir("skills/toy"))
    engine = ScriptedEngine(tokenizer)
    batch, _ = TrajectoryCollector(make_config(algorithm={"skill_grpo": {"skill_placement": placement}},
                                               data={"max_prompt_length": 1024}),
                                   tokenizer).collect(make_manager({"seed": 0}, "train"), engine, val_tasks(),
                                                      is_train=True, student_skill_provider=provider)
    for row in range(len(batch)):
        raw, variants = batch.non_tensor_batch["raw_prompt"][row], batch.non_tensor_batch["prompt_variants"][row]
        skills = provider.skills["general"]
        if placement == "system":
            assert raw[0]["role"] == "system" and raw[0]["content"].startswith(SKILL_HEADER + skills)
        else:
            assert raw[0]["role"] == "user" and raw[0]["content"].startswith(SKILL_HEADER + skills)
        assert SKILL_HEADER not in str(variants)  # the env's own prompts, for the teacher
    assert all(SKILL_HEADER in tokenizer.decode(call.batch["input_ids"][0].tolist()) for call in engine.calls)


def _tiny_config(model_dir, **overrides):
    cfg = OmegaConf.load(REPO / "verl/trainer/config/ppo_trainer.yaml")
    cfg = OmegaConf.merge(cfg, OmegaConf.create({
        "data": {"max_prompt_length": 1024, "max_response_length": 12},
        "actor_rollout_ref": {"model": {"path": str(model_dir)}, "rollout": {"name": "hf"}},
        "env": {"env_name": "toy", "rollout": {"n": 2}, "max_steps": 3},
        "trainer": {"device": "cpu"}}), OmegaConf.create(overrides))
    return cfg


def _check_real_rollout(batch, metrics, tokenizer, envs):
    t = batch.batch
    active_turns = sum(len(s) for s in envs.stepped)
    assert len(batch) == active_turns
    for row in range(len(batch)):  # every recorded action is the projection of the decoded response
        text = tokenizer.decode(t["responses"][row][t["response_mask"][row].bool()].tolist(), skip_special_tokens=True)
        admissible = [f"take {o}" for o in re.search(r"Admissible actions: \[(.*?)\]\.",
                                                     batch.non_tensor_batch["raw_prompt"][row][0]["content"]
                                                     ).group(1).replace("'take ", "").replace("'", "").split(", ")
                      if o != "look"] + ["look"]
        assert batch.non_tensor_batch["action"][row] == toy_projection(text, admissible, lenient=True).action
    assert (t["rollout_log_probs"][t["response_mask"].bool()] < 0).all()
    assert 0.0 <= metrics["episode/success_rate"] <= 1.0


def test_tiny_model_through_the_local_worker_group(tiny_model_dir, tokenizer):
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import LocalWorkerGroup

    config = _tiny_config(tiny_model_dir)
    wg = LocalWorkerGroup(ActorRolloutRefWorker, config, role="actor_rollout")
    try:
        wg.init_model()
        envs = StepSpy(make_manager(config.env, "train"))
        batch, metrics = TrajectoryCollector(config, tokenizer).collect(envs, wg, val_tasks(2), is_train=True)
        _check_real_rollout(batch, metrics, tokenizer, envs)
    finally:
        wg.shutdown()


def test_tiny_model_through_the_ray_worker_group(tiny_model_dir, tokenizer, ray_session):
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import RayWorkerGroup

    config = _tiny_config(tiny_model_dir, trainer={"worker_backend": "ray"})
    wg = RayWorkerGroup(ActorRolloutRefWorker, config, world_size=1, role="actor_rollout")
    try:
        wg.init_model()
        envs = StepSpy(make_manager(config.env, "train"))
        batch, metrics = TrajectoryCollector(config, tokenizer).collect(envs, wg, val_tasks(1), is_train=False)
        _check_real_rollout(batch, metrics, tokenizer, envs)
    finally:
        wg.shutdown()
