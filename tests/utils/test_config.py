import pytest

from verl.utils.config import ConfigError, load_config, validate_config


@pytest.fixture()
def good(tiny_model_dir):
    return [f"actor_rollout_ref.model.path={tiny_model_dir}", "actor_rollout_ref.actor.ppo_mini_batch_size=8",
            "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=4"]


def test_defaults_compose_and_validate(good):
    cfg = load_config(good)
    validate_config(cfg)
    assert cfg.algorithm.sdar.gate_beta == 5.0 and cfg.actor_rollout_ref.actor.pg_loss_coef == 1.0
    assert cfg.actor_rollout_ref.rollout.response_length == cfg.data.max_response_length  # interpolation
    assert cfg.trainer.save_freq > 0  # runs save periodically unless told otherwise


@pytest.mark.parametrize("override, key, words", [
    ("+algorithm.sdar.gate_bta=2", "algorithm.sdar.gate_bta", "unknown config key"),
    ("actor_rollout_ref.actor.ppo_mini_batch_size=6", "ppo_micro_batch_size_per_gpu", "not divisible"),
    ("data.max_response_length=0", "data.max_response_length", "positive"),
    ("data.max_prompt_length=-5", "data.max_prompt_length", "positive"),
    ("actor_rollout_ref.rollout.name=sglang", "actor_rollout_ref.rollout.name", "hf or vllm"),
    ("actor_rollout_ref.model.path=null", "actor_rollout_ref.model.path", "required"),
    ("actor_rollout_ref.model.path=/no/such/model", "actor_rollout_ref.model.path", "does not exist"),
    ("trainer.n_gpus_per_node=2", "trainer.worker_backend", "use trainer.worker_backend=ray"),
    ("actor_rollout_ref.rollout.n=4", "actor_rollout_ref.rollout.n", "env.rollout.n"),
    ("data.truncation=middle", "data.truncation", "error | left | right"),
    ("algorithm.method=ppo2", "algorithm.method", "must be one of"),
])
def test_validation_names_the_key(good, override, key, words):
    cfg = load_config(good + [override])
    with pytest.raises(ConfigError) as err:
        validate_config(cfg)
    assert key in str(err.value) and words in str(err.value)


def test_vllm_unavailable_names_extra(good, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "vllm" else real(name, *a))
    cfg = load_config(good + ["actor_rollout_ref.rollout.name=vllm"])
    with pytest.raises(ConfigError, match=r"sdar\[cpu-vllm\]"):
        validate_config(cfg)


def test_unknown_key_without_plus_is_rejected_by_hydra(good):
    with pytest.raises(Exception, match="gate_bta"):
        load_config(good + ["algorithm.sdar.gate_bta=2"])
