#!/usr/bin/env bash
# PPO (GAE, Qwen2.5-1.5B critic) on webshop with Qwen2.5-1.5B-Instruct, as verl-agent's ppo_trainer; the other
# hyperparameters and the hardware from examples/common.sh. PPO + SDAR: sdar_launch_with ppo sdar webshop 1.5b ...
# Usage: bash ppo_trainer/run_webshop_1.5b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch_with ppo grpo webshop 1.5b "$ENGINE" "$@"
