"""Every Hydra override the reference launch scripts use (METHOD.md §6.4, 108 keys over 89 scripts)
composes with its `+` dropped (or kept), validates, and lands on the key with the value it had there;
keys of features SDAR does not have fail while composing with a line that says so."""
from __future__ import annotations

import pytest

from verl.trainer.methods import apply_method_preset
from verl.utils.config import ConfigError, _unsupported_reason, load_config, validate_config

# key=value as the reference scripts write them (one value per key; `+` where they add it).
REFERENCE_OVERRIDES = """
actor_rollout_ref.actor.clip_ratio_high=0.28
actor_rollout_ref.actor.clip_ratio_low=0.2
actor_rollout_ref.actor.entropy_coeff=0
actor_rollout_ref.actor.fsdp_config.optimizer_offload=False
actor_rollout_ref.actor.fsdp_config.param_offload=False
actor_rollout_ref.actor.invalid_action_penalty_coef=0.01
actor_rollout_ref.actor.kl_loss_coef=0.001
actor_rollout_ref.actor.kl_loss_type=low_var_kl
actor_rollout_ref.actor.optim.lr=3e-6
actor_rollout_ref.actor.optim.lr_warmup_steps_ratio=0.1
+actor_rollout_ref.actor.pg_loss_coef=0
actor_rollout_ref.actor.policy_loss.loss_mode=gspo
actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=8
actor_rollout_ref.actor.ppo_mini_batch_size=256
actor_rollout_ref.actor.use_invalid_action_penalty=True
actor_rollout_ref.actor.use_kl_loss=False
actor_rollout_ref.model.enable_gradient_checkpointing=True
actor_rollout_ref.model.lora_alpha=64
actor_rollout_ref.model.lora_rank=64
actor_rollout_ref.model.path=Qwen/Qwen2.5-1.5B-Instruct
actor_rollout_ref.model.use_remove_padding=True
actor_rollout_ref.ref.fsdp_config.param_offload=True
actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8
actor_rollout_ref.rollout.enable_chunked_prefill=False
actor_rollout_ref.rollout.enforce_eager=False
actor_rollout_ref.rollout.free_cache_engine=False
actor_rollout_ref.rollout.gpu_memory_utilization=0.6
actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8
actor_rollout_ref.rollout.name=vllm
actor_rollout_ref.rollout.tensor_model_parallel_size=2
actor_rollout_ref.rollout.val_kwargs.do_sample=True
actor_rollout_ref.rollout.val_kwargs.temperature=0.4
algorithm.adv_estimator=gigpo
algorithm.filter_groups.enable=True
algorithm.filter_groups.max_num_gen_batches=10
algorithm.gamma=0.95
algorithm.gigpo.enable_similarity=True
algorithm.gigpo.mode=mean_norm
algorithm.gigpo.similarity_thresh=0.9
algorithm.gigpo.step_advantage_w=1.0
+algorithm.rlsd.clip_eps=0.2
+algorithm.rlsd.rlsd_lambda=0.5
+algorithm.rlsd.skill_all=false
+algorithm.rlsd.skills_dir=skills/alfworld
+algorithm.rlsd.warmdown_steps=100
+algorithm.sdar.gate_beta=0.0
+algorithm.sdar.sdar_coef=0.01
+algorithm.sdar.skill_all=false
+algorithm.sdar.skills_dir=skills/alfworld
+algorithm.skill_grpo.skill_all=false
+algorithm.skill_grpo.skills_dir=skills/webshop
+algorithm.skillsd.sdl_lambda=0.001
+algorithm.skillsd.skill_all=false
+algorithm.skillsd.skills_dir=skills/search
+algorithm.skillsd.warmdown_steps=-1
algorithm.use_kl_in_reward=False
critic.model.enable_gradient_checkpointing=True
critic.model.fsdp_config.optimizer_offload=False
critic.model.fsdp_config.param_offload=False
critic.model.path=Qwen/Qwen2.5-1.5B-Instruct
critic.model.use_remove_padding=True
critic.optim.lr=1e-5
critic.ppo_micro_batch_size_per_gpu=4
+data.apply_chat_template_kwargs.enable_thinking=False
data.filter_overlong_prompts=True
data.max_prompt_length=4096
data.max_response_length=512
data.prompt_key=prompt
data.return_raw_chat=True
data.train_batch_size=32
data.train_files=/data/train.parquet
data.truncation=left
data.val_batch_size=512
data.val_files=/data/test.parquet
env.env_name=Webshop
env.history_length=4
env.max_steps=8
env.resources_per_worker.num_cpus=0.1
env.rollout.n=5
env.search.search_url=http://0.0.0.0:8000/retrieve
env.seed=0
trainer.critic_warmup=0
trainer.experiment_name=gigpo_dynamic_qwen2.5_1.5b
trainer.logger=[console,wandb]
trainer.n_gpus_per_node=8
trainer.nnodes=2
trainer.project_name=verl_agent_alfworld
trainer.ray_wait_register_center_timeout=600
trainer.resume_mode=auto
trainer.save_freq=50
trainer.test_freq=10
trainer.total_epochs=200
trainer.total_training_steps=150
trainer.val_before_train=False
""".split()

