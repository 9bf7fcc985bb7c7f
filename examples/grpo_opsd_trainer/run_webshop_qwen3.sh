#!/usr/bin/env bash
# grpo_opsd on webshop with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash grpo_opsd_trainer/run_webshop_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch grpo_opsd webshop qwen3 "$ENGINE" "$@"
