#!/usr/bin/env bash
# One-GPU performance check (scripts/gpu_check.py): trainer step split GRPO vs SDAR, log-prob throughput
# padded vs padding-free, FSDP2 bf16 update tokens/s and MFU, peak memory. Needs torch + transformers and
# one CUDA GPU (no Ray, no vLLM); about 7 minutes. Without CUDA, or with --dry-run, it runs the same code
# on CPU with the tiny model in seconds.
#   bash scripts/gpu_check.sh | tee gpu_check.txt
#   bash scripts/gpu_check.sh --presets qwen2.5-0.5b --peak-tflops 989
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
if [ -x .venv/bin/python ] && [ "$PYTHON" = python ]; then PYTHON=.venv/bin/python; fi
export HF_HUB_OFFLINE=1 WANDB_MODE=offline TOKENIZERS_PARALLELISM=false
# the script keeps to --budget-s (420 s by default); this is the hard stop at 8 minutes
exec timeout -k 10 480 "$PYTHON" scripts/gpu_check.py "$@"
