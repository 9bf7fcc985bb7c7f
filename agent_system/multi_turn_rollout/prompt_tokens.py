"""Chat messages -> prompt token ids, truncation and left padding (shared by the collector and the teacher).

Prompts are rendered to text with the tokenizer's chat template (add_generation_prompt=True, plus
data.apply_chat_template_kwargs such as Qwen3's enable_thinking=False), then encoded WITHOUT adding
special tokens: the template already wrote them, and Qwen tokenizers add no BOS.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

import torch

from verl.utils.config import ConfigError

TRUNCATION_MODES = ("error", "left", "right")


class PromptTooLongError(ConfigError):
    """A student prompt longer than data.max_prompt_length under data.truncation=error (a ConfigError, so
    the entry points report it as one line naming the keys to change)."""


def chat_template_kwargs(value: Any) -> dict:
    """data.apply_chat_template_kwargs as a plain dict (it may arrive as an OmegaConf node or None)."""
    if value is None:
        return {}
    try:
        from omegaconf import DictConfig, OmegaConf

        if isinstance(value, DictConfig):
            return dict(OmegaConf.to_container(value, resolve=True))
    except ImportError:  # omegaconf is a dependency, but plain dicts must work without it
        pass
    if not isinstance(value, Mapping):
        raise ValueError(f"data.apply_chat_template_kwargs must be a mapping, got {value!r}")
    return dict(value)


def render_chat(tokenizer, messages: Sequence[Mapping[str, str]], template_kwargs: Mapping[str, Any] | None = None) -> str:
    return tokenizer.apply_chat_template([dict(m) for m in messages], tokenize=False, add_generation_prompt=True,
                                         **dict(template_kwargs or {}))


def encode_text(tokenizer, text: str) -> list[int]:
    return list(tokenizer.encode(text, add_special_tokens=False))


def truncate_ids(ids: list[int], max_length: int, mode: str, describe: str = "prompt") -> tuple[list[int], bool]:
    """Apply data.truncation; returns (ids, whether they were cut)."""
    if len(ids) <= max_length:
        return ids, False
    if mode == "left":
        return ids[-max_length:], True
    if mode == "right":
        return ids[:max_length], True
    if mode == "error":
        raise PromptTooLongError(
            f"{describe} has {len(ids)} tokens, more than data.max_prompt_length={max_length}; raise "
            f"data.max_prompt_length, shorten env.history_length, or set data.truncation=left|right")
    raise ValueError(f"data.truncation must be one of {TRUNCATION_MODES}, got {mode!r}")


def encode_prompt(tokenizer, messages: Sequence[Mapping[str, str]], max_length: int, mode: str,
                  template_kwargs: Mapping[str, Any] | None = None, describe: str = "prompt") -> tuple[list[int], bool]:
    """Render, encode and apply data.truncation; returns (ids, whether they were cut).

    `right` never cuts what the chat template writes after the last message (its end-of-turn token and
    the assistant generation header, e.g. "<|im_end|>\n<|im_start|>assistant\n"): it cuts the end of
    the last message's text instead, so the model is still asked to answer. (Cutting the encoded
    prompt at the right, as verl does, removes that header and the model continues the user turn.)"""
    return encode_prompts(tokenizer, [messages], max_length, mode, template_kwargs, lambda _: describe)[0]


def encode_prompts(tokenizer, conversations: Sequence[Sequence[Mapping[str, str]]], max_length: int, mode: str,
                   template_kwargs: Mapping[str, Any] | None = None,
                   describe: Callable[[int], str] = lambda i: f"prompt {i}") -> list[tuple[list[int], bool]]:
    """encode_prompt over a batch: one tokenizer call for all rendered prompts (a call per prompt costs
    about as much in the tokenizer's Python wrapper as the encoding itself)."""
    texts = [render_chat(tokenizer, messages, template_kwargs) for messages in conversations]
    encoded = tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else []
    results = []
    for i, (messages, text, ids) in enumerate(zip(conversations, texts, encoded)):
        ids = list(ids)
        if len(ids) <= max_length or mode != "right":
            results.append(truncate_ids(ids, max_length, mode, describe(i) if len(ids) > max_length else ""))
            continue
        head, tail = split_after_last_message(tokenizer, messages, text, template_kwargs)
        tail_ids = encode_text(tokenizer, tail)
        keep = max_length - len(tail_ids)
        if keep <= 0:
            raise PromptTooLongError(f"{describe(i)}: data.max_prompt_length={max_length} cannot even hold the "
                                     f"chat template's generation header ({len(tail_ids)} tokens)")
        results.append((encode_text(tokenizer, head)[:keep] + tail_ids, True))
    return results


_CUT_MARK = "\ue000sdar-cut\ue000"  # private-use characters: no template writes them itself


def split_after_last_message(tokenizer, messages: Sequence[Mapping[str, str]], text: str,
                             template_kwargs: Mapping[str, Any] | None = None) -> tuple[str, str]:
    """(everything up to the end of the last message's text, what the template writes after it), for the
    rendered `text` of `messages`. The tail is found by rendering a marker in place of the last message's
    text (searching `text` for the text itself would match inside the header when it is short, e.g. "t"
    in "assistant"); (text, "") when the template does not reproduce the marker."""
    if not messages:
        return text, ""
    probe = render_chat(tokenizer, [*messages[:-1], {**messages[-1], "content": _CUT_MARK}], template_kwargs)
    mark = probe.rfind(_CUT_MARK)
    tail = probe[mark + len(_CUT_MARK):] if mark != -1 else ""
    return (text[:len(text) - len(tail)], tail) if tail and text.endswith(tail) else (text, "")


def position_ids_from_mask(attention_mask: torch.Tensor) -> torch.Tensor:
    """Positions counting only real tokens (left padding gets 0), as the engine contract defines them."""
    return torch.clamp(attention_mask.long().cumsum(dim=-1) - 1, min=0)


def left_pad(sequences: Sequence[Sequence[int]], pad_token_id: int, width: int | None = None
             ) -> dict[str, torch.Tensor]:
    """input_ids / attention_mask / position_ids [B, width] for left-padded sequences."""
    width = max((len(s) for s in sequences), default=0) if width is None else width
    if any(len(s) > width for s in sequences):
        raise ValueError(f"a sequence is longer than the padding width {width}")
    input_ids = torch.full((len(sequences), width), pad_token_id, dtype=torch.long)
    attention_mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, seq in enumerate(sequences):
        if len(seq):
            input_ids[row, width - len(seq):] = torch.as_tensor(list(seq), dtype=torch.long)
            attention_mask[row, width - len(seq):] = 1
    return {"input_ids": input_ids, "attention_mask": attention_mask,
            "position_ids": position_ids_from_mask(attention_mask)}
