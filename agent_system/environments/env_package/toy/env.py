"""The toy environment: "take the <category>" in a small room.

A room holds `num_objects` objects: exactly one from the task's category (food, tool or dish) and the
rest from the other categories. The task names only the category ("take the food"), so the policy
has to know which objects are food — knowledge the student learns by trial and error, and that the
skill file of the task type (skills/toy/<category>.md) states outright. That makes the skill the
privileged information of this env: a teacher reading it sees the right object named.

Actions: "take <object>" for each object in the room, and "look" (describes the room again).
- take the right object: reward 10 (= 10 * won, like ALFWorld), episode over, won;
- take a wrong object: reward 0, episode over (one decision per episode, so random play wins
  1 / num_objects of the time and a learner has room to improve);
- look: reward 0, the episode goes on;
- anything else (not admissible, garbage, empty): "Nothing happens.", reward 0, the episode goes on.

Difficulty: `category_size` (env.toy.category_size, 1..3) is how many members of each category are in
play. With 1 the category fixes the object ("food" is always the apple) and the policy only has to
learn three associations; with 3 it must also match the category against the objects in the room.

Task sets (env.toy.task_set):
- "categories" (default): the tasks above. The category is in the student's prompt, so a model that
  knows what food is could infer the object without any skill.
- "owners": "take anna's item", the room holds one item of each owner in play (shuffled), and which
  item is anna's is an arbitrary fact that only the owner's skill file (skills/toy_owners/anna.md)
  states. The student cannot infer it from its prompt; it can only learn it by trial and error, while
  a teacher that reads the skill sees it named. This is the skill-reading task of the learning
  benchmark (benchmarks/learning_sdar.py). category_size must be 1 there (one item per owner).

Rooms (env.toy.num_rooms, default 1): with K > 1 an episode is K rooms in a row, each a fresh shuffle
of objects holding one of the task's items; taking the right one moves on to the next room (reward 0,
the new room's observation is a first turn's: it does not say what was taken), a wrong one ends the
episode failed, and only the right take in the last room wins (reward 10). Random play wins
(1 / num_objects)^K of the time: the reward is sparse and lands on the episode, while each turn's
decision is judged separately by a teacher reading the skill. This is the credit-assignment setting of
the learning benchmark. env.max_steps must be at least K.

Episodes are short (env.max_steps, default 4, is enforced by the collector); everything is
deterministic given the task, so transcripts are reproducible.
"""
from __future__ import annotations

import random
from typing import Any, Sequence

CATEGORIES: dict[str, tuple[str, ...]] = {
    "food": ("apple", "bread", "egg"),
    "tool": ("knife", "pan", "spatula"),
    "dish": ("mug", "plate", "bowl"),
}
TASK_TYPES = tuple(CATEGORIES)
# The "owners" task set: each owner's item is an arbitrary fact (the skill files state it).
OWNERS: dict[str, tuple[str, ...]] = {
    "anna": ("mug",),
    "ben": ("knife",),
    "cleo": ("apple",),
    "dora": ("bread",),
    "emil": ("plate",),
}
OWNER_TYPES = tuple(OWNERS)
TASK_SETS = {"categories": CATEGORIES, "owners": OWNERS}
DATA_SOURCE = "toy"
SUCCESS_REWARD = 10.0
LOOK_ACTION = "look"
NOTHING_HAPPENS = "Nothing happens."
MAX_CATEGORY_SIZE = min(len(v) for v in CATEGORIES.values())


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def describe_room(objects: Sequence[str]) -> str:
    listed = [f"{_article(o)} {o}" for o in objects]
    listing = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
    return f"You are in a small room. You see {listing}."


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def goal_noun(task_type: str, task_set: str = "categories") -> str:
    """What the task asks for: "the food" or "anna's item"."""
    return f"{task_type}'s item" if task_set == "owners" else f"the {task_type}"


def task_sentence(task_type: str, task_set: str = "categories") -> str:
    return f"take {goal_noun(task_type, task_set)}"


