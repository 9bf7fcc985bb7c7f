"""WebShop prompt templates (METHOD.md §4.4), in our own words.

Same shape as the reference: the shopping task, the current page, the page's actions one per line
(quoted, each followed by a comma, inside brackets), and the <think>/<action> format. The history
variant adds the step count and the last K (observation, action) pairs. A history prompt longer
than `max_chars` (reference: 13000) falls back to the no-history prompt so it still fits.
"""
from __future__ import annotations

from typing import Sequence

MAX_PROMPT_CHARS = 13000

WEBSHOP_TEMPLATE_NO_HIS = """You are a shopping assistant working inside WebShop, a simulated online store. \
Buy the product that fits the customer's request.
Customer request: {task_description}
Current page: {current_observation}
Actions available on this page:
[
{available_actions}
]

Think step by step about which action best advances the shopping goal and write that reasoning inside \
<think> </think> tags. Then give exactly one of the actions above inside <action> </action> tags; for \
a search, put your own keywords in place of <your query>."""

WEBSHOP_TEMPLATE = """You are a shopping assistant working inside WebShop, a simulated online store. \
Buy the product that fits the customer's request.
Customer request: {task_description}
So far you have taken {step_count} step(s). Your last {history_length} page(s) and the action taken on each:
{action_history}
This is step {current_step}. Current page: {current_observation}
Actions available on this page:
[
{available_actions}
]

Think step by step about which action best advances the shopping goal and write that reasoning inside \
<think> </think> tags. Then give exactly one of the actions above inside <action> </action> tags; for \
a search, put your own keywords in place of <your query>."""


def format_available_actions(actions: Sequence[str]) -> str:
    return "\n".join(f"'{action}'," for action in actions)


def build_webshop_prompt(task: str, observation: str, actions: Sequence[str], history: str, step_count: int,
                         history_length: int, max_chars: int = MAX_PROMPT_CHARS) -> str:
    """The user message for one turn; `history` is the rendered memory ("" on the first step)."""
    action_text = format_available_actions(actions)
    no_history = WEBSHOP_TEMPLATE_NO_HIS.format(task_description=task, current_observation=observation,
                                                available_actions=action_text)
    if step_count == 0 or history_length <= 0:
        return no_history
    with_history = WEBSHOP_TEMPLATE.format(
        task_description=task, step_count=step_count, history_length=min(history_length, step_count),
        action_history=history, current_step=step_count + 1, current_observation=observation,
        available_actions=action_text)
    return no_history if len(with_history) > max_chars else with_history
