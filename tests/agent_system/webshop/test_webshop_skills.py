"""skills/webshop: files, format, and WHOLE-WORD keyword routing of the instruction to a category."""
from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest

from agent_system.environments.env_package.webshop.catalogue import SHIPPED_DATA_DIR

REPO = SHIPPED_DATA_DIR.parents[4]
SKILLS_DIR = REPO / "skills" / "webshop"
CATEGORIES = ["apparel", "footwear", "home_decor", "electronics", "accessories", "beauty_health", "other"]


@pytest.fixture(scope="module")
def provider():
    from agent_system.skills.provider import SkillProvider

    return SkillProvider(SKILLS_DIR)


def categories_for(provider, text: str, task_type: str = "fashion") -> list[str]:
    names = provider.skill_names_for({"task_type": task_type, "data_source": "webshop", "task": text})
    assert names[0] == "general"
    return names[1:]


def test_skill_files_and_format():
    mapping = json.loads((SKILLS_DIR / "skill_mapping.json").read_text())
    assert list(mapping["skill_files"]) == ["general"] + CATEGORIES
    assert sorted(mapping["task_keywords"]) == sorted(CATEGORIES)
    general = (SKILLS_DIR / "general_skills.md").read_text()
    assert general.startswith("### GENERAL SKILLS ###\n") and len(general) > 2500
    for name in CATEGORIES:
        text = (SKILLS_DIR / f"{name}.md").read_text()
        assert text.startswith(f"### TASK: {name} ###\n"), name
        items = re.findall(r"^\d+\. [A-Z][^:]+: .+ Apply this when .+\.$", text, flags=re.M)
        assert len(items) >= 5, name


@pytest.mark.parametrize("text, expected", [
    ("what is that thing? whatever you chat about", []),         # "hat" inside what/that/whatever, "cat" in "chat"
    ("a high capacity, non slip, bootcut item for category teeth", []),  # cap, lip, boot, cat, tee inside words
    ("i want a wide brim sun hat", ["accessories"]),
    ("two hats please", ["accessories"]),                        # plural of a keyword
    ("a phone case for my iphone", ["electronics"]),
    ("running shoes for men", ["footwear"]),
    ("flip flops in blue", ["footwear"]),                        # multi-word keyword + plural
    ("a shampoo with tea tree oil", ["beauty_health"]),          # "tea" alone is not a food keyword
    ("organic herbal tea", ["other"]),
    ("a linen shirt and a straw hat", ["apparel", "accessories"]),  # several categories may apply
    ("something nice for my desk", []),                           # nothing matches: general skills only
])
def test_whole_word_keyword_routing(provider, text, expected):
    assert categories_for(provider, text) == expected


def _generator():
    spec = importlib.util.spec_from_file_location("make_webshop_catalogue", REPO / "scripts/make_webshop_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_every_shipped_goal_routes_to_its_category(provider, site, webshop_cache_dir):
    from agent_system.environments.env_package.webshop import make_manager

    skill_by_query = {ptype.query: ptype.skill for ptype in _generator().PRODUCT_TYPES}
    manager = make_manager({"webshop": {"cache_dir": str(webshop_cache_dir)}}, "train")
    tasks = manager.eval_tasks() + make_manager({"webshop": {"cache_dir": str(webshop_cache_dir)}}, "val").eval_tasks()
    manager.reset(tasks)
    wrong = []
    for i, task in enumerate(tasks):
        expected = skill_by_query[site.goals[task["goal_idx"]].query]
        got = provider.skill_names_for(manager.task_meta(i))[1:]
        if got != [expected]:
            wrong.append((task["task_text"], expected, got))
    assert not wrong, wrong[:5]
    assert len(tasks) == len(site.goals)
