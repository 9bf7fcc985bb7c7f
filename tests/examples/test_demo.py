"""The README's first command: the demo runs end to end (short), writes its plot and a loadable merged model."""
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_demo_trains_grpo_and_sdar_plots_and_merges(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "WANDB_MODE": "offline"}
    result = subprocess.run([sys.executable, "examples/cpu/demo.py", "--steps", "2", "--out", str(tmp_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "grpo success" in out and "sdar success" in out and "sdar_misleading success" in out
    assert "final val success" in out and "asking the merged model, without skills" in out
    assert (tmp_path / "demo_learning.png").stat().st_size > 0
    assert (tmp_path / "checkpoints" / "sdar" / "global_step_2").is_dir()
    merged = tmp_path / "hf_model"
    assert (merged / "config.json").is_file() and any(merged.glob("*.safetensors"))
    assert "greedy reply:" in out
