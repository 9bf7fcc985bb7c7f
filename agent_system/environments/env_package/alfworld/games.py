"""Finding ALFWorld games: which data root, which split directory, which game files.

Data roots hold the official layout `<root>/json_2.1.1/{train,valid_seen,valid_unseen}/...`:
- the real dataset (`alfworld-download` into $ALFWORLD_DATA), used as it is;
- our shipped mini-benchmark (data/ next to this file), which ships only the two source files of
  each game (traj_data.json, initial_state.pddl: 1.7 MB for 96 games instead of ~5.6 MB with
  the game files). `builtin_data_root()` rebuilds every game.tw-pddl once, without the planner (the
  walkthrough is stored in traj_data.json), into a per-user cache keyed by the content, and returns
  that root. Concurrent first uses (several workers or test processes) are safe: the tree is built
  in a temporary directory and renamed into place.

Game selection follows `AlfredTWEnv.collect_game_files`: keep folders with traj_data.json, skip
paths containing 'movable' or 'Sliced', keep the requested task types, require game.tw-pddl with
"solvable": true. Unlike AlfredTWEnv we walk in sorted order, so the list (and hence the
validation set) is the same on every machine.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

from agent_system.environments.env_package.alfworld.generate import TASK_TYPES

logger = logging.getLogger(__name__)

DATA_SOURCE = "alfworld"
BUILTIN_SOURCES = Path(__file__).resolve().parent / "data"
SPLIT_DIRS = {"train": "train", "eval_in_distribution": "valid_seen", "eval_out_of_distribution": "valid_unseen",
              "valid_seen": "valid_seen", "valid_unseen": "valid_unseen"}
BUILTIN_ALIASES = ("builtin", "mini", "shipped")
_TASK_SENTENCE = re.compile(r"Your task is to: ([^\"\n]*?)\.?\"")


# ----------------------------------------------------------------------------- data roots
def _cache_dir() -> Path:
    base = os.environ.get("SDAR_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "sdar")
    return Path(base) / "alfworld_mini"


def _sources_fingerprint(sources: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(sources.rglob("*")):
        if path.is_file() and path.name in ("traj_data.json", "initial_state.pddl"):
            digest.update(str(path.relative_to(sources)).encode())
            digest.update(path.read_bytes())
    try:
        from importlib.metadata import version
        digest.update(version("alfworld").encode())  # the game files embed the package's domain + grammar
    except Exception:
        pass
    return digest.hexdigest()[:16]


def materialize(sources: Path, target: Path) -> int:
    """Write game.tw-pddl next to every (traj_data.json, initial_state.pddl) pair; returns the count."""
    from agent_system.environments.env_package.alfworld.generate import game_json

    count = 0
    for traj_path in sorted(sources.rglob("traj_data.json")):
        rel = traj_path.parent.relative_to(sources)
        problem_path = traj_path.parent / "initial_state.pddl"
        if not problem_path.exists():
            raise FileNotFoundError(f"{problem_path} is missing (every shipped game needs both source files)")
        traj = json.loads(traj_path.read_text())
        problem = problem_path.read_text()
        out = target / rel
        out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(traj_path, out / "traj_data.json")
        shutil.copyfile(problem_path, out / "initial_state.pddl")
        (out / "game.tw-pddl").write_text(json.dumps(game_json(traj, problem, traj.get("walkthrough"))))
        count += 1
    return count


def builtin_data_root(sources: Path = BUILTIN_SOURCES) -> Path:
    """The shipped mini-benchmark as a complete data root (built into the cache on first use)."""
    if not (sources / "json_2.1.1").is_dir():
        raise FileNotFoundError(f"shipped ALFWorld games not found under {sources}/json_2.1.1; "
                                "regenerate them with `python scripts/make_alfworld_games.py --shipped`")
    root = _cache_dir() / _sources_fingerprint(sources)
    if (root / "json_2.1.1").is_dir():
        return root
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=root.parent))
    try:
        count = materialize(sources, staging)
        if (sources / "README.md").exists():
            shutil.copyfile(sources / "README.md", staging / "README.md")
        try:
            os.rename(staging, root)
            logger.info("built %d shipped ALFWorld games into %s", count, root)
        except OSError:
            if not (root / "json_2.1.1").is_dir():  # someone else won the race, or a real failure
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return root


def _alfworld_default_cache() -> str:
    return os.path.realpath(os.path.expanduser("~/.cache/alfworld"))


def resolve_data_root(data_path: str | None) -> Path:
    """The data root that holds json_2.1.1/ for a value of env.alfworld.data_path.

    None -> $ALFWORLD_DATA when it holds json_2.1.1, else the shipped mini-benchmark. `import alfworld`
    sets ALFWORLD_DATA to ~/.cache/alfworld when it is unset, so that empty default counts as unset;
    any other ALFWORLD_DATA without json_2.1.1 is an error, not a silent fallback.
    'builtin' (or 'mini') -> the shipped set. Any other string -> that directory (either the root or
    its json_2.1.1 folder; $VARS and ~ are expanded).
    """
    if data_path is None or str(data_path).strip() == "":
        env_root = os.environ.get("ALFWORLD_DATA")
        if env_root:
            root = Path(os.path.expanduser(os.path.expandvars(env_root)))
            if (root / "json_2.1.1").is_dir():
                return root
            if os.path.realpath(root) != _alfworld_default_cache():
                raise FileNotFoundError(
                    f"ALFWORLD_DATA={env_root} has no json_2.1.1/ folder. Run `alfworld-download` into it, "
                    "unset ALFWORLD_DATA to use the shipped mini-benchmark, or set env.alfworld.data_path.")
        return builtin_data_root()
    if str(data_path).strip().lower() in BUILTIN_ALIASES:
        return builtin_data_root()
    root = Path(os.path.expanduser(os.path.expandvars(str(data_path))))
    if root.name == "json_2.1.1":
        root = root.parent
    if not (root / "json_2.1.1").is_dir():
        raise FileNotFoundError(f"env.alfworld.data_path={data_path}: no json_2.1.1/ folder under {root}")
    return root


def split_dir(root: Path, split: str) -> Path:
    """<root>/json_2.1.1/<dir> for 'train', 'eval_in_distribution', 'eval_out_of_distribution' (or a dir name)."""
    if split not in SPLIT_DIRS:
        raise ValueError(f"unknown ALFWorld split {split!r}; expected one of {sorted(SPLIT_DIRS)}")
    path = root / "json_2.1.1" / SPLIT_DIRS[split]
    if not path.is_dir():
        raise FileNotFoundError(f"ALFWorld split folder {path} does not exist")
    return path


# ----------------------------------------------------------------------------- games -> tasks
def task_types_from_ids(task_type_ids: Iterable[int]) -> list[str]:
    ids = list(task_type_ids)
    unknown = [t for t in ids if t not in TASK_TYPES]
    if not ids or unknown:
        raise ValueError(f"env.alfworld.task_types must be a non-empty subset of {sorted(TASK_TYPES)} "
                         f"({TASK_TYPES}), got {ids}")
    return [TASK_TYPES[t] for t in ids]


def task_sentence(grammar: str) -> str:
    """The task sentence baked into a game's grammar ('put some apple on fridge')."""
    match = _TASK_SENTENCE.search(grammar)
    return match.group(1).strip() if match else ""


