"""WebShopEnvironmentManager through the EnvironmentManager interface: splits, tasks, observation
reformatting, prompts, projection, rewards, metrics."""
from __future__ import annotations

import numpy as np
import pytest

from agent_system.environments.env_package.webshop import make_manager, split_goal_indices
from agent_system.environments.env_package.webshop.manager import format_observation

SHAMPOO_GOAL = 16
SHAMPOO = "b00y7ewqq1"
QUERY = "shampoo color safe dry hair"


def act(action: str) -> str:
    return f"<think>next step</think><action>{action}</action>"


@pytest.fixture
def env_cfg(webshop_cache_dir, site):  # `site` first: the manager reuses the cached site
    return {"max_steps": 15, "history_length": 2, "seed": 0, "webshop": {"cache_dir": str(webshop_cache_dir)}}


@pytest.fixture
def manager(env_cfg):
    return make_manager(env_cfg, "val")


def test_splits_are_fixed_and_disjoint(env_cfg, site):
    val, train = make_manager(env_cfg, "val"), make_manager(env_cfg, "train")
    assert val.site is train.site is site  # one shop per process
    assert [t["goal_idx"] for t in val.eval_tasks()] == list(range(500))
    assert train.goal_indices == list(range(500, len(site.goals)))
    sampled = train.sample_tasks(16, np.random.default_rng(0))
    assert len({t["goal_idx"] for t in sampled}) == 16 and all(t["goal_idx"] >= 500 for t in sampled)
    custom = make_manager({**env_cfg, "webshop": {**env_cfg["webshop"], "val_goal_indices": [3, 1, 2]}}, "val")
    assert [t["goal_idx"] for t in custom.eval_tasks()] == [3, 1, 2]


def test_split_errors_name_the_key():
    assert split_goal_indices(10, 4) == (list(range(4, 10)), [0, 1, 2, 3])
    with pytest.raises(ValueError, match="env.webshop.num_val_goals=500 .* 29 goals"):
        split_goal_indices(29, 500)
    with pytest.raises(ValueError, match="val_goal_indices"):
        split_goal_indices(5, val_goal_indices=[7])
    with pytest.raises(ValueError, match="split must be"):
        make_manager({}, "test")


def test_task_dict(manager, site):
    task = manager.eval_tasks()[SHAMPOO_GOAL]
    assert task == {"task_id": "webshop-goal-16", "task_type": "beauty", "data_source": "webshop", "goal_idx": 16,
                    "task_text": site.goals[SHAMPOO_GOAL].instruction_text}


def test_observation_reformatting():
    raw = "Instruction: [SEP] buy a hat [SEP] Back to Search [SEP] Page 1 (Total results: 2) [SEP] Next >"
    assert format_observation(raw, "buy a hat") == "'Back to Search' [SEP] 'Page 1 (Total results: 2)' [SEP] 'Next >'"
    assert format_observation("Thank you [SEP] 1.0", "buy a hat") == "Thank you [SEP] 1.0"


def test_reset_step_reward_and_metrics(manager):
    tasks = [manager.eval_tasks()[SHAMPOO_GOAL]] * 2
    obs, infos = manager.reset(tasks)
    assert obs == ["'Search'", "'Search'"]
    assert infos[0]["available_actions"] == ["search[<your query>]", "click[search]"]
    assert manager.task_meta(0) == {"task_type": "beauty", "data_source": "webshop", "task": tasks[0]["task_text"],
                                    "gamefile": None}
    both = np.array([True, True])
    plans = [[f"search[{QUERY}]", f"click[{SHAMPOO}]", "click[32 fl oz]", "click[buy now]"],
             [f"search[{QUERY}]", f"click[{SHAMPOO}]", "click[description]", "click[< prev]", "click[buy now]"]]
    for step in range(3):
        obs, rewards, dones, infos = manager.step([act(plans[0][step]), act(plans[1][step])], both)
        assert not dones.any() and not rewards.any()
    obs, rewards, dones, infos = manager.step([act(plans[0][3]), act(plans[1][3])], both)
    assert rewards.tolist() == [10.0, 0.0] and dones.tolist() == [True, False]
    assert infos[0]["won"] and infos[0]["task_score"] == 1.0 and infos[0]["purchased_asin"] == SHAMPOO.upper()
    assert obs[0] == "Thank you for shopping with us! [SEP] Your score (min 0.0, max 1.0) [SEP] 1.0"
    final_0 = (obs[0], infos[0])
    # Env 0 is done: it is not stepped again even if marked active.
    obs, rewards, dones, infos = manager.step(["garbage", act(plans[1][4])], both)
    assert (obs[0], infos[0]) == final_0 and rewards.tolist() == [0.0, 0.0] and dones.tolist() == [True, True]
    assert not infos[1]["won"] and infos[1]["task_score"] == 0.75
    metrics = manager.success(infos)
    assert metrics == {"success_rate": 0.5, "beauty_success_rate": 0.5, "webshop_task_score": 0.875}


