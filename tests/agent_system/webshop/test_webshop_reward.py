"""The purchase score: hand-checked unit cases (pluggable noun extractor) and real purchases on the
shipped catalogue with spaCy (right item 1.0, no options 0.75, a neighbour from the results 0.125,
the wrong kind of product 0.0)."""
from __future__ import annotations

import pytest

from agent_system.environments.env_package.webshop.catalogue import Product
from agent_system.environments.env_package.webshop.goals import Goal
from agent_system.environments.env_package.webshop.reward import (
    COLOR_SET, REFERENCE_COLOR_SET, color_vocabulary, count_attribute_matches, count_option_matches, goal_option_terms,
    normalize_color, score_purchase, type_reward)

BREADCRUMB = "Clothing › Women › Accessories › Hats"


def product(**fields) -> Product:
    base = dict(asin="B0000000P1", title="Sunny Straw Hat", query="sun hat", category="fashion",
                product_category=BREADCRUMB, description="", bullet_points=[], price_text="$20.0",
                pricing=[20.0], options={}, attributes=["upf 50"])
    return Product(**{**base, **fields})


def goal(**fields) -> Goal:
    base = dict(asin="B0000000P1", category="fashion", query="sun hat", name="Sunny Straw Hat",
                product_category=BREADCRUMB, instruction_text="i want a hat", attributes=["upf 50"],
                price_upper=30.0, goal_options={}, weight=1.0)
    return Goal(**{**base, **fields})


def nouns_table(table: dict[str, list[str]]):
    """A noun extractor from a fixed table: the reward's spaCy dependency is pluggable."""
    return lambda text: table[text]


# ------------------------------------------------------------------------------------------ r_type
@pytest.mark.parametrize("bought_nouns, same_query, same_category, expected_r_type, expected_title", [
    (["straw", "hat", "sunny"], True, True, 1.0, 1.0),     # everything matches
    (["hat"], False, False, 1.0, 1 / 3),                   # title overlap 1/3 > 0.2 alone suffices
    (["hat", "bag"], False, True, 1.0, 1 / 3),             # category match
    (["straw"], False, False, 1.0, 1 / 3),
    (["visor"], True, False, 0.0, 0.0),                    # no shared noun: 0 even though the query matches
])
def test_type_reward_branches(bought_nouns, same_query, same_category, expected_r_type, expected_title):
    g = goal()
    p = product(title="Bought", query="sun hat" if same_query else "visor",
                product_category=BREADCRUMB if same_category else "Sports › Outdoor › Visors")
    r_type, query_match, category_match, title_score = type_reward(
        p, g, nouns_table({"Sunny Straw Hat": ["sunny", "straw", "hat"], "Bought": bought_nouns}))
    assert (r_type, query_match, category_match) == (expected_r_type, same_query, same_category)
    assert title_score == pytest.approx(expected_title)


def test_type_reward_half_and_tenth():
    g = goal(name="Goal Title")
    far = product(title="Far", query="other", product_category="A › B › C")
    ten_nouns = [f"n{i}" for i in range(10)]
    # 2/10 = 0.2 is not > 0.2 and nothing else matches -> 0.5
    r_type, *_ = type_reward(far, g, nouns_table({"Goal Title": ten_nouns, "Far": ["n0", "n1"]}))
    assert r_type == 0.5
    # 1/20 < 0.1 -> 0.1, even with a category match
    near_cat = product(title="Near", query="other")
    r_type, _, category_match, title_score = type_reward(
        near_cat, g, nouns_table({"Goal Title": ten_nouns * 2, "Near": ["n0"]}))
    assert (r_type, category_match, title_score) == (0.1, True, pytest.approx(1 / 20))
    # a goal title without nouns scores 0.2, which alone is not a match
    r_type, _, _, title_score = type_reward(far, g, nouns_table({"Goal Title": [], "Far": ["x"]}))
    assert (r_type, title_score) == (0.5, 0.2)


def test_category_match_needs_two_shared_levels():
    g = goal(product_category="Home › Kitchen › Mugs")
    nouns = nouns_table({"Sunny Straw Hat": ["hat"], "T": ["hat"]})
    one_level = product(title="T", query="x", product_category="Home › Garden › Pots")
    two_levels = product(title="T", query="x", product_category="Home ›Kitchen› Plates")  # spaces stripped
    assert type_reward(one_level, g, nouns)[2] is False
    assert type_reward(two_levels, g, nouns)[2] is True


