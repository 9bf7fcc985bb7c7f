"""Where skill text goes in a prompt (METHOD.md §1.9, §2.3, §8.2).

- "system": a system turn holding SKILL_HEADER + skills, before the conversation (merged in front of an
  existing system message). The model sees the skills as instructions, inside the chat template.
- "prefix" for the STUDENT (Skill-GRPO, reference layout): SKILL_HEADER + skills + "\n\n" prepended to
  the first user message's content.
- "prefix" for the TEACHER (reference layout) is text-level, in front of the whole rendered chat
  template, and lives in verl/trainer/ppo/teacher.py, which works on token ids.
"""
from __future__ import annotations

from typing import Sequence

SKILL_HEADER = "[Privileged Skill Information]\n"
PLACEMENTS = ("system", "prefix")

Message = dict[str, str]


def check_placement(placement: str, key: str = "skill_placement") -> str:
    if placement not in PLACEMENTS:
        raise ValueError(f"{key} must be one of {PLACEMENTS}, got {placement!r}")
    return placement


def skill_block(skills: str) -> str:
    """The privileged block as the reference writes it: header, skills, blank line."""
    return SKILL_HEADER + skills + "\n\n"


def with_skills_in_system(messages: Sequence[Message], skills: str) -> list[Message]:
    """A copy of `messages` whose system turn starts with the skill block (added if there is none)."""
    messages = [dict(m) for m in messages]
    if messages and messages[0].get("role") == "system":
        messages[0]["content"] = skill_block(skills) + messages[0]["content"]
        return messages
    return [{"role": "system", "content": SKILL_HEADER + skills}] + messages


def with_skills_in_user(messages: Sequence[Message], skills: str) -> list[Message]:
    """A copy of `messages` whose first user turn starts with the skill block (Skill-GRPO reference layout)."""
    messages = [dict(m) for m in messages]
    for message in messages:
        if message.get("role") == "user":
            message["content"] = skill_block(skills) + message["content"]
            return messages
    return messages + [{"role": "user", "content": skill_block(skills).rstrip("\n")}]


def place_student_skills(messages: Sequence[Message], skills: str, placement: str) -> list[Message]:
    """Skill-GRPO: put `skills` into the student's prompt messages."""
    if not skills:
        return [dict(m) for m in messages]
    if check_placement(placement) == "system":
        return with_skills_in_system(messages, skills)
    return with_skills_in_user(messages, skills)
