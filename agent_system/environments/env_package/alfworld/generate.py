"""Procedural ALFWorld games in the official dataset layout (our own mini-benchmark).

The official ALFWorld games cannot be downloaded here (ENVIRONMENTS.md §A3), so this module writes
games of the same *format* from scratch:

    <root>/json_2.1.1/<split>/<task_type>-<Object>-None-<Receptacle or Toggle>-<scene>/trial_T<date>_<time>_<id>/
        traj_data.json      task_type, pddl_params, turk_annotations, scene (+ our `walkthrough`)
        initial_state.pddl  a (:domain alfred) problem: objects, receptacles, locations, facts, goal
        game.tw-pddl        {pddl_domain, grammar, pddl_problem, solvable, walkthrough}

Everything that defines the game mechanics comes from the installed `alfworld` package: the PDDL
domain (alfred.pddl), the TextWorld grammar (alfred.twl2, with the task sentence filled in by
`add_task_to_grammar`), the goal formulas (`alfworld.gen.goal_library`), which receptacle type may
hold which object type (`constants.VAL_RECEPTACLE_OBJECTS` -> canContain facts), which objects can
be cleaned/heated/cooled (`constants.VAL_ACTION_OBJECTS`) and which receptacles open. Solvability
is decided by the fast-downward planner through TextWorld's PddlEnv, exactly as `alfworld-generate`
does; its plan is stored as the walkthrough. What is ours: the room kinds, their receptacle and
object pools, the placement of targets and distractors, and the sizes (small rooms: 4-8
receptacles and 3-8 objects, so a game loads in well under a second and plans in about one).

Scenes follow ALFRED's numbering (kitchens 1-30, living rooms 201-230, bedrooms 301-330, bathrooms
401-430). A scene number fixes the room's receptacle layout; each game then places objects anew.
`valid_unseen` draws only from held-out scene numbers, `train` and `valid_seen` from the rest.

This is NOT the official benchmark: scores on these games are not comparable with the paper.
Everything is deterministic given the seed.
"""
from __future__ import annotations

import json
import os
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

TASK_TYPES = {
    1: "pick_and_place_simple",
    2: "look_at_obj_in_light",
    3: "pick_clean_then_place_in_recep",
    4: "pick_heat_then_place_in_recep",
    5: "pick_cool_then_place_in_recep",
    6: "pick_two_obj_and_place",
}
GENERATOR_NAME = "sdar-mini-alfworld"
GENERATOR_VERSION = 1

# Appliance that changes an object's state, per task type (the PDDL domain hard-codes these types).
STATE_CHANGE_APPLIANCE = {
    "pick_clean_then_place_in_recep": ("SinkBasin", "Cleanable"),
    "pick_heat_then_place_in_recep": ("Microwave", "Heatable"),
    "pick_cool_then_place_in_recep": ("Fridge", "Coolable"),
}
# Sinks and bathtubs are named like the real data ("Sink|...|SinkBasin") so that the demangler,
# which appends "basin" to ids containing it, shows "sinkbasin 1" rather than "sinkbasinbasin 1".
BASIN_ID_PREFIX = {"SinkBasin": "Sink", "BathtubBasin": "Bathtub"}
LAMP = "DeskLamp"
LAMP_HOLDERS = ("Desk", "SideTable", "Dresser")
# Receptacles that only decorate (kept out of goals: nobody asks to put a mug on a towel holder).
NON_GOAL_RECEPTACLES = {"GarbageCan", "TowelHolder", "HandTowelHolder", "ToiletPaperHanger", "BathtubBasin"}


@dataclass(frozen=True)
class RoomKind:
    name: str
    scenes: range
    # receptacle type -> (min count, max count); the layout draws a count in that range
    receptacles: dict[str, tuple[int, int]]
    objects: tuple[str, ...]
    has_lamp: bool = False