# ------------------------------------------------------------------------------------- attributes
def test_attribute_matching_fuzzy_then_substring():
    p = product(title="Linen Shirt", attributes=["Machine Wash", "long-lasting"],
                bullet_points=["Two side POCKETS"], description="Made of organic cotton.")
    assert count_attribute_matches(p, ["machine wash"]) == 1        # case-insensitive token set = 100
    assert count_attribute_matches(p, ["long lasting"]) == 1        # punctuation ignored by the fuzzy match
    assert count_attribute_matches(p, ["pockets"]) == 1             # found in the bullet points
    assert count_attribute_matches(p, ["organic cotton"]) == 1      # found in the description
    assert count_attribute_matches(p, ["linen"]) == 1               # found in the title
    assert count_attribute_matches(p, ["waterproof", "hand wash"]) == 0


# ---------------------------------------------------------------------------------------- options
def test_normalize_color():
    assert normalize_color("dark navy blue") == "blue"  # first colour word of COLOR_SET order (blue < navy)
    assert normalize_color("black | white") == "black"
    assert normalize_color("x-large") == "x-large"
    assert normalize_color(("color", "navy")) == "navy"                  # a pair: exact item membership
    assert normalize_color(("color", "navy blue")) == ("color", "navy blue")


@pytest.mark.parametrize("value, reference, ours", [
    ("dark grey", "dark", "grey"),        # "dark" and "ash" are colours only in the original's list
    ("ash grey", "ash", "grey"),
    ("berry red", "red", "berry"),        # "berry" only in ours
    ("emerald green", "green", "emerald"),
    ("sky blue", "blue", "blue"),
    ("light pink", "light", "pink"),
    ("x-large", "x-large", "x-large"),    # no colour word: unchanged
])
def test_colour_vocabularies_of_both_modes(value, reference, ours):
    assert len(REFERENCE_COLOR_SET) == 102 and len(COLOR_SET) == 62
    assert color_vocabulary(True) is REFERENCE_COLOR_SET and color_vocabulary(False) is COLOR_SET
    assert normalize_color(value, REFERENCE_COLOR_SET) == reference
    assert normalize_color(value, COLOR_SET) == ours


def test_the_vocabulary_changes_the_option_score():
    # human goal "dark grey" bought as "slate grey": the original collapses them to "dark" and
    # "slate" (no match); our list collapses both to "grey" (a match)
    assert count_option_matches(["slate grey"], ["dark grey"], REFERENCE_COLOR_SET) == 0
    assert count_option_matches(["slate grey"], ["dark grey"], COLOR_SET) == 1
    # "berry red" bought as "cherry red": both "red" for the original, "berry" vs "red" for ours
    assert count_option_matches(["cherry red"], ["berry red"], REFERENCE_COLOR_SET) == 1
    assert count_option_matches(["cherry red"], ["berry red"], COLOR_SET) == 0
    nouns = nouns_table({"Sunny Straw Hat": ["sunny", "straw", "hat"]})
    g, p = goal(goal_options=["cherry red"], attributes=[]), product(options={"color": ["berry red"]})
    assert score_purchase(p, g, 20.0, {"color": "berry red"}, nouns, REFERENCE_COLOR_SET).score == 1.0
    assert score_purchase(p, g, 20.0, {"color": "berry red"}, nouns, COLOR_SET).score == 0.5


def test_synthetic_goal_options_compare_as_name_value_pairs():
    g = goal(goal_options={"color": "navy blue", "size": "large"})
    terms = goal_option_terms(g)
    assert terms == [("color", "navy blue"), ("size", "large")]
    assert count_option_matches(["navy blue", "large"], terms) == 2
    assert count_option_matches(["large"], terms) == 1
    assert count_option_matches(["small", "red"], terms) == 0
    assert count_option_matches([], terms) == 0
    # token_set_ratio is 100 when one side's words are a subset of the other's: "blue" matches "navy blue"
    assert count_option_matches(["blue"], terms) == 1


