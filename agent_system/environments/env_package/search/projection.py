"""Model text -> Search-QA action (METHOD.md §4.5, Search rules).

The reference rule, kept as is:
- cut the text after the first </search> if there is one, else after the first </answer>;
- the action is the first <search>q</search> block (normalised to "<search>q</search>"), else the
  first <answer>a</answer> block, else "" (invalid: nothing to do);
- the turn is invalid when the ORIGINAL text holds both tag kinds or either one more than once; the
  extracted block is still executed, so the invalid-action penalty is the only consequence.
Our additions, each a defined outcome rather than a crash:
- `<search></search>` (an empty query) is invalid and has action "" — there is nothing to look up;
- `require_think` (default off for Search, like the reference) marks a turn without
  <think>...</think> invalid but still executes its action.
Tags are matched case-sensitively, as the policy is prompted with lower-case tags.
"""
from __future__ import annotations

import re

from agent_system.environments.projection import Projection

_SEARCH_BLOCK = re.compile(r"<search>(.*?)</search>", re.DOTALL)
_ANSWER_BLOCK = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)


def _cut_after_first_action(text: str) -> str:
    for closing in ("</search>", "</answer>"):
        position = text.find(closing)
        if position != -1:
            return text[: position + len(closing)]
    return text


def search_projection(text: str | None, *, require_think: bool = False) -> Projection:
    text = text or ""
    trimmed = _cut_after_first_action(text)
    search = _SEARCH_BLOCK.search(trimmed)
    answer = _ANSWER_BLOCK.search(trimmed)
    if search is not None:
        query = search.group(1).strip()
        if not query:
            return Projection("", False, "empty_query")
        action = f"<search>{query}</search>"
    elif answer is not None:
        action = f"<answer>{answer.group(1).strip()}</answer>"
    else:
        return Projection("", False, "no_action_tag")

    n_search, n_answer = text.count("<search>"), text.count("<answer>")
    if n_search and n_answer:
        return Projection(action, False, "both_tags")
    if n_search > 1 or n_answer > 1:
        return Projection(action, False, "repeated_tag")
    if require_think and ("<think>" not in text or "</think>" not in text):
        return Projection(action, False, "no_think")
    return Projection(action, True)


def search_query(action: str) -> str | None:
    """The query of a projected "<search>q</search>" action, else None."""
    match = _SEARCH_BLOCK.fullmatch(action)
    return match.group(1) if match else None


def is_answer(action: str) -> bool:
    """Whether a projected action ends the episode (it holds a complete answer block)."""
    return "<answer>" in action and "</answer>" in action