def generate_tasks(num_tasks: int, seed: int, num_objects: int = 3, split: str = "train",
                   category_size: int = MAX_CATEGORY_SIZE, task_types: Sequence[str] | None = None,
                   task_set: str = "categories", num_rooms: int = 1) -> list[dict[str, Any]]:
    """`num_tasks` tasks, `task_types` (default: all of the task set) in turn (balanced per-type
    metrics), objects shuffled; seeded. With `num_rooms` > 1 a task's "rooms" lists its rooms as
    {objects, target}; "objects" and "target" are always the first room's."""
    if task_set not in TASK_SETS:
        raise ValueError(f"env.toy.task_set must be one of {list(TASK_SETS)}, got {task_set!r}")
    table = TASK_SETS[task_set]
    task_types = list(table) if task_types is None else list(task_types)
    unknown = [t for t in task_types if t not in table]
    if unknown or not task_types:
        raise ValueError(f"env.toy.task_types must be a non-empty subset of {list(table)} "
                         f"(env.toy.task_set={task_set}), got {task_types}")
    size_limit = min(len(v) for v in table.values())
    if not 1 <= category_size <= size_limit:
        raise ValueError(f"env.toy.category_size must be between 1 and {size_limit} "
                         f"(env.toy.task_set={task_set}), got {category_size}")
    max_objects = 1 + (len(table) - 1) * category_size
    if not 1 <= num_objects <= max_objects:
        raise ValueError(f"env.toy.num_objects must be between 1 and {max_objects} "
                         f"(with env.toy.category_size={category_size}), got {num_objects}")
    if num_rooms < 1:
        raise ValueError(f"env.toy.num_rooms must be at least 1, got {num_rooms}")
    if num_tasks < 1:
        raise ValueError(f"the toy {split} task count must be positive, got {num_tasks} "
                         f"(env.toy.{'num_tasks' if split == 'train' else 'num_val_tasks'})")
    rng = random.Random(f"toy-{split}-{seed}")
    tasks = []

    def room(task_type: str) -> tuple[list[str], str]:
        target = rng.choice(table[task_type][:category_size])
        others = [o for t, members in table.items() if t != task_type for o in members[:category_size]]
        objects = [target] + rng.sample(others, num_objects - 1)
        rng.shuffle(objects)
        return objects, target

    for i in range(num_tasks):
        task_type = task_types[i % len(task_types)]
        objects, target = room(task_type)
        # later rooms draw after the first, so num_rooms=1 gives the same tasks as before rooms existed
        rooms = [(objects, target)] + [room(task_type) for _ in range(num_rooms - 1)]
        tasks.append({
            "task_id": f"toy-{split}-{seed}-{i:04d}",
            "task_type": task_type,
            "data_source": DATA_SOURCE,
            "objects": objects,
            "target": target,
            "task_text": task_sentence(task_type, task_set),
            "hint": f"{_capitalised(goal_noun(task_type, task_set))} here is the {target}.",
        })
        if num_rooms > 1:  # one-room tasks keep their old shape (golden transcripts, saved task lists)
            tasks[-1]["rooms"] = [{"objects": o, "target": t} for o, t in rooms]
    return tasks


class ToyEnv:
    """One episode of the toy task; `reset(task)` then `step(action)` until done."""

    def __init__(self) -> None:
        self.task: dict[str, Any] | None = None
        self.rooms: list[dict[str, Any]] = []  # the task's rooms ({objects, target}); one for a one-room task
        self.room = 0  # index into self.rooms
        self.done = False
        self.won = False
        self.observation = ""

    @property
    def objects(self) -> list[str]:
        return list(self.rooms[self.room]["objects"]) if self.task is not None else []

    @property
    def target(self) -> str | None:
        return self.rooms[self.room]["target"] if self.task is not None else None

    @property
    def hint(self) -> str | None:
        """The privileged hint for the current room ("Anna's item here is the mug.")."""
        if self.task is None:
            return None
        return f"{_capitalised(self._goal_noun())} here is the {self.target}."

    def _goal_noun(self) -> str:
        task_type = self.task["task_type"]
        return goal_noun(task_type, "owners" if task_type in OWNERS else "categories")

    @property
    def admissible_actions(self) -> list[str]:
        if self.task is None:
            return []
        return [f"take {o}" for o in self.objects] + [LOOK_ACTION]

    def _info(self) -> dict[str, Any]:
        task = self.task or {}
        return {
            "won": self.won,
            "task_id": task.get("task_id"),
            "task_type": task.get("task_type"),
            "data_source": task.get("data_source", DATA_SOURCE),
            "admissible_actions": self.admissible_actions,
        }

    def reset(self, task: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        missing = [k for k in ("task_type", "objects", "target", "task_text") if k not in task]
        if missing:
            raise ValueError(f"toy task {task.get('task_id')!r} lacks {missing}")
        self.task, self.room, self.done, self.won = dict(task), 0, False, False
        self.rooms = task.get("rooms") or [{"objects": task["objects"], "target": task["target"]}]
        for room in self.rooms:
            if room["target"] not in room["objects"]:
                raise ValueError(f"toy task {task.get('task_id')!r}: target {room['target']!r} is not among "
                                 f"its room's objects {room['objects']}")
        self.observation = self._room_observation()
        return self.observation, self._info()

    def _room_observation(self) -> str:
        return f"{describe_room(self.objects)} Your task is to: {self.task['task_text']}."

    def step(self, action: str) -> tuple[str, float, bool, dict[str, Any]]:
        if self.task is None:
            raise RuntimeError("ToyEnv.step called before reset")
        action = (action or "").strip().lower()
        admissible = action in self.admissible_actions
        reward = 0.0
        if self.done:  # a finished episode stays finished: defined no-op
            info = self._info()
            info.update(action=action, action_admissible=False)
            return self.observation, 0.0, True, info
        if action == LOOK_ACTION:
            self.observation = describe_room(self.objects)
        elif admissible:  # "take <object>"
            taken = action[len("take "):]
            if taken == self.target and self.room + 1 < len(self.rooms):  # on to the next room
                self.room += 1
                self.observation = self._room_observation()
            elif taken == self.target:
                self.done, self.won, reward = True, True, SUCCESS_REWARD
                self.observation = f"You take the {taken}. Task complete."
            else:
                self.done = True
                self.observation = f"You take the {taken}. It is not {self._goal_noun()}. Task failed."
        else:
            self.observation = NOTHING_HAPPENS
        info = self._info()
        info.update(action=action, action_admissible=admissible)
        return self.observation, reward, self.done, info
