#!/usr/bin/env bash
# GiGPO for two steps on CPU: warm-started tiny model, toy environment (whose "look" and "Nothing happens."
# observations repeat, so step groups form). Extra Hydra overrides pass through.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "${PYTHON:-.venv/bin/python}" -m verl.trainer.cpu_recipe grpo --out outputs/cpu/gigpo \
  algorithm.adv_estimator=gigpo algorithm.gamma=0.95 algorithm.gigpo.mode=mean_norm trainer.experiment_name=gigpo "$@"