def collect_games(directory: Path, task_type_ids: Sequence[int] = tuple(TASK_TYPES), *,
                  relative_to: Path | None = None) -> list[dict]:
    """Tasks for every playable game under `directory`, sorted by path (AlfredTWEnv's rules)."""
    wanted = set(task_types_from_ids(task_type_ids))
    relative_to = relative_to or directory
    tasks = []
    for traj_path in sorted(Path(directory).rglob("traj_data.json")):
        folder = traj_path.parent
        if "movable" in str(folder) or "Sliced" in str(folder):
            continue
        traj = json.loads(traj_path.read_text())
        if traj.get("task_type") not in wanted:
            continue
        gamefile = folder / "game.tw-pddl"
        if not gamefile.exists():
            continue
        game = json.loads(gamefile.read_text())
        if not game.get("solvable", False):
            continue
        tasks.append({
            "task_id": str(folder.relative_to(relative_to)),
            "task_type": traj["task_type"],
            "data_source": DATA_SOURCE,
            "gamefile": str(gamefile),
            "task_text": task_sentence(game.get("grammar", "")),
        })
    return tasks


def load_split(data_path: str | None, split: str, task_type_ids: Sequence[int] = tuple(TASK_TYPES)) -> list[dict]:
    """All playable games of one split as task dicts, in a fixed order."""
    root = resolve_data_root(data_path)
    tasks = collect_games(split_dir(root, split), task_type_ids, relative_to=root / "json_2.1.1")
    if not tasks:
        raise ValueError(f"no playable ALFWorld game in {split_dir(root, split)} for task types {list(task_type_ids)}")
    return tasks
