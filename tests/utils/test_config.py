import pytest

from verl.utils.config import (ConfigError, leaf_keys, load_config, resolve_auto,
                               validate_config, warn_compat_no_ops)


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
    ("actor_rollout_ref.actor.ppo_mini_batch_size=6", "ppo_micro_batch_size_per_gpu", "not divisible"),
    ("data.max_response_length=0", "data.max_response_length", "positive"),
    ("data.max_prompt_length=-5", "data.max_prompt_length", "positive"),
    ("data.train_batch_size=abc", "data.train_batch_size", "expected an integer (default 16), got 'abc'"),
    ("actor_rollout_ref.actor.optim.lr=fast", "actor_rollout_ref.actor.optim.lr", "expected a number"),
    ("actor_rollout_ref.actor.use_kl_loss=maybe", "use_kl_loss", "expected true or false"),
    ("trainer.logger=console", "trainer.logger", "expected a list"),
    ("trainer.logger=[console,mlflow]", "trainer.logger", "unknown logger 'mlflow'"),
    ("actor_rollout_ref.rollout.name=sglang", "actor_rollout_ref.rollout.name", "got 'sglang'"),
    ("actor_rollout_ref.model.path=null", "actor_rollout_ref.model.path", "required"),
    ("actor_rollout_ref.model.path=/no/such/model", "actor_rollout_ref.model.path", "does not exist"),
    ("trainer.worker_backend=local", "trainer.worker_backend", "use trainer.worker_backend=ray"),
    ("actor_rollout_ref.rollout.n=4", "actor_rollout_ref.rollout.n", "env.rollout.n"),
    ("data.truncation=middle", "data.truncation", "error | left | right"),
    ("algorithm.method=ppo2", "algorithm.method", "must be one of"),
    ("trainer.device=tpu", "trainer.device", "auto, cpu or cuda"),
    ("actor_rollout_ref.hybrid_engine=false", "actor_rollout_ref.hybrid_engine", "only the hybrid engine"),
    ("trainer.resume_mode=resume_path", "trainer.resume_from_path", "required"),
    ("algorithm.sdar.skills_dir=/no/such/skills", "algorithm.sdar.skills_dir", "does not exist"),
    ("actor_rollout_ref.actor.loss_agg_mode=seq-sum", "actor_rollout_ref.actor.loss_agg_mode", "'seq-sum'"),
    ("critic.loss_agg_mode=seq-sum", "critic.loss_agg_mode", "'seq-sum'"),
])
def test_validation_names_the_key(good, override, key, words):
    extra = ["trainer.n_gpus_per_node=2"] if override.startswith("trainer.worker_backend") else []
    cfg = load_config(good + extra + [override])
    if "skills_dir" in override:
        cfg.algorithm.method = "sdar"
    if override.startswith("critic."):  # the critic.* keys are checked only for PPO
        cfg.algorithm.adv_estimator = "gae"
    with pytest.raises(ConfigError) as err:
        validate_config(cfg)
    assert key in str(err.value) and words in str(err.value)


@pytest.mark.parametrize("override, words", [
    ("algorithm.sdar.gate_bta=2", "did you mean algorithm.sdar.gate_beta?"),
    ("+algorithm.sdar.gate_bta=2", "did you mean algorithm.sdar.gate_beta?"),
    ("data.train_batch_sise=4", "did you mean data.train_batch_size?"),
    ("actor_rollout_ref.actor.temperature=0.5", "did you mean actor_rollout_ref.rollout.temperature?"),
    ("data.image_key=images", "vision-language inputs"),
    ("env.sokoban.mode=rgb_array", "Sokoban environment is not part of SDAR"),
    ("rollout.top_p=0.7", "verl's generation config"),
    ("model.path=/x", "verl's generation config"),
    ("data.n_samples=1", "verl's generation config"),
    ("data.train_batch_size=[1", "not a valid override"),
    ("env.env_name=Sokoban", "Sokoban environment is not part of SDAR"),
    ("env.env_name=gym_cards/EZPoints-v0", "gym_cards environments are not part of SDAR"),
    ("env.env_name=atari", "names no known environment"),
])
def test_bad_overrides_fail_while_composing(good, override, words):
    """Unknown keys (with the closest valid one), keys of features we lack, and syntax errors are one
    ConfigError from load_config (the Hydra error would be a traceback that hides the key)."""
    with pytest.raises(ConfigError) as err:
        load_config(good + [override])
    key = override.lstrip("+").split("=")[0]
    assert key in str(err.value) and words in str(err.value) and "\n" not in str(err.value)