# keys of features SDAR does not have -> words of the one-line error
NOT_OURS = {
    "data.image_key=images": "vision-language inputs",
    "env.sokoban.mode=rgb_array": "Sokoban environment is not part of SDAR",
    "env.env_name=Sokoban": "Sokoban environment is not part of SDAR",
    "data.n_samples=1": "verl's generation config",
    "data.output_path=/data/out.parquet": "verl's generation config",
    "data.path=/data/test.parquet": "verl's generation config",
    "model.path=/models/x": "verl's generation config",
    "+model.trust_remote_code=True": "verl's generation config",
    "rollout.gpu_memory_utilization=0.8": "verl's generation config",
    "rollout.prompt_length=2048": "verl's generation config",
    "rollout.response_length=1024": "verl's generation config",
    "rollout.temperature=1.0": "verl's generation config",
    "rollout.tensor_model_parallel_size=16": "verl's generation config",
    "rollout.top_k=50": "verl's generation config",
    "rollout.top_p=0.7": "verl's generation config",
}


def test_the_list_is_the_whole_reference_key_set():
    keys = {o.lstrip("+").split("=")[0] for o in REFERENCE_OVERRIDES + list(NOT_OURS)}
    assert len(keys) == 108


def _parse(value: str):
    """The value as Hydra reads it from the command line."""
    from hydra.core.override_parser.overrides_parser import OverridesParser

    return OverridesParser.create().parse_overrides([f"k={value}"])[0].value()


@pytest.mark.parametrize("plus", ["as written", "+ dropped"])
def test_every_reference_override_composes_and_keeps_its_meaning(plus):
    """All overrides of the reference scripts at once (each + dropped, or kept), validated as on a
    machine with the model and GPUs; each key holds the value the script set."""
    overrides = [o if plus == "as written" else o.lstrip("+") for o in REFERENCE_OVERRIDES]
    usable = [o for o in overrides if not _unsupported_reason(*_key_value(o))]
    config = load_config(usable)
    validate_config(config, check_paths=False, check_machine=False)
    for override in usable:
        key, value = _key_value(override)
        got = config
        for part in key.split("."):
            got = got[part]
        got = list(got) if hasattr(got, "__len__") and not isinstance(got, str) else got
        assert got == _parse(value), (key, got, value)
    # n_gpus_per_node > 1 and no backend given: Ray, as the scripts assumed
    assert config.trainer.worker_backend == "ray" and config.trainer.device in ("cpu", "cuda")


def _key_value(override: str) -> tuple[str, str]:
    key, value = override.lstrip("+").split("=", 1)
    return key, value


@pytest.mark.parametrize("override, words", sorted(NOT_OURS.items()))
def test_keys_of_features_we_do_not_have_fail_with_one_line(override, words):
    for text in (override, override.lstrip("+")):
        with pytest.raises(ConfigError) as err:
            load_config([text])
        assert words in str(err.value) and "\n" not in str(err.value)
        assert str(err.value).startswith(_key_value(text)[0])


