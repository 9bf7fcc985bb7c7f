#!/usr/bin/env bash
# PPO (GAE with a critic) for two steps on CPU: warm-started tiny model as actor and critic, toy environment.
# Extra Hydra overrides pass through, e.g. algorithm.method=sdar for PPO + SDAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "${PYTHON:-.venv/bin/python}" -m verl.trainer.cpu_recipe grpo --out outputs/cpu/ppo \
  algorithm.adv_estimator=gae algorithm.gamma=1.0 algorithm.lam=1.0 critic.optim.lr=1e-4 \
  critic.ppo_micro_batch_size_per_gpu=8 trainer.critic_warmup=0 trainer.experiment_name=ppo "$@"
