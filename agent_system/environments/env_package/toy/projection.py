"""Model text -> toy action: the shared tag rule (tail 30 characters, like ALFWorld) plus a lenient mode.

Lenient mode (env.toy.lenient_projection) exists so a randomly initialised model can act at all: when
the <action> tags are missing, the first admissible action mentioned in the text (as whole words, the
earliest occurrence; the longest on a tie) is executed. The turn still counts as format-invalid
(is_action_valid False, reason "lenient"), so the invalid-action penalty keeps pushing towards tags.
"""
from __future__ import annotations

import re
from typing import Sequence

from agent_system.environments.projection import Projection, project_tagged_action

TAIL_CHARS = 30


def first_admissible_mentioned(text: str | None, admissible: Sequence[str]) -> str | None:
    """The admissible action that occurs first in `text` (case-insensitive, whole words), or None."""
    text = (text or "").lower()
    best: tuple[int, int, str] | None = None
    for action in admissible:
        action = action.lower().strip()
        if not action:
            continue
        match = re.search(rf"(?<!\w){re.escape(action)}(?!\w)", text)
        if match and (best is None or (match.start(), -len(action)) < (best[0], best[1])):
            best = (match.start(), -len(action), action)
    return best[2] if best else None


def toy_projection(text: str | None, admissible: Sequence[str], *, require_think: bool = True,
                   check_admissible: bool = False, lenient: bool = False) -> Projection:
    projection = project_tagged_action(text, tail_chars=TAIL_CHARS, require_think=require_think,
                                       admissible=admissible if check_admissible else None)
    if lenient and projection.reason == "no_action_tag":
        mentioned = first_admissible_mentioned(text, admissible)
        if mentioned is not None:
            return Projection(mentioned, False, "lenient")
    return projection