ROOM_KINDS = {
    "kitchen": RoomKind(
        "kitchen", range(1, 31),
        {"CounterTop": (1, 2), "Cabinet": (1, 3), "Drawer": (0, 2), "Fridge": (1, 1), "Microwave": (1, 1),
         "SinkBasin": (1, 1), "StoveBurner": (0, 2), "DiningTable": (0, 1), "Shelf": (0, 1), "GarbageCan": (0, 1)},
        ("Apple", "Bread", "Egg", "Potato", "Tomato", "Lettuce", "Mug", "Cup", "Bowl", "Plate", "Pan", "Pot",
         "Kettle", "Fork", "Spoon", "Knife", "ButterKnife", "Spatula", "Ladle", "DishSponge", "SaltShaker",
         "PepperShaker", "WineBottle", "SoapBottle"),
    ),
    "livingroom": RoomKind(
        "livingroom", range(201, 231),
        {"Sofa": (1, 1), "ArmChair": (0, 1), "CoffeeTable": (1, 1), "SideTable": (1, 2), "Drawer": (0, 2),
         "Cabinet": (0, 2), "Shelf": (0, 2), "Dresser": (0, 1), "GarbageCan": (0, 1)},
        ("RemoteControl", "KeyChain", "CreditCard", "Newspaper", "Book", "Laptop", "Box", "Statue", "Vase",
         "Watch", "Pillow", "Candle", "CellPhone", "TissueBox"),
        has_lamp=True,
    ),
    "bedroom": RoomKind(
        "bedroom", range(301, 331),
        {"Bed": (1, 1), "Desk": (1, 1), "SideTable": (0, 2), "Dresser": (0, 1), "Drawer": (1, 3),
         "Shelf": (0, 2), "GarbageCan": (0, 1), "Safe": (0, 1), "ArmChair": (0, 1)},
        ("Book", "CellPhone", "Pen", "Pencil", "AlarmClock", "CD", "KeyChain", "CreditCard", "Pillow", "Laptop",
         "Mug", "Bowl", "BaseballBat", "TennisRacket", "BasketBall", "Watch"),
        has_lamp=True,
    ),
    "bathroom": RoomKind(
        "bathroom", range(401, 431),
        {"Toilet": (1, 1), "SinkBasin": (1, 2), "BathtubBasin": (0, 1), "CounterTop": (1, 1), "Cabinet": (1, 3),
         "Drawer": (0, 2), "Shelf": (0, 1), "GarbageCan": (1, 1), "TowelHolder": (0, 1),
         "ToiletPaperHanger": (0, 1)},
        ("SoapBar", "Cloth", "ToiletPaper", "SprayBottle", "Candle", "SoapBottle", "DishSponge", "TissueBox",
         "Towel", "Plunger"),
    ),
}
# Task types and the room kinds where they make sense (and where the needed appliance exists).
TASK_ROOMS = {
    "pick_and_place_simple": ("kitchen", "livingroom", "bedroom", "bathroom"),
    "look_at_obj_in_light": ("livingroom", "bedroom"),
    "pick_clean_then_place_in_recep": ("kitchen", "bathroom"),
    "pick_heat_then_place_in_recep": ("kitchen",),
    "pick_cool_then_place_in_recep": ("kitchen",),
    "pick_two_obj_and_place": ("kitchen", "livingroom", "bedroom", "bathroom"),
}
# Held-out scenes for valid_unseen: the last five of each room kind.
UNSEEN_SCENES = frozenset(n for kind in ROOM_KINDS.values() for n in list(kind.scenes)[-5:])
MAX_RECEPTACLES = 8


def _alfworld_tables():
    """The package's fact tables (imported lazily: generation is the only user)."""
    import alfworld.gen.constants as constants
    return constants.VAL_RECEPTACLE_OBJECTS, constants.VAL_ACTION_OBJECTS, constants.OPENABLE_CLASS_SET


# ----------------------------------------------------------------------------- ids
def pddl_id(raw: str) -> str:
    """ALFRED's id mangling ('Apple|+00.50|...' -> 'Apple_bar__plus_00_dot_50_...')."""
    for old, new in (("-", "_minus_"), ("|", "_bar_"), ("+", "_plus_"), (".", "_dot_"), (",", "_comma_")):
        raw = raw.replace(old, new)
    return raw


