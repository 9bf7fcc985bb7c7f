"""One WebShop shopping session in text mode: the page state machine and the action grammar.

Actions (ENVIRONMENTS.md §B2), matched with the reference's regex `(.+)\\[(.+)\\]`, the argument
lower-cased:
    search[<keywords>]   search from ANY page (only the search page advertises it)
    click[<clickable>]   only if it is a clickable of the current page; click[search] is ignored
Anything else is a no-op: reward 0, not done, same page.

`step` returns the raw purchase score (0..1) as reward when Buy Now is clicked, with done=True and
the done page as observation; the session then starts over on the search page with a new goal
drawn by weight (the reference auto-resets). Wrapping the score into won / 10-point rewards is the
env manager's job.

    site = load_site(WebShopSettings())
    env = WebShopTextEnv(site, seed=0)
    obs, info = env.reset(goal_idx=3)
    obs, reward, done, info = env.step("search[sun hat]")
"""
from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

from .goals import Goal
from .pages import BACK_TO_SEARCH, BUY_NOW, NEXT_PAGE, PREV_PAGE, PageState, RenderedPage, render
from .site import WebShopSite

ACTION_PATTERN = re.compile(r"(.+)\[(.+)\]")  # the reference's grammar; parse_action is its linear-time equivalent


def parse_action(action: str) -> tuple[str, str | None]:
    """("search", "red dress") for "search[Red Dress]"; (action, None) when it has no [argument].

    Exactly `ACTION_PATTERN.match(action)`, without its quadratic backtracking (64 KB of "[" took
    over 20 s): "." stops at a newline, so only the first line counts; the greedy argument ends at
    the line's last "]", and the greedy name ends at the last "[" that leaves a non-empty name
    before it and a non-empty argument after it.
    """
    line = action.split("\n", 1)[0]
    close = line.rfind("]")
    open_ = line.rfind("[", 1, close - 1) if close >= 3 else -1
    if open_ == -1:
        return action, None
    return line[:open_], line[open_ + 1:close].lower()


class WebShopTextEnv:
    def __init__(self, site: WebShopSite, seed: int | None = None):
        self.site = site
        self.rng = random.Random(seed)
        self.goal_idx: int | None = None
        self.goal: Goal | None = None
        self.state = PageState()
        self._page: RenderedPage | None = None

    # ------------------------------------------------------------ session
    def reset(self, goal_idx: int | None = None) -> tuple[str, dict[str, Any]]:
        """Start a session on the search page; goal `goal_idx`, or one drawn by goal weight."""
        self._start_session(goal_idx)
        return self.observation, {"goal_idx": self.goal_idx}

    def _start_session(self, goal_idx: int | None) -> None:
        goals = self.site.goals
        if goal_idx is None:
            goal_idx = self.rng.choices(range(len(goals)), weights=self.site.goal_weights, k=1)[0]
        if not 0 <= goal_idx < len(goals):
            raise IndexError(f"WebShop goal index {goal_idx} out of range: this catalogue has {len(goals)} goals")
        self.goal_idx, self.goal = goal_idx, goals[goal_idx]
        self._go(PageState())

    def _go(self, state: PageState) -> None:
        self.state = state
        self._page = render(state, self.goal.instruction_text, self.site.settings.show_attrs)

    @property
    def instruction_text(self) -> str:
        return self.goal.instruction_text

    @property
    def observation(self) -> str:
        return self._page.text

    def available_actions(self) -> dict:
        """{"has_search_bar": bool, "clickables": [lower-cased texts]} of the current page."""
        return self._page.available_actions()

    # ------------------------------------------------------------ actions
    def step(self, action: str) -> tuple[str, float, bool, dict[str, Any]]:
        if self.goal is None:
            raise RuntimeError("WebShopTextEnv.step called before reset")
        name, argument = parse_action(action or "")
        info: dict[str, Any] = {"goal_idx": self.goal_idx, "executed": True}
        if name == "search" and argument:
            self._search(argument)
        elif name == "click" and argument in self._page.clickables and argument != "search":
            if self._click(self._page.clickables[argument]):
                return self._finish_purchase(info)
        else:
            info["executed"] = False
        info["page"] = self.state.kind
        return self.observation, 0.0, False, info

    def _search(self, keywords: str) -> None:
        self._go(PageState(kind="results", keywords=keywords, results=self.site.search_engine.search(keywords)))

    def _click(self, target: tuple) -> bool:
        """Apply a click; True when it was Buy Now."""
        state = self.state
        kind = target[0]
        if kind == "product":
            self._go(PageState(kind="item", keywords=state.keywords, results=state.results, page=state.page,
                               product=self.site.catalogue.by_asin[target[1]]))
        elif kind == "option":
            _, option_name, value = target
            self._go(dataclasses.replace(state, options={**state.options, option_name: value}))
        elif target[1] == BACK_TO_SEARCH:
            self._go(PageState())
        elif target[1] == NEXT_PAGE:
            self._go(dataclasses.replace(state, page=state.page + 1))
        elif target[1] == PREV_PAGE:
            if state.kind == "results":
                self._go(dataclasses.replace(state, page=state.page - 1))
            elif state.kind == "item":
                self._go(dataclasses.replace(state, kind="results", product=None, options={}))
            else:  # a sub-page goes back to its item page, options kept
                self._go(dataclasses.replace(state, kind="item", sub_page=""))
        elif target[1] == BUY_NOW:
            return True
        else:  # Description / Features / Reviews / Attributes
            self._go(dataclasses.replace(state, kind="item_sub", sub_page=target[1].lower()))
        return False

    def _finish_purchase(self, info: dict[str, Any]) -> tuple[str, float, bool, dict[str, Any]]:
        product = self.state.product
        breakdown = self.site.score(product.asin, self.goal, self.state.options)
        info.update(page="done", purchased_asin=product.asin, purchased_options=dict(self.state.options),
                    reward_breakdown=breakdown.to_dict())
        self._go(dataclasses.replace(self.state, kind="done", score=breakdown.score))
        done_text = self.observation
        self._start_session(None)  # the reference's auto-reset: a fresh session with a weighted goal
        return done_text, breakdown.score, True, info

