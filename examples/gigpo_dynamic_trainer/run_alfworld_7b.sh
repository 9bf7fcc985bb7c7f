#!/usr/bin/env bash
# GiGPO with dynamic sampling on alfworld with Qwen2.5-7B-Instruct; paper hyperparameters and hardware from examples/common.sh.
# Usage: bash gigpo_dynamic_trainer/run_alfworld_7b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch_with gigpo_dynamic grpo alfworld 7b "$ENGINE" "$@"
