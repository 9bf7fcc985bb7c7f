#!/usr/bin/env bash
# rlsd on webshop with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash rlsd_trainer/run_webshop_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch rlsd webshop qwen3 "$ENGINE" "$@"
