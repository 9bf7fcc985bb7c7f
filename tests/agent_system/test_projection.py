"""Model text -> action: the shared tag rule and the toy env's lenient mode, on malformed output too."""
from __future__ import annotations

import numpy as np
import pytest

from agent_system.environments.env_package.toy import NOTHING_HAPPENS, make_manager
from agent_system.environments.env_package.toy.projection import first_admissible_mentioned, toy_projection
from agent_system.environments.projection import project_tagged_action

ADMISSIBLE = ["take apple", "take mug", "take pan", "look"]


def tagged(text, **kw):
    return project_tagged_action(text, tail_chars=30, **kw)


def test_well_formed_turn_is_valid_and_lower_cased():
    p = tagged("<think>The apple is food.</think> <action> Take Apple </action>")
    assert (p.action, p.valid, p.reason) == ("take apple", True, "")


@pytest.mark.parametrize("text, action, reason", [
    ("take the apple now please, it is food", "e apple now please, it is food", "no_action_tag"),  # last 30 chars
    ("", "", "no_action_tag"),
    (None, "", "no_action_tag"),
    ("<think>x</think><action></action>", "", "empty"),
    ("<think>x</think><action>   </action>", "", "empty"),
    ("<think>x</think></action>take mug<action>", "hink></action>take mug<action>", "no_action_tag"),  # </action> first
    ("<think>x</think><action>take mug", "hink>x</think><action>take mug", "no_action_tag"),  # never closed
    ("<think>x</think><action>take <action>take mug</action></action>", "take mug", "valid-nested"),
    ("<action>take mug</action>", "take mug", "no_think"),
    ("<think>苹果</think><action>take apple</action>", "take apple", "cjk"),
    ("<think>x</think><action>take 苹果</action>", "take 苹果", "cjk"),
])
def test_malformed_output_is_a_defined_invalid_action(text, action, reason):
    p = tagged(text)
    if reason == "valid-nested":  # nested opening tag: the innermost content counts
        assert (p.action, p.valid) == (action, True)
        return
    assert (p.action, p.valid, p.reason) == (action, False, reason)


def test_repeated_action_tags_take_the_first_block():
    p = tagged("<think>x</think><action>take mug</action><action>take pan</action>")
    assert (p.action, p.valid) == ("take mug", True)


def test_ten_thousand_characters_do_not_raise():
    garbage = "blah " * 2000
    assert len(tagged(garbage).action) <= 30
    long_valid = "<think>" + "a" * 10_000 + "</think><action>look</action>"
    assert tagged(long_valid).valid


def test_require_think_off_and_admissible_check():
    assert tagged("<action>take mug</action>", require_think=False).valid
    p = tagged("<think>x</think><action>take banana</action>", admissible=ADMISSIBLE)
    assert (p.valid, p.reason) == (False, "not_admissible")
    assert tagged("<think>x</think><action>TAKE MUG</action>", admissible=ADMISSIBLE).valid


# ------------------------------------------------------------------ toy lenient mode
def test_first_admissible_mentioned_is_earliest_whole_word_match():
    assert first_admissible_mentioned("i think take pan, then take apple", ADMISSIBLE) == "take pan"
    assert first_admissible_mentioned("TAKE MUG", ADMISSIBLE) == "take mug"
    assert first_admissible_mentioned("take pancake and outlook", ADMISSIBLE) is None  # not whole words
    assert first_admissible_mentioned("", ADMISSIBLE) is None
    assert first_admissible_mentioned(None, ADMISSIBLE) is None


def test_lenient_projection_executes_but_stays_format_invalid():
    p = toy_projection("uh take mug look", ADMISSIBLE, lenient=True)
    assert (p.action, p.valid, p.reason) == ("take mug", False, "lenient")
    strict = toy_projection("uh take mug look", ADMISSIBLE, lenient=False)
    assert (strict.action, strict.valid, strict.reason) == ("uh take mug look", False, "no_action_tag")
    # with tags, lenient mode changes nothing (even if the tagged action is not admissible)
    tagged_bad = toy_projection("<think>x</think><action>take sofa</action> take mug", ADMISSIBLE, lenient=True)
    assert (tagged_bad.action, tagged_bad.valid) == ("take sofa", True)
    checked = toy_projection("<think>x</think><action>take sofa</action>", ADMISSIBLE, check_admissible=True)
    assert (checked.valid, checked.reason) == (False, "not_admissible")


@pytest.mark.parametrize("text", ["", None, "no tags at all", "<action><action></action>", "中文输出" * 100,
                                  "<think></think>" * 500, "x" * 10_000, "</action><action>", "<action>look"])
def test_toy_env_turns_malformed_text_into_a_no_op(text):
    manager = make_manager({"seed": 0, "toy": {"lenient_projection": False}}, "val")
    manager.reset(manager.eval_tasks()[:1])
    obs, rewards, dones, infos = manager.step([text], np.array([True]))
    assert obs == [NOTHING_HAPPENS]
    assert rewards.tolist() == [0.0] and dones.tolist() == [False]
    assert infos[0]["is_action_valid"] is False and infos[0]["won"] is False


def test_projection_never_raises_on_random_text():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("abc <>/ ") + ["<action>", "</action>", "<think>", "</think>", "take mug", "中"])

    @hypothesis.settings(max_examples=200, deadline=None)
    @hypothesis.given(st.lists(alphabet, max_size=40).map("".join), st.booleans(), st.booleans())
    def check(text, lenient, require_think):
        p = toy_projection(text, ADMISSIBLE, lenient=lenient, require_think=require_think, check_admissible=True)
        assert isinstance(p.action, str)
        if p.valid:
            assert p.action in ADMISSIBLE

    check()
