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
