#!/usr/bin/env bash
# GiGPO with dynamic sampling on webshop with Qwen2.5-3B-Instruct; paper hyperparameters and hardware from examples/common.sh.
# Usage: bash gigpo_dynamic_trainer/run_webshop_3b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch_with gigpo_dynamic grpo webshop 3b "$ENGINE" "$@"
