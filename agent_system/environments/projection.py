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
    if admissible is not None and action not in {a.lower().strip() for a in admissible}:
        return Projection(action, False, "not_admissible")
    return Projection(action, True)
