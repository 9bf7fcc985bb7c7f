"""Game collection (AlfredTWEnv's rules, checked against the real AlfredTWEnv), data roots, and the
shipped mini-benchmark (counts, size budget, rebuilt game files)."""
from __future__ import annotations

import json
import os
import pathlib
from collections import Counter

import pytest

from agent_system.environments.env_package.alfworld import (TASK_TYPES, builtin_data_root, collect_games, load_split,
                                                            resolve_data_root, split_dir, task_types_from_ids)
from agent_system.environments.env_package.alfworld.games import BUILTIN_SOURCES, materialize

SHIPPED_COUNTS = {"train": 10, "valid_seen": 3, "valid_unseen": 3}  # games per task type


def write_fake_game(split_root: pathlib.Path, folder: str, task_type: str, game: dict | None,
                    grammar_task: str = "put a mug in shelf") -> pathlib.Path:
    trial = split_root / folder / "trial_T20190101_000000_000001"
    trial.mkdir(parents=True)
    (trial / "traj_data.json").write_text(json.dumps({"task_type": task_type}))
    if game is not None:
        game = {"grammar": f'"rhs": "Your task is to: {grammar_task}."', **game}
        (trial / "game.tw-pddl").write_text(json.dumps(game))
    return trial


def test_collection_follows_alfredtwenv_rules(tmp_path):
    split = tmp_path / "json_2.1.1" / "train"
    keep = write_fake_game(split, "pick_and_place_simple-Mug-None-Shelf-1", "pick_and_place_simple", {"solvable": True})
    write_fake_game(split, "pick_and_place_with_movable_recep-Mug-Bowl-Shelf-1", "pick_and_place_simple",
                    {"solvable": True})
    write_fake_game(split, "pick_heat_then_place_in_recep-AppleSliced-None-Fridge-1", "pick_heat_then_place_in_recep",
                    {"solvable": True})
    write_fake_game(split, "pick_cool_then_place_in_recep-Mug-None-Shelf-1", "pick_cool_then_place_in_recep",
                    {"solvable": False})
    write_fake_game(split, "pick_clean_then_place_in_recep-Mug-None-Shelf-1", "pick_clean_then_place_in_recep", {})
    write_fake_game(split, "look_at_obj_in_light-Mug-None-DeskLamp-301", "look_at_obj_in_light", None)
    two = write_fake_game(split, "pick_two_obj_and_place-Mug-None-Shelf-1", "pick_two_obj_and_place",
                          {"solvable": True}, grammar_task="put two mug in shelf")

    tasks = collect_games(split, relative_to=tmp_path / "json_2.1.1")
    assert [t["gamefile"] for t in tasks] == [str(keep / "game.tw-pddl"), str(two / "game.tw-pddl")]
    assert tasks[0] == {"task_id": "train/pick_and_place_simple-Mug-None-Shelf-1/trial_T20190101_000000_000001",
                        "task_type": "pick_and_place_simple", "data_source": "alfworld",
                        "gamefile": str(keep / "game.tw-pddl"), "task_text": "put a mug in shelf"}
    assert [t["task_type"] for t in collect_games(split, [6])] == ["pick_two_obj_and_place"]
    with pytest.raises(ValueError, match="task_types"):
        task_types_from_ids([0, 7])
    with pytest.raises(ValueError, match="task_types"):
        task_types_from_ids([])


def test_same_games_as_the_real_alfredtwenv(shipped_root, shipped_tasks, capsys):
    from alfworld.agents.environment.alfred_tw_env import AlfredTWEnv

    base = shipped_root / "json_2.1.1"
    config = {"env": {"goal_desc_human_anns_prob": 0.0, "task_types": [1, 3, 6]},
              "dataset": {"data_path": str(base / "train"), "eval_id_data_path": str(base / "valid_seen"),
                          "eval_ood_data_path": str(base / "valid_unseen"), "num_train_games": -1,
                          "num_eval_games": -1}}
    for train_eval, split in (("train", "train"), ("eval_out_of_distribution", "valid_unseen")):
        theirs = AlfredTWEnv(config, train_eval=train_eval).game_files
        ours = [t["gamefile"] for t in collect_games(base / split, [1, 3, 6])]
        assert sorted(theirs) == ours and len(ours) == 3 * SHIPPED_COUNTS[split]
    capsys.readouterr()


