"""WebShopTextEnv: pages, clickables, pagination edges, the action grammar, malformed actions, auto-reset."""
from __future__ import annotations

import pytest

from agent_system.environments.env_package.webshop.env import WebShopTextEnv, parse_action

SHAMPOO_GOAL = 16
SHAMPOO = "B00Y7EWQQ1"
QUERY = "shampoo color safe dry hair"  # 50 hits: pages 1-5 full, page 6 empty


@pytest.fixture
def env(site):
    env = WebShopTextEnv(site, seed=0)
    env.reset(SHAMPOO_GOAL)
    return env


def instruction(env):
    return env.goal.instruction_text


@pytest.mark.parametrize("action, expected", [
    ("search[Red Dress]", ("search", "red dress")),
    ("click[Buy Now]", ("click", "buy now")),
    ("click[< Prev]", ("click", "< prev")),
    ("search[red [big] shoes]", ("search[red ", "big] shoes")),  # the regex is greedy; not a search
    ("search [shoes]", ("search ", "shoes")),
    ("buy now", ("buy now", None)),
    ("click[]", ("click[]", None)),
    ("", ("", None)),
])
def test_parse_action(action, expected):
    assert parse_action(action) == expected


def test_search_page(env):
    assert env.observation == f"WebShop [SEP] Instruction: [SEP] {instruction(env)} [SEP] Search"
    assert env.available_actions() == {"has_search_bar": True, "clickables": ["search"]}


@pytest.mark.parametrize("action", [
    "click[search]",            # listed on the search page but ignored
    "click[buy now]",           # not a clickable of this page
    "Search[shampoo]",          # the action name is case-sensitive
    "search [shampoo]",
    "search[]",
    "buy the shampoo",
    "click[b00y7ewqq1]",        # an asin that is not on this page
    "\n\n",
    "search[shampoo\n]",        # '.' does not cross a newline
])
def test_malformed_or_unavailable_actions_are_no_ops(env, action):
    before = env.observation
    obs, reward, done, info = env.step(action)
    assert (obs, reward, done, info["executed"], info["page"]) == (before, 0.0, False, False, "search")


def test_results_page_and_pagination_edges(env, site):
    hits = site.search_engine.search(QUERY)
    assert len(hits) == 50
    obs, reward, done, info = env.step(f"search[{QUERY.upper()}]")  # the argument is lower-cased
    first_page = " [SEP] ".join(f"{p.asin} [SEP] {p.title} [SEP] {p.price_text}" for p in hits[:10])
    assert obs == (f"Instruction: [SEP] {instruction(env)} [SEP] Back to Search [SEP] Page 1 (Total results: 50) "
                   f"[SEP] Next > [SEP] {first_page}")
    assert env.available_actions() == {"has_search_bar": False,
                                       "clickables": ["back to search", "next >"] + [p.asin.lower() for p in hits[:10]]}
    env.step("click[< prev]")  # no "< Prev" on page 1: a no-op
    assert "Page 1 (Total results: 50)" in env.observation
    env.step("click[next >]")
    assert "[SEP] Page 2 (Total results: 50) [SEP] < Prev [SEP] Next > [SEP] " + hits[10].asin in env.observation
    assert env.available_actions()["clickables"][:3] == ["back to search", "< prev", "next >"]
    for _ in range(4):
        env.step("click[next >]")
    # Past the last result: an empty page that still offers "Next >"
    assert env.observation.endswith("[SEP] Page 6 (Total results: 50) [SEP] < Prev [SEP] Next >")
    assert env.available_actions()["clickables"] == ["back to search", "< prev", "next >"]
    env.step("click[< prev]")
    assert f"Page 5 (Total results: 50) [SEP] < Prev [SEP] Next > [SEP] {hits[40].asin}" in env.observation
    env.step("click[back to search]")
    assert env.observation.startswith("WebShop [SEP] Instruction:")


def test_few_results_and_no_results(env, site):
    hits = site.search_engine.search("chelsea")
    assert 0 < len(hits) < 10
    env.step("search[chelsea]")
    assert f"Page 1 (Total results: {len(hits)}) [SEP] Next > [SEP] {hits[0].asin}" in env.observation
    env.step("search[qqqq]")
    assert env.observation.endswith("Back to Search [SEP] Page 1 (Total results: 0) [SEP] Next >")


