"""Prompt templates of the toy environment (same shape as the ALFWorld ones, METHOD.md §4.4; kept
short because the tiny CPU model reads them every turn).

- TOY_TEMPLATE_NO_HIS: the first turn, or when no history is shown; the observation contains the task.
- TOY_TEMPLATE: later turns: the task, the number of steps taken, the last K (observation, action)
  pairs (SimpleMemory.render lines) and the current observation.
Both end with the admissible actions and the output-format instruction; {hint_line} is empty unless
env.toy.show_hint puts the privileged hint into the student's prompt (an oracle for learning checks).
"""

TOY_TEMPLATE_NO_HIS = """You are an agent in a small room.
Current observation: {current_observation}
{hint_line}Admissible actions: [{admissible_actions}].
{instruction}"""

TOY_TEMPLATE = """You are an agent in a small room.
Your task is to: {task_description}.
You have taken {step_count} step(s). {history_block}Now you are at step {current_step}.
Current observation: {current_observation}
{hint_line}Admissible actions: [{admissible_actions}].
{instruction}"""

INSTRUCTION_THINK = ("First reason inside <think> </think>, then give exactly one admissible action "
                     "inside <action> </action>.")
INSTRUCTION_NO_THINK = "Give exactly one admissible action inside <action> </action>."


def render_toy_prompt(*, task_description: str, current_observation: str, admissible_actions: list[str],
                      step_count: int, history: str, history_length: int, require_think: bool = True,
                      hint: str | None = None) -> str:
    """The user message of one turn; `history` is the rendered memory of the last `history_length` steps."""
    fields = dict(
        current_observation=current_observation,
        admissible_actions=", ".join(f"'{a}'" for a in admissible_actions),
        hint_line=f"Hint: {hint}\n" if hint else "",
        instruction=INSTRUCTION_THINK if require_think else INSTRUCTION_NO_THINK,
    )
    if step_count <= 0:
        return TOY_TEMPLATE_NO_HIS.format(**fields)
    shown = min(step_count, max(history_length, 0))
    history_block = (f"Your last {shown} observation(s) and action(s):\n{history}\n" if shown and history else "")
    return TOY_TEMPLATE.format(task_description=task_description, step_count=step_count,
                               history_block=history_block, current_step=step_count + 1, **fields)