def test_an_unsupported_key_set_by_hand_fails_validation_too(good, monkeypatch):
    from verl.utils import config as config_module

    monkeypatch.setitem(config_module.UNSUPPORTED, "algorithm.gamma", "discounting is switched off here")
    cfg = load_config(good)
    validate_config(cfg)  # the default value is fine
    cfg.algorithm.gamma = 0.9  # e.g. a config file edited by hand
    with pytest.raises(ConfigError, match="algorithm.gamma=0.9: discounting is switched off here"):
        validate_config(cfg)


def test_plus_is_optional_and_free_form_keys_can_be_added(good):
    with_plus = load_config(good + ["+algorithm.sdar.sdar_coef=0.02", "++trainer.save_freq=3",
                                    "+data.apply_chat_template_kwargs.enable_thinking=False"])
    without = load_config(good + ["algorithm.sdar.sdar_coef=0.02", "trainer.save_freq=3",
                                  "data.apply_chat_template_kwargs.enable_thinking=False"])
    for cfg in (with_plus, without):
        validate_config(cfg)
        assert cfg.algorithm.sdar.sdar_coef == 0.02 and cfg.trainer.save_freq == 3
        assert cfg.data.apply_chat_template_kwargs.enable_thinking is False


@pytest.mark.parametrize("cuda, gpus, nodes, device, backend", [
    (False, 1, 1, "cpu", "local"),
    (False, 8, 1, "cpu", "ray"),    # a paper launch line on a CPU box: Ray with CPU processes
    (True, 1, 1, "cuda", "local"),  # one GPU: one in-process rank
    (True, 8, 1, "cuda", "ray"),    # a paper launch line on a GPU node, as written
    (True, 4, 2, "cuda", "ray"),
])
def test_auto_device_and_backend(good, monkeypatch, cuda, gpus, nodes, device, backend):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    cfg = load_config(good + [f"trainer.n_gpus_per_node={gpus}", f"trainer.nnodes={nodes}"])
    assert cfg.trainer.device == "auto" and cfg.trainer.worker_backend == "auto"
    resolve_auto(cfg)
    assert (cfg.trainer.device, cfg.trainer.worker_backend) == (device, backend)


def test_explicit_device_and_backend_are_kept(good):
    cfg = resolve_auto(load_config(good + ["trainer.device=cpu", "trainer.worker_backend=ray"]))
    assert (cfg.trainer.device, cfg.trainer.worker_backend) == ("cpu", "ray")


def test_hub_id_while_offline_names_the_key(good, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cfg = load_config(good + ["actor_rollout_ref.model.path=some-org/not-cached-model"])
    with pytest.raises(ConfigError) as err:
        validate_config(cfg)
    message = str(err.value)
    assert message.startswith("actor_rollout_ref.model.path:") and "offline (HF_HUB_OFFLINE=1)" in message
    assert "some-org/not-cached-model" in message
    validate_config(cfg, check_paths=False)  # launch-script checks on another machine skip it


def test_compat_no_ops_warn_once(good, capsys):
    cfg = load_config(good + ["data.shuffle=false", "data.prompt_key=question"])
    assert warn_compat_no_ops(load_config(good)) == []
    assert warn_compat_no_ops(cfg) == ["data.prompt_key", "data.shuffle"]
    warn_compat_no_ops(cfg)
    err = capsys.readouterr().err
    assert err.count("warning: data.shuffle=False has no effect") == 1 and err.count("data.prompt_key") == 1


def test_every_yaml_leaf_is_typed_by_its_default():
    """The type check covers every key whose default is not null (a typo'd value cannot slip through)."""
    keys = leaf_keys()
    assert "trainer.ray_wait_register_center_timeout" in keys and "data.apply_chat_template_kwargs" in keys


def test_vllm_unavailable_names_extra(good, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "vllm" else real(name, *a))
    cfg = load_config(good + ["actor_rollout_ref.rollout.name=vllm"])
    with pytest.raises(ConfigError, match=r"sdar\[cpu-vllm\]"):
        validate_config(cfg)