def test_shipped_set_counts_size_and_notice():
    sources = BUILTIN_SOURCES / "json_2.1.1"
    for split, per_type in SHIPPED_COUNTS.items():
        types = Counter(json.loads(p.read_text())["task_type"] for p in (sources / split).rglob("traj_data.json"))
        assert types == {t: per_type for t in TASK_TYPES.values()}, split
    assert not list(sources.rglob("game.tw-pddl"))  # only sources ship; game files are rebuilt
    size = sum(p.stat().st_size for p in BUILTIN_SOURCES.rglob("*") if p.is_file())
    assert size < 3_000_000, f"shipped ALFWorld data is {size} bytes"
    readme = (BUILTIN_SOURCES / "README.md").read_text()
    assert "not the official" in readme.lower() and "not comparable" in readme.lower()


def test_builtin_root_rebuilds_every_game_with_its_walkthrough(shipped_root, shipped_tasks):
    assert {split: len(tasks) for split, tasks in shipped_tasks.items()} == \
        {split: 6 * n for split, n in SHIPPED_COUNTS.items()}
    for task in shipped_tasks["valid_unseen"]:
        game = json.loads(pathlib.Path(task["gamefile"]).read_text())
        traj = json.loads((pathlib.Path(task["gamefile"]).parent / "traj_data.json").read_text())
        assert game["solvable"] is True and game["walkthrough"] == traj["walkthrough"] and len(traj["walkthrough"]) >= 2
        assert f"Your task is to: {task['task_text']}." in game["grammar"]
    assert builtin_data_root() == shipped_root  # cached: the second call does not rebuild


def test_materialize_names_a_missing_source(tmp_path):
    trial = tmp_path / "json_2.1.1" / "train" / "x" / "trial_T1"
    trial.mkdir(parents=True)
    (trial / "traj_data.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match="initial_state.pddl"):
        materialize(tmp_path, tmp_path / "out")


def test_data_root_resolution(shipped_root, tmp_path, monkeypatch):
    monkeypatch.setenv("SDAR_CACHE_DIR", str(shipped_root.parents[1]))  # keep using the built cache
    real = tmp_path / "real"
    (real / "json_2.1.1" / "valid_seen").mkdir(parents=True)
    monkeypatch.setenv("ALFWORLD_DATA", str(real))
    assert resolve_data_root(None) == real
    assert resolve_data_root("builtin") == shipped_root
    assert resolve_data_root(str(real / "json_2.1.1")) == real
    monkeypatch.setenv("SOME_ROOT", str(real))
    assert resolve_data_root("$SOME_ROOT") == real
    assert split_dir(real, "eval_in_distribution") == real / "json_2.1.1" / "valid_seen"
    with pytest.raises(FileNotFoundError, match="valid_unseen"):
        split_dir(real, "eval_out_of_distribution")
    with pytest.raises(ValueError, match="unknown ALFWorld split"):
        split_dir(real, "test")
    with pytest.raises(FileNotFoundError, match="no json_2.1.1"):
        resolve_data_root(str(tmp_path / "nowhere"))

    monkeypatch.setenv("ALFWORLD_DATA", str(tmp_path / "typo"))  # set by the user but empty: an error
    with pytest.raises(FileNotFoundError, match="ALFWORLD_DATA=.*typo"):
        resolve_data_root(None)
    monkeypatch.setenv("HOME", str(tmp_path))  # `import alfworld` sets ALFWORLD_DATA=~/.cache/alfworld
    (tmp_path / ".cache" / "alfworld").mkdir(parents=True)
    monkeypatch.setenv("ALFWORLD_DATA", os.path.join(str(tmp_path), ".cache", "alfworld"))
    assert resolve_data_root(None) == shipped_root
    monkeypatch.delenv("ALFWORLD_DATA")
    assert resolve_data_root(None) == shipped_root


def test_load_split_gives_a_fixed_sorted_list(shipped_root, tmp_path):
    first = load_split("builtin", "eval_in_distribution")
    assert first == load_split("builtin", "eval_in_distribution")
    assert [t["task_id"] for t in first] == sorted(t["task_id"] for t in first)
    assert all(t["task_id"].startswith("valid_seen/") for t in first)
    assert {t["task_type"] for t in load_split("builtin", "train", [2, 5])} == \
        {"look_at_obj_in_light", "pick_cool_then_place_in_recep"}
    (tmp_path / "json_2.1.1" / "train").mkdir(parents=True)
    with pytest.raises(ValueError, match="no playable ALFWorld game"):
        load_split(str(tmp_path), "train")
