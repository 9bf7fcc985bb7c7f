#!/usr/bin/env bash
# sdar on search with Qwen2.5-3B-Instruct; paper hyperparameters and hardware from examples/common.sh.
# Usage: bash sdar_trainer/run_search_3b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch sdar search 3b "$ENGINE" "$@"
