"""data.truncation for student prompts (prompt_tokens.encode_prompt): `right` keeps the chat template's
end of turn and generation header and cuts the end of the last message's text instead."""
import pytest

from agent_system.multi_turn_rollout.prompt_tokens import PromptTooLongError, encode_prompt, encode_text, render_chat

MESSAGES = [{"role": "system", "content": "You are an agent."},
            {"role": "user", "content": "Task: take the knife. History: " + "go north. look. " * 60 + "Act now."}]


def test_right_truncation_keeps_the_generation_header(tokenizer):
    full = encode_text(tokenizer, render_chat(tokenizer, MESSAGES))
    header = encode_text(tokenizer, "<|im_end|>\n<|im_start|>assistant\n")
    ids, cut = encode_prompt(tokenizer, MESSAGES, 64, "right")
    assert cut and len(ids) == 64 and len(full) > 64
    assert ids[-len(header):] == header  # the model is still asked to answer
    assert ids[:64 - len(header)] == full[:64 - len(header)]  # the head (system + task) is kept as is
    assert "Act now." not in tokenizer.decode(ids)  # the end of the user text went instead
    assert full[:64][-len(header):] != header  # plain right-cutting (verl) would lose the header


def test_right_truncation_keeps_the_header_when_the_last_message_is_short(tokenizer):
    # "t" also occurs in the header ("assistant"): the split must not be found by searching for the text
    messages = [{"role": "system", "content": "skill " * 100}, {"role": "user", "content": "t"}]
    header = encode_text(tokenizer, "<|im_end|>\n<|im_start|>assistant\n")
    ids, cut = encode_prompt(tokenizer, messages, 40, "right")
    assert cut and len(ids) == 40 and ids[-len(header):] == header


def test_left_error_and_short_prompts_are_unchanged(tokenizer):
    full = encode_text(tokenizer, render_chat(tokenizer, MESSAGES))
    assert encode_prompt(tokenizer, MESSAGES, 64, "left") == (full[-64:], True)
    assert encode_prompt(tokenizer, MESSAGES, len(full), "right") == (full, False)
    with pytest.raises(PromptTooLongError, match="data.max_prompt_length=64"):
        encode_prompt(tokenizer, MESSAGES, 64, "error")
    with pytest.raises(PromptTooLongError, match="generation header"):
        encode_prompt(tokenizer, MESSAGES, 3, "right")
