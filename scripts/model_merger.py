#!/usr/bin/env python
"""Merge FSDP2 checkpoint shards into a Hugging Face model folder, or test them against one.

    python scripts/model_merger.py merge --backend fsdp --local_dir CKPT/global_step_N/actor --target_dir OUT
    python scripts/model_merger.py test  --backend fsdp --local_dir CKPT/global_step_N/actor --test_hf_dir REF

The PPO critic (CKPT/global_step_N/critic) merges the same way into an AutoModelForTokenClassification folder.
Options: --is-value-model (check that local_dir is a critic), --dtype {float32,bfloat16,float16} (default: keep the checkpoint's dtype), --hf_upload_path REPO
[--private] (merge), --atol/--rtol (test). The code lives in verl/utils/model_merger.py.
"""
import pathlib
import sys

# Runnable from a source checkout without installing the package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from verl.utils.model_merger import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