def test_item_page_options_sub_pages_and_back_navigation(env, site):
    product = site.catalogue.by_asin[SHAMPOO]
    env.step(f"search[{QUERY}]")
    env.step("click[next >]")
    env.step(f"search[{QUERY}]")  # back to page 1 via a new search
    env.step(f"click[{SHAMPOO.lower()}]")
    assert env.observation == (
        f"Instruction: [SEP] {instruction(env)} [SEP] Back to Search [SEP] < Prev [SEP] size [SEP] 8 fl oz [SEP] "
        f"16 fl oz [SEP] 32 fl oz [SEP] {product.title} [SEP] Price: $15.99 [SEP] Rating: N.A. [SEP] Description "
        f"[SEP] Features [SEP] Reviews [SEP] Buy Now")
    assert env.available_actions()["clickables"] == [
        "back to search", "< prev", "description", "features", "reviews", "buy now", "8 fl oz", "16 fl oz", "32 fl oz"]
    item_text = env.observation
    env.step("click[32 fl oz]")
    assert env.state.options == {"size": "32 fl oz"} and env.observation == item_text  # "text" mode shows no mark
    env.step("click[features]")
    assert env.observation == (f"Instruction: [SEP] {instruction(env)} [SEP] Back to Search [SEP] < Prev [SEP] "
                               + " [SEP] ".join(product.bullet_points))
    assert env.available_actions()["clickables"] == ["back to search", "< prev"]
    env.step("click[< prev]")
    assert env.observation == item_text and env.state.options == {"size": "32 fl oz"}  # options survive a sub-page
    env.step("click[description]")
    assert env.observation.endswith(f"< Prev [SEP] {product.description}")
    env.step("click[< prev]")
    env.step("click[reviews]")
    assert env.observation.endswith("Back to Search [SEP] < Prev")  # no reviews in this catalogue
    env.step("click[< prev]")
    env.step("click[< prev]")  # item -> the results page it came from
    assert "Page 1 (Total results: 50)" in env.observation
    env.step(f"click[{SHAMPOO.lower()}]")
    assert env.state.options == {}  # re-opening an item starts without options


def test_search_works_from_an_item_page(env):
    env.step(f"search[{QUERY}]")
    env.step(f"click[{SHAMPOO.lower()}]")
    assert env.available_actions()["has_search_bar"] is False
    obs, *_ = env.step("search[herbal tea]")
    assert "Page 1 (Total results:" in obs and "Tea" in obs


def test_buy_now_scores_and_auto_resets(env):
    env.step(f"search[{QUERY}]")
    env.step(f"click[{SHAMPOO.lower()}]")
    env.step("click[32 fl oz]")
    obs, reward, done, info = env.step("click[buy now]")
    assert (reward, done) == (1.0, True)
    assert obs == "Thank you for shopping with us! [SEP] Your score (min 0.0, max 1.0) [SEP] 1.0"
    assert info["purchased_asin"] == SHAMPOO and info["purchased_options"] == {"size": "32 fl oz"}
    assert info["reward_breakdown"]["num_option_matches"] == 1
    # The session has already started over: search page of a goal drawn by weight.
    assert env.observation == f"WebShop [SEP] Instruction: [SEP] {env.goal.instruction_text} [SEP] Search"
    assert env.state.kind == "search"
    obs, reward, done, info = env.step("search[shampoo]")
    assert (reward, done, info["page"]) == (0.0, False, "results")


def test_reset_by_weight_and_bad_index(site):
    env = WebShopTextEnv(site, seed=123)
    env.reset()
    assert 0 <= env.goal_idx < len(site.goals)
    with pytest.raises(IndexError, match="out of range"):
        env.reset(len(site.goals))
    with pytest.raises(RuntimeError, match="before reset"):
        WebShopTextEnv(site).step("search[x]")


def test_show_attrs_adds_an_attributes_sub_page(tiny_data_dir, tmp_path_factory):
    from agent_system.environments.env_package.webshop import WebShopSettings, WebShopSite

    tiny = WebShopSite(WebShopSettings(data_dir=str(tiny_data_dir), show_attrs=True,
                                       cache_dir=str(tmp_path_factory.mktemp("cache"))), nouns=lambda t: t.split())
    env = WebShopTextEnv(tiny)
    env.reset(0)
    env.step("search[straw hat]")
    env.step("click[b000hat001]")
    assert "Reviews [SEP] Attributes [SEP] Buy Now" in env.observation
    env.step("click[attributes]")
    assert env.observation.endswith("< Prev [SEP] upf 50 [SEP] wide brim")
