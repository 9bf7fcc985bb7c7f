#!/usr/bin/env bash
# opsd on alfworld with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash opsd_trainer/run_alfworld_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch opsd alfworld qwen3 "$ENGINE" "$@"
