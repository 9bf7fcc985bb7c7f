#!/usr/bin/env bash
# PPO (GAE, Qwen2.5-1.5B critic) on alfworld with Qwen2.5-1.5B-Instruct, as verl-agent's ppo_trainer; the other
# hyperparameters and the hardware from examples/common.sh. PPO + SDAR: sdar_launch_with ppo sdar alfworld 1.5b ...
# Usage: bash ppo_trainer/run_alfworld_1.5b.sh [vllm|hf] [hydra overrides...]
ENGINE=${1:-vllm}; shift || true
source "$(dirname "$0")/../common.sh"
sdar_launch_with ppo grpo alfworld 1.5b "$ENGINE" "$@"
