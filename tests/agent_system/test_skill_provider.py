"""SkillProvider: which skills a task gets, the reference's false positives, and clear config errors."""
from __future__ import annotations

import json

import pytest

from agent_system.skills import SkillConfigError, SkillProvider, resolve_skills_dir
from agent_system.skills.placement import SKILL_HEADER, place_student_skills


def write_skills(root, mapping, files):
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text)
    (root / "skill_mapping.json").write_text(json.dumps(mapping))
    return root


@pytest.fixture
def webshop_like(tmp_path):
    files = {"general.md": "  GENERAL  \n", "apparel.md": "APPAREL", "accessories.md": "ACCESSORIES",
             "electronics.md": "ELECTRONICS", "other.md": "OTHER"}
    mapping = {
        "skill_files": {"general": "general.md", "apparel": "apparel.md", "accessories": "accessories.md",
                        "electronics": "electronics.md", "other": "other.md"},
        "task_to_skill": {"apparel": "apparel", "accessories": "accessories", "electronics": "electronics"},
        "task_keywords": {"apparel": ["shirt", "dress", "long sleeve"], "accessories": ["hat", "bag", "watch"],
                          "electronics": ["usb", "phone charger"], "other": []},
    }
    return SkillProvider(write_skills(tmp_path / "webshop", mapping, files))


def meta(task="", task_type=None, data_source=None, gamefile=None):
    return {"task": task, "task_type": task_type, "data_source": data_source, "gamefile": gamefile}


def test_keywords_match_whole_words_of_the_task_only(webshop_like):
    # the reference substring-matched the whole prompt: "hat" fired on "what" / "that", "bag" on "cabbage"
    assert webshop_like.skills_for(meta("what is that? i want cabbage soup")) == "GENERAL"
    assert webshop_like.skills_for(meta("i need a red hat")) == "GENERAL\n\nACCESSORIES"
    assert webshop_like.skills_for(meta("Two HATS and a Shirt, please")) == "GENERAL\n\nAPPAREL\n\nACCESSORIES"
    assert webshop_like.skills_for(meta("a long  sleeve top")) == "GENERAL\n\nAPPAREL"  # multi-word keyword
    assert webshop_like.skills_for(meta("a sleeve that is long")) == "GENERAL"
    assert webshop_like.skills_for(meta("usb-c phone chargers")) == "GENERAL\n\nELECTRONICS"
    assert webshop_like.skills_for(meta("shirtless watchmaker")) == "GENERAL"  # no prefix matches


def test_task_type_wins_over_keywords_and_texts_are_stripped(webshop_like):
    assert webshop_like.skills_for(meta("a red hat", task_type="electronics")) == "GENERAL\n\nELECTRONICS"
    assert webshop_like.skill_names_for(meta("a red hat", data_source="apparel")) == ["general", "apparel"]


def test_skill_all_gives_general_then_every_skill(webshop_like):
    provider = SkillProvider(webshop_like.skills_dir, skill_all=True)
    assert provider.skill_names_for(meta("anything")) == ["general", "apparel", "accessories", "electronics", "other"]


def test_alfworld_gamefile_picks_the_first_matching_key_in_file_order():
    provider = SkillProvider(resolve_skills_dir(None, "alfworld/AlfredTWEnv"))
    base = "json_2.1.1/train/{}-Mug-None-Fridge-5/trial_T2019/game.tw-pddl"
    assert provider.skill_names_for(meta(gamefile=base.format("pick_cool_then_place_in_recep"))) == ["general", "cool"]
    assert provider.skill_names_for(meta(gamefile=base.format("pick_two_obj_and_place"))) == ["general", "pick_and_place"]
    assert provider.skill_names_for(meta(gamefile=base.format("look_at_obj_in_light"))) == \
        ["general", "look_at_obj_in_light"]
    # without a game file, the task type decides; then task keywords on the task text
    assert provider.skill_names_for(meta(task_type="pick_heat_then_place_in_recep")) == ["general", "heat"]
    assert provider.skill_names_for(meta("heat some egg and put it in garbagecan")) == \
        ["general", "heat", "pick_and_place"]
    assert provider.skills_for(meta()).startswith(provider.skills["general"])


