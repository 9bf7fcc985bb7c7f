"""Entry point: python -m verl.trainer.main_ppo [hydra overrides]   (GRPO / PPO family).

The other entry points (main_sdar, main_rlsd, main_skillsd, main_skill_grpo) are the same program
with a method preset; main_eval runs the fixed validation sets only.
"""
from __future__ import annotations

import os
import pathlib
import sys

import hydra
from omegaconf import DictConfig, OmegaConf

from verl.trainer.methods import MethodSpec, apply_method_preset

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
ENV_SKILL_DIRS = {"alfworld": "alfworld", "webshop": "webshop", "search": "search", "toy": "toy"}


def env_family(env_name: str) -> str:
    name = str(env_name).lower()
    for key, family in ENV_SKILL_DIRS.items():
        if key in name:
            return family
    raise ValueError(f"env.env_name: unknown environment {env_name!r}; expected one of {sorted(ENV_SKILL_DIRS)}")


def resolve_skills_dir(config: DictConfig, section: str | None) -> pathlib.Path | None:
    if section is None:
        return None
    configured = config.algorithm[section].skills_dir or f"skills/{env_family(config.env.env_name)}"
    path = pathlib.Path(configured).expanduser()
    if not path.is_absolute() and not path.exists() and (REPO_ROOT / path).exists():
        path = REPO_ROOT / path  # the shipped skill library, when run from another folder
    return path


def build_worker_group(config: DictConfig, role: str):
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import LocalWorkerGroup, RayWorkerGroup

    trainer = config.trainer
    if trainer.worker_backend == "local":
        group = LocalWorkerGroup(ActorRolloutRefWorker, config, role=role)
    else:
        from verl.utils.ray_utils import init_ray

        init_ray(trainer.ray_num_cpus)
        group = RayWorkerGroup(ActorRolloutRefWorker, config, world_size=trainer.n_gpus_per_node * trainer.nnodes,
                               role=role, timeout_s=trainer.worker_timeout_s)
    group.init_model()
    return group


def build_trainer(config: DictConfig):
    """Validate the config and assemble tokenizer, workers, envs, collector and trainer."""
    from transformers import AutoTokenizer

    from agent_system.environments.env_manager import make_envs
    from agent_system.multi_turn_rollout.rollout_loop import TrajectoryCollector
    from agent_system.reward_manager.episode import EpisodeRewardManager
    from agent_system.skills.provider import SkillProvider
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer
    from verl.utils.config import validate_config

    validate_config(config)
    if config.data.train_files and "search" not in str(config.env.env_name):
        print(f"note: data.train_files is not needed for {config.env.env_name}: tasks come from the environment")
    method = MethodSpec.from_config(config)
    model_cfg = config.actor_rollout_ref.model
    tokenizer = AutoTokenizer.from_pretrained(model_cfg.tokenizer_path or model_cfg.path,
                                              trust_remote_code=model_cfg.trust_remote_code)
    skill_provider = None
    if method.skill_section is not None:
        skill_cfg = method.skill_config(config)
        skill_provider = SkillProvider(resolve_skills_dir(config, method.skill_section), skill_all=skill_cfg.skill_all)
    role = "actor_rollout_ref" if config.actor_rollout_ref.actor.use_kl_loss else "actor_rollout"
    actor_rollout_wg = build_worker_group(config, role)
    train_envs, val_envs = make_envs(config)
    collector = TrajectoryCollector(config, tokenizer)
    return RayPPOTrainer(config, tokenizer, actor_rollout_wg, train_envs, val_envs, collector,
                         EpisodeRewardManager(tokenizer), skill_provider=skill_provider)


def run(config: DictConfig) -> dict:
    """Train with an already-composed config; returns the last step's metrics."""
    OmegaConf.resolve(config)
    trainer = build_trainer(config)
    try:
        return trainer.fit()
    finally:
        trainer.actor_rollout_wg.shutdown()
        trainer.train_envs.close()
        trainer.val_envs.close()


def main_with_method(method: str | None):
    """A Hydra main that applies `method`'s preset unless algorithm.method was given on the command line."""

    @hydra.main(config_path="config", config_name="ppo_trainer", version_base=None)
    def _main(config: DictConfig) -> None:
        explicit = any(arg.lstrip("+").startswith("algorithm.method=") for arg in sys.argv[1:])
        if method is not None and not explicit:
            apply_method_preset(config, method)
        elif explicit:
            apply_method_preset(config, config.algorithm.method)
        run(config)

    return _main


main = main_with_method(None)

if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
