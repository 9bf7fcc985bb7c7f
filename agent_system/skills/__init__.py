"""Skill library access: which skills a task gets, and where they go in a prompt."""
from agent_system.skills.placement import (SKILL_HEADER, place_student_skills, skill_block, with_skills_in_system,
                                           with_skills_in_user)
from agent_system.skills.provider import SkillConfigError, SkillProvider, resolve_skills_dir

__all__ = ["SKILL_HEADER", "SkillConfigError", "SkillProvider", "place_student_skills", "resolve_skills_dir",
           "skill_block", "with_skills_in_system", "with_skills_in_user"]
