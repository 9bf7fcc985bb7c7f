#!/usr/bin/env bash
# grpo on search with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash grpo_trainer/run_search_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch grpo search qwen3 "$ENGINE" "$@"
