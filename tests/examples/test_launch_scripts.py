"""Every GPU launch script composes into a valid config with the paper's settings (no training)."""
from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

from verl.trainer.methods import apply_method_preset
from verl.utils.config import load_config, validate_config

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPTS = sorted(ROOT.glob("examples/*_trainer/run_*.sh"))
ENTRY_METHOD = {"main_ppo": None, "main_sdar": "sdar", "main_rlsd": "rlsd", "main_skillsd": "skill_sd",
                "main_skill_grpo": "skill_grpo"}
DIR_METHOD = {"grpo_trainer": "grpo", "skill_grpo_trainer": "skill_grpo", "sdar_trainer": "sdar",
              "opsd_trainer": "opsd", "grpo_opsd_trainer": "grpo_opsd", "rlsd_trainer": "rlsd",
              "skillsd_trainer": "skill_sd"}


def dry_run(script: pathlib.Path, *args: str) -> tuple[str, list[str]]:
    out = subprocess.run(["bash", str(script), *args], check=True, capture_output=True, text=True,
                         env={**os.environ, "SDAR_DRY_RUN": "1"}).stdout.splitlines()
    return out[0], out[1:]


def test_every_method_env_and_size_has_a_script():
    assert len(SCRIPTS) == 7 * 3 * 3
    assert {s.parent.name for s in SCRIPTS} == set(DIR_METHOD)
    assert not any("WANDB_API_KEY" in s.read_text() for s in SCRIPTS + [ROOT / "examples/common.sh"])


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_script_composes_to_a_valid_config(script):
    module, overrides = dry_run(script, "vllm", "trainer.save_freq=7")
    entry = module.rsplit(".", 1)[-1]
    config = load_config(overrides)
    method = config.algorithm.method if any(o.startswith("algorithm.method=") for o in overrides) \
        else ENTRY_METHOD[entry]
    if method:
        apply_method_preset(config, method)
    validate_config(config, check_paths=False, check_machine=False)
    assert config.algorithm.method == DIR_METHOD[script.parent.name]
    assert config.actor_rollout_ref.rollout.name == "vllm" and config.trainer.save_freq == 7  # pass-through wins
    env = script.name.split("_")[1]
    assert {"alfworld": "alfworld", "webshop": "webshop", "search": "search"}[env] in config.env.env_name.lower()
    assert config.env.rollout.n == 8 and config.actor_rollout_ref.actor.optim.lr == 1e-6
    if env == "search":
        assert config.data.train_files and config.env.max_steps == 4 and config.data.truncation == "left"
    if "qwen3" in script.name:
        assert config.data.apply_chat_template_kwargs.enable_thinking is False
    if method in ("sdar", "opsd", "grpo_opsd"):
        assert config.algorithm.sdar.sdar_coef == 0.01
        assert config.algorithm.sdar.gate_beta == (0.0 if method == "grpo_opsd" else 5.0)
        assert config.actor_rollout_ref.actor.pg_loss_coef == (0.0 if method == "opsd" else 1.0)


def test_cpu_example_scripts_name_every_method():
    names = {p.stem.removeprefix("run_") for p in (ROOT / "examples/cpu").glob("run_*.sh")}
    assert names == set(DIR_METHOD.values())
