"""HFRollout against the engine contract, checked with a teacher-forced forward of the same model."""
import importlib.util

import pytest
import torch
from omegaconf import OmegaConf

from verl.protocol import DataProto
from verl.utils.torch_functional import compute_position_id_with_mask

RESPONSE_LENGTH = 12
PROMPTS = ["go to the fridge", "You arrive at the countertop and see a mug and an apple", "hi",
           "open the drawer 1 then take the knife"]


def rollout_config(**overrides):
    cfg = dict(name="hf", temperature=0.8, top_k=-1, top_p=1.0, do_sample=True, response_length=RESPONSE_LENGTH,
               seed=7, ignore_eos=False, val_kwargs=dict(temperature=0.4, top_k=-1, top_p=1.0, do_sample=False))
    cfg.update(overrides)
    return OmegaConf.create(cfg)


@pytest.fixture(scope="module")
def engine(tiny_model_dir, tokenizer):
    """A shared engine for tests that neither reseed nor change weights."""
    return make_engine(tiny_model_dir, tokenizer)


def make_engine(tiny_model_dir, tokenizer, **overrides):
    from verl.workers.rollout import build_rollout

    return build_rollout(str(tiny_model_dir), rollout_config(**overrides), tokenizer, "cpu")


def make_prompts(tokenizer, texts=PROMPTS, **meta):
    enc = tokenizer(texts, return_tensors="pt", padding=True)
    assert tokenizer.padding_side == "left"
    meta = {"eos_token_id": tokenizer.eos_token_id, "pad_token_id": tokenizer.pad_token_id, **meta}
    return DataProto.from_dict(
        {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
         "position_ids": compute_position_id_with_mask(enc["attention_mask"])},
        non_tensors={"uid": [f"task-{i}" for i in range(len(texts))]}, meta_info=meta)


def teacher_forced_log_probs(model, out, temperature):
    with torch.no_grad():
        logits = model(input_ids=out.batch["input_ids"], attention_mask=out.batch["attention_mask"],
                       position_ids=out.batch["position_ids"]).logits
    logits = logits[:, -RESPONSE_LENGTH - 1:-1].float() / temperature
    return torch.log_softmax(logits, -1).gather(-1, out.batch["responses"].unsqueeze(-1)).squeeze(-1)


def test_output_contract_and_log_probs_match_a_teacher_forced_forward(engine, tokenizer, hf_reference_model):
    prompts = make_prompts(tokenizer, step=3)
    out = engine.generate_sequences(prompts)
    b, p = prompts.batch["input_ids"].shape
    assert out.batch["responses"].shape == (b, RESPONSE_LENGTH)
    assert torch.equal(out.batch["prompts"], prompts.batch["input_ids"])
    assert torch.equal(out.batch["input_ids"], torch.cat([out.batch["prompts"], out.batch["responses"]], -1))
    assert torch.equal(out.batch["attention_mask"][:, p:], out.batch["response_mask"])
    # Response positions continue after the prompt's last position, one per token.
    last = prompts.batch["position_ids"][:, -1:]
    assert torch.equal(out.batch["position_ids"][:, p:], last + torch.arange(1, RESPONSE_LENGTH + 1))
    assert list(out.non_tensor_batch["uid"]) == [f"task-{i}" for i in range(b)]
    assert out.meta_info["step"] == 3
    assert out.batch["rollout_log_probs"].dtype == torch.float32
    expected = teacher_forced_log_probs(hf_reference_model, out, temperature=0.8)
    mask = out.batch["response_mask"].bool()
    assert torch.allclose(out.batch["rollout_log_probs"][mask], expected[mask], atol=1e-4)
    assert torch.all(out.batch["rollout_log_probs"][~mask] == 0)


def test_stops_at_eos_and_right_pads_after_it(engine, tokenizer):
    # Declare a third of the vocabulary as eos so that every row stops early, at a different step.
    eos = list(range(0, len(tokenizer), 3))
    out = engine.generate_sequences(make_prompts(tokenizer, eos_token_id=eos))
    responses, mask = out.batch["responses"], out.batch["response_mask"]
    lengths = mask.sum(-1)
    assert torch.all(lengths < RESPONSE_LENGTH), "with a third of the vocab as eos every row should stop"
    for row, length in enumerate(lengths.tolist()):
        assert mask[row, :length].all() and not mask[row, length:].any()  # contiguous, right-padded
        assert responses[row, length - 1].item() in eos  # eos kept as the last real token
        assert all(t not in eos for t in responses[row, :length - 1].tolist())
        assert torch.all(responses[row, length:] == tokenizer.pad_token_id)


