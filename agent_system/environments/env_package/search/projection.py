"""Model text -> Search-QA action (METHOD.md §4.5, ENVIRONMENTS.md §C7).

The reference rule, kept in both modes:
- cut the text after the first </search> if there is one, else after the first </answer>;
- the action is the first <search>q</search> block (normalised to "<search>q</search>"), else the
  first <answer>a</answer> block, else "" (invalid: nothing to do);
- the turn is invalid when the ORIGINAL text holds both tag kinds or either one more than once; the
  extracted block is still executed, so the invalid-action penalty is the only consequence.
Two modes (env.search.faithful):
- faithful: the reference exactly: tags are matched case-insensitively (`<Search>`, `<ANSWER>`),
  an empty `<search></search>` is a valid (empty) search;
- ours (default): tags are matched case-sensitively, as the policy is prompted with lower-case tags;
  `<search></search>` is invalid with action "" (there is nothing to look up).
Both: `require_think` (default off, like the reference) marks a turn without <think>...</think>
invalid but still executes its action; a query longer than `max_query_chars`
(env.search.max_query_chars) is cut to that length, so one runaway query cannot make the server
reject a whole batch (its limit is 8192 characters).

Everything is linear in the text length: tags are located with str.find (or a literal
case-insensitive regex, which cannot backtrack), never with a `(.*?)` scan from every position.
"""
from __future__ import annotations

import re

from agent_system.environments.projection import Projection

DEFAULT_MAX_QUERY_CHARS = 2048  # below the retrieval server's max_query_chars (8192)
_TAGS = ("<search>", "</search>", "<answer>", "</answer>")
_CASELESS = {tag: re.compile(re.escape(tag), re.IGNORECASE) for tag in _TAGS}


def _find(text: str, tag: str, start: int, caseless: bool) -> tuple[int, int] | None:
    """(start, end) of the first `tag` at or after `start`, or None."""
    if caseless:
        match = _CASELESS[tag].search(text, start)
        return match.span() if match else None
    position = text.find(tag, start)
    return (position, position + len(tag)) if position != -1 else None


def _count(text: str, tag: str, caseless: bool) -> int:
    return len(_CASELESS[tag].findall(text)) if caseless else text.count(tag)


def _first_block(text: str, kind: str, caseless: bool) -> str | None:
    """Content of the first <kind>...</kind> block: the same as re.search(r"<kind>(.*?)</kind>", DOTALL)."""
    opening = _find(text, f"<{kind}>", 0, caseless)
    if opening is None:
        return None
    closing = _find(text, f"</{kind}>", opening[1], caseless)
    return None if closing is None else text[opening[1]:closing[0]]


def _cut_after_first_action(text: str, caseless: bool) -> str:
    for closing in ("</search>", "</answer>"):
        span = _find(text, closing, 0, caseless)
        if span is not None:
            return text[:span[1]]
    return text


def search_projection(text: str | None, *, require_think: bool = False, faithful: bool = False,
                      max_query_chars: int | None = DEFAULT_MAX_QUERY_CHARS) -> Projection:
    text = text or ""
    caseless = faithful
    trimmed = _cut_after_first_action(text, caseless)
    search = _first_block(trimmed, "search", caseless)
    answer = _first_block(trimmed, "answer", caseless) if search is None else None
    if search is not None:
        query = search.strip()
        if max_query_chars and len(query) > max_query_chars:
            query = query[:max_query_chars].strip()
        if not query and not faithful:
            return Projection("", False, "empty_query")
        action = f"<search>{query}</search>"
    elif answer is not None:
        action = f"<answer>{answer.strip()}</answer>"
    else:
        return Projection("", False, "no_action_tag")

    n_search, n_answer = _count(text, "<search>", caseless), _count(text, "<answer>", caseless)
    if n_search and n_answer:
        return Projection(action, False, "both_tags")
    if n_search > 1 or n_answer > 1:
        return Projection(action, False, "repeated_tag")
    if require_think and ("<think>" not in text or "</think>" not in text):
        return Projection(action, False, "no_think")
    return Projection(action, True)


def search_query(action: str) -> str | None:
    """The query of a projected "<search>q</search>" action, else None."""
    if action.startswith("<search>") and action.endswith("</search>") and len(action) >= 17:
        return action[len("<search>"):-len("</search>")]
    return None


def is_answer(action: str, *, faithful: bool = False) -> bool:
    """Whether a projected action ends the episode.

    Faithful (the reference): it contains both "<answer>" and "</answer>" anywhere, so a search
    whose query wraps an answer (`<search>x <answer>y</answer></search>`, an invalid turn) ends the
    episode and its answer is scored. Ours: only an answer action does; such a search stays a
    (format-invalid) search, so a turn flagged invalid can never end the episode or win it.
    """
    if faithful:
        return "<answer>" in action and "</answer>" in action
    return action.startswith("<answer>") and action.endswith("</answer>")