def test_a_reference_grpo_line_as_written(tiny_model_dir):
    """The reference's GRPO ALFWorld line (METHOD.md §6.1/6.2) with its + keys, plus a local model."""
    line = ("algorithm.adv_estimator=grpo data.train_batch_size=16 data.val_batch_size=128 "
            "data.max_prompt_length=2048 data.max_response_length=512 data.filter_overlong_prompts=True "
            "data.truncation=error data.return_raw_chat=True actor_rollout_ref.actor.optim.lr=1e-6 "
            "actor_rollout_ref.model.use_remove_padding=True actor_rollout_ref.actor.ppo_mini_batch_size=256 "
            "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=32 actor_rollout_ref.actor.use_kl_loss=True "
            "actor_rollout_ref.actor.kl_loss_coef=0.01 actor_rollout_ref.actor.kl_loss_type=low_var_kl "
            "actor_rollout_ref.model.enable_gradient_checkpointing=True "
            "actor_rollout_ref.actor.fsdp_config.param_offload=False "
            "actor_rollout_ref.actor.fsdp_config.optimizer_offload=False "
            "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=32 "
            "actor_rollout_ref.rollout.tensor_model_parallel_size=2 actor_rollout_ref.rollout.name=vllm "
            "actor_rollout_ref.rollout.gpu_memory_utilization=0.6 actor_rollout_ref.rollout.enable_chunked_prefill=False "
            "actor_rollout_ref.rollout.enforce_eager=False actor_rollout_ref.rollout.free_cache_engine=False "
            "actor_rollout_ref.rollout.val_kwargs.temperature=0.4 actor_rollout_ref.rollout.val_kwargs.do_sample=True "
            "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=32 actor_rollout_ref.ref.fsdp_config.param_offload=True "
            "actor_rollout_ref.actor.use_invalid_action_penalty=True actor_rollout_ref.actor.invalid_action_penalty_coef=0.1 "
            "algorithm.use_kl_in_reward=False env.env_name=alfworld/AlfredTWEnv env.seed=0 env.max_steps=50 "
            "env.rollout.n=8 env.resources_per_worker.num_cpus=0.1 trainer.critic_warmup=0 "
            "trainer.logger=['console','wandb'] trainer.project_name=verl_agent_alfworld "
            "trainer.experiment_name=grpo_qwen2.5_1.5b trainer.n_gpus_per_node=8 trainer.nnodes=1 trainer.save_freq=-1 "
            "trainer.test_freq=5 trainer.total_epochs=150 trainer.val_before_train=True "
            "trainer.ray_wait_register_center_timeout=600 "
            "+data.apply_chat_template_kwargs.enable_thinking=False").split()
    config = apply_method_preset(load_config(line + [f"actor_rollout_ref.model.path={tiny_model_dir}"]), "grpo")
    validate_config(config, check_machine=False)
    assert config.trainer.worker_backend == "ray" and config.trainer.ray_wait_register_center_timeout == 600
    assert config.trainer.logger == ["console", "wandb"]


def test_enable_thinking_false_reaches_the_chat_template(tokenizer):
    """Qwen3's `data.apply_chat_template_kwargs.enable_thinking=False` (no +) reaches the template: the
    collector's prompt then carries Qwen3's empty think block."""
    from agent_system.multi_turn_rollout.prompt_tokens import chat_template_kwargs, render_chat

    qwen3_like = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
                  "{% if add_generation_prompt %}<|im_start|>assistant\n{% if enable_thinking is defined and "
                  "enable_thinking is false %}<think>\n\n</think>\n\n{% endif %}{% endif %}")
    messages = [{"role": "user", "content": "go"}]
    off = load_config(["data.apply_chat_template_kwargs.enable_thinking=False"])
    on = load_config([])
    render = lambda cfg: render_chat(tokenizer, messages, chat_template_kwargs(cfg.data.apply_chat_template_kwargs))
    original = tokenizer.chat_template
    try:
        tokenizer.chat_template = qwen3_like
        assert render(off).endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
        assert render(on).endswith("<|im_start|>assistant\n")
    finally:
        tokenizer.chat_template = original
