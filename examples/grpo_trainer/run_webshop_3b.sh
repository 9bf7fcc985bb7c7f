#!/usr/bin/env bash
# grpo on webshop with Qwen2.5-3B-Instruct; paper hyperparameters and hardware from examples/common.sh.
# Usage: bash grpo_trainer/run_webshop_3b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch grpo webshop 3b "$ENGINE" "$@"
