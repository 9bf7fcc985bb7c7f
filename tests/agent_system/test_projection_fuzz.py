"""Property-based fuzzing of every model-output parser (hypothesis), and their worst case on 64 KB inputs.

Properties, for any text (or None):
- the parser never raises and returns values of the documented types;
- it is valid exactly when its format rule holds: the tagged-action rules are stated here as
  boolean conditions, and the Search projection, the WebShop action grammar and the EM answer
  extraction are compared with the reference's regex formulation (a `(.*?)` scan, which is what we
  replaced for speed; on short texts it is the specification);
- on adversarial inputs the time grows linearly with the input, not quadratically.
The fast suite runs a few hundred examples per parser; the slow-marked test runs 10,000.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent_system.environments.env_package.alfworld.projection import alfworld_projection
from agent_system.environments.env_package.search.answer_scoring import compute_score, extract_answer
from agent_system.environments.env_package.search.projection import is_answer, search_projection, search_query
from agent_system.environments.env_package.toy.projection import toy_projection
from agent_system.environments.env_package.webshop.env import ACTION_PATTERN, parse_action
from agent_system.environments.env_package.webshop.manager import PROJECTION_TAIL_CHARS, is_admissible
from agent_system.environments.projection import Projection, project_tagged_action, project_tagged_action_reference

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import parse_worst_case  # noqa: E402

ADMISSIBLE = ["go to fridge 1", "open fridge 1", "look", "take apple"]
PAGE = {"has_search_bar": True, "clickables": ["buy now", "b00y7ewqq1", "< prev"]}
FRAGMENTS = ["<action>", "</action>", "<Action>", "</ACTION>", "<think>", "</think>", "<THINK>", "</Think>",
             "<search>", "</search>", "<Search>", "</SEARCH>", "<answer>", "</answer>", "<ANSWER>", "</Answer>",
             "<information>", "[", "]", "search[", "click[", "\n", " ", "  ", "look", "go to fridge 1", "take apple",
             "搜", "ひ", "한", "İ", "ſ", "\u212a", "é", "a", "x", "."]
TEXTS = st.one_of(
    st.none(),
    st.text(max_size=120),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=24).map("".join),
)
REFERENCE_CJK = re.compile(r"[\u4e00-\u9fff]")
OUR_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")

def assert_projection(p) -> None:
    assert isinstance(p, Projection) and isinstance(p.action, str) and type(p.valid) is bool
    assert isinstance(p.reason, str) and (p.reason == "") == p.valid


# ------------------------------------------------------------------ the rules, stated independently
def tagged_rule(text: str | None, *, faithful: bool, require_think: bool) -> bool:
    original = text or ""
    low = original.lower()
    opening, closing = low.find("<action>"), low.find("</action>")
    if opening < 0 or closing < 0:
        return False
    if faithful:  # the reference: any tag pair, think tags case-sensitive in the original, CJK block only
        return (not require_think or ("<think>" in original and "</think>" in original)) \
            and not REFERENCE_CJK.search(original)
    action = low[opening + len("<action>"):closing].strip() if closing > opening else ""
    if "<action>" in action:
        action = action.rsplit("<action>", 1)[-1].strip()
    return closing > opening and bool(action) and (not require_think or ("<think>" in low and "</think>" in low)) \
        and not OUR_CJK.search(low)


def search_by_regex(text: str | None, *, faithful: bool, require_think: bool, max_query_chars: int = 2048):
    """ENVIRONMENTS.md §C7 with the reference's regexes (case-insensitive when faithful)."""
    flags = re.DOTALL | (re.IGNORECASE if faithful else 0)
    text = text or ""
    trimmed = text
    for closing in ("</search>", "</answer>"):
        match = re.search(closing, text, flags)
        if match:
            trimmed = text[:match.end()]
            break
    search = re.search(r"<search>(.*?)</search>", trimmed, flags)
    answer = re.search(r"<answer>(.*?)</answer>", trimmed, flags)
    if search:
        query = search.group(1).strip()
        query = query[:max_query_chars].strip() if len(query) > max_query_chars else query
        if not query and not faithful:
            return "", False, "empty_query"
        action = f"<search>{query}</search>"
    elif answer:
        action = f"<answer>{answer.group(1).strip()}</answer>"
    else:
        return "", False, "no_action_tag"
    n_search, n_answer = len(re.findall("<search>", text, flags)), len(re.findall("<answer>", text, flags))
    if n_search and n_answer:
        return action, False, "both_tags"
    if n_search > 1 or n_answer > 1:
        return action, False, "repeated_tag"
    if require_think and not ("<think>" in text and "</think>" in text):
        return action, False, "no_think"
    return action, True, ""