def test_fixed_seed_reproduces_and_other_seed_differs(tiny_model_dir, tokenizer):
    first = make_engine(tiny_model_dir, tokenizer, seed=11).generate_sequences(make_prompts(tokenizer))
    again = make_engine(tiny_model_dir, tokenizer, seed=11).generate_sequences(make_prompts(tokenizer))
    other = make_engine(tiny_model_dir, tokenizer, seed=12).generate_sequences(make_prompts(tokenizer))
    assert torch.equal(first.batch["responses"], again.batch["responses"])
    assert torch.equal(first.batch["rollout_log_probs"], again.batch["rollout_log_probs"])
    assert not torch.equal(first.batch["responses"], other.batch["responses"])


def test_validation_greedy_is_the_argmax_and_top_k_1_equals_it(engine, tiny_model_dir, tokenizer, hf_reference_model):
    greedy = engine.generate_sequences(make_prompts(tokenizer, validate=True))
    with torch.no_grad():
        logits = hf_reference_model(input_ids=greedy.batch["input_ids"], attention_mask=greedy.batch["attention_mask"],
                                 position_ids=greedy.batch["position_ids"]).logits[:, -RESPONSE_LENGTH - 1:-1]
    mask = greedy.batch["response_mask"].bool()
    assert torch.equal(logits.argmax(-1)[mask], greedy.batch["responses"][mask])
    # Validation log-probs use the val temperature (0.4).
    expected = teacher_forced_log_probs(hf_reference_model, greedy, temperature=0.4)
    assert torch.allclose(greedy.batch["rollout_log_probs"][mask], expected[mask], atol=1e-4)
    top1 = make_engine(tiny_model_dir, tokenizer, top_k=1).generate_sequences(make_prompts(tokenizer))
    assert torch.equal(top1.batch["responses"], greedy.batch["responses"])


def test_top_p_filter_keeps_the_nucleus():
    from verl.workers.rollout.base import SamplingParams
    from verl.workers.rollout.hf_rollout import _filter_top_k_top_p, sample_next_token

    logits = torch.log(torch.tensor([[0.5, 0.3, 0.15, 0.05]]))
    kept = torch.isfinite(_filter_top_k_top_p(logits, top_k=-1, top_p=0.7))
    assert kept.tolist() == [[True, True, False, False]]  # 0.5 < 0.7, 0.5 + 0.3 reaches it
    assert torch.isfinite(_filter_top_k_top_p(logits, top_k=3, top_p=1.0)).tolist() == [[True, True, True, False]]
    gen = torch.Generator().manual_seed(0)
    draws = [sample_next_token(logits, SamplingParams(top_p=0.7), gen)[0].item() for _ in range(200)]
    assert set(draws) == {0, 1}


def test_load_weights_replaces_the_policy(tiny_model_dir, tokenizer, hf_reference_model):
    engine = make_engine(tiny_model_dir, tokenizer)
    before = engine.generate_sequences(make_prompts(tokenizer, validate=True))
    perturbed = {k: v + 0.5 * torch.randn_like(v) for k, v in hf_reference_model.state_dict().items()}
    engine.load_weights(perturbed.items())
    after = engine.generate_sequences(make_prompts(tokenizer, validate=True))
    assert not torch.equal(before.batch["responses"], after.batch["responses"])
    with pytest.raises(KeyError, match="no tensor named"):
        engine.load_weights([("not.a.weight", torch.zeros(1))])


def test_factory_rejects_unknown_engine_and_names_the_vllm_extra(tiny_model_dir, tokenizer, monkeypatch):
    from verl.workers.rollout import build_rollout

    with pytest.raises(ValueError, match="rollout.name"):
        build_rollout(str(tiny_model_dir), rollout_config(name="sglang"), tokenizer, "cpu")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "vllm" else real_find_spec(name, *a))
    with pytest.raises(ImportError, match=r"sdar\[cpu-vllm\]"):
        build_rollout(str(tiny_model_dir), rollout_config(name="vllm"), tokenizer, "cpu")
