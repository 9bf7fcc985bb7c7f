"""Model text -> env action, shared by the tag-based environments (ALFWorld, WebShop, toy).

The reference rule (METHOD.md §4.5): lower-case the text, take what lies between the first
<action> and the first </action>. Without the tags the action is the text's tail and invalid; the
env treats it as a no-op. We keep that rule and make two choices explicit:
- `require_think` (reference: always on) marks a turn without <think>...</think> invalid; Qwen3
  non-thinking runs switch it off instead of being penalised for a format they were told not to use;
- `admissible` (reference: never checked) additionally marks actions outside the list invalid.
Any string — empty, 10k characters, CJK, nested tags — gives a defined result, never an exception.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class Projection:
    action: str
    valid: bool
    reason: str = ""  # why it is invalid ("no_action_tag", "no_think", "cjk", "not_admissible", "empty")


def project_tagged_action(
    text: str | None,
    *,
    tail_chars: int,
    require_think: bool = True,
    admissible: Sequence[str] | None = None,
) -> Projection:
    text = (text or "").lower()
    start, end = text.find("<action>"), text.find("</action>")
    if start == -1 or end == -1 or end < start:
        return Projection(text[-tail_chars:].strip(), False, "no_action_tag")
    action = text[start + len("<action>"):end].strip()
    if "<action>" in action:  # nested opening tag: keep the innermost content
        action = action.rsplit("<action>", 1)[-1].strip()
    if not action:
        return Projection("", False, "empty")
    if require_think and ("<think>" not in text or "</think>" not in text):
        return Projection(action, False, "no_think")
    if _CJK.search(text):
        return Projection(action, False, "cjk")
    return _check_admissible(action, admissible)


def _check_admissible(action: str, admissible: Sequence[str] | None) -> Projection:
    """A format-valid action, marked invalid when an admissible list is given and it is not on it."""
    if admissible is not None and action not in {a.lower().strip() for a in admissible}:
        return Projection(action, False, "not_admissible")
    return Projection(action, True)


_REFERENCE_CJK = re.compile(r"[\u4e00-\u9fff]")  # the reference checks the CJK Unified Ideographs block only


def project_tagged_action_reference(text: str | None, *, tail_chars: int, require_think: bool = True,
                                    admissible: Sequence[str] | None = None) -> Projection:
    """The reference's rule exactly (the env.<name>.faithful mode of ALFWorld and WebShop).

    It differs from `project_tagged_action` only on degenerate turns:
    - the action is whatever lies between the first <action> and the first </action> of the
      lower-cased text, stripped, so an empty `<action></action>` (or a </action> before the
      <action>) is a VALID empty action;
    - <think> and </think> are looked up in the ORIGINAL text, case-sensitively, so `<THINK>` is invalid;
    - a nested <action> stays in the action; the tail of a tag-less turn is not stripped;
    - only the U+4E00..U+9FFF block counts as CJK.
    `admissible` is our optional check (env.check_admissible), as in `project_tagged_action`.
    Linear in the text length (str.find only).
    """
    original = text or ""
    lowered = original.lower()
    start, end = lowered.find("<action>"), lowered.find("</action>")
    if start == -1 or end == -1:
        return Projection(lowered[-tail_chars:], False, "no_action_tag")
    action = lowered[start + len("<action>"):end].strip()
    if require_think and ("<think>" not in original or "</think>" not in original):
        return Projection(action, False, "no_think")
    if _REFERENCE_CJK.search(original):
        return Projection(action, False, "cjk")
    return _check_admissible(action, admissible)