class _IdMaker:
    """Unique ALFRED-style entity and location ids from random coordinates."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def entity(self, type_name: str) -> str:
        while True:
            x, y, z = (self.rng.uniform(-3.5, 3.5) for _ in range(3))
            raw = f"{BASIN_ID_PREFIX.get(type_name, type_name)}|{x:+06.2f}|{abs(y):+06.2f}|{z:+06.2f}"
            if type_name in BASIN_ID_PREFIX:
                raw += f"|{type_name}"
            ident = pddl_id(raw)
            if ident not in self.used:
                self.used.add(ident)
                return ident

    def location(self) -> str:
        while True:
            raw = (f"loc|{self.rng.randint(-9, 9)}|{self.rng.randint(-9, 9)}|"
                   f"{self.rng.randint(0, 3)}|{self.rng.choice((-30, 0, 15, 30, 45, 60))}")
            ident = pddl_id(raw)
            if ident not in self.used:
                self.used.add(ident)
                return ident


# ----------------------------------------------------------------------------- layout
@dataclass
class Layout:
    room: str
    scene: int
    receptacles: list[tuple[str, str, str]]  # (type, id, location id)
    lamp: tuple[str, str] | None = None      # (desk lamp object id, id of the receptacle holding it)

    def types(self) -> set[str]:
        return {t for t, _, _ in self.receptacles}


def scene_layout(scene: int, layout_seed: int = 0) -> Layout:
    """The fixed receptacle layout of a scene number (same scene -> same room, in every split)."""
    kind = next((k for k in ROOM_KINDS.values() if scene in k.scenes), None)
    if kind is None:
        raise ValueError(f"scene {scene} is not in any room kind's range "
                         f"({', '.join(f'{k.name} {k.scenes.start}-{k.scenes.stop - 1}' for k in ROOM_KINDS.values())})")
    rng = random.Random(f"layout-{layout_seed}-{scene}")
    counts = {t: rng.randint(lo, hi) for t, (lo, hi) in kind.receptacles.items()}
    optional = [t for t in counts if counts[t] > kind.receptacles[t][0]]
    rng.shuffle(optional)
    while sum(counts.values()) > MAX_RECEPTACLES and optional:  # small rooms keep planning fast
        t = optional.pop()
        counts[t] = kind.receptacles[t][0]
    ids = _IdMaker(rng)
    receptacles = [(t, ids.entity(t), ids.location()) for t in sorted(counts) for _ in range(counts[t])]
    lamp = None
    if kind.has_lamp:
        holders = [rid for t, rid, _ in receptacles if t in LAMP_HOLDERS]
        lamp = (ids.entity(LAMP), rng.choice(sorted(holders)))
    return Layout(kind.name, scene, receptacles, lamp)


# ----------------------------------------------------------------------------- one game
@dataclass
class GameSpec:
    """Everything a game needs before the planner sees it."""
    task_type: str
    object_target: str
    parent_target: str      # destination receptacle type ('' for look_at_obj_in_light)
    toggle_target: str      # 'DeskLamp' for look_at_obj_in_light, else ''
    layout: Layout
    objects: list[tuple[str, str, str]] = field(default_factory=list)  # (type, id, receptacle id)
    start_location: str = ""  # where the agent stands at the start (no receptacle there)
    trial: str = ""

    @property
    def folder(self) -> str:
        slot = self.toggle_target if self.task_type == "look_at_obj_in_light" else self.parent_target
        return f"{self.task_type}-{self.object_target}-None-{slot}-{self.layout.scene}"


def _choose_target(rng: random.Random, task_type: str, layout: Layout) -> tuple[str, str] | None:
    """(object type, destination receptacle type) feasible in this layout, or None."""
    can_contain, action_objects, _ = _alfworld_tables()
    kind = ROOM_KINDS[layout.room]
    present = layout.types()
    appliance, ability = STATE_CHANGE_APPLIANCE.get(task_type, (None, None))
    if appliance and appliance not in present:
        return None
    candidates = []
    for obj in kind.objects:
        if ability and obj not in action_objects[ability]:
            continue
        holders = {t for t in present if obj in can_contain.get(t, ())}
        if task_type == "look_at_obj_in_light":
            if holders:
                candidates.append((obj, ""))
            continue
        for dest in sorted(holders - NON_GOAL_RECEPTACLES - ({appliance} if appliance else set())):
            # the object must be able to start somewhere else than the destination type (and, when
            # cooling, than the fridge: see _place_objects)
            if holders - {dest} - ({"Fridge"} if task_type == "pick_cool_then_place_in_recep" else set()):
                candidates.append((obj, dest))
    return rng.choice(candidates) if candidates else None


def _place_objects(rng: random.Random, spec: GameSpec, num_distractors: int) -> None:
    can_contain, _, _ = _alfworld_tables()
    layout, kind = spec.layout, ROOM_KINDS[spec.layout.room]
    ids = _IdMaker(rng)
    ids.used.update(rid for _, rid, _ in layout.receptacles)
    ids.used.update(loc for _, _, loc in layout.receptacles)
    if layout.lamp:
        ids.used.add(layout.lamp[0])
    spec.start_location = ids.location()
    # Never start a target in the destination type (the goal would be half done), nor a cooling
    # target in the fridge (ALFRED treats whatever is in a fridge as already cold).
    excluded = {spec.parent_target} | ({"Fridge"} if spec.task_type == "pick_cool_then_place_in_recep" else set())
    sources = [rid for t, rid, _ in layout.receptacles if spec.object_target in can_contain.get(t, ()) and t not in excluded]
    num_targets = rng.randint(2, 3) if spec.task_type == "pick_two_obj_and_place" else rng.randint(1, 2)
    spec.objects = [(spec.object_target, ids.entity(spec.object_target), rng.choice(sources))
                    for _ in range(num_targets)]
    pool = [o for o in kind.objects if o != spec.object_target]
    for obj in rng.sample(pool, min(num_distractors, len(pool))):
        holders = [rid for t, rid, _ in layout.receptacles if obj in can_contain.get(t, ())]
        if holders:
            spec.objects.append((obj, ids.entity(obj), rng.choice(holders)))


def _goal_pddl(spec: GameSpec) -> str:
    import alfworld.gen.goal_library as goal_library
    template = goal_library.gdict[spec.task_type]["pddl"]
    goal = template.format(obj=spec.object_target, recep=spec.parent_target, toggle=spec.toggle_target)
    return goal.replace("#", "-")  # the library writes '#' for PDDL's type dash


def problem_pddl(spec: GameSpec) -> str:
    """The initial_state.pddl text of a game."""
    can_contain, action_objects, openable_types = _alfworld_tables()
    layout = spec.layout
    rtypes = {t for t, _, _ in layout.receptacles}
    otypes = {t for t, _, _ in spec.objects}
    if layout.lamp:
        otypes.add(LAMP)
    # The domain names these types in preconditions, so they must exist as constants.
    rtypes_declared = sorted(rtypes | {"SinkBasin", "Microwave", "Fridge"} | ({spec.parent_target} - {""}))
    otypes_declared = sorted(otypes | {"Knife", "ButterKnife"} | {spec.object_target})
    start = spec.start_location
    loc_of = {rid: loc for _, rid, loc in layout.receptacles}

    objects = ["agent1 - agent"]
    objects += [f"{t}Type - otype" for t in otypes_declared]
    objects += [f"{t}Type - rtype" for t in rtypes_declared]
    objects += [f"{oid} - object" for _, oid, _ in spec.objects]
    if layout.lamp:
        objects.append(f"{layout.lamp[0]} - object")
    objects += [f"{rid} - receptacle" for _, rid, _ in layout.receptacles]
    objects += [f"{loc} - location" for loc in sorted({*loc_of.values(), start})]

    init = [f"(atLocation agent1 {start})"]
    for t, rid, loc in layout.receptacles:
        init.append(f"(receptacleType {rid} {t}Type)")
        init.append(f"(receptacleAtLocation {rid} {loc})")
        if t in openable_types:
            init.append(f"(openable {rid})")
    for t, oid, rid in spec.objects:
        init.append(f"(objectType {oid} {t}Type)")
        init.append(f"(pickupable {oid})")
        for ability, predicate in (("Cleanable", "cleanable"), ("Heatable", "heatable"), ("Coolable", "coolable")):
            if t in action_objects[ability]:
                init.append(f"({predicate} {oid})")
        init.append(f"(inReceptacle {oid} {rid})")
        init.append(f"(objectAtLocation {oid} {loc_of[rid]})")
    if layout.lamp:
        lamp_id, holder = layout.lamp
        init.append(f"(objectType {lamp_id} {LAMP}Type)")
        init.append(f"(toggleable {lamp_id})")
        init.append(f"(inReceptacle {lamp_id} {holder})")
        init.append(f"(objectAtLocation {lamp_id} {loc_of[holder]})")
    for rt in sorted(rtypes):
        for ot in sorted(otypes):
            if ot in can_contain.get(rt, ()):
                init.append(f"(canContain {rt}Type {ot}Type)")

    indent = "\n        "
    return (f"(define (problem plan_{spec.trial})\n"
            f"    (:domain alfred)\n"
            f"    (:objects{indent}{indent.join(objects)}\n    )\n"
            f"    (:init{indent}{indent.join(init)}\n    )\n"
            f"{_goal_pddl(spec).strip()}\n")


def traj_data(spec: GameSpec, walkthrough: Sequence[str] | None) -> dict:
    """The traj_data.json content: the keys the text env reads, plus our walkthrough and provenance."""
    return {
        "task_id": spec.trial,
        "task_type": spec.task_type,
        "pddl_params": {
            "object_target": spec.object_target,
            "parent_target": spec.parent_target,
            "toggle_target": spec.toggle_target,
            "mrecep_target": "",
            "object_sliced": False,
        },
        "turk_annotations": {"anns": [{"task_desc": human_task_description(spec)}]},
        "scene": {"scene_num": spec.layout.scene, "floor_plan": f"FloorPlan{spec.layout.scene}"},
        "walkthrough": list(walkthrough) if walkthrough is not None else None,
        "generator": {"name": GENERATOR_NAME, "version": GENERATOR_VERSION},
    }


def human_task_description(spec: GameSpec) -> str:
    obj, dest = spec.object_target.lower(), spec.parent_target.lower()
    return {
        "pick_and_place_simple": f"Move a {obj} to the {dest}.",
        "look_at_obj_in_light": f"Hold a {obj} while the desk lamp is on.",
        "pick_clean_then_place_in_recep": f"Wash a {obj} in the sink, then set it in the {dest}.",
        "pick_heat_then_place_in_recep": f"Warm a {obj} in the microwave and leave it in the {dest}.",
        "pick_cool_then_place_in_recep": f"Chill a {obj} in the fridge and leave it in the {dest}.",
        "pick_two_obj_and_place": f"Bring two {obj}s to the {dest}.",
    }[spec.task_type]


# ----------------------------------------------------------------------------- game.tw-pddl
def _template_seed(task_id: str) -> int:
    return int.from_bytes(task_id.encode(), "little") % (2**31)


def game_json(traj: dict, problem: str, walkthrough: Sequence[str] | None) -> dict:
    """The game.tw-pddl content, as `alfworld-generate` builds it.

    `add_task_to_grammar` picks the task sentence template with the global `random`; we seed it from
    the task id (and restore the caller's state) so that a game file can be rebuilt byte-identically.
    """
    from alfworld.agents.utils.misc import add_task_to_grammar
    from alfworld.info import ALFRED_PDDL_PATH, ALFRED_TWL2_PATH

    state = random.getstate()
    try:
        random.seed(_template_seed(traj["task_id"]))
        grammar = add_task_to_grammar(Path(ALFRED_TWL2_PATH).read_text(), traj)
    finally:
        random.setstate(state)
    return {
        "pddl_domain": Path(ALFRED_PDDL_PATH).read_text(),
        "grammar": grammar,
        "pddl_problem": problem,
        "solvable": bool(walkthrough),
        "walkthrough": list(walkthrough) if walkthrough else None,
    }


def plan_walkthrough(game: dict) -> list[str]:
    """fast-downward's plan for a game (as TextWorld's PddlEnv reports it); [] when unsolvable."""
    import textworld
    from alfworld.agents.environment.alfred_tw_env import AlfredDemangler
    from textworld.envs import PddlEnv

    argv = list(sys.argv)  # fast_downward's translator overwrites sys.argv
    try:
        env = AlfredDemangler(PddlEnv(textworld.EnvInfos(policy_commands=True, won=True)), shuffle=False)
        env.load(game)
        state = env.reset()
        if state["won"]:
            return []  # already solved at the start: not a usable game
        return list(state["policy_commands"] or [])
    finally:
        sys.argv = argv


def write_game(game_dir: Path, traj: dict, problem: str, walkthrough: Sequence[str] | None) -> Path:
    """Write the three files of one game; returns the game.tw-pddl path."""
    game_dir.mkdir(parents=True, exist_ok=True)
    (game_dir / "traj_data.json").write_text(json.dumps(traj, indent=1) + "\n")
    (game_dir / "initial_state.pddl").write_text(problem)
    gamefile = game_dir / "game.tw-pddl"
    gamefile.write_text(json.dumps(game_json(traj, problem, walkthrough)))
    return gamefile


# ----------------------------------------------------------------------------- whole splits
@dataclass(frozen=True)
class GeneratedGame:
    split: str
    task_type: str
    gamefile: Path
    walkthrough: tuple[str, ...]


def _trial_name(rng: random.Random) -> str:
    return (f"trial_T2019{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_"
            f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}_{rng.randint(0, 999999):06d}")


def make_game(rng: random.Random, task_type: str, scenes: Sequence[int], *, layout_seed: int = 0,
              max_tries: int = 50) -> tuple[GameSpec, str, list[str]]:
    """Draw one solvable game of `task_type` in one of `scenes`: (spec, problem text, walkthrough)."""
    rooms = TASK_ROOMS[task_type]
    allowed = [s for s in scenes if any(s in ROOM_KINDS[r].scenes for r in rooms)]
    if not allowed:
        raise ValueError(f"no scene in {list(scenes)[:5]}... fits task type {task_type} (rooms {rooms})")
    for _ in range(max_tries):
        layout = scene_layout(rng.choice(allowed), layout_seed)
        target = _choose_target(rng, task_type, layout)
        if target is None:
            continue
        obj, dest = target
        spec = GameSpec(task_type, obj, dest, LAMP if task_type == "look_at_obj_in_light" else "", layout,
                        trial=_trial_name(rng))
        _place_objects(rng, spec, num_distractors=rng.randint(2, 5))
        problem = problem_pddl(spec)
        traj = traj_data(spec, None)
        walkthrough = plan_walkthrough(game_json(traj, problem, None))
        if walkthrough:
            return spec, problem, walkthrough
    raise RuntimeError(f"could not draw a solvable {task_type} game in {max_tries} tries")


def generate_split(root: Path, split: str, games_per_type: int, seed: int,
                   task_types: Iterable[int] = tuple(TASK_TYPES), progress: bool = True) -> list[GeneratedGame]:
    """Write `games_per_type` games of each task type into <root>/json_2.1.1/<split>/."""
    if split not in ("train", "valid_seen", "valid_unseen"):
        raise ValueError(f"split must be train, valid_seen or valid_unseen, got {split!r}")
    all_scenes = [s for kind in ROOM_KINDS.values() for s in kind.scenes]
    scenes = [s for s in all_scenes if (s in UNSEEN_SCENES) == (split == "valid_unseen")]
    split_offset = {"train": 0, "valid_seen": 1, "valid_unseen": 2}[split]
    jobs = [(TASK_TYPES[t], k) for t in task_types for k in range(games_per_type)]
    try:
        from tqdm import tqdm
        iterator = tqdm(jobs, desc=f"alfworld {split}", disable=not progress)
    except ImportError:
        iterator = jobs
    made = []
    for task_type, k in iterator:
        rng = random.Random(f"{seed}-{split_offset}-{task_type}-{k}")
        spec, problem, walkthrough = make_game(rng, task_type, scenes)
        game_dir = root / "json_2.1.1" / split / spec.folder / spec.trial
        gamefile = write_game(game_dir, traj_data(spec, walkthrough), problem, walkthrough)
        made.append(GeneratedGame(split, task_type, gamefile, tuple(walkthrough)))
    return made


def generate_dataset(root: str | os.PathLike, *, seed: int = 0, train_per_type: int = 10,
                     valid_seen_per_type: int = 3, valid_unseen_per_type: int = 3,
                     task_types: Iterable[int] = tuple(TASK_TYPES), progress: bool = True) -> list[GeneratedGame]:
    """Write a whole mini-benchmark (three splits) under `root`; returns what was written."""
    root = Path(root)
    task_types = tuple(task_types)
    made = []
    for split, per_type in (("train", train_per_type), ("valid_seen", valid_seen_per_type),
                            ("valid_unseen", valid_unseen_per_type)):
        if per_type > 0:
            made += generate_split(root, split, per_type, seed, task_types, progress)
    return made
