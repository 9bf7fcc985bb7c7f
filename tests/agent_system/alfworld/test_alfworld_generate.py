"""Procedural games: every task type is solvable on the real engine and its stored walkthrough wins
through our env wrapper; the files follow the official layout; generation is deterministic."""
from __future__ import annotations

import json
import random
import re

import pytest

from agent_system.environments.env_package.alfworld import AlfworldEnv, collect_games, generate_dataset
from agent_system.environments.env_package.alfworld.games import materialize
from agent_system.environments.env_package.alfworld.generate import (TASK_TYPES, UNSEEN_SCENES, GameSpec, LAMP,
                                                                     _choose_target, _place_objects, _trial_name,
                                                                     problem_pddl, scene_layout)

FOLDER = re.compile(r"^(?P<type>[a-z_]+)-(?P<obj>[A-Za-z]+)-None-(?P<slot>[A-Za-z]+)-(?P<scene>\d+)$")
TRIAL = re.compile(r"^trial_T2019\d{4}_\d{6}_\d{6}$")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """One freshly generated (planner-checked) game of each of the six task types."""
    root = tmp_path_factory.mktemp("alfworld_generated")
    made = generate_dataset(root, seed=11, train_per_type=1, valid_seen_per_type=0, valid_unseen_per_type=0,
                            progress=False)
    return root, made


def test_every_task_type_is_solvable_and_its_walkthrough_wins_through_the_env(generated):
    root, made = generated
    assert sorted(g.task_type for g in made) == sorted(TASK_TYPES.values())
    tasks = {t["task_type"]: t for t in collect_games(root / "json_2.1.1" / "train")}
    env = AlfworldEnv(max_steps=50)
    for game in made:
        assert game.walkthrough, f"{game.task_type} has no plan"
        obs, info = env.reset(tasks[game.task_type])
        assert "Your task is to: " in obs and not info["won"]
        rewards = []
        for step, command in enumerate(game.walkthrough, start=1):
            assert command in info["admissible_commands"], (game.task_type, command)
            obs, reward, done, info = env.step(command)
            rewards.append(reward)
            assert info["step"] == step and info["gamefile"] == tasks[game.task_type]["gamefile"]
            assert done == (step == len(game.walkthrough)), f"{game.task_type} ended early or late at step {step}"
        assert info["won"] and rewards == [0.0] * (len(rewards) - 1) + [10.0], game.task_type


def test_files_follow_the_official_layout(generated):
    root, made = generated
    for game in made:
        folder, trial = game.gamefile.parent.parent.name, game.gamefile.parent.name
        match = FOLDER.match(folder)
        assert match and match["type"] == game.task_type and TRIAL.match(trial), (folder, trial)
        assert game.gamefile.parent.parent.parent == root / "json_2.1.1" / "train"
        traj = json.loads((game.gamefile.parent / "traj_data.json").read_text())
        params = traj["pddl_params"]
        assert traj["task_id"] == trial and traj["task_type"] == game.task_type
        assert params["object_target"] == match["obj"] and params["object_sliced"] is False
        assert traj["scene"]["scene_num"] == int(match["scene"]) and traj["turk_annotations"]["anns"][0]["task_desc"]
        if game.task_type == "look_at_obj_in_light":
            assert (params["toggle_target"], params["parent_target"], match["slot"]) == (LAMP, "", LAMP)
        else:
            assert (params["parent_target"], params["toggle_target"]) == (match["slot"], "")
        gamefile = json.loads(game.gamefile.read_text())
        assert set(gamefile) == {"pddl_domain", "grammar", "pddl_problem", "solvable", "walkthrough"}
        assert gamefile["solvable"] is True and gamefile["walkthrough"] == list(game.walkthrough) == traj["walkthrough"]
        assert "UNKNOWN GOAL" not in gamefile["grammar"] and "(:domain alfred)" in gamefile["pddl_problem"]
        assert gamefile["pddl_problem"] == (game.gamefile.parent / "initial_state.pddl").read_text()


def test_game_files_are_rebuilt_byte_identically_from_the_two_source_files(generated, tmp_path):
    root, made = generated
    sources = tmp_path / "sources"
    for game in made:
        rel = game.gamefile.parent.relative_to(root)
        (sources / rel).mkdir(parents=True)
        for name in ("traj_data.json", "initial_state.pddl"):
            (sources / rel / name).write_bytes((game.gamefile.parent / name).read_bytes())
    assert materialize(sources, tmp_path / "rebuilt") == len(made)
    for game in made:
        rebuilt = tmp_path / "rebuilt" / game.gamefile.relative_to(root)
        assert rebuilt.read_bytes() == game.gamefile.read_bytes()


def _draft(seed: str, task_type: str, scene: int) -> str:
    """A game's problem text without running the planner."""
    rng = random.Random(seed)
    layout = scene_layout(scene)
    obj, dest = _choose_target(rng, task_type, layout)
    spec = GameSpec(task_type, obj, dest, "", layout, trial=_trial_name(rng))
    _place_objects(rng, spec, num_distractors=4)
    return problem_pddl(spec)


def test_generation_is_deterministic_and_seed_dependent():
    assert _draft("a", "pick_heat_then_place_in_recep", 7) == _draft("a", "pick_heat_then_place_in_recep", 7)
    assert _draft("a", "pick_heat_then_place_in_recep", 7) != _draft("b", "pick_heat_then_place_in_recep", 7)
    assert scene_layout(7) == scene_layout(7) and scene_layout(7) != scene_layout(8)
    heat = _draft("a", "pick_heat_then_place_in_recep", 7)
    assert "(heatable " in heat and "MicrowaveType)" in heat and "(isHot ?o)" in heat


def test_scene_layouts_are_small_rooms_with_the_needed_appliances():
    for scene in (1, 12, 30):
        types = scene_layout(scene).types()
        assert {"Fridge", "Microwave", "SinkBasin", "CounterTop"} <= types
    for scene in (201, 305):
        layout = scene_layout(scene)
        assert layout.lamp is not None and layout.lamp[1] in [rid for _, rid, _ in layout.receptacles]
    assert all(4 <= len(scene_layout(s).receptacles) <= 8 for s in (3, 204, 317, 402, 429))
    with pytest.raises(ValueError, match="scene 150"):
        scene_layout(150)


def test_shipped_splits_keep_unseen_scenes_apart(shipped_tasks):
    def scenes(split):
        return {int(t["task_id"].split("/")[1].rsplit("-", 1)[1]) for t in shipped_tasks[split]}

    assert scenes("valid_unseen") <= UNSEEN_SCENES
    assert not (scenes("train") | scenes("valid_seen")) & UNSEEN_SCENES
