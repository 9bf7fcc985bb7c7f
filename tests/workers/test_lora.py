"""LoRA (actor_rollout_ref.model.lora_rank > 0): merging, the worker (adapters-only optimizer, reference =
adapters off, merged weights in the rollout engines, adapter checkpoints that resume exactly), the model
merger, and two-step GRPO / SDAR training runs on CPU."""
from __future__ import annotations

import math
import pathlib

import pytest
import torch
from worker_testlib import reference_log_probs, synthetic_batch, worker_config

from verl.protocol import DataProto
from verl.utils.torch_functional import compute_position_id_with_mask
from verl.workers.fsdp_workers import ActorRolloutRefWorker
from verl.workers.lora import LoraSettings, apply_lora, lora_settings, merge_adapters, merge_lora_stream
from verl.workers.worker_group import LocalWorkerGroup

pytest.importorskip("peft")
LORA = {"actor_rollout_ref.model.lora_rank": 4, "actor_rollout_ref.model.lora_alpha": 8,
        "actor_rollout_ref.actor.optim.lr": 5e-2}


def _random_adapters(model: torch.nn.Module, seed: int = 0) -> None:
    """peft starts B at zero (merged = base); give every adapter matrix random values instead."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if ".lora_" in name:
                param.copy_(torch.randn(param.shape, generator=gen) * 0.1)


# ------------------------------------------------------------------------------------- pure merging
def test_merged_weights_equal_peft_merge_and_unload(tiny_model_dir):
    import copy

    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    base_state = {k: v.clone() for k, v in base.state_dict().items()}
    peft_model = apply_lora(copy.deepcopy(base), LoraSettings(4, 8.0, "all-linear"))
    _random_adapters(peft_model)
    state = peft_model.state_dict()
    streamed = dict(merge_lora_stream(state.items(), scaling=8.0 / 4))
    expected = copy.deepcopy(peft_model).merge_and_unload().state_dict()
    assert streamed.keys() == expected.keys()
    for name, tensor in expected.items():
        assert torch.allclose(streamed[name], tensor, atol=1e-6), name
    adapted = [n for n in expected if not torch.equal(expected[n], base_state[n])]
    # every linear layer but the LM head got an adapter: 7 per decoder layer
    assert len(adapted) == 7 * base.config.num_hidden_layers and "lm_head.weight" not in adapted
    # the merger's path (base folder tensors + adapter tensors only) gives the same weights
    adapters = {k: v for k, v in state.items() if ".lora_" in k}
    offline = merge_adapters(base_state, adapters, 2.0)
    assert all(torch.allclose(offline[n], expected[n], atol=1e-6) for n in expected)
    # a truncated stream must not yield half-merged weights
    without_b = [(k, v) for k, v in state.items() if not k.endswith("layers.1.mlp.down_proj.lora_B.default.weight")]
    with pytest.raises(KeyError, match="layers.1.mlp.down_proj.*incomplete"):
        list(merge_lora_stream(without_b, 2.0))


def test_lora_settings_validate_the_keys():
    from omegaconf import OmegaConf

    assert lora_settings(OmegaConf.create({"lora_rank": 0})) is None
    s = lora_settings(OmegaConf.create({"lora_rank": 8, "lora_alpha": 32, "target_modules": ["q_proj", "v_proj"]}))
    assert s.scaling == 4.0 and s.target_modules == ["q_proj", "v_proj"]
    for bad, key in (({"lora_rank": -1}, "lora_rank"), ({"lora_rank": 4, "lora_alpha": 0}, "lora_alpha"),
                     ({"lora_rank": 4, "target_modules": []}, "target_modules")):
        with pytest.raises(ValueError, match=f"actor_rollout_ref.model.{key}"):
            lora_settings(OmegaConf.create(bad))


def test_config_validation_names_bad_lora_keys(tiny_model_dir):
    from verl.utils.config import ConfigError, load_config, validate_config

    ok = load_config([f"actor_rollout_ref.model.path={tiny_model_dir}", "actor_rollout_ref.model.lora_rank=8",
                      "actor_rollout_ref.model.target_modules=[q_proj,v_proj]"])
    validate_config(ok)
    bad = load_config([f"actor_rollout_ref.model.path={tiny_model_dir}", "actor_rollout_ref.model.lora_rank=8",
                       "actor_rollout_ref.model.lora_alpha=-2"])
    with pytest.raises(ConfigError, match="actor_rollout_ref.model.lora_alpha"):
        validate_config(bad)


# ------------------------------------------------------------------------------------- the worker
@pytest.fixture(scope="module")
def lora_group(tiny_model_dir):
    group = LocalWorkerGroup(ActorRolloutRefWorker, worker_config(tiny_model_dir, **LORA))
    group.init_model()
    yield group
    group.shutdown()


def _with_old_log_probs(group, batch):
    data = batch.copy()
    data.union(group.compute_log_prob(data))
    return data


def test_lora_worker_trains_adapters_only_with_the_base_as_reference(lora_group, hf_reference_model, tiny_model_dir):
    worker = lora_group.worker
    assert worker.ref_module is None  # no second copy of the weights
    adapter_numel = sum(p.numel() for n, p in worker.actor_module.named_parameters() if ".lora_" in n)
    optim_numel = sum(p.numel() for group in worker.optimizer.param_groups for p in group["params"])
    config = hf_reference_model.config
    # rank 4 on every linear of the decoder layers (not the LM head): A is r x in, B is out x r
    linears = [m for m in hf_reference_model.model.layers.modules() if isinstance(m, torch.nn.Linear)]
    assert len(linears) == 7 * config.num_hidden_layers
    assert optim_numel == adapter_numel == sum(4 * (m.in_features + m.out_features) for m in linears)
    base_before = {n: p.detach().clone() for n, p in worker.actor_module.named_parameters() if ".lora_" not in n}

    batch = synthetic_batch(config.vocab_size, n=4, seed=5)
    expected_ref = reference_log_probs(hf_reference_model, batch)
    assert torch.allclose(lora_group.compute_ref_log_prob(batch).batch["ref_log_prob"], expected_ref, atol=1e-5)
    data = _with_old_log_probs(lora_group, batch)
    data.batch["ref_log_prob"] = expected_ref
    for _ in range(2):
        metrics = lora_group.update_actor(data).meta_info["metrics"]
    assert math.isfinite(metrics["actor/grad_norm"])
    after = lora_group.compute_log_prob(batch).batch["old_log_probs"]
    assert (after - data.batch["old_log_probs"]).abs().max() > 1e-2  # the policy moved ...
    for name, param in worker.actor_module.named_parameters():  # ... through the adapters alone
        if name in base_before:
            assert torch.equal(param.detach(), base_before[name]), name
    # the reference is still the initial policy (adapters disabled), the actor is not
    assert torch.allclose(lora_group.compute_ref_log_prob(batch).batch["ref_log_prob"], expected_ref, atol=1e-5)
    # the HF rollout engine holds the merged weights: its log-probs are the actor's
    assert torch.allclose(reference_log_probs(worker.rollout.model, batch), after, atol=1e-5)


def test_lora_checkpoint_holds_adapters_and_resumes_exactly(tiny_model_dir, tmp_path, hf_reference_model):
    from verl.utils.checkpoint import shard_file_name

    cfg = worker_config(tiny_model_dir, **LORA)
    batch = synthetic_batch(hf_reference_model.config.vocab_size, n=4, seed=7)
    batch.batch["ref_log_prob"] = reference_log_probs(hf_reference_model, batch)

    def step(group):
        group.update_actor(_with_old_log_probs(group, batch))
        return group.call("weights_fingerprint", "actor")[0]

    first = LocalWorkerGroup(ActorRolloutRefWorker, cfg)
    first.init_model()
    step(first)
    first.save_checkpoint(str(tmp_path / "actor"), 1)
    expected = step(first)
    first.shutdown()

    saved = torch.load(tmp_path / "actor" / shard_file_name("model", 1, 0), weights_only=True)
    assert saved["trainable_only"] and saved["tensors"] and all(".lora_" in n for n in saved["tensors"])
    optim = torch.load(tmp_path / "actor" / shard_file_name("optim", 1, 0), weights_only=True)["optimizer"]
    assert optim["state"] and all(".lora_" in n for n in optim["state"])  # Adam moments of the adapters only
    assert (tmp_path / "actor" / "adapter_config.json").is_file()

    second = LocalWorkerGroup(ActorRolloutRefWorker, cfg)
    second.init_model()
    second.load_checkpoint(str(tmp_path / "actor"))
    assert step(second) == expected  # bit-identical second update
    second.shutdown()


@pytest.mark.vllm
@pytest.mark.slow  # a vLLM engine start on 2 busy cores: ~1-3 min
def test_vllm_engine_gets_the_merged_weights(tiny_model_dir, hf_reference_model):
    cfg = worker_config(tiny_model_dir, **LORA, **{
        "actor_rollout_ref.rollout.name": "vllm", "actor_rollout_ref.rollout.enforce_eager": True,
        "actor_rollout_ref.rollout.prompt_length": 64, "actor_rollout_ref.rollout.temperature": 1.0})
    group = LocalWorkerGroup(ActorRolloutRefWorker, cfg)
    group.init_model()
    try:
        batch = synthetic_batch(hf_reference_model.config.vocab_size, n=4, seed=9)
        batch.batch["ref_log_prob"] = reference_log_probs(hf_reference_model, batch)
        group.update_actor(_with_old_log_probs(group, batch))  # moves the adapters, then syncs merged weights
        plen = batch.batch["prompts"].shape[1]
        mask = batch.batch["attention_mask"][:, :plen]
        prompts = DataProto.from_dict({"input_ids": batch.batch["prompts"], "attention_mask": mask,
                                       "position_ids": compute_position_id_with_mask(mask)})
        out = group.generate_sequences(prompts)
        actor = group.compute_log_prob(out).batch["old_log_probs"]
        base = reference_log_probs(hf_reference_model, out)
        mask = out.batch["response_mask"].bool()
        gap_actor = (out.batch["rollout_log_probs"] - actor)[mask].abs().max()
        gap_base = (out.batch["rollout_log_probs"] - base)[mask].abs().max()
        assert gap_actor < 1e-3 < gap_base, (gap_actor, gap_base)
    finally:
        group.shutdown()


# ------------------------------------------------------------------------------------- training runs
def _lora_run_config(model_dir, out_dir, method: str, steps: int, extra=()):
    from verl.trainer.cpu_recipe import tiny_toy_config

    return tiny_toy_config(model_dir, out_dir, steps, method, tasks_per_step=2, group_n=2, max_response_length=12,
                           overrides=["actor_rollout_ref.model.lora_rank=8", "actor_rollout_ref.model.lora_alpha=16",
                                      "actor_rollout_ref.actor.ppo_mini_batch_size=4",
                                      "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2",
                                      "env.max_steps=2", "trainer.val_before_train=false", "trainer.test_freq=-1",
                                      "trainer.logger=[console]", *extra])


def _records(out_dir):
    from verl.utils.tracking import read_metrics

    return [r for r in read_metrics(pathlib.Path(out_dir) / "metrics.jsonl") if "training/global_step" in r]


def test_grpo_lora_two_steps_on_two_ray_ranks(tiny_model_dir, tmp_path, ray_session):
    """Two ranks: rank 0 draws the adapters and broadcasts them to a meta-built rank 1; both save."""
    from verl.trainer.main_ppo import run

    run(_lora_run_config(tiny_model_dir, tmp_path, "grpo", 2, extra=[
        "trainer.worker_backend=ray", "trainer.n_gpus_per_node=2", "trainer.save_freq=2"]))
    records = _records(tmp_path)
    assert [r["step"] for r in records] == [1, 2]
    assert all(math.isfinite(records[-1][k]) for k in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm"))
    actor = tmp_path / "global_step_2" / "actor"
    for rank in (0, 1):
        shard = torch.load(actor / f"model_world_size_2_rank_{rank}.pt", weights_only=True)["tensors"]
        assert shard and all(".lora_" in name for name in shard)


def test_sdar_lora_resumes_exactly_and_merges_to_a_plain_hf_model(tiny_model_dir, tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from verl.trainer.main_ppo import run
    from verl.utils.model_merger import merge

    full, part = tmp_path / "full", tmp_path / "part"
    run(_lora_run_config(tiny_model_dir, full, "sdar", 2, extra=["trainer.save_freq=1"]))
    run(_lora_run_config(tiny_model_dir, part, "sdar", 1, extra=["trainer.save_freq=1"]))
    run(_lora_run_config(tiny_model_dir, part, "sdar", 2, extra=["trainer.save_freq=1", "trainer.resume_mode=auto"]))
    a, b = _records(full)[-1], _records(part)[-1]
    assert a["step"] == b["step"] == 2 and 0.0 < a["sdar/gate_mean"] < 1.0
    for key in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm", "sdar/gate_mean", "episode/reward/mean"):
        assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key

    merged_dir = merge(full / "global_step_2" / "actor", tmp_path / "merged")
    model = AutoModelForCausalLM.from_pretrained(merged_dir, dtype=torch.float32).eval()
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(merged_dir)
    assert not any(".lora_" in n or "base_layer" in n for n in model.state_dict())
    changed = [n for n, p in model.state_dict().items() if not torch.equal(p, base.state_dict()[n])]
    assert changed and all(n.endswith("proj.weight") for n in changed)  # only adapted linears moved
    inputs = tokenizer("go to the kitchen", return_tensors="pt")
    generated = model.generate(**inputs, max_new_tokens=6, do_sample=False)
    assert generated.shape[1] > inputs["input_ids"].shape[1]
    # the export is the trained policy: the resumed run's final checkpoint merges to the same weights
    again = merge(part / "global_step_2" / "actor", tmp_path / "merged_again")
    other = AutoModelForCausalLM.from_pretrained(again, dtype=torch.float32)
    assert all(torch.equal(p, other.state_dict()[n]) for n, p in model.state_dict().items())
