"""Golden transcripts: whole scripted episodes on the shipped catalogue, compared with the reviewed
text files in ./golden (regenerate with SDAR_UPDATE_GOLDEN=1 and review the diff by eye)."""
from __future__ import annotations

import numpy as np

from agent_system.environments.env_package.webshop import WebShopTextEnv, make_manager

SHAMPOO_GOAL = 16
QUERY = "shampoo color safe dry hair"


def play(env: WebShopTextEnv, goal_idx: int, actions: list[str]) -> str:
    obs, _ = env.reset(goal_idx)
    lines = [f"=== goal {goal_idx}: {env.goal.instruction_text}",
             f"target {env.goal.asin} options {env.goal.goal_options} attributes {env.goal.attributes} "
             f"price_upper {env.goal.price_upper}",
             "--- reset", f"OBS: {obs}", f"CLICKABLES: {env.available_actions()}"]
    for number, action in enumerate(actions, 1):
        obs, reward, done, info = env.step(action)
        lines += [f"--- step {number}: {action}", f"REWARD: {reward}  DONE: {done}  EXECUTED: {info['executed']}",
                  f"OBS: {obs}"]
        if done:
            lines += [f"BREAKDOWN: {info['reward_breakdown']}", f"AFTER AUTO-RESET: {env.observation}"]
        else:
            lines.append(f"CLICKABLES: {env.available_actions()}")
    return "\n".join(lines) + "\n"


def test_perfect_purchase_with_paging_and_sub_page(site, golden):
    actions = [f"search[{QUERY}]", "click[next >]", "click[< prev]", "click[b00y7ewqq1]", "click[32 fl oz]",
               "click[features]", "click[< prev]", "click[buy now]"]
    golden("env_perfect_purchase.txt", play(WebShopTextEnv(site, seed=0), SHAMPOO_GOAL, actions))


def test_neighbour_purchase_scores_one_eighth(site, golden):
    actions = [f"search[{QUERY}]", "click[b01ub50jsu]", "click[description]", "click[< prev]", "click[buy now]"]
    golden("env_neighbour_purchase.txt", play(WebShopTextEnv(site, seed=0), SHAMPOO_GOAL, actions))


def test_human_goal_purchase(webshop_cache_dir, golden, site):
    from agent_system.environments.env_package.webshop import WebShopSettings, WebShopSite

    human_site = WebShopSite(WebShopSettings(cache_dir=str(webshop_cache_dir), human_goals=True), nouns=site.nouns)
    goal = human_site.goals[0]
    assert goal.instruction_text.startswith("hi, i'd like sport sunglasses in black") and goal.goal_options == ["black"]
    actions = ["search[sport sunglasses metal frame]", f"click[{goal.asin.lower()}]", "click[black]",
               "click[buy now]"]
    golden("env_human_goal.txt", play(WebShopTextEnv(human_site, seed=0), 0, actions))


def test_manager_episode_with_malformed_turns(webshop_cache_dir, site, golden):
    manager = make_manager({"webshop": {"cache_dir": str(webshop_cache_dir)}}, "val")
    texts = [
        "I should look for a shampoo",                                               # no tags
        f"<action>search[{QUERY}]</action>",                                          # no <think>: still executed
        "<think>the toothpaste looks cheap</think><action>click[b01ub50jsu]</action>",  # wrong product
        "<think>wrong kind, go back</think><action>click[< prev]</action>",
        "<think>this one matches</think><action>click[b00y7ewqq1]</action>",
        "<think>pick the size</think><action>click[32 fl oz]</action>",
        "<think>done</think><action>click[buy now]</action>",
    ]
    manager.reset([manager.eval_tasks()[SHAMPOO_GOAL]])
    lines = [f"=== task {manager.tasks[0]}"]
    for number, text in enumerate(texts, 1):
        lines += [f"--- turn {number} prompt", manager.build_prompt(0)[0]["content"], f"--- turn {number} model",
                  text]
        obs, rewards, dones, infos = manager.step([text], np.array([True]))
        info = infos[0]
        lines.append(f"--- turn {number} result: action={info['action']!r} valid={info['is_action_valid']} "
                     f"({info['projection'] or 'ok'}) reward={rewards[0]} done={dones[0]} won={info['won']} "
                     f"task_score={info['task_score']}")
        lines.append(f"OBS: {obs[0]}")
        if dones[0]:
            break
    lines.append(f"METRICS: {manager.success(infos)}")
    golden("manager_episode.txt", "\n".join(lines) + "\n")
