"""WebShopEnvironmentManager: a batch of WebShop sessions with memory, prompts and projection.

The sessions are light page states over one shared `WebShopSite` (catalogue, index, goals), so they
live in the caller's process: a step is a dictionary lookup, a BM25 query (about a millisecond on
the small catalogue) or, on Buy Now, a spaCy tagging of two titles.

What the reference's manager does and we keep (METHOD.md §4.3, §5.2):
- the task is the third " [SEP] " part of the first page (the second must be "Instruction:");
- the observation shown to the model is every part after the task, each single-quoted, joined by
  " [SEP] "; a page without the task (the done page) is shown as is;
- available actions: "search[<your query>]" when the page has a search bar, then "click[<x>]" per
  clickable;
- the action is the text between <action> and </action> (20-char tail fallback; with
  env.webshop.faithful the reference's exact rule, project_tagged_action_reference, else ours,
  project_tagged_action); it is executed even when the turn is format-invalid (the env makes most
  such strings no-ops);
- reward 10 when the purchase scores exactly 1.0 (won), else 0; info["task_score"] is the raw score
  of that step (0 until something is bought).
The memory stores (the observation shown before the action, the projected action).
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from agent_system.environments.base import EnvironmentManager, Message, Task, check_step_inputs, pick_task_indices
from agent_system.environments.projection import Projection, project_tagged_action, project_tagged_action_reference
from agent_system.environments.prompts.webshop import MAX_PROMPT_CHARS, build_webshop_prompt
from agent_system.memory.simple import SimpleMemory

from .env import WebShopTextEnv, parse_action
from .site import WebShopSite

DATA_SOURCE = "webshop"
SUCCESS_REWARD = 10.0
PROJECTION_TAIL_CHARS = 20
SEARCH_ACTION_TEMPLATE = "search[<your query>]"


def make_task(site: WebShopSite, goal_idx: int) -> Task:
    goal = site.goals[goal_idx]
    return {
        "task_id": f"webshop-goal-{goal_idx}",
        "task_type": goal.category,
        "data_source": DATA_SOURCE,
        "goal_idx": int(goal_idx),
        "task_text": goal.instruction_text,
    }


def split_observation(raw_obs: str) -> tuple[str, str]:
    """(task, the reformatted observation) of a raw page text; the task is "" if the page has none."""
    parts = raw_obs.split(" [SEP] ")
    task = parts[2] if len(parts) > 2 and parts[1] == "Instruction:" else ""
    return task, format_observation(raw_obs, task)


def format_observation(raw_obs: str, task: str) -> str:
    parts = raw_obs.split(" [SEP] ")
    if not task or task not in parts:
        return raw_obs
    return " [SEP] ".join(f"'{part}'" for part in parts[parts.index(task) + 1:])


def available_action_list(available: dict) -> list[str]:
    actions = [SEARCH_ACTION_TEMPLATE] if available["has_search_bar"] else []
    return actions + [f"click[{clickable}]" for clickable in available["clickables"]]


def is_admissible(action: str, available: dict) -> bool:
    """Listed on the page: a click on a clickable, or any non-empty search where a search bar is shown."""
    name, argument = parse_action(action)
    if name == "search":
        return bool(argument and argument.strip()) and available["has_search_bar"]
    return name == "click" and argument in available["clickables"]


class WebShopEnvironmentManager(EnvironmentManager):
    env_name = DATA_SOURCE

    def __init__(self, site: WebShopSite, goal_indices: Sequence[int], *, max_steps: int = 15,
                 history_length: int = 2, require_think: bool = True, check_admissible: bool = False,
                 seed: int = 0, max_prompt_chars: int = MAX_PROMPT_CHARS, split: str = "train"):
        if not goal_indices:
            raise ValueError(f"the WebShop {split} goal list is empty")
        bad = [i for i in goal_indices if not 0 <= int(i) < len(site.goals)]
        if bad:
            raise ValueError(f"WebShop {split} goal indices {bad[:5]} are out of range (0..{len(site.goals) - 1})")
        self.site = site
        self.goal_indices = [int(i) for i in goal_indices]
        self.max_steps = int(max_steps)
        self.history_length = int(history_length)
        self.require_think = bool(require_think)
        self.check_admissible = bool(check_admissible)
        self.faithful = site.settings.faithful  # env.webshop.faithful: the reference's projection rule too
        self.seed = int(seed)
        self.max_prompt_chars = int(max_prompt_chars)
        self.split = split
        self.tasks: list[Task] = []
        self.envs: list[WebShopTextEnv] = []
        self.memory = SimpleMemory()
        self._task_texts: list[str] = []
        self._last_obs: list[str] = []
        self._last_infos: list[dict] = []
        self._available: list[dict] = []
        self._steps = np.zeros(0, dtype=np.int64)
        self._done = np.zeros(0, dtype=bool)

    # ------------------------------------------------------------------ tasks
    def sample_tasks(self, num_tasks: int, rng: np.random.Generator) -> list[Task]:
        """Distinct training goals (with repeats only if more are asked for than the split holds)."""
        picks = pick_task_indices(len(self.goal_indices), num_tasks, rng)
        return [make_task(self.site, self.goal_indices[i]) for i in picks]

    def eval_tasks(self) -> list[Task]:
        return [make_task(self.site, i) for i in self.goal_indices]

    # ------------------------------------------------------------------ episodes
    def reset(self, tasks: Sequence[Task]) -> tuple[list[str], list[dict]]:
        self.tasks = [dict(task) for task in tasks]
        for task in self.tasks:
            if "goal_idx" not in task:
                raise ValueError(f"WebShop task {task.get('task_id')!r} has no goal_idx")
        # Env i's seed only drives the goal drawn after its auto-reset, which no episode uses.
        self.envs = [WebShopTextEnv(self.site, seed=self.seed + i) for i in range(len(self.tasks))]
        self.memory.reset(len(self.tasks))
        self._task_texts, self._last_obs, self._last_infos, self._available = [], [], [], []
        for env, task in zip(self.envs, self.tasks):
            raw_obs, _ = env.reset(int(task["goal_idx"]))
            task_text, obs = split_observation(raw_obs)
            if task_text != env.instruction_text.strip():
                raise RuntimeError(f"WebShop start page does not carry the instruction: {raw_obs[:200]!r}")
            available = env.available_actions()
            self._task_texts.append(task_text)
            self._last_obs.append(obs)
            self._available.append(available)
            self._last_infos.append(self._info(task, available, won=False, task_score=0.0))
        self._steps = np.zeros(len(self.tasks), dtype=np.int64)
        self._done = np.zeros(len(self.tasks), dtype=bool)
        return list(self._last_obs), list(self._last_infos)

    def _info(self, task: Task, available: dict, **fields) -> dict:
        return {"task_type": task["task_type"], "data_source": task["data_source"], "goal_idx": task["goal_idx"],
                "available_actions": available_action_list(available), **fields}

    def project(self, text: str | None, available: dict) -> Projection:
        project = project_tagged_action_reference if self.faithful else project_tagged_action
        projection = project(text, tail_chars=PROJECTION_TAIL_CHARS, require_think=self.require_think)
        if projection.valid and self.check_admissible and not is_admissible(projection.action, available):
            return Projection(projection.action, False, "not_admissible")
        return projection

    def step(self, texts: Sequence[str | None], active: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, list[dict]]:
        n = len(self.envs)
        active = check_step_inputs(texts, active, n)
        observations, infos = list(self._last_obs), list(self._last_infos)
        rewards = np.zeros(n, dtype=np.float32)
        for i in np.nonzero(active & ~self._done)[0]:
            projection = self.project(texts[i], self._available[i])
            self.memory.store(i, self._last_obs[i], projection.action)
            raw_obs, score, done, env_info = self.envs[i].step(projection.action)
            self._steps[i] += 1
            won = bool(done and score == 1.0)
            truncated = not done and self._steps[i] >= self.max_steps
            available = {"has_search_bar": False, "clickables": []} if done else self.envs[i].available_actions()
            info = self._info(self.tasks[i], available, won=won, task_score=float(score),
                              is_action_valid=projection.valid, action=projection.action,
                              projection=projection.reason, truncated=bool(truncated))
            if done:
                info.update(purchased_asin=env_info["purchased_asin"], reward_breakdown=env_info["reward_breakdown"])
            observations[i] = format_observation(raw_obs, self._task_texts[i])
            rewards[i] = SUCCESS_REWARD if won else 0.0
            infos[i] = info
            self._available[i] = available
            self._done[i] = done or truncated
        self._last_obs, self._last_infos = observations, infos
        return observations, rewards, (self._done | ~active).copy(), infos

    # ------------------------------------------------------------------ prompts
    def build_prompt(self, index: int, history_length: int | None = None) -> list[Message]:
        """One user message; `history_length` overrides env.history_length."""
        k = self.history_length if history_length is None else int(history_length)
        content = build_webshop_prompt(
            task=self._task_texts[index],
            observation=self._last_obs[index],
            actions=available_action_list(self._available[index]),
            history=self.memory.render(index, k),
            step_count=self.memory.num_steps(index),
            history_length=k,
            max_chars=self.max_prompt_chars,
        )
        return [{"role": "user", "content": content}]

    def oracle_response(self, index: int) -> str:
        """The next step of buying the goal's product with its options (rollout.name=oracle)."""
        return f"<think>Buying the product the goal was made from.</think>\n<action>{planned_action(self.envs[index])}</action>"

    # ------------------------------------------------------------------ metrics
    def success(self, infos: Sequence[dict]) -> dict[str, float]:
        """success_rate, per-category rates, and webshop_task_score: the mean final purchase score."""
        metrics = super().success(infos)
        scores = [float(info.get("task_score", 0.0)) for info in infos]
        metrics["webshop_task_score"] = float(np.mean(scores)) if scores else 0.0
        return metrics


def planned_action(env: WebShopTextEnv) -> str:
    """What a shopper who knows the goal does next: search the goal product's title, open the product
    (paging on while it is on a later page), choose the goal's option values, Buy Now."""
    goal, state = env.goal, env.state
    if state.kind == "search":
        return f"search[{goal.name}]"
    if state.kind == "results":
        asins = [product.asin for product in state.results]
        if goal.asin.lower() in env.available_actions()["clickables"]:
            return f"click[{goal.asin.lower()}]"
        return "click[next >]" if goal.asin in asins else "click[back to search]"
    if state.kind == "item_sub" or (state.kind == "item" and state.product.asin != goal.asin):
        return "click[< prev]"
    wanted = goal.goal_options
    if isinstance(wanted, dict):
        pairs = list(wanted.items())
    else:  # human goals list values only: find each value's option name
        pairs = [(name, value) for value in wanted for name, values in state.product.options.items()
                 if value in values]
    for name, value in pairs:
        if state.options.get(name) != value:
            return f"click[{value}]"
    return "click[buy now]"
