"""The driver: one training step loop for GRPO and every SDAR-family method (DESIGN.md §4).

The driver owns the loop and nothing heavy. Models live in the actor worker group, environment state
in the env managers. One step, in the order of the paper's trainer (METHOD.md §3):

     1 sample tasks          data.train_batch_size tasks, each played env.rollout.n times
     2 rollout               TrajectoryCollector: one sample per env turn
     3 rewards               episode reward on the last response token of each step sample
     4 old log-prob          current weights, no grad (+ entropy metric)
     5 teacher log-prob      privileged prompt + the same response tokens (only methods with a teacher)
     6 ref log-prob          frozen initial policy (only when the KL loss is on)
     6b values               PPO (adv_estimator=gae) only: the critic's V per response token
     7 advantages            invalid-action penalty -> GRPO over the uid group -> RLSD reweighting
                             (gae: GAE across each trajectory's steps; then the critic's clipped value update)
     8 actor update          PPO clip + KL + entropy (+ the method's distillation term); skipped during
                             trainer.critic_warmup
     9 weight sync           done by the worker at the end of update_actor
    10 validate / save / log
"""
from __future__ import annotations

import logging
import pathlib
import time
from typing import Any

import numpy as np
import torch
from omegaconf import DictConfig, OmegaConf

from verl.protocol import DataProto
from verl.trainer.methods import MethodSpec
from verl.trainer.ppo import core_algos, gigpo
from verl.trainer.ppo.distill import compute_rlsd_token_advantage
from verl.trainer.ppo.dynamic_sampling import collect_informative_groups
from verl.trainer.ppo.generations import dump_rollouts, pick_samples, sample_records
from verl.trainer.ppo.metrics import (combine_batch_metrics, compute_data_metrics, compute_memory_metrics,
                                      compute_throughput_metrics, compute_timing_per_token, timer)
from verl.trainer.ppo.teacher import build_teacher_batch
from verl.utils.checkpoint import CheckpointManager, check_shared_with_ranks, load_trainer_state, save_trainer_state
from verl.utils.seqlen_balancing import get_seqlen_balanced_partitions
from verl.utils.tracking import Tracking
from verl.workers.worker_group import WorkerError

logger = logging.getLogger(__name__)


