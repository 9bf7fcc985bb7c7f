"""Entry point: python -m verl.trainer.main_ppo [hydra overrides]   (GRPO / PPO family).

The other entry points (main_sdar, main_rlsd, main_skillsd, main_skill_grpo) are the same program
with a method preset; main_eval runs the fixed validation sets only.
"""
from __future__ import annotations

import os
import sys

from omegaconf import DictConfig, OmegaConf

# torch-importing modules load inside the functions, so a bad override is reported in about a second


def build_worker_group(config: DictConfig, role: str):
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import LocalWorkerGroup, RayWorkerGroup

    trainer = config.trainer
    worker_cls = ActorRolloutRefWorker
    if config.algorithm.adv_estimator == "gae":  # PPO: each rank also hosts the critic, on the same device
        from verl.workers.critic import ActorRolloutRefCriticWorker

        worker_cls = ActorRolloutRefCriticWorker
    if trainer.worker_backend == "local":
        group = LocalWorkerGroup(worker_cls, config, role=role)
    else:
        from verl.utils.ray_utils import init_ray

        init_ray(trainer.ray_num_cpus)
        group = RayWorkerGroup(worker_cls, config, world_size=trainer.n_gpus_per_node * trainer.nnodes,
                               role=role, timeout_s=trainer.worker_timeout_s,
                               init_timeout_s=trainer.ray_wait_register_center_timeout)
    group.init_model()
    return group


def build_trainer(config: DictConfig, eval_only: bool = False):
    """Validate the config and assemble tokenizer, workers, envs, collector and trainer.

    eval_only (main_eval): no training env manager (train_envs is None; a data tree with only the eval
    split is enough) and no reference model."""
    from verl.utils.config import ConfigError, validate_config

    validate_config(config)  # everything a user can get wrong fails here, before any heavy import or model load
    from transformers import AutoTokenizer

    from agent_system.environments.env_manager import make_env_manager, make_envs
    from agent_system.multi_turn_rollout.rollout_loop import TrajectoryCollector
    from agent_system.reward_manager.episode import EpisodeRewardManager
    from agent_system.skills.provider import SkillProvider, resolve_skills_dir
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer, uses_reference

    if config.data.train_files and "search" not in str(config.env.env_name):
        print(f"note: data.train_files is not needed for {config.env.env_name}: tasks come from the environment")
    from verl.trainer.methods import MethodSpec

    method = MethodSpec.from_config(config)
    model_cfg = config.actor_rollout_ref.model
    key = "actor_rollout_ref.model.tokenizer_path" if model_cfg.tokenizer_path else "actor_rollout_ref.model.path"
    try:
        tokenizer = AutoTokenizer.from_pretrained(model_cfg.tokenizer_path or model_cfg.path,
                                                  trust_remote_code=model_cfg.trust_remote_code)
    except (OSError, ValueError) as err:
        raise ConfigError(f"{key}: cannot load a tokenizer from {model_cfg.tokenizer_path or model_cfg.path!r}: "
                          f"{str(err).splitlines()[0]}") from err
    skill_provider = None
    if method.skill_section is not None:
        skill_cfg = method.skill_config(config)
        skills_dir = resolve_skills_dir(skill_cfg.skills_dir, config.env.env_name)
        try:
            skill_provider = SkillProvider(skills_dir, skill_all=skill_cfg.skill_all)
        except (OSError, ValueError) as err:
            raise ConfigError(f"algorithm.{method.skill_section}.skills_dir: {skills_dir}: "
                              f"{str(err).splitlines()[0]}") from err
    try:  # envs before the model: a missing env dependency or data folder fails before the long model load
        train_envs, val_envs = (None, make_env_manager(config, "val")) if eval_only else make_envs(config)
    except ImportError as err:
        raise ConfigError(str(err).splitlines()[0]) from err
    role = "actor_rollout_ref" if uses_reference(config) else "actor_rollout"
    if eval_only:
        role = "actor_rollout"  # evaluation computes no KL: no reference model
    try:
        actor_rollout_wg = build_worker_group(config, role)
    except BaseException:
        for envs in (train_envs, val_envs):
            if envs is not None:
                envs.close()
        raise
    collector = TrajectoryCollector(config, tokenizer)
    return RayPPOTrainer(config, tokenizer, actor_rollout_wg, train_envs, val_envs, collector,
                         EpisodeRewardManager(tokenizer), skill_provider=skill_provider,
                         critic_wg=actor_rollout_wg if config.algorithm.adv_estimator == "gae" else None)


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
    """A command-line main: Hydra override syntax (`a.b=1`; a leading `+` is optional) composed onto the
    yaml, then `method`'s preset unless algorithm.method is given on the command line. Config errors end
    the program with one line on stderr and exit code 2 (verl.utils.config.cli_entry)."""
    from verl.utils.config import cli_entry

    @cli_entry
    def _main(argv: list[str] | None = None) -> dict:
        from verl.utils.config import load_config

        overrides = list(sys.argv[1:] if argv is None else argv)
        if any(arg in ("-h", "--help") for arg in overrides):
            print(__doc__ + "\nEvery key, its default and meaning: verl/trainer/config/ppo_trainer.yaml")
            return {}
        config = load_config(overrides)
        explicit = any(arg.lstrip("+").startswith("algorithm.method=") for arg in overrides)
        if explicit or method is not None:
            from verl.trainer.methods import apply_method_preset

            apply_method_preset(config, config.algorithm.method if explicit else method)
        return run(config)

    return _main


main = main_with_method(None)

if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
