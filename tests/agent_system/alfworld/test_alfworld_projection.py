"""Model text -> ALFWorld command: the shared tag rule with tail_chars=30, and what reaches the engine."""
from __future__ import annotations

import pytest

from agent_system.environments.env_package.alfworld import alfworld_projection
from agent_system.environments.projection import project_tagged_action

ADMISSIBLE = ["go to fridge 1", "open fridge 1", "take apple 1 from countertop 1", "help", "look"]


@pytest.mark.parametrize("text, action, valid, reason, command", [
    # well formed: lower-cased, stripped, executed
    ("<think>The apple is cold food.</think><action> Take Apple 1 from CounterTop 1 </action>",
     "take apple 1 from countertop 1", True, "", "take apple 1 from countertop 1"),
    # no tags: the last 30 characters are the (invalid) action, and nothing is executed
    ("I think I should go to fridge 1 and open fridge 1", "to fridge 1 and open fridge 1", False,
     "no_action_tag", None),
    ("", "", False, "no_action_tag", None),
    (None, "", False, "no_action_tag", None),
    ("<think>hm</think><action>  </action>", "", False, "empty", None),
    # format-invalid but extracted actions still go to the engine, like the reference
    ("<action>go to fridge 1</action>", "go to fridge 1", False, "no_think", "go to fridge 1"),
    ("<think>冰箱</think><action>open fridge 1</action>", "open fridge 1", False, "cjk", "open fridge 1"),
    # only the first block counts; a nested opening tag keeps the innermost text
    ("<think>a</think><action>look</action><action>go to fridge 1</action>", "look", True, "", "look"),
    ("<think>a</think><action>x <action>look</action>", "look", True, "", "look"),
])
def test_projection_cases(text, action, valid, reason, command):
    result = alfworld_projection(text, ADMISSIBLE)
    assert (result.projection.action, result.valid, result.projection.reason, result.command) == \
        (action, valid, reason, command)
    assert result.projection == project_tagged_action(text, tail_chars=30)


def test_think_requirement_and_admissibility_switches():
    text = "<action>go to fridge 1</action>"
    assert alfworld_projection(text, ADMISSIBLE, require_think=False).valid
    outside = "<think>x</think><action>go to the fridge</action>"
    assert alfworld_projection(outside, ADMISSIBLE).valid  # the reference never checks admissibility
    checked = alfworld_projection(outside, ADMISSIBLE, check_admissible=True)
    assert (checked.valid, checked.projection.reason, checked.command) == (False, "not_admissible", "go to the fridge")
    long_text = "<think>" + "a" * 20000 + "</think><action>look</action>"
    assert alfworld_projection(long_text, ADMISSIBLE, check_admissible=True).command == "look"
