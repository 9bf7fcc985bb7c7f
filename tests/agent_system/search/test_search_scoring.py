"""Exact-match scoring (hand-checked values from ENVIRONMENTS.md §C3) and the Search projection rules."""
import numpy as np
import pytest

from agent_system.environments.env_package.search.answer_scoring import (
    compute_score, em_check, extract_answer, gold_targets, normalize_answer, subem_check)
from agent_system.environments.env_package.search.projection import is_answer, search_projection, search_query


@pytest.mark.parametrize("text, expected", [
    ("The  Eiffel-Tower!", "eiffeltower"),
    ("An apple a day", "apple day"),
    ("Theatre of the Absurd", "theatre of absurd"),   # 'the' inside a word stays
    ("  3,412 metres ", "3412 metres"),
])
def test_normalize_answer_is_squad_normalisation(text, expected):
    assert normalize_answer(text) == expected


@pytest.mark.parametrize("answer, reward", [
    ("Jane Austen.", 1.0), ("The Jane Austen", 1.0), ("jane   austen", 1.0), ("Austen", 0.0), ("Jane Austen novel", 0.0),
])
def test_em_reward_cases_from_the_spec(answer, reward):
    assert compute_score(f"<answer>{answer}</answer>", {"target": ["Jane Austen"]}) == reward


def test_the_last_answer_block_is_scored_and_missing_answer_scores_zero():
    assert extract_answer("<answer>Rome</answer> no wait <answer> Paris </answer>") == "Paris"
    assert compute_score("<answer>Rome</answer><answer>Paris</answer>", ["Paris"]) == 1.0
    assert compute_score("<answer>Paris</answer><answer>Rome</answer>", ["Paris"]) == 0.0
    assert compute_score("the answer is Paris", ["Paris"]) == 0.0
    assert compute_score("<answer>Paris", ["Paris"]) == 0.0


def test_any_target_counts_and_parquet_numpy_targets_work():
    targets = {"target": np.array(["Sarn River", "Sarn"], dtype=object)}
    assert gold_targets(targets) == ["Sarn River", "Sarn"]
    assert compute_score("<answer>the Sarn</answer>", targets) == 1.0
    assert em_check("sarn river", targets["target"])


def test_sub_em_accepts_the_gold_inside_a_longer_answer():
    assert subem_check("Jane Austen wrote it", ["Jane Austen"])
    assert not em_check("Jane Austen wrote it", ["Jane Austen"])
    assert compute_score("<answer>Jane Austen wrote it</answer>", ["Jane Austen"], substring=True) == 1.0
    assert not subem_check("Austen", ["Jane Austen"])


def test_gold_targets_rejects_a_dict_without_target():
    with pytest.raises(ValueError, match="target"):
        gold_targets({"answers": ["x"]})


@pytest.mark.parametrize("text, action, valid, reason", [
    ("<think>need the author</think><search> author of X </search>", "<search>author of X</search>", True, ""),
    ("<think>done</think><answer> Paris </answer>", "<answer>Paris</answer>", True, ""),
    ("<search>q</search> trailing junk <search>", "<search>q</search>", False, "repeated_tag"),
    ("<search>q1</search><search>q2</search>", "<search>q1</search>", False, "repeated_tag"),
    ("<search>q</search><answer>a</answer>", "<search>q</search>", False, "both_tags"),
    ("<answer>a</answer><search>q</search>", "<search>q</search>", False, "both_tags"),  # search wins (reference)
    ("<answer>a</answer><answer>b</answer>", "<answer>a</answer>", False, "repeated_tag"),
    ("I think it is Paris.", "", False, "no_action_tag"),
    ("<search>unclosed", "", False, "no_action_tag"),
    ("<search>   </search>", "", False, "empty_query"),
    ("", "", False, "no_action_tag"),
    (None, "", False, "no_action_tag"),
])
def test_search_projection(text, action, valid, reason):
    result = search_projection(text)
    assert (result.action, result.valid, result.reason) == (action, valid, reason)


