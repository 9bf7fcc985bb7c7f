#!/usr/bin/env bash
# The README's test command: the whole suite except GPU-only tests, on CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
export HF_HUB_OFFLINE=1 WANDB_MODE=offline VLLM_CPU_KVCACHE_SPACE=1 VLLM_ENABLE_V1_MULTIPROCESSING=0
# No path argument: pytest.ini's testpaths (tests/) is used; with paths, only those run.
exec "$VENV/bin/python" -m pytest -m "not gpu" "$@"
