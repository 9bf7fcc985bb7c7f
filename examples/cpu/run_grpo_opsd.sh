#!/usr/bin/env bash
# grpo_opsd for two steps on CPU: warm-started tiny model, toy environment. Extra Hydra overrides pass through.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec "${PYTHON:-.venv/bin/python}" -m verl.trainer.cpu_recipe grpo_opsd "$@"