def test_require_think_marks_invalid_but_keeps_the_action():
    assert search_projection("<search>q</search>").valid  # off by default, like the reference
    result = search_projection("<search>q</search>", require_think=True)
    assert (result.action, result.valid, result.reason) == ("<search>q</search>", False, "no_think")
    assert search_projection("<think>t</think><search>q</search>", require_think=True).valid


def test_projection_handles_huge_and_odd_text():
    result = search_projection("x" * 100_000 + "<answer>中文</answer>")
    assert result.valid and result.action == "<answer>中文</answer>"


def test_action_helpers():
    assert search_query("<search>who</search>") == "who"
    assert search_query("<answer>x</answer>") is None
    assert is_answer("<answer>x</answer>") and not is_answer("<search>x</search>") and not is_answer("")


# ------------------------------------------------------------------ env.search.faithful
@pytest.mark.parametrize("text, reference, ours", [
    # tags in other cases: accepted (re-emitted lower-case) by the reference only
    ("<Search> Who wrote Emma </Search>", ("<search>Who wrote Emma</search>", True, ""), ("", False, "no_action_tag")),
    ("<ANSWER>Paris</ANSWER>", ("<answer>Paris</answer>", True, ""), ("", False, "no_action_tag")),
    ("<search>q</search><ANSWER>a</ANSWER>", ("<search>q</search>", False, "both_tags"), ("<search>q</search>", True, "")),
    ("<SEARCH>a</SEARCH><search>b</search>", ("<search>a</search>", False, "repeated_tag"), ("<search>b</search>", True, "")),
    # an empty search: the reference sends it, we refuse it
    ("<search>  </search>", ("<search></search>", True, ""), ("", False, "empty_query")),
    # a search wrapping an answer: the same (invalid) search action in both modes
    ("<search>x <answer>Paris</answer></search>", ("<search>x <answer>Paris</answer></search>", False, "both_tags"),
     ("<search>x <answer>Paris</answer></search>", False, "both_tags")),
    # unclosed tags: nothing in both modes
    ("<Search>unclosed <answer>", ("", False, "no_action_tag"), ("", False, "no_action_tag")),
])
def test_search_projection_in_both_modes(text, reference, ours):
    for faithful, expected in ((True, reference), (False, ours)):
        result = search_projection(text, faithful=faithful)
        assert (result.action, result.valid, result.reason) == expected, faithful


def test_is_answer_follows_the_validity_of_a_wrapped_answer():
    wrapped = search_projection("<search>x <answer>Paris</answer></search>").action
    assert is_answer(wrapped, faithful=True)        # the reference ends the episode on it
    assert not is_answer(wrapped, faithful=False)   # ours: an invalid search never ends (or wins) an episode
    assert search_query(wrapped) == "x <answer>Paris</answer>"
    for faithful in (True, False):
        assert is_answer("<answer>x</answer>", faithful=faithful) and not is_answer("", faithful=faithful)


@pytest.mark.parametrize("faithful", [True, False])
def test_long_queries_are_cut_to_max_query_chars(faithful):
    query = "word " * 1000  # 5000 characters
    result = search_projection(f"<search>{query}</search>", faithful=faithful)
    assert result.valid and search_query(result.action) == query[:2048]  # "... word wor"
    assert search_query(search_projection(f"<search>{query}</search>", max_query_chars=10).action) == "word word"
    assert search_query(search_projection(f"<search>{query}</search>", max_query_chars=None).action) == query.strip()


def test_extract_answer_is_the_last_complete_block_like_findall():
    assert extract_answer("<answer>a</answer> <answer> b </answer>") == "b"
    assert extract_answer("<answer>a</answer><answer>unclosed") == "a"
    assert extract_answer("<answer><answer>x</answer>") == "<answer>x"  # non-overlapping, as re.findall
    assert extract_answer("</answer><answer>") is None and extract_answer(None) is None
