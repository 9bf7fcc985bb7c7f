#!/usr/bin/env bash
# DAPO-style GRPO on search with Qwen2.5-3B-Instruct; paper hyperparameters and hardware from examples/common.sh.
# Usage: bash dapo_trainer/run_search_3b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch_with dapo grpo search 3b "$ENGINE" "$@"