def test_projection_validity_and_execution(env_cfg):
    manager = make_manager({**env_cfg, "check_admissible": True}, "val")
    manager.reset(manager.eval_tasks()[:5])
    texts = [
        "I will search now search[shampoo]",                       # no tags: tail executed, invalid
        f"<action>search[{QUERY}]</action>",                         # no <think>: invalid, still executed
        "<think>找</think><action>search[shampoo]</action>",         # CJK: invalid
        act("click[buy now]"),                                       # format-valid, not on this page
        act("search[hats]"),
    ]
    obs, rewards, dones, infos = manager.step(texts, np.ones(5, dtype=bool))
    assert [i["is_action_valid"] for i in infos] == [False, False, False, False, True]
    assert [i["projection"] for i in infos] == ["no_action_tag", "no_think", "cjk", "not_admissible", ""]
    # faithful (the default): the reference's unstripped 20-character tail
    assert infos[0]["action"] == "i will search now search[shampoo]"[-20:] and obs[0] == "'Search'"
    assert obs[1].startswith("'Back to Search' [SEP] 'Page 1 (Total results: 50)'")  # executed anyway
    assert obs[3] == "'Search'"


@pytest.mark.parametrize("faithful", [True, False])
def test_projection_rule_follows_the_faithful_switch(env_cfg, faithful):
    manager = make_manager({**env_cfg, "webshop": {**env_cfg["webshop"], "faithful": faithful}}, "val")
    assert manager.faithful is faithful and manager.site.settings.faithful is faithful
    manager.reset(manager.eval_tasks()[:3])
    texts = ["<think>x</think><action></action>",                   # empty: valid for the reference only
             "<THINK>x</THINK><action>search[hats]</action>",       # upper-case think: invalid for the reference only
             "I will search now search[shampoo]"]
    obs, rewards, dones, infos = manager.step(texts, np.ones(3, dtype=bool))
    if faithful:
        assert [i["is_action_valid"] for i in infos] == [True, False, False]
        assert [i["projection"] for i in infos] == ["", "no_think", "no_action_tag"]
        assert infos[2]["action"] == " now search[shampoo]"
    else:
        assert [i["is_action_valid"] for i in infos] == [False, True, False]
        assert [i["projection"] for i in infos] == ["empty", "", "no_action_tag"]
        assert infos[2]["action"] == "now search[shampoo]"
    assert obs[1].startswith("'Back to Search'")  # executed in both modes


def test_faithful_must_be_a_bool(env_cfg):
    with pytest.raises(ValueError, match="env.webshop.faithful must be true or false, got 'no'"):
        make_manager({**env_cfg, "webshop": {**env_cfg["webshop"], "faithful": "no"}}, "val")


def test_inactive_envs_are_untouched(manager):
    manager.reset(manager.eval_tasks()[:2])
    obs, rewards, dones, infos = manager.step([act("search[hat]"), None], np.array([True, False]))
    assert obs[1] == "'Search'" and dones.tolist() == [False, True] and "is_action_valid" not in infos[1]
    assert manager.memory.num_steps(1) == 0


def test_max_steps_truncates(env_cfg):
    manager = make_manager({**env_cfg, "max_steps": 2}, "val")
    manager.reset(manager.eval_tasks()[:1])
    _, _, dones, infos = manager.step([act("search[hat]")], np.array([True]))
    assert not dones[0] and not infos[0]["truncated"]
    _, rewards, dones, infos = manager.step([act("click[next >]")], np.array([True]))
    assert dones[0] and infos[0]["truncated"] and not infos[0]["won"] and rewards[0] == 0.0


def test_prompts_history_and_length_fallback(env_cfg, site):
    manager = make_manager(env_cfg, "val")
    manager.reset([manager.eval_tasks()[SHAMPOO_GOAL]])
    first = manager.build_prompt(0)
    assert len(first) == 1 and first[0]["role"] == "user"
    text = first[0]["content"]
    assert f"Customer request: {site.goals[SHAMPOO_GOAL].instruction_text}\n" in text
    assert "Current page: 'Search'\n" in text and "[\n'search[<your query>]',\n'click[search]',\n]" in text
    assert "So far you have taken" not in text
    manager.step([act(f"search[{QUERY}]")], np.array([True]))
    manager.step([act(f"click[{SHAMPOO}]")], np.array([True]))
    manager.step([act("click[features]")], np.array([True]))
    text = manager.build_prompt(0)[0]["content"]
    assert "So far you have taken 3 step(s). Your last 2 page(s)" in text
    assert "[Observation 1:" not in text and f"Action 2: 'click[{SHAMPOO}]']" in text
    assert "This is step 4. Current page: 'Back to Search' [SEP] '< Prev' [SEP] 'What you get" in text
    assert "'click[< prev]'," in text
    short = make_manager({**env_cfg, "webshop": {**env_cfg["webshop"], "max_prompt_chars": 500}}, "val")
    short.reset([short.eval_tasks()[SHAMPOO_GOAL]])
    short.step([act(f"search[{QUERY}]")], np.array([True]))
    fallback = short.build_prompt(0)[0]["content"]
    assert "So far you have taken" not in fallback and "'Page 1 (Total results: 50)'" in fallback
