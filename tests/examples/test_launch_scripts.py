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
# verl-agent's algorithms on top of a method (examples/common.sh sdar_launch_with): dir -> (variant, method)
VARIANT_DIRS = {"gigpo_trainer": ("gigpo", "grpo"), "gigpo_sdar_trainer": ("gigpo", "sdar"),
                "gigpo_dynamic_trainer": ("gigpo_dynamic", "grpo"),
                "dapo_trainer": ("dapo", "grpo"), "gspo_trainer": ("gspo", "grpo"),
                "ppo_trainer": ("ppo", "grpo")}
# Directories that do not hold the full env x size grid: PPO has verl-agent's 1.5B actor + 1.5B critic only.
PARTIAL_DIRS = {"ppo_trainer": {"run_alfworld_1.5b.sh", "run_webshop_1.5b.sh"}}
# Scripts beside the env x size grid: the same run with LoRA adapters (run_<env>_<size>_lora.sh).
LORA_SCRIPTS = {"sdar_trainer/run_alfworld_7b_lora.sh"}


def dry_run(script: pathlib.Path, *args: str) -> tuple[str, list[str]]:
    out = subprocess.run(["bash", str(script), *args], check=True, capture_output=True, text=True,
                         env={**os.environ, "SDAR_DRY_RUN": "1"}).stdout.splitlines()
    return out[0], out[1:]


def test_every_method_env_and_size_has_a_script():
    assert {f"{s.parent.name}/{s.name}" for s in SCRIPTS if s.stem.endswith("_lora")} == LORA_SCRIPTS
    grid = [s for s in SCRIPTS if s.parent.name not in PARTIAL_DIRS and not s.stem.endswith("_lora")]
    assert len(grid) == (7 + len(VARIANT_DIRS) - len(PARTIAL_DIRS)) * 3 * 3
    for folder, names in PARTIAL_DIRS.items():
        assert {s.name for s in SCRIPTS if s.parent.name == folder} == names
    assert {s.parent.name for s in SCRIPTS} == set(DIR_METHOD) | set(VARIANT_DIRS)
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
    variant, dir_method = VARIANT_DIRS.get(script.parent.name, (None, DIR_METHOD.get(script.parent.name)))
    assert config.algorithm.method == dir_method
    assert config.actor_rollout_ref.rollout.name == "vllm" and config.trainer.save_freq == 7  # pass-through wins
    env = script.name.split("_")[1]
    assert {"alfworld": "alfworld", "webshop": "webshop", "search": "search"}[env] in config.env.env_name.lower()
    lora = script.stem.endswith("_lora")
    assert config.env.rollout.n == 8 and config.actor_rollout_ref.actor.optim.lr == (1e-5 if lora else 1e-6)
    if lora:  # 7B on 2 GPUs: rank-64 adapters on every linear layer, one TP-1 vLLM engine per rank
        model = config.actor_rollout_ref.model
        assert (model.lora_rank, model.lora_alpha, model.target_modules) == (64, 32, "all-linear")
        assert config.trainer.n_gpus_per_node == 2 and config.actor_rollout_ref.rollout.tensor_model_parallel_size == 1
    else:
        assert config.actor_rollout_ref.model.lora_rank == 0
    if env == "search":
        assert config.data.train_files and config.env.max_steps == 4 and config.data.truncation == "left"
    if "qwen3" in script.name:
        assert config.data.apply_chat_template_kwargs.enable_thinking is False
    if method in ("sdar", "opsd", "grpo_opsd"):
        assert config.algorithm.sdar.sdar_coef == 0.01
        assert config.algorithm.sdar.gate_beta == (0.0 if method == "grpo_opsd" else 5.0)
        assert config.actor_rollout_ref.actor.pg_loss_coef == (0.0 if method == "opsd" else 1.0)
    check_variant(config, variant, env)
    assert config.trainer.experiment_name == "_".join(
        [p for p in (variant, None if dir_method == "grpo" and variant else dir_method) if p]
        + script.stem.removeprefix("run_").split("_"))


def check_variant(config, variant, env):
    """The algorithm a variant script adds, and nothing of it elsewhere."""
    algo, actor = config.algorithm, config.actor_rollout_ref.actor
    assert (algo.adv_estimator == "gigpo") == (variant in ("gigpo", "gigpo_dynamic"))
    assert algo.filter_groups.enable == (variant in ("dapo", "gigpo_dynamic"))
    assert (actor.policy_loss.loss_mode == "gspo") == (variant == "gspo")
    assert (algo.adv_estimator == "gae") == (variant == "ppo")
    if variant == "ppo":
        critic = config.critic
        assert critic.model.path == config.actor_rollout_ref.model.path == "Qwen/Qwen2.5-1.5B-Instruct"
        assert critic.optim.lr == 1e-5 and critic.model.enable_gradient_checkpointing and config.trainer.critic_warmup == 0
        assert critic.ppo_micro_batch_size_per_gpu == (4 if env == "webshop" else 16)
    if variant in ("gigpo", "gigpo_dynamic"):
        assert algo.gamma == 0.95 and algo.gigpo.step_advantage_w == 1.0
        assert algo.gigpo.enable_similarity == (env == "search")
        assert algo.gigpo.mode == ("mean_std_norm" if env == "search" else "mean_norm")
    if variant in ("dapo", "gigpo_dynamic"):
        assert algo.filter_groups.max_num_gen_batches == 10
        assert (actor.clip_ratio_low, actor.clip_ratio_high) == ((0.2, 0.28) if variant == "dapo" else (0.2, 0.2))
    if variant == "gspo":
        assert (actor.clip_ratio_low, actor.clip_ratio_high) == (0.0003, 0.0004)
        assert actor.loss_agg_mode == "seq-mean-token-mean"


def test_cpu_example_scripts_name_every_method():
    names = {p.stem.removeprefix("run_") for p in (ROOT / "examples/cpu").glob("run_*.sh")}
    assert set(DIR_METHOD.values()) | {"gigpo", "gigpo_sdar", "ppo"} <= names