def test_question_patterns_add_skills_and_data_sources_map(tmp_path):
    files = {"g.md": "G", "direct.md": "DIRECT", "multi.md": "MULTI", "compare.md": "COMPARE"}
    mapping = {"skill_files": {"general_skills": "g.md", "direct_retrieval": "direct.md",
                               "multi_hop_reasoning": "multi.md", "compare": "compare.md"},
               "task_to_skill": {"nq": "direct_retrieval", "hotpotqa": "multi_hop_reasoning"},
               "question_patterns": {"compare": [r"\bwhich\b.*\bor\b"]}}
    provider = SkillProvider(write_skills(tmp_path / "search", mapping, files))
    assert provider.skill_names_for(meta("who wrote it?", data_source="nq")) == ["general_skills", "direct_retrieval"]
    assert provider.skill_names_for(meta("Which is older, A or B?", data_source="hotpotqa")) == \
        ["general_skills", "multi_hop_reasoning", "compare"]
    assert provider.skill_names_for(meta("information for whom?", data_source="popqa")) == ["general_skills"]


def test_toy_skills_name_the_right_object_and_no_distractor():
    from agent_system.environments.env_package.toy import CATEGORIES, generate_tasks

    provider = SkillProvider(resolve_skills_dir("skills/toy"))
    for task in generate_tasks(30, seed=3, num_objects=4, split="val"):
        text = provider.skills_for({"task": task["task_text"], "task_type": task["task_type"],
                                    "data_source": "toy", "gamefile": None})
        assert task["target"] in text
        assert not [o for o in task["objects"] if o != task["target"] and o in text]
    assert set(CATEGORIES) <= set(provider.skills)


@pytest.mark.parametrize("problem, setup", [
    ("does not exist", lambda d: None),
    ("has no skill_mapping.json", lambda d: d.mkdir()),
    ("not valid JSON", lambda d: (d.mkdir(), (d / "skill_mapping.json").write_text("{oops"))),
    ("non-empty 'skill_files'", lambda d: write_skills(d, {"task_to_skill": {}}, {})),
    ("which does not exist", lambda d: write_skills(d, {"skill_files": {"g": "missing.md"}}, {})),
    ("unknown skill", lambda d: write_skills(d, {"skill_files": {"g": "g.md"}, "task_to_skill": {"x": "nope"}},
                                              {"g.md": "G"})),
    ("bad regular expression", lambda d: write_skills(d, {"skill_files": {"g": "g.md"},
                                                          "question_patterns": {"g": ["(unclosed"]}}, {"g.md": "G"})),
    ("list of strings", lambda d: write_skills(d, {"skill_files": {"g": "g.md"}, "task_keywords": {"g": 3}},
                                               {"g.md": "G"})),
])
def test_bad_skill_folders_fail_naming_path_and_problem(tmp_path, problem, setup):
    folder = tmp_path / "skills_x"
    setup(folder)
    with pytest.raises(SkillConfigError) as err:
        SkillProvider(folder)
    assert str(folder) in str(err.value) and problem in str(err.value)


def test_student_skill_placement():
    messages = [{"role": "user", "content": "obs"}]
    system = place_student_skills(messages, "S", "system")
    assert system == [{"role": "system", "content": SKILL_HEADER + "S"}, {"role": "user", "content": "obs"}]
    prefix = place_student_skills(messages, "S", "prefix")
    assert prefix == [{"role": "user", "content": SKILL_HEADER + "S\n\nobs"}]
    merged = place_student_skills([{"role": "system", "content": "sys"}] + messages, "S", "system")
    assert merged[0]["content"] == SKILL_HEADER + "S\n\nsys" and len(merged) == 2
    assert messages == [{"role": "user", "content": "obs"}]  # inputs are not modified
    with pytest.raises(ValueError, match="skill_placement"):
        place_student_skills(messages, "S", "middle")