def test_human_goal_options_and_colour_normalisation():
    g = goal(goal_options=["dark blue", "x-large"])
    assert count_option_matches(["navy blue", "x-large"], goal_option_terms(g)) == 2  # both normalise to "blue"
    assert count_option_matches(["red", "small"], goal_option_terms(g)) == 0
    assert count_option_matches(["large"], ["x-large"]) == 1  # the same word-subset rule: "large" is in "x large"


# ------------------------------------------------------------------------------------ full score
def test_score_formula_by_hand():
    nouns = nouns_table({"Sunny Straw Hat": ["sunny", "straw", "hat"]})
    g = goal(attributes=["upf 50", "wide brim"], goal_options={"color": "beige"}, price_upper=30.0)
    p = product(options={"color": ["beige", "black"]})
    # upf 50 matches, wide brim does not; beige chosen; price ok: (1 + 1 + 1) / (2 + 1 + 1) * 1.0
    assert score_purchase(p, g, 20.0, {"color": "beige"}, nouns).score == pytest.approx(0.75)
    # too expensive and no option: (1 + 0 + 0) / 4
    breakdown = score_purchase(p, g, 30.01, {}, nouns)
    assert (breakdown.score, breakdown.price_ok) == (pytest.approx(0.25), False)
    assert score_purchase(p, g, 30.0, {}, nouns).price_ok  # the cap itself is allowed


# ------------------------------------------------------- real purchases on the shipped catalogue
SHAMPOO_GOAL = 16  # "i am looking for a shampoo that is color safe and dry hair with size: 32 fl oz, ... 50.00"


def test_shipped_goal_used_below(site):
    g = site.goals[SHAMPOO_GOAL]
    assert g.instruction_text == ("i am looking for a shampoo that is color safe and dry hair with size: 32 fl oz, "
                                  "and price lower than 50.00 dollars")
    assert (g.asin, g.attributes, g.goal_options) == ("B00Y7EWQQ1", ["color safe", "dry hair"], {"size": "32 fl oz"})


def test_right_item_and_options_scores_one(site):
    g = site.goals[SHAMPOO_GOAL]
    assert site.score(g.asin, g, {"size": "32 fl oz"}).score == 1.0


def test_right_item_without_options_scores_three_quarters(site):
    g = site.goals[SHAMPOO_GOAL]
    breakdown = site.score(g.asin, g, {})
    # 2 attributes + 0 options + price, out of 2 + 1 + 1, with r_type 1
    assert (breakdown.score, breakdown.num_attribute_matches, breakdown.r_type) == (0.75, 2, 1.0)
    assert site.score(g.asin, g, {"size": "8 fl oz"}).score == 0.75  # a wrong size earns nothing either


def test_another_item_from_the_same_results_scores_one_eighth(site):
    g = site.goals[SHAMPOO_GOAL]
    listed = [p.asin for p in site.search_engine.search("shampoo color safe dry hair")[:10]]
    toothpaste = "B01UB50JSU"  # "Everhart Enamel Safe Whitening Toothpaste ..." on the first results page
    assert toothpaste in listed
    breakdown = site.score(toothpaste, g, {})
    # nouns shared with the goal title: "safe" of 8 -> title 0.125 -> r_type 0.5; only the price matches
    assert breakdown.title_score == 0.125 and breakdown.r_type == 0.5
    assert breakdown.score == 0.5 * 1 / 4


def test_wrong_kind_of_product_scores_zero(site):
    g = site.goals[SHAMPOO_GOAL]
    chocolate = "B07K20ZTQB"  # "Willowmere Caramel Filled Chocolate Gift Box with Gluten Free for Gifts", $32.99
    breakdown = site.score(chocolate, g, {})
    assert (breakdown.title_score, breakdown.r_type, breakdown.price_ok, breakdown.score) == (0.0, 0.0, True, 0.0)


def test_spacy_nouns_and_missing_model_error(site):
    from agent_system.environments.env_package.webshop.reward import SpacyNounExtractor

    assert site.nouns("Glimmerly Argan Oil Shampoo with Color Safe for Dry Hair") == [
        "glimmerly", "argan", "oil", "shampoo", "color", "safe", "dry", "hair"]
    with pytest.raises(OSError, match="env.webshop.spacy_model"):
        SpacyNounExtractor("no_such_spacy_model_xyz")("text")
