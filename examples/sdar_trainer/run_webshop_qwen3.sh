#!/usr/bin/env bash
# sdar on webshop with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash sdar_trainer/run_webshop_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch sdar webshop qwen3 "$ENGINE" "$@"
