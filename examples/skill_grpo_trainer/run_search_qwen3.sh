#!/usr/bin/env bash
# skill_grpo on search with Qwen3-1.7B (no thinking); paper hyperparameters and hardware from examples/common.sh.
# Usage: bash skill_grpo_trainer/run_search_qwen3.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch skill_grpo search qwen3 "$ENGINE" "$@"