# ------------------------------------------------------------------ one check per parser
def check_alfworld(text, faithful, flag):
    result = alfworld_projection(text, ADMISSIBLE, require_think=flag, faithful=faithful)
    assert_projection(result.projection)
    assert result.valid == tagged_rule(text, faithful=faithful, require_think=flag)
    assert result.command is None or (isinstance(result.command, str) and result.command)
    if result.projection.reason == "no_action_tag":
        assert len(result.projection.action) <= 30
        # free text: the reference executes its tail, ours never does
        assert result.command == ((result.projection.action or None) if faithful else None)
    checked = alfworld_projection(text, ADMISSIBLE, require_think=flag, faithful=faithful, check_admissible=True)
    assert not checked.valid or checked.projection.action in ADMISSIBLE


def check_webshop(text, faithful, flag):
    project = project_tagged_action_reference if faithful else project_tagged_action
    projection = project(text, tail_chars=PROJECTION_TAIL_CHARS, require_think=flag)
    assert_projection(projection)
    assert projection.valid == tagged_rule(text, faithful=faithful, require_think=flag)
    for action in (projection.action, text or ""):
        name, argument = parse_action(action)
        match = ACTION_PATTERN.match(action)  # the reference grammar (short text: no blow-up)
        assert (name, argument) == ((match.group(1), match.group(2).lower()) if match else (action, None))
        assert type(is_admissible(action, PAGE)) is bool


def check_search(text, faithful, flag):
    projection = search_projection(text, faithful=faithful, require_think=flag)
    assert_projection(projection)
    assert (projection.action, projection.valid, projection.reason) == \
        search_by_regex(text, faithful=faithful, require_think=flag)
    query = search_query(projection.action)
    assert query is None or (isinstance(query, str) and len(query) <= 2048)
    ends = is_answer(projection.action, faithful=faithful)
    if not faithful:  # ours: only a complete answer action ends an episode, never a search
        assert ends == projection.action.startswith("<answer>")
    if projection.action.startswith("<answer>"):
        assert ends


def check_answer_extraction(text, faithful, flag):
    answer = extract_answer(text)
    matches = re.findall(r"<answer>(.*?)</answer>", text or "", re.DOTALL)
    assert answer == (matches[-1].strip() if matches else None)
    assert compute_score(text, ["x"], substring=flag) in (0.0, 1.0)


def check_toy(text, faithful, flag):
    projection = toy_projection(text, ADMISSIBLE, require_think=flag, lenient=faithful)
    assert_projection(projection)
    if projection.reason == "lenient":
        assert projection.action in ADMISSIBLE


CHECKS = {"alfworld": check_alfworld, "webshop": check_webshop, "search": check_search,
          "answer_extraction": check_answer_extraction, "toy": check_toy}
COMMON = dict(deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# Each example goes through every parser: the example generation, not the parsers, is what costs.
@settings(max_examples=300, **COMMON)
@given(text=TEXTS, faithful=st.booleans(), flag=st.booleans())
def test_fuzz_every_projection(text, faithful, flag):
    for check in CHECKS.values():
        check(text, faithful, flag)


@pytest.mark.slow
@settings(max_examples=10_000, **COMMON)
@given(text=TEXTS, faithful=st.booleans(), flag=st.booleans())
def test_fuzz_every_projection_10k(text, faithful, flag):
    for check in CHECKS.values():
        check(text, faithful, flag)


# ------------------------------------------------------------------ worst case on 64 KB inputs
def test_adversarial_inputs_parse_in_linear_time():
    """Every parser on every adversarial input (benchmarks/parse_worst_case.py, which reports the times), at
    16 KB and at 64 KB. Four times the input takes about four times as long for a linear parser and
    sixteen times for a quadratic one (> 20 s on 64 KB of "["): the check is on that growth, so it holds
    on a slow or loaded machine as well as on a fast one."""
    small = parse_worst_case.measure(size=16384, repeats=5)
    large = parse_worst_case.measure(size=65536, repeats=5)
    assert len(large) == len(parse_worst_case.PARSERS) * len(parse_worst_case.adversarial_inputs(16))
    growth = sum(seconds for *_, seconds in large) / sum(seconds for *_, seconds in small)
    assert growth < 8.0, (growth, max(large, key=lambda r: r[2]))
