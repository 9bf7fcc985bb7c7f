#!/usr/bin/env bash
# sdar on alfworld with Qwen2.5-7B-Instruct + LoRA on 2 GPUs (paper hyperparameters from examples/common.sh).
# LoRA (peft): rank-64 adapters on every linear layer; only they train (AdamW state ~2% of full fine-tuning,
# docs/results/lora_vs_full.md), the reference policy is the base with adapters disabled (no second 7B copy),
# the SDAR teacher is the current (adapted) policy, and vLLM receives merged weights after every update. Each
# of the 2 ranks runs its own tensor-parallel-1 vLLM engine (7B in bf16: ~15 GB). LoRA wants a larger learning
# rate than full fine-tuning (1e-5 instead of 1e-6). Export: scripts/model_merger.py merge on
# .../global_step_N/actor.
# Usage: bash sdar_trainer/run_alfworld_7b_lora.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch sdar alfworld 7b "$ENGINE" \
  trainer.n_gpus_per_node=2 actor_rollout_ref.rollout.tensor_model_parallel_size=1 \
  actor_rollout_ref.model.lora_rank=64 actor_rollout_ref.model.lora_alpha=32 \
  actor_rollout_ref.model.target_modules=all-linear actor_rollout_ref.actor.optim.lr=1e-5 \
  actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8 actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=16 \
  actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=16 trainer.experiment_name=sdar_alfworld_7b_lora "$@"
