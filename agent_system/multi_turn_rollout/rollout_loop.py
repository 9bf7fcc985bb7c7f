"""TrajectoryCollector: plays a batch of environments against the policy and returns step samples.

One sample = one env turn: the prompt the policy saw at that turn and its single-turn response
(DESIGN.md §4, METHOD.md §4.1). Differences from the reference, on purpose:
- only ACTIVE envs are rendered, generated for and stepped (the reference generated for finished envs
  too and threw the text away, §8.10);
- each sample keeps `prompt_variants`: its prompt messages with the full history window, then with one
  history step fewer each, down to none (EnvironmentManager.prompt_variants). The teacher branch
  re-renders these with skills and drops the OLDEST history first when the privileged prompt is too
  long, so skills are never cut (§8.1). Variant 0 is the env's prompt without Skill-GRPO skills;
  `raw_prompt` is exactly what the student saw.

Per-sample non-tensor fields: uid (one per group of env.rollout.n trajectories sharing a task),
traj_uid, step_index, is_action_valid, action, data_source, task_type, gamefile (None where absent),
raw_prompt, prompt_variants, task_text, episode_reward, episode_length, won, env_failed, anchor_obs (the env's
observation before the action, without history: GiGPO's step groups), step_reward (the env's reward for the turn).
Tensor fields: the rollout engine's output (prompts, responses, response_mask, input_ids,
attention_mask, position_ids, rollout_log_probs), prompts left-padded to a common width.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any, Sequence

import numpy as np
import torch

from agent_system.environments.base import EnvironmentManager, Task, repeat_tasks
from agent_system.multi_turn_rollout.prompt_tokens import (TRUNCATION_MODES, chat_template_kwargs, encode_prompts,
                                                           left_pad)
from agent_system.skills.placement import check_placement, place_student_skills
from verl.protocol import DataProto, pad_dataproto_to_divisor, unpad_dataproto
from verl.utils.config import select as _select

# Engine output keys whose width is prompt (+ response): re-padded on the left when turns are joined.
_PROMPT_KEYS = {"prompts": "pad", "input_ids": "pad", "attention_mask": 0, "position_ids": 0}


class TrajectoryCollector:
    def __init__(self, config: Any, tokenizer):
        self.config = config
        self.tokenizer = tokenizer
        self.max_steps = int(_select(config, "env.max_steps", 4))
        self.group_n = int(_select(config, "env.rollout.n", 1))
        self.max_prompt_length = int(_select(config, "data.max_prompt_length", 2048))
        self.truncation = str(_select(config, "data.truncation", "error"))
        # rollout.name=oracle: each prompt carries its env's planned response (verl/workers/rollout/oracle_rollout.py)
        self.oracle = str(_select(config, "actor_rollout_ref.rollout.name", "hf")).lower() == "oracle"
        self.template_kwargs = chat_template_kwargs(_select(config, "data.apply_chat_template_kwargs", {}))
        self.student_skill_placement = check_placement(
            str(_select(config, "algorithm.skill_grpo.skill_placement", "system")),
            "algorithm.skill_grpo.skill_placement")
        if self.truncation not in TRUNCATION_MODES:
            raise ValueError(f"data.truncation must be one of {TRUNCATION_MODES}, got {self.truncation!r}")
        if self.max_steps < 1:
            raise ValueError(f"env.max_steps must be >= 1, got {self.max_steps}")
        if self.group_n < 1:
            raise ValueError(f"env.rollout.n must be >= 1, got {self.group_n}")
        self.eos_token_id = tokenizer.eos_token_id
        self.pad_token_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        if self.pad_token_id is None:
            raise ValueError("the tokenizer has neither a pad nor an eos token; set one before collecting")

    # ------------------------------------------------------------------ public
    def collect(self, envs: EnvironmentManager, actor_rollout_wg, tasks: Sequence[Task], is_train: bool,
                student_skill_provider=None) -> tuple[DataProto, dict[str, float]]:
        """Play `tasks` (each env.rollout.n times when training) to the end; returns (step samples, metrics)."""
        if not tasks:
            raise ValueError("collect() needs at least one task")
        group_n = self.group_n if is_train else 1
        env_tasks = repeat_tasks(tasks, group_n)
        num_envs = len(env_tasks)
        group_uids = [str(uuid.uuid4()) for _ in tasks]
        uids = [group_uids[i // group_n] for i in range(num_envs)]
        traj_uids = [str(uuid.uuid4()) for _ in range(num_envs)]

        observations, infos = envs.reset(env_tasks)
        if len(infos) != num_envs:
            raise RuntimeError(f"{type(envs).__name__}.reset returned {len(infos)} infos for {num_envs} tasks")
        env_failed = np.array([bool(info.get("env_failed", False)) for info in infos])
        active = ~env_failed  # an env whose worker failed at reset plays no turn
        episode_reward = np.zeros(num_envs, dtype=np.float64)
        episode_length = np.zeros(num_envs, dtype=np.int64)
        tool_calls = np.zeros(num_envs, dtype=np.int64)
        final_infos = list(infos)
        turns: list[DataProto] = []

        progress = _progress(self.max_steps, "rollout" if is_train else "validation")
        for turn in range(self.max_steps):
            index = np.nonzero(active)[0]
            if len(index) == 0:
                break
            messages, variants = self._prompts(envs, index, student_skill_provider)
            generated = self._generate(actor_rollout_wg, messages, index, envs, validate=not is_train)
            texts = self._decode_responses(generated)

            step_texts: list[str | None] = [None] * num_envs
            for row, i in enumerate(index):
                step_texts[i] = texts[row]
            next_observations, rewards, dones, step_infos = envs.step(step_texts, active.copy())

            fields: dict[str, list] = defaultdict(list)
            for row, i in enumerate(index):
                info = step_infos[i]
                episode_reward[i] += float(rewards[i])
                episode_length[i] += 1
                tool_calls[i] += int(info.get("tool_calling", 0) or 0)
                final_infos[i] = info
                env_failed[i] |= bool(info.get("env_failed", False))
                meta = envs.task_meta(i)
                fields["uid"].append(uids[i])
                fields["traj_uid"].append(traj_uids[i])
                fields["step_index"].append(turn)
                fields["is_action_valid"].append(bool(info.get("is_action_valid", False)))
                fields["action"].append(info.get("action"))
                fields["data_source"].append(meta.get("data_source") or info.get("data_source"))
                fields["task_type"].append(meta.get("task_type"))
                fields["gamefile"].append(info.get("gamefile") or meta.get("gamefile"))
                fields["task_text"].append(meta.get("task") or "")
                fields["raw_prompt"].append(messages[row])
                fields["prompt_variants"].append(variants[row])
                fields["env_index"].append(int(i))
                fields["anchor_obs"].append(observations[i])
                fields["step_reward"].append(float(rewards[i]))
            for key, values in fields.items():
                generated.non_tensor_batch[key] = _object_array(values)
            turns.append(generated)
            observations = next_observations

            active[index] = ~np.asarray(dones, dtype=bool)[index] & ~env_failed[index]
            progress.update(1)
            progress.set_postfix(active=int(active.sum()))
        progress.close()

        if not turns:
            raise RuntimeError("no env played a turn (every env failed at reset); see the env workers' logs")
        batch = concat_turns(turns, self.pad_token_id)
        env_of_sample = batch.non_tensor_batch.pop("env_index").astype(np.int64)
        won = np.array([bool(info.get("won", False)) for info in final_infos])
        batch.non_tensor_batch["episode_reward"] = _object_array(episode_reward[env_of_sample].tolist())
        batch.non_tensor_batch["episode_length"] = _object_array(episode_length[env_of_sample].tolist())
        batch.non_tensor_batch["won"] = _object_array(won[env_of_sample].tolist())
        batch.non_tensor_batch["env_failed"] = _object_array(env_failed[env_of_sample].tolist())
        batch.meta_info.pop("validate", None)

        metrics = self._metrics(envs, batch, episode_reward, episode_length, tool_calls, env_failed, final_infos)
        return batch, metrics

    # ------------------------------------------------------------------ one turn
    def _prompts(self, envs: EnvironmentManager, index: np.ndarray, skill_provider) -> tuple[list, list]:
        messages, variants = [], []
        for i in index:
            env_variants = envs.prompt_variants(int(i))
            prompt = env_variants[0]
            if skill_provider is not None:
                skills = skill_provider.skills_for(envs.task_meta(int(i)))
                prompt = place_student_skills(prompt, skills, self.student_skill_placement)
            messages.append(prompt)
            variants.append(env_variants)
        return messages, variants

    def _generate(self, wg, messages: list, index: np.ndarray, envs: EnvironmentManager, validate: bool) -> DataProto:
        def describe(row: int) -> str:
            env = int(index[row])
            task_id = envs.tasks[env].get("task_id") if len(envs.tasks) > env else None
            return f"the prompt of env {env} (task {task_id!r})"

        sequences = [ids for ids, _ in encode_prompts(self.tokenizer, messages, self.max_prompt_length, self.truncation,
                                                      self.template_kwargs, describe)]
        prompts = DataProto.from_dict(
            left_pad(sequences, self.pad_token_id),
            meta_info={"eos_token_id": self.eos_token_id, "pad_token_id": self.pad_token_id, "validate": validate})
        if self.oracle:
            prompts.non_tensor_batch["oracle_response"] = _object_array([envs.oracle_response(int(i)) for i in index])
        world_size = max(1, int(getattr(wg, "world_size", 1) or 1))
        padded, pad_size = pad_dataproto_to_divisor(prompts, world_size)
        output = wg.generate_sequences(padded)
        output = unpad_dataproto(output, pad_size)
        if len(output) != len(sequences):
            raise RuntimeError(f"generate_sequences returned {len(output)} samples for {len(sequences)} prompts")
        return output

    def _decode_responses(self, generated: DataProto) -> list[str]:
        responses = generated.batch["responses"]
        mask = generated.batch["response_mask"] if "response_mask" in generated.batch.keys() else \
            (responses != self.pad_token_id).long()
        return [self.tokenizer.decode(responses[row][mask[row].bool()].tolist(), skip_special_tokens=True)
                for row in range(responses.shape[0])]

    # ------------------------------------------------------------------ metrics
    @staticmethod
    def _metrics(envs, batch, episode_reward, episode_length, tool_calls, env_failed, final_infos) -> dict[str, float]:
        metrics: dict[str, float] = {}
        for name, values in (("reward", episode_reward), ("length", episode_length)):
            metrics[f"episode/{name}/mean"] = float(np.mean(values))
            metrics[f"episode/{name}/max"] = float(np.max(values))
            metrics[f"episode/{name}/min"] = float(np.min(values))
        valid = batch.non_tensor_batch["is_action_valid"].astype(float)
        metrics["episode/valid_action_ratio"] = float(valid.mean()) if len(valid) else 0.0
        metrics["episode/tool_call_count/mean"] = float(np.mean(tool_calls))
        metrics["episode/env_failures"] = float(np.sum(env_failed))
        for key, value in envs.success(final_infos).items():
            metrics[f"episode/{key}"] = float(value)
        # the denominators of the rates above, so batches combine exactly (verl.trainer.ppo.metrics.combine_batch_metrics)
        metrics["episode/episodes"], metrics["episode/turns"] = float(len(final_infos)), float(len(valid))
        for info in final_infos:
            group = envs.metric_group(info)
            if group:
                metrics[f"episode/{group}_episodes"] = metrics.get(f"episode/{group}_episodes", 0.0) + 1.0
        return metrics


def _object_array(values: Sequence[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


def concat_turns(turns: list[DataProto], pad_token_id: int) -> DataProto:
    """Join per-turn outputs whose prompt widths differ: left-pad every turn to the widest prompt."""
    width = max(t.batch["prompts"].shape[1] for t in turns)
    padded = []
    for turn in turns:
        extra = width - turn.batch["prompts"].shape[1]
        if extra:
            tensors = {}
            for key, value in turn.batch.items():
                if key in _PROMPT_KEYS:
                    fill = pad_token_id if _PROMPT_KEYS[key] == "pad" else 0
                    pad = torch.full((value.shape[0], extra), fill, dtype=value.dtype)
                    value = torch.cat([pad, value], dim=1)
                tensors[key] = value
            turn = DataProto.from_dict(tensors, turn.non_tensor_batch, turn.meta_info)
        padded.append(turn)
    return DataProto.concat(padded)


def _progress(total: int, desc: str):
    try:
        from tqdm.auto import tqdm

        return tqdm(total=total, desc=desc, unit="turn", leave=False, disable=None)
    except ImportError:  # tqdm is in the requirements; stay usable without it
        class _Silent:
            def update(self, *_):
                pass

            def set_postfix(self, **_):
                pass

            def close(self):
                pass

        return _Silent()
