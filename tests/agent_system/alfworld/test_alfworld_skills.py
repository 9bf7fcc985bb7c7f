"""skills/alfworld: the file format, the task -> skill mapping on real game paths, and that every
command a task skill names is a real command of the generated games' walkthroughs."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest
from alfworld_testlib import walkthrough_of

from agent_system.skills.provider import REPO_ROOT, SkillProvider

SKILLS = REPO_ROOT / "skills" / "alfworld"
EXPECTED_SKILL = {
    "pick_and_place_simple": "pick_and_place", "pick_two_obj_and_place": "pick_and_place",
    "look_at_obj_in_light": "look_at_obj_in_light", "pick_clean_then_place_in_recep": "clean",
    "pick_heat_then_place_in_recep": "heat", "pick_cool_then_place_in_recep": "cool",
}
ITEM = re.compile(r"^(\d+)\. [A-Z][^:]{2,60}: .+\. Apply this when .+\.$")


def mapping():
    return json.loads((SKILLS / "skill_mapping.json").read_text())


def first_matching_skill(gamefile: str) -> str | None:
    return next((skill for key, skill in mapping()["task_to_skill"].items() if key in gamefile), None)


@pytest.mark.parametrize("name", ["general", "pick_and_place", "look_at_obj_in_light", "clean", "heat", "cool"])
def test_skill_files_have_the_header_and_numbered_items(name):
    lines = (SKILLS / mapping()["skill_files"][name]).read_text().strip().splitlines()
    assert lines[0] == ("### GENERAL SKILLS ###" if name == "general" else f"### TASK: {name} ###")
    numbers = []
    for line in lines[1:]:
        match = ITEM.match(line)
        assert match, f"{name}: item not in 'N. Name: rule. Apply this when ...' form: {line[:80]}"
        numbers.append(int(match.group(1)))
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= (12 if name == "general" else 4)


def test_every_game_path_maps_to_its_task_skill(shipped_tasks):
    provider = SkillProvider(SKILLS)
    for tasks in shipped_tasks.values():
        for task in tasks:
            expected = EXPECTED_SKILL[task["task_type"]]
            assert first_matching_skill(task["gamefile"]) == expected, task["gamefile"]
            assert provider.skill_names_for({"gamefile": task["gamefile"], "task": task["task_text"]}) == \
                ["general", expected]


def test_commands_named_by_task_skills_occur_in_walkthroughs(shipped_tasks):
    commands_by_skill = defaultdict(set)
    for task in shipped_tasks["train"]:
        commands_by_skill[EXPECTED_SKILL[task["task_type"]]].update(walkthrough_of(task))
    for skill, commands in commands_by_skill.items():
        text = (SKILLS / mapping()["skill_files"][skill]).read_text()
        named = re.findall(r"`([^`]+)`", text)
        assert named, f"{skill} names no command"
        for template in named:
            # "<object>" / "<receptacle>" stand for a game entity such as "apple 1"
            pattern = re.compile("^" + re.sub(r"<[a-z]+>", r"[a-z]+ \\d+", re.escape(template)) + "$")
            assert any(pattern.match(c) for c in commands), f"{skill}: `{template}` matches no walkthrough command"
