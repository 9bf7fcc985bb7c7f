"""Model text -> ALFWorld command (METHOD.md §4.5), on the shared tag rule.

The reference rule: lower-case the text, take what lies between the first <action> and the first
</action>; without the tags the "action" is the text's last 30 characters and the turn is invalid;
a turn without <think>...</think> (env.require_think) or with CJK characters is invalid too; the
action is not checked against the admissible list (env.check_admissible switches that check on).

Two modes (env.alfworld.faithful):
- faithful (default): `project_tagged_action_reference`, the reference exactly: an empty
  `<action></action>` is valid, `<THINK>` is not (the think tags are matched case-sensitively);
- ours: `project_tagged_action`: an empty action is invalid, the think tags are matched after
  lower-casing, any CJK block counts.
Both are linear in the text length.

What reaches the engine (`command`):
- the extracted action for every turn that has an <action> block, valid or not: the reference
  executes format-invalid actions too and lets the invalid-action penalty do the teaching, and the
  engine itself answers "Nothing happens." to anything that is not a command;
- for a turn without an <action> block: faithful, its 30-character tail, as the reference sends it
  (a bare "look" with no tags does look); ours, None (the env's no-op), so a stray tail of free
  text can never happen to be a command and move the game;
- None for an empty action in both modes (the engine answers "" with "Nothing happens." too).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from agent_system.environments.projection import Projection, project_tagged_action, project_tagged_action_reference

TAIL_CHARS = 30


@dataclass(frozen=True)
class AlfworldAction:
    projection: Projection
    command: str | None  # what the env receives; None = no-op

    @property
    def valid(self) -> bool:
        return self.projection.valid


def alfworld_projection(text: str | None, admissible: Sequence[str] | None = None, *,
                        require_think: bool = True, check_admissible: bool = False,
                        faithful: bool = True) -> AlfworldAction:
    project = project_tagged_action_reference if faithful else project_tagged_action
    projection = project(text, tail_chars=TAIL_CHARS, require_think=require_think,
                         admissible=admissible if check_admissible else None)
    executable = projection.action != "" and (faithful or projection.reason != "no_action_tag")
    return AlfworldAction(projection, projection.action if executable else None)
