#!/usr/bin/env python
"""Worst-case time of every model-output parser on adversarial 64 KB inputs.

    python benchmarks/parse_worst_case.py [--size 65536] [--repeats 3]

Parsers: the ALFWorld projection, the WebShop projection + action grammar + admissibility check, the
Search projection and the EM answer extraction, each in both env.<name>.faithful modes. Inputs: long
runs of one bracket or tag ("[", "<action>", "<search>", "<answer>", ...), nested and unclosed tags,
interleaved tag pairs, CJK text. Target (issue 15): every case <= 50 ms.

Prints one JSON line per (parser, input), {"bench", "config", "metric", "value", "unit"}, with the
best of `--repeats` runs in ms, then the worst case over all of them (metric "worst_case_ms").
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_system.environments.env_package.alfworld.projection import alfworld_projection  # noqa: E402
from agent_system.environments.env_package.search.answer_scoring import compute_score, extract_answer  # noqa: E402
from agent_system.environments.env_package.search.projection import search_projection  # noqa: E402
from agent_system.environments.env_package.webshop.env import parse_action  # noqa: E402
from agent_system.environments.env_package.webshop.manager import PROJECTION_TAIL_CHARS, is_admissible  # noqa: E402
from agent_system.environments.projection import project_tagged_action, project_tagged_action_reference  # noqa: E402

ADMISSIBLE = ["go to fridge 1", "open fridge 1", "look", "inventory"]
WEBSHOP_PAGE = {"has_search_bar": True, "clickables": ["b00y7ewqq1", "next >", "back to search"]}


def adversarial_inputs(size: int = 65536) -> dict[str, str]:
    """Name -> a `size`-character string built to make naive regex or find-in-loop parsers quadratic."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    half = size // 2
    return {
        "open_brackets": fill("["),
        "close_brackets": fill("]"),
        "bracket_pairs_unbalanced": fill("a[") + "]",
        "search_call_prefixes": fill("search["),
        "action_tags_unclosed": fill("<action>"),
        "action_tags_nested": fill("<action>")[:half] + fill("</action>")[:half],
        "action_close_before_open": fill("</action><action>"),
        "think_tags_unclosed": fill("<think>") + "<action>look</action>",
        "search_tags_unclosed": fill("<search>"),
        "search_tags_nested": fill("<search>")[:half] + fill("</search>")[:half],
        "search_tags_upper": fill("<SEARCH>"),
        "answer_tags_unclosed": fill("<answer>"),
        "answer_in_search": fill("<search><answer>"),
        "answer_pairs": fill("<answer>x</answer>"),
        "mixed_fragments": fill("<sea<answ</sear[<act]>"),
        "cjk": fill("搜索答案"),
        "newline_brackets": fill("[\n]"),
    }


def _webshop(faithful: bool) -> Callable[[str], object]:
    project = project_tagged_action_reference if faithful else project_tagged_action

    def parse(text: str):
        projection = project(text, tail_chars=PROJECTION_TAIL_CHARS)
        # the raw text too: the grammar must be linear on anything, not just on a projected action
        return projection, parse_action(projection.action), parse_action(text), is_admissible(text, WEBSHOP_PAGE)
    return parse


PARSERS: dict[str, Callable[[str], object]] = {
    "alfworld/faithful": lambda t: alfworld_projection(t, ADMISSIBLE, check_admissible=True, faithful=True),
    "alfworld/ours": lambda t: alfworld_projection(t, ADMISSIBLE, check_admissible=True, faithful=False),
    "webshop/faithful": _webshop(True),
    "webshop/ours": _webshop(False),
    "search/faithful": lambda t: search_projection(t, faithful=True, require_think=True),
    "search/ours": lambda t: search_projection(t, faithful=False, require_think=True),
    "search/answer_em": lambda t: (extract_answer(t), compute_score(t, ["x"])),
}


def measure(size: int = 65536, repeats: int = 3) -> list[tuple[str, str, float]]:
    """(parser, input, best time in seconds) for every pair."""
    results = []
    for input_name, text in adversarial_inputs(size).items():
        for parser_name, parse in PARSERS.items():
            best = float("inf")
            for _ in range(repeats):
                start = time.perf_counter()
                parse(text)
                best = min(best, time.perf_counter() - start)
            results.append((parser_name, input_name, best))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--size", type=int, default=65536)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    results = measure(args.size, args.repeats)
    for parser_name, input_name, seconds in results:
        print(json.dumps({"bench": "parse_worst_case", "config": {"parser": parser_name, "input": input_name,
                                                                  "size": args.size},
                          "metric": "parse_ms", "value": round(seconds * 1000, 4), "unit": "ms"}))
    parser_name, input_name, seconds = max(results, key=lambda r: r[2])
    print(json.dumps({"bench": "parse_worst_case", "config": {"parser": parser_name, "input": input_name,
                                                              "size": args.size},
                      "metric": "worst_case_ms", "value": round(seconds * 1000, 4), "unit": "ms"}))


if __name__ == "__main__":
    main()
