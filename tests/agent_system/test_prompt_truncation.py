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


@pytest.mark.parametrize("mode", ["left", "right"])
def test_a_batch_is_encoded_as_each_prompt_alone(tokenizer, mode):
    """The collector encodes a turn's prompts in one tokenizer call: same ids and cuts as one at a time."""
    from agent_system.multi_turn_rollout.prompt_tokens import encode_prompts

    batch = [MESSAGES, [{"role": "user", "content": "t"}], [{"role": "system", "content": "skill " * 100},
                                                             {"role": "user", "content": "héllo wörld <think>"}]]
    together = encode_prompts(tokenizer, batch, 64, mode)
    assert together == [encode_prompt(tokenizer, messages, 64, mode) for messages in batch]
    assert [cut for _, cut in together] == [True, False, True]
    assert encode_prompts(tokenizer, [], 64, mode) == []


def test_a_batch_names_the_prompt_that_is_too_long(tokenizer):
    from agent_system.multi_turn_rollout.prompt_tokens import encode_prompts

    short = [{"role": "user", "content": "hi"}]
    with pytest.raises(PromptTooLongError, match="the prompt of env 7 "):
        encode_prompts(tokenizer, [short, MESSAGES], 64, "error", describe=lambda i: f"the prompt of env {5 + 2 * i}")
