"""Model text -> ALFWorld command, in both modes of env.alfworld.faithful, and what reaches the engine."""
from __future__ import annotations

import pytest

from agent_system.environments.env_package.alfworld import alfworld_projection
from agent_system.environments.projection import project_tagged_action, project_tagged_action_reference

ADMISSIBLE = ["go to fridge 1", "open fridge 1", "take apple 1 from countertop 1", "help", "look"]


# Cases where both modes agree: (text, action, valid, reason, command).
@pytest.mark.parametrize("text, action, valid, reason, command", [
    # well formed: lower-cased, stripped, executed
    ("<think>The apple is cold food.</think><action> Take Apple 1 from CounterTop 1 </action>",
     "take apple 1 from countertop 1", True, "", "take apple 1 from countertop 1"),
    # no tags: the last 30 characters are the (invalid) action, and nothing is executed
    ("", "", False, "no_action_tag", None),
    (None, "", False, "no_action_tag", None),
    # format-invalid but extracted actions still go to the engine, like the reference
    ("<action>go to fridge 1</action>", "go to fridge 1", False, "no_think", "go to fridge 1"),
    ("<think>冰箱</think><action>open fridge 1</action>", "open fridge 1", False, "cjk", "open fridge 1"),
    # only the first block counts
    ("<think>a</think><action>look</action><action>go to fridge 1</action>", "look", True, "", "look"),
])
@pytest.mark.parametrize("faithful", [True, False])
def test_projection_cases_shared_by_both_modes(text, action, valid, reason, command, faithful):
    result = alfworld_projection(text, ADMISSIBLE, faithful=faithful)
    assert (result.projection.action, result.valid, result.projection.reason, result.command) == \
        (action, valid, reason, command)


# Where the reference and our rule differ: (text, faithful result, ours result) as (action, valid, reason, command).
@pytest.mark.parametrize("text, reference, ours", [
    # an empty action block: valid for the reference, invalid for us; never executed
    ("<think>hm</think><action>  </action>", ("", True, "", None), ("", False, "empty", None)),
    ("<think>hm</think><action></action>", ("", True, "", None), ("", False, "empty", None)),
    # </action> before <action>: the reference slices an empty (valid) action
    ("<think>a</think></action>look<action>", ("", True, "", None),
     ("a</think></action>look<action>", False, "no_action_tag", None)),
    # upper-case think tags: the reference looks them up case-sensitively in the original text
    ("<THINK>cold food</THINK><action>look</action>", ("look", False, "no_think", "look"), ("look", True, "", "look")),
    # a nested opening tag: the reference keeps it, we keep the innermost text
    ("<think>a</think><action>x <action>look</action>", ("x <action>look", True, "", "x <action>look"),
     ("look", True, "", "look")),
    # Hiragana is outside the reference's CJK block
    ("<think>ひらがな</think><action>look</action>", ("look", True, "", "look"), ("look", False, "cjk", "look")),
    # a tag-less turn: the reference sends its unstripped tail to the engine, we send nothing
    ("look", ("look", False, "no_action_tag", "look"), ("look", False, "no_action_tag", None)),
    ("go to fridge 1   ", ("go to fridge 1   ", False, "no_action_tag", "go to fridge 1   "),
     ("go to fridge 1", False, "no_action_tag", None)),
    ("I think I should go to fridge 1 and open fridge 1",
     (" to fridge 1 and open fridge 1", False, "no_action_tag", " to fridge 1 and open fridge 1"),
     ("to fridge 1 and open fridge 1", False, "no_action_tag", None)),
])
def test_reference_and_our_rule_differ_exactly_here(text, reference, ours):
    for faithful, expected in ((True, reference), (False, ours)):
        result = alfworld_projection(text, ADMISSIBLE, faithful=faithful)
        assert (result.projection.action, result.valid, result.projection.reason, result.command) == expected, faithful
    assert alfworld_projection(text, faithful=True).projection == project_tagged_action_reference(text, tail_chars=30)
    assert alfworld_projection(text, faithful=False).projection == project_tagged_action(text, tail_chars=30)


def test_faithful_is_the_default():
    assert alfworld_projection("<think>a</think><action></action>").valid


@pytest.mark.parametrize("faithful", [True, False])
def test_think_requirement_and_admissibility_switches(faithful):
    text = "<action>go to fridge 1</action>"
    assert alfworld_projection(text, ADMISSIBLE, require_think=False, faithful=faithful).valid
    outside = "<think>x</think><action>go to the fridge</action>"
    assert alfworld_projection(outside, ADMISSIBLE, faithful=faithful).valid  # the reference never checks admissibility
    checked = alfworld_projection(outside, ADMISSIBLE, check_admissible=True, faithful=faithful)
    assert (checked.valid, checked.projection.reason, checked.command) == (False, "not_admissible", "go to the fridge")
    long_text = "<think>" + "a" * 20000 + "</think><action>look</action>"
    assert alfworld_projection(long_text, ADMISSIBLE, check_admissible=True, faithful=faithful).command == "look"
