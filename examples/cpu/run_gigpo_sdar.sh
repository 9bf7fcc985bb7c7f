#!/usr/bin/env bash
# GiGPO + SDAR for two steps on CPU: GiGPO's advantages with SDAR's gated distillation loss; warm-started
# tiny model, toy environment. Extra Hydra overrides pass through.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "${PYTHON:-.venv/bin/python}" -m verl.trainer.cpu_recipe sdar --out outputs/cpu/gigpo_sdar \
  algorithm.adv_estimator=gigpo algorithm.gamma=0.95 algorithm.gigpo.mode=mean_norm trainer.experiment_name=gigpo_sdar "$@"
