"""Prompt templates of the Search-QA environment (METHOD.md §4.4, our own wording).

Two variants, filled with str.format:
- SEARCH_TEMPLATE_NO_HIS: the first turn (or history_length <= 0): {task_description} = the question.
- SEARCH_TEMPLATE: later turns: {task_description}, {step_count} (turns taken so far),
  {history_length} (how many past turns are shown), {memory_context} (SearchMemory.render lines
  "Step k:<search>q</search> <information>...</information>") and {current_step} (= step_count + 1).
"""

SEARCH_TEMPLATE_NO_HIS = """You are an expert question-answering agent. You can look facts up in a text collection with a search engine.
Your question: {task_description}

First think about what you need to know, inside <think> </think>.
Then do exactly one of the following:
- to look something up, write a search query inside <search> </search>; the results will come back inside <information> </information>;
- when you are sure, write the final answer inside <answer> </answer>, using only the answer itself, e.g. <answer> Beijing </answer>.
"""

SEARCH_TEMPLATE = """You are an expert question-answering agent. You can look facts up in a text collection with a search engine.
Your question: {task_description}

So far you have taken {step_count} step(s). Your most recent {history_length} step(s) are shown below: each gives your <search> query and the <information> it returned.
History:
{memory_context}

You are now at step {current_step}. First think about what you still need to know, inside <think> </think>.
Then do exactly one of the following:
- to look something up, write a search query inside <search> </search>; the results will come back inside <information> </information>;
- when you are sure, write the final answer inside <answer> </answer>, using only the answer itself, e.g. <answer> Beijing </answer>.
"""


def render_search_prompt(question: str, step_count: int, history: str, history_length: int) -> str:
    """The user message of one turn: the no-history variant until there is history to show."""
    if step_count <= 0 or history_length <= 0 or not history:
        return SEARCH_TEMPLATE_NO_HIS.format(task_description=question)
    return SEARCH_TEMPLATE.format(
        task_description=question,
        step_count=step_count,
        history_length=min(step_count, history_length),
        memory_context=history,
        current_step=step_count + 1,
    )
