#!/usr/bin/env python
"""Write procedurally generated ALFWorld games in the official dataset layout.

    python scripts/make_alfworld_games.py --out /tmp/alfworld_games [--seed 0] [--train 10] \
        [--valid-seen 3] [--valid-unseen 3] [--task-types 1 2 3 4 5 6]
    python scripts/make_alfworld_games.py --shipped      # rebuild the shipped mini-benchmark sources

`--out` writes complete games (traj_data.json, initial_state.pddl, game.tw-pddl) under
<out>/json_2.1.1/{train,valid_seen,valid_unseen}/; point ALFWORLD_DATA or env.alfworld.data_path at
<out> to play them. The counts are games per task type (six types). Every game is checked solvable
by the fast-downward planner and stores the planner's walkthrough. Deterministic: the same seed
and counts give the same files.

`--shipped` regenerates agent_system/environments/env_package/alfworld/data/json_2.1.1 (seed 0,
10/3/3 games per type = 60/18/18) keeping only the two source files per game; the loader rebuilds
game.tw-pddl from them (games.builtin_data_root). The games are OUR mini-benchmark, not the
official ALFWorld split, and scores on them are not comparable with the paper's.

The generation code lives in agent_system.environments.env_package.alfworld.generate
(`generate_dataset`), importable from Python.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from agent_system.environments.env_package.alfworld.games import BUILTIN_SOURCES
from agent_system.environments.env_package.alfworld.generate import TASK_TYPES, generate_dataset

SHIPPED = dict(seed=0, train_per_type=10, valid_seen_per_type=3, valid_unseen_per_type=3)
SOURCE_FILES = ("traj_data.json", "initial_state.pddl")


def write_shipped_sources(target: Path = BUILTIN_SOURCES, progress: bool = True) -> int:
    """Regenerate the shipped games and keep only their source files under `target`/json_2.1.1."""
    with tempfile.TemporaryDirectory() as tmp:
        made = generate_dataset(tmp, progress=progress, **SHIPPED)
        destination = target / "json_2.1.1"
        if destination.exists():
            shutil.rmtree(destination)
        for game in made:
            rel = game.gamefile.parent.relative_to(tmp)
            (target / rel).mkdir(parents=True, exist_ok=True)
            for name in SOURCE_FILES:
                shutil.copyfile(game.gamefile.parent / name, target / rel / name)
    return len(made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="data root to write (json_2.1.1/ is created inside)")
    target.add_argument("--shipped", action="store_true", help="rebuild the shipped mini-benchmark sources")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--train", type=int, default=10, help="train games per task type")
    parser.add_argument("--valid-seen", type=int, default=3, help="valid_seen games per task type")
    parser.add_argument("--valid-unseen", type=int, default=3, help="valid_unseen games per task type")
    parser.add_argument("--task-types", type=int, nargs="+", default=list(TASK_TYPES), choices=sorted(TASK_TYPES),
                        help="task type ids: " + ", ".join(f"{k}={v}" for k, v in TASK_TYPES.items()))
    args = parser.parse_args(argv)
    if args.shipped:
        count = write_shipped_sources()
        print(f"wrote {count} shipped games under {BUILTIN_SOURCES / 'json_2.1.1'}")
        return 0
    made = generate_dataset(args.out, seed=args.seed, train_per_type=args.train,
                            valid_seen_per_type=args.valid_seen, valid_unseen_per_type=args.valid_unseen,
                            task_types=args.task_types)
    print(f"wrote {len(made)} games under {args.out / 'json_2.1.1'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