class RayPPOTrainer:
    """Single-controller trainer. Workers expose generate/compute_log_prob/compute_ref_log_prob/update_actor."""

    def __init__(self, config: DictConfig, tokenizer, actor_rollout_wg, train_envs, val_envs, collector, reward_fn,
                 skill_provider=None, task_source=None, critic_wg=None):
        self.config = config
        self.tokenizer = tokenizer
        self.actor_rollout_wg = actor_rollout_wg
        # PPO's value model (adv_estimator=gae): a group exposing compute_values / update_critic /
        # save_critic_checkpoint / load_critic_checkpoint (verl.workers.critic; main_ppo colocates it with the actor)
        self.use_critic = config.algorithm.adv_estimator == "gae"
        if self.use_critic and critic_wg is None:
            raise ValueError("algorithm.adv_estimator=gae needs a critic worker group (critic_wg)")
        self.critic_wg = critic_wg
        self.train_envs, self.val_envs = train_envs, val_envs
        self.collector = collector
        self.reward_fn = reward_fn
        self.skill_provider = skill_provider
        self.method = MethodSpec.from_config(config)
        if self.method.needs_teacher and skill_provider is None:
            raise ValueError(f"algorithm.method={self.method.name} needs a skill provider for the teacher prompt")
        self.task_source = task_source if task_source is not None else train_envs
        self.use_reference = uses_reference(config)
        self._val_samples: list[dict[str, Any]] = []  # trainer.log_val_generations of the last validation
        self.total_training_steps = self._total_training_steps()
        self.global_step = 0
        self.task_rng = np.random.default_rng(config.data.seed)
        self.run_dir = pathlib.Path(config.trainer.default_local_dir)
        self.checkpoints = CheckpointManager(self.run_dir, config.trainer.max_actor_ckpt_to_keep)

    # ------------------------------------------------------------------ setup
    def _total_training_steps(self) -> int:
        trainer = self.config.trainer
        if trainer.total_training_steps:
            return int(trainer.total_training_steps)
        # Env-sampled tasks (ALFWorld, WebShop, toy) have no dataset to exhaust: one epoch is one step,
        # as in the reference (its dummy parquet has exactly train_batch_size rows).
        num_tasks = getattr(self.task_source, "num_train_tasks", None)
        per_epoch = max(1, num_tasks // self.config.data.train_batch_size) if num_tasks else 1
        return int(trainer.total_epochs) * per_epoch

    # ------------------------------------------------------------------ checkpoints
    def save_checkpoint(self) -> pathlib.Path:
        step = self.global_step
        tmp_dir = self.checkpoints.begin(step)
        self.actor_rollout_wg.save_checkpoint(str(tmp_dir / "actor"), step)
        if self.use_critic:
            self.critic_wg.call("save_critic_checkpoint", str(tmp_dir / "critic"), step)
        save_trainer_state(tmp_dir, {"global_step": step, "task_rng": self.task_rng.bit_generator.state,
                                     "config": OmegaConf.to_container(self.config, resolve=True)})
        return self.checkpoints.commit(step)

    def load_checkpoint(self) -> None:
        mode = self.config.trainer.resume_mode
        if mode == "disable":
            return
        path = self.config.trainer.resume_from_path if mode == "resume_path" else self.checkpoints.latest()
        if path is None:
            return
        path = pathlib.Path(path)
        if not (path / "actor").exists():
            raise FileNotFoundError(f"trainer.resume_from_path: {path} holds no actor/ checkpoint")
        state = load_trainer_state(path)
        if self.use_critic and not (path / "critic").exists():
            raise FileNotFoundError(f"{path} holds no critic/ checkpoint, but algorithm.adv_estimator=gae trains one")
        self.actor_rollout_wg.load_checkpoint(str(path / "actor"))
        if self.use_critic:
            self.critic_wg.call("load_critic_checkpoint", str(path / "critic"))
        self.global_step = int(state["global_step"])
        self.task_rng.bit_generator.state = state["task_rng"]
        print(f"resumed from {path} at step {self.global_step}", flush=True)

    # ------------------------------------------------------------------ the loop
    def fit(self) -> dict[str, float]:
        trainer_cfg = self.config.trainer
        if trainer_cfg.save_freq > 0 or trainer_cfg.resume_mode != "disable":
            check_shared_with_ranks(self.run_dir, self.actor_rollout_wg)  # the critic's ranks share these nodes
        self.load_checkpoint()
        tracker = Tracking(trainer_cfg.project_name, trainer_cfg.experiment_name, trainer_cfg.logger,
                           log_dir=self.run_dir, total_steps=self.total_training_steps,
                           config=OmegaConf.to_container(self.config, resolve=True), start_step=self.global_step)
        last_metrics: dict[str, float] = {}
        try:
            if trainer_cfg.val_before_train and self.global_step == 0:
                val_metrics = self.validate()
                tracker.log(val_metrics, step=0)
                tracker.log_generations(self.take_val_samples(), step=0)
                last_metrics.update(val_metrics)
                if trainer_cfg.val_only:
                    return last_metrics
            while self.global_step < self.total_training_steps:
                self.global_step += 1
                try:
                    metrics = self.train_step()
                except WorkerError as err:  # a rank (or its whole node) failed: say which step and how to resume
                    raise err.in_step(self.global_step, self.checkpoints.latest()) from err
                tracker.log(metrics, step=self.global_step)
                tracker.log_generations(self.take_val_samples(), step=self.global_step)
                last_metrics = metrics
        finally:
            tracker.finish()
        return last_metrics

    def train_step(self) -> dict[str, float]:
        step, config = self.global_step, self.config
        is_last = step >= self.total_training_steps
        timing: dict[str, float] = {}
        metrics: dict[str, Any] = {"training/global_step": step}
        start = time.perf_counter()
        with timer("step", timing):
            with timer("gen", timing):
                batch, episode_metrics = self._generate_train_batch()
            metrics.update(episode_metrics)
            if config.trainer.balance_batch:
                self._balance_batch(batch)
            with timer("reward", timing):
                batch.batch["token_level_scores"] = self.reward_fn(batch)
            with timer("old_log_prob", timing):
                batch.meta_info["calculate_entropy"] = True
                old = self.actor_rollout_wg.compute_log_prob(batch)
                batch.meta_info.pop("calculate_entropy")
                batch.batch["old_log_probs"] = old.batch["old_log_probs"]
                if "entropys" in old.batch.keys():
                    metrics["actor/entropy_loss"] = core_algos.agg_loss(
                        old.batch["entropys"], batch.batch["response_mask"],
                        config.actor_rollout_ref.actor.loss_agg_mode).item()
            if self.method.needs_teacher:
                with timer("teacher_forward", timing):
                    metrics.update(self._teacher_log_probs(batch))
            if self.use_reference:
                with timer("ref", timing):
                    ref = self.actor_rollout_wg.compute_ref_log_prob(batch)
                    batch.batch["ref_log_prob"] = ref.batch["ref_log_prob"]
            if self.use_critic:
                with timer("values", timing):
                    batch.batch["values"] = self.critic_wg.dispatch("compute_values", batch).batch["values"]
            with timer("adv", timing):
                metrics.update(self._compute_advantages(batch, step))
            if self.use_critic:
                with timer("update_critic", timing):
                    metrics.update(self.critic_wg.dispatch("update_critic", batch).meta_info["metrics"])
            if config.trainer.rollout_data_dir:
                with timer("dump_rollouts", timing):
                    dump_rollouts(config.trainer.rollout_data_dir, step, sample_records(batch, self.tokenizer, step))
            if self._actor_updates(step):  # not during trainer.critic_warmup
                with timer("update_actor", timing):
                    batch.meta_info["distill"] = self.method.distill_spec(config, step)
                    batch.meta_info["global_step"] = step
                    batch.meta_info["faithful"] = bool(config.algorithm.faithful)  # reference micro-batch loss scaling
                    output = self.actor_rollout_wg.update_actor(batch)  # dispatch pads with masked copies
                    metrics.update(output.meta_info["metrics"])
                    if self.method.name == "skill_sd":
                        metrics["skillsd/sdl_lambda"] = batch.meta_info["distill"]["coef"]
            if should_validate(config.trainer.test_freq, step, is_last, config.trainer.test_start_step):
                with timer("testing", timing):
                    metrics.update(self.validate())
            save_freq = config.trainer.save_freq
            if save_freq > 0 and (is_last or step % save_freq == 0):
                with timer("save_checkpoint", timing):
                    metrics["training/checkpoint"] = step
                    self.save_checkpoint()
        metrics.update(compute_data_metrics(batch, config.data.max_response_length))
        metrics.update({f"timing_s/{name}": seconds for name, seconds in timing.items()})
        metrics.update(compute_timing_per_token(timing, batch))
        metrics.update(compute_throughput_metrics(batch, time.perf_counter() - start,
                                                  self.actor_rollout_wg.world_size))
        metrics.update(compute_memory_metrics())
        return metrics

    # ------------------------------------------------------------------ stages
    def _generate_train_batch(self) -> tuple[DataProto, dict[str, float]]:
        """One rollout of data.train_batch_size fresh task groups; with algorithm.filter_groups.enable,
        re-rolled until that many groups have episodes that disagree (dynamic_sampling.py)."""
        config = self.config
        student_skills = self.skill_provider if self.method.student_skills else None

        def generate() -> tuple[DataProto, dict[str, float]]:
            tasks = self.task_source.sample_tasks(config.data.train_batch_size, self.task_rng)
            return self.collector.collect(self.train_envs, self.actor_rollout_wg, tasks, is_train=True,
                                          student_skill_provider=student_skills)

        filter_cfg = config.algorithm.filter_groups
        if not filter_cfg.enable:
            return generate()
        batch, metrics, rollouts = collect_informative_groups(
            generate, target_groups=int(config.data.train_batch_size),
            max_num_gen_batches=int(filter_cfg.max_num_gen_batches), metric=str(filter_cfg.metric),
            pad_token_id=self.collector.pad_token_id)
        # episode metrics describe every episode played this step, not only the ones trained on
        return batch, {**combine_batch_metrics(rollouts), **metrics}

    def _balance_batch(self, batch: DataProto) -> None:
        """Reorder samples so every data-parallel rank gets about the same number of tokens."""
        world = self.actor_rollout_wg.world_size
        # dispatch hands rank r the r-th contiguous chunk; equal chunks need a divisible batch
        if world <= 1 or len(batch) % world:
            return
        lengths = batch.batch["attention_mask"].sum(-1).tolist()
        partitions = get_seqlen_balanced_partitions(lengths, world, equal_size=True)
        batch.reorder(torch.as_tensor([i for part in partitions for i in part]))

    def _teacher_log_probs(self, batch: DataProto) -> dict[str, float]:
        skill_cfg = self.method.skill_config(self.config)
        teacher_batch, metrics = build_teacher_batch(
            batch, self.skill_provider, self.tokenizer, placement=skill_cfg.skill_placement,
            max_prompt_length=self.config.algorithm.teacher_max_prompt_length,
            apply_chat_template_kwargs=OmegaConf.to_container(self.config.data.apply_chat_template_kwargs))
        teacher_batch.meta_info["share_prefix"] = bool(self.config.algorithm.teacher_shared_prefix)
        out = self.actor_rollout_wg.compute_log_prob(teacher_batch)
        batch.batch["teacher_log_probs"] = out.batch["old_log_probs"]
        if self.method.name in ("sdar", "opsd", "grpo_opsd") and self.config.algorithm.sdar.distill_loss == "topk_reverse_kl":
            for key in ("input_ids", "attention_mask", "position_ids"):
                batch.batch[f"teacher_{key}"] = teacher_batch.batch[key]
        gap = (batch.batch["teacher_log_probs"] - batch.batch["old_log_probs"])
        mask = batch.batch["response_mask"].bool()
        if mask.any():
            metrics["teacher/teacher_student_gap_mean"] = gap[mask].mean().item()
            metrics["teacher/teacher_student_gap_rms"] = gap[mask].pow(2).mean().sqrt().item()
        return metrics

    def _compute_advantages(self, batch: DataProto, step: int) -> dict[str, float]:
        config, metrics = self.config, {}
        actor_cfg, algo = config.actor_rollout_ref.actor, config.algorithm
        scores, mask = batch.batch["token_level_scores"], batch.batch["response_mask"]
        if algo.adv_estimator == "gae" and algo.gae_across_steps:
            # one return per trajectory: the episode reward counts once, on its last step
            scores = core_algos.outcome_reward_on_final_step(scores, batch.non_tensor_batch["traj_uid"],
                                                             batch.non_tensor_batch["step_index"])
        if actor_cfg.use_invalid_action_penalty:
            # a turn whose env worker crashed or timed out is the environment's fault, not the policy's
            not_penalised = batch.non_tensor_batch["is_action_valid"].astype(bool)
            if "env_failed" in batch.non_tensor_batch:
                not_penalised = not_penalised | batch.non_tensor_batch["env_failed"].astype(bool)
            rewards, penalty_metrics = core_algos.apply_invalid_action_penalty(
                scores, mask, not_penalised, actor_cfg.invalid_action_penalty_coef)
            penalty_metrics["episode/valid_action_ratio"] = float(
                batch.non_tensor_batch["is_action_valid"].astype(bool).mean())
            metrics.update(penalty_metrics)
        else:
            rewards = scores
        if algo.use_kl_in_reward:
            rewards, kl_metrics = core_algos.apply_kl_penalty_in_reward(
                rewards, batch.batch["old_log_probs"], batch.batch["ref_log_prob"], mask,
                float(algo.kl_ctrl.kl_coef), algo.kl_penalty)
            metrics.update(kl_metrics)
        batch.batch["token_level_rewards"] = rewards
        advantages, returns = core_algos.compute_advantage(
            algo.adv_estimator, token_level_rewards=rewards, response_mask=mask,
            index=batch.non_tensor_batch["uid"], traj_index=batch.non_tensor_batch["traj_uid"],
            norm_adv_by_std_in_grpo=algo.norm_adv_by_std_in_grpo,
            compute_mean_std_cross_steps=algo.compute_mean_std_cross_steps, gamma=algo.gamma,
            **gigpo_inputs(config, batch, metrics), **gae_inputs(config, batch),
            raw_score_for_single_sample_group=bool(algo.faithful))
        rlsd_lambda = self.method.rlsd_lambda(config, step)
        if rlsd_lambda is not None:
            advantages, rlsd_metrics = compute_rlsd_token_advantage(
                advantages, batch.batch["teacher_log_probs"], batch.batch["old_log_probs"], mask,
                rlsd_lambda=rlsd_lambda, clip_eps=algo.rlsd.clip_eps)
            metrics.update(rlsd_metrics)
        batch.batch["advantages"], batch.batch["returns"] = advantages, returns
        return metrics

    def _actor_updates(self, step: int) -> bool:
        """trainer.critic_warmup = N: the first N steps train only the critic. algorithm.faithful keeps verl's
        test `critic_warmup <= step`, which skips only N - 1 steps."""
        warmup = int(self.config.trainer.critic_warmup) if self.use_critic else 0
        return step >= warmup if self.config.algorithm.faithful else step > warmup

    # ------------------------------------------------------------------ validation
    def take_val_samples(self) -> list[dict[str, Any]]:
        """The trainer.log_val_generations samples of the validation that just ran (then forgotten)."""
        samples, self._val_samples = self._val_samples, []
        return pick_samples(samples, int(self.config.trainer.log_val_generations))

    def validate(self) -> dict[str, float]:
        """Play the fixed validation task list once (twice for Skill-GRPO: with and without skills)."""
        if self.method.student_skills:
            with_skill = self._validate_once(self.skill_provider)
            without = self._validate_once(None)
            metrics = {f"val_with_skill/{k.split('/', 1)[1]}": v for k, v in with_skill.items()}
            metrics.update({f"val_no_skill/{k.split('/', 1)[1]}": v for k, v in without.items()})
            metrics.update(with_skill)
            return metrics
        return self._validate_once(None)

    def _validate_once(self, student_skill_provider) -> dict[str, float]:
        tasks = self.val_envs.eval_tasks()
        size = self.config.data.val_batch_size
        batches = []
        for start in range(0, len(tasks), size):
            chunk = tasks[start:start + size]
            batch, episode_metrics = self.collector.collect(self.val_envs, self.actor_rollout_wg, chunk,
                                                            is_train=False, student_skill_provider=student_skill_provider)
            if self.config.trainer.log_val_generations > 0:
                self._val_samples.extend(sample_records(batch, self.tokenizer, self.global_step))
            batches.append((len(chunk), episode_metrics))
        return {f"val/{key.split('/', 1)[-1]}": value for key, value in combine_batch_metrics(batches).items()}


def uses_reference(config: DictConfig) -> bool:
    """Whether a step computes the reference policy's log-probs: they feed the KL loss and/or the in-reward
    KL penalty (main_ppo builds the worker with a reference model exactly then)."""
    return bool(config.actor_rollout_ref.actor.use_kl_loss) or bool(config.algorithm.use_kl_in_reward)


def gigpo_inputs(config, batch: DataProto, metrics: dict[str, float]) -> dict[str, Any]:
    """The step-level inputs of adv_estimator=gigpo (anchor-state step groups, env step rewards)."""
    algo = config.algorithm
    if algo.adv_estimator != "gigpo":
        return {}
    nt = batch.non_tensor_batch
    step_group = gigpo.anchor_step_groups(nt["anchor_obs"], nt["uid"],
                                          enable_similarity=bool(algo.gigpo.enable_similarity),
                                          similarity_thresh=float(algo.gigpo.similarity_thresh))
    metrics.update(gigpo.step_group_metrics(step_group))
    return {"step_group": step_group, "step_rewards": nt["step_reward"], "step_index": nt["step_index"],
            "step_advantage_w": float(algo.gigpo.step_advantage_w), "gigpo_mode": algo.gigpo.mode}


def gae_inputs(config: DictConfig, batch: DataProto) -> dict[str, Any]:
    """The critic's values and the trajectory order of adv_estimator=gae (core_algos.compute_gae_advantage_return)."""
    algo = config.algorithm
    if algo.adv_estimator != "gae":
        return {}
    return {"values": batch.batch["values"], "lam": float(algo.lam), "step_index": batch.non_tensor_batch["step_index"],
            "gae_across_steps": bool(algo.gae_across_steps)}


def should_validate(test_freq: int, step: int, is_last: bool, test_start_step: int = 0) -> bool:
    """trainer.test_freq: N > 0 validates every N steps (from test_start_step) and after the last step;
    -1 only after the last step; 0 never."""
    if is_last:
        return test_freq > 0 or test_freq == -1
    return test_freq > 0 and step >= test_start_step and step % test_freq == 0
