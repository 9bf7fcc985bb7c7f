"""ALFWorld prompt templates (METHOD.md §4.4), in our own words.

Same content as the reference's two templates:
- ALFWORLD_TEMPLATE_NO_HIS (the first turn): the role, the current observation (the room
  description plus "Your task is to: ..."), the admissible commands without 'help', and the
  output format;
- ALFWORLD_TEMPLATE (later turns): adds the task, how many steps were taken, the last K
  (observation, action) pairs as SimpleMemory.render lines, and the number of the current step.
  With K = 0 the history lines are left out but the task and step count stay: the reference fell
  back to the first-turn template there, which after turn 1 no longer shows the task at all.
The output format asks for reasoning in <think></think> and one admissible command in
<action></action>; with env.require_think off the reasoning request is dropped.
"""
from __future__ import annotations

from typing import Sequence

ROLE = ("You are an expert agent acting in a household simulated by the ALFRED text environment. "
        "You move between furniture and appliances and handle objects by typing commands.")

ALFWORLD_TEMPLATE_NO_HIS = """{role}
Your current observation is:
{current_observation}
Commands you can use right now:
{admissible_actions}

{instruction}"""

ALFWORLD_TEMPLATE = """{role}
Your task is to: {task_description}.
You have already taken {step_count} step(s).{history_block}
You are now at step {current_step}. Your current observation is:
{current_observation}
Commands you can use right now:
{admissible_actions}

{instruction}"""

INSTRUCTION_THINK = ("Work out what to do next, step by step, and write that reasoning between <think> and </think>. "
                     "Then write exactly one command from the list above between <action> and </action>.")
INSTRUCTION_NO_THINK = "Write exactly one command from the list above between <action> and </action>."


def format_admissible(commands: Sequence[str]) -> str:
    """One quoted command per line; 'help' is left out as in the reference (it only lists commands)."""
    return "\n".join(f"'{c}'" for c in commands if c.strip().lower() != "help")


def render_alfworld_prompt(*, task_description: str, current_observation: str, admissible_actions: Sequence[str],
                           step_count: int, history: str, history_length: int, require_think: bool = True) -> str:
    """The user message of one turn; `history` is SimpleMemory.render(i, history_length)."""
    fields = dict(
        role=ROLE,
        current_observation=current_observation,
        admissible_actions=format_admissible(admissible_actions),
        instruction=INSTRUCTION_THINK if require_think else INSTRUCTION_NO_THINK,
    )
    if step_count <= 0:
        return ALFWORLD_TEMPLATE_NO_HIS.format(**fields)
    shown = min(step_count, max(history_length, 0))
    history_block = (f" Here are the last {shown} observation(s) and the command you gave after each:\n{history}"
                     if shown and history else "")
    return ALFWORLD_TEMPLATE.format(
        task_description=task_description.rstrip("."),
        step_count=step_count,
        history_block=history_block,
        current_step=step_count + 1,
        **fields,
    )
