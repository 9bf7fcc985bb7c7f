#!/usr/bin/env bash
# SDAR with LoRA for two steps on CPU: rank-8 adapters on every linear layer of the warm-started tiny model
# (reference policy = the same weights with adapters off; the rollout engine gets merged weights), toy
# environment. Export: python scripts/model_merger.py merge --backend fsdp \
#   --local_dir outputs/cpu/sdar_lora/global_step_2/actor --target_dir outputs/cpu/sdar_lora/merged
# Extra Hydra overrides pass through (GRPO with LoRA: bash examples/cpu/run_grpo.sh actor_rollout_ref.model.lora_rank=8).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "${PYTHON:-.venv/bin/python}" -m verl.trainer.cpu_recipe sdar --out outputs/cpu/sdar_lora \
  actor_rollout_ref.model.lora_rank=8 actor_rollout_ref.model.lora_alpha=16 actor_rollout_ref.actor.optim.lr=5e-3 \
  trainer.experiment_name=sdar_lora "$@"
