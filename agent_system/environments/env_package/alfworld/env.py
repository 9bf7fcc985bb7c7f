"""One ALFWorld text game on the real engine (TextWorld's PddlEnv + fast-downward).

`AlfworldEnv` plays a game file in the official format the way AlfredTWEnv does (the same
TextWorld wrappers: AlfredDemangler without shuffling, AlfredInfos for the game file), but
synchronously and one game at a time, so that the worker pool can put one env in each process.
It is usable on its own:

    env = AlfworldEnv(max_steps=50)
    obs, info = env.reset({"gamefile": ".../game.tw-pddl", "task_type": "...", "task_id": "..."})
    obs, reward, done, info = env.step("go to countertop 1")

Rules (ENVIRONMENTS.md §A7, METHOD.md §5.1): reward = 10 * won at every step; done when won or
after `max_steps` steps. Every info carries won, admissible_commands, gamefile, task_type,
task_id, data_source and step (the number of steps taken). `step(None)` is the defined no-op used
for malformed model output: it counts as a step and answers the engine's own no-op text,
"Nothing happens.", without touching the game. Any other string goes to the engine, which also
answers "Nothing happens." when the string is not a valid command.
"""
from __future__ import annotations

import copy
import functools
import sys
import threading
from typing import Any

from agent_system.environments.env_package.alfworld.games import DATA_SOURCE

NO_OP_FEEDBACK = "Nothing happens."
WIN_REWARD = 10.0
_BANNER = "-= Welcome to TextWorld, ALFRED! =-"
# fast-downward's PDDL translator keeps module-level options and rewrites sys.argv, so loading games
# must not overlap inside one process (it only matters for the pool's thread backend).
_TRANSLATOR_LOCK = threading.Lock()
_PARSE_CACHE_SIZE = 8192


def _memoize_parser(parse):
    """`parse` with results cached per input; every caller gets its own deep copy (callers mutate them)."""
    @functools.lru_cache(maxsize=_PARSE_CACHE_SIZE)
    def cached(args, kwargs):
        return parse(*args, **dict(kwargs))

    @functools.wraps(parse)
    def wrapper(*args, **kwargs):
        return copy.deepcopy(cached(args, tuple(sorted(kwargs.items()))))

    wrapper.sdar_memoized = True
    return wrapper


def install_textworld_parse_cache() -> None:
    """Cache TextWorld's grammar and query parsing (the same few hundred strings, every step).

    TextWorld re-parses every text template with TatSu each time it renders feedback or an
    admissible command, which made up about two thirds of a step's time in our profile. Parsing is a
    pure function of the string, so caching it (and handing out deep copies, since TextWorld sets
    contexts on the parsed symbols) changes no output: the golden transcripts and the walkthrough
    tests are identical with and without it. Idempotent; applied once per process.
    """
    import textworld.envs.pddl.textgen as textgen
    import textworld.logic as logic

    for module in (textgen, logic):
        if not getattr(module._parse_and_convert, "sdar_memoized", False):
            module._parse_and_convert = _memoize_parser(module._parse_and_convert)


class AlfworldEnv:
    """A single ALFWorld game at a time; load a new one with every reset."""

    def __init__(self, seed: int = 0, max_steps: int = 50, domain_randomization: bool = False,
                 cache_parsing: bool = True):
        if max_steps < 1:
            raise ValueError(f"AlfworldEnv: max_steps must be >= 1, got {max_steps}")
        import textworld
        from alfworld.agents.environment.alfred_tw_env import AlfredDemangler, AlfredInfos
        from textworld.envs import PddlEnv

        if cache_parsing:
            install_textworld_parse_cache()
        self.seed = seed
        self.max_steps = max_steps
        # Same request as AlfredTWEnv.init_env (won, admissible commands, the game file); no expert.
        infos = textworld.EnvInfos(won=True, admissible_commands=True, extras=["gamefile"])
        self._engine = AlfredInfos(AlfredDemangler(PddlEnv(infos), shuffle=domain_randomization))
        self._loaded_gamefile: str | None = None
        self._task: dict[str, Any] = {}
        self._steps = 0
        self._done = True
        self._last_obs = ""
        self._admissible: list[str] = []

    # ------------------------------------------------------------------ API
    def reset(self, task: dict) -> tuple[str, dict]:
        gamefile = task.get("gamefile") if isinstance(task, dict) else None
        if not gamefile:
            raise ValueError(f"AlfworldEnv.reset needs a task dict with a 'gamefile', got {task!r}")
        with _TRANSLATOR_LOCK:
            argv = list(sys.argv)
            try:
                if gamefile != self._loaded_gamefile:
                    self._loaded_gamefile = None  # a failed load must not be mistaken for a loaded game
                    self._engine.load(gamefile)
                    self._loaded_gamefile = gamefile
                state = self._engine.reset()
            finally:
                sys.argv = argv
        self._task = dict(task)
        self._steps = 0
        self._done = False
        self._last_obs = self._clean_intro(state.feedback)
        self._admissible = list(state["admissible_commands"] or [])
        return self._last_obs, self._info(bool(state["won"]))

    def step(self, action: str | None) -> tuple[str, float, bool, dict]:
        if self._done:
            raise RuntimeError("AlfworldEnv.step called on a finished episode; call reset first")
        self._steps += 1
        if action is None:
            obs, won = NO_OP_FEEDBACK, False
        else:
            state, _, _ = self._engine.step(str(action))
            obs, won = state.feedback, bool(state["won"])
            self._admissible = list(state["admissible_commands"] or [])
        self._done = won or self._steps >= self.max_steps
        self._last_obs = obs
        return obs, WIN_REWARD * won, self._done, self._info(won)

    @property
    def admissible_commands(self) -> list[str]:
        return list(self._admissible)

    def close(self) -> None:
        self._engine.close()

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _clean_intro(feedback: str) -> str:
        """The opening text without TextWorld's banner: room description + task sentence."""
        return feedback.replace(_BANNER, "", 1).strip()

    def _info(self, won: bool) -> dict:
        return {
            "won": won,
            "admissible_commands": list(self._admissible),
            "gamefile": self._task.get("gamefile"),
            "task_type": self._task.get("task_type"),
            "task_id": self._task.get("task_id"),
            "data_source": self._task.get("data_source", DATA_SOURCE),
            "step": self._steps,
        }


def make_alfworld_env(seed: int = 0, *, max_steps: int = 50) -> AlfworldEnv:
    """Picklable env factory for the worker pool (functools.partial(make_alfworld_env, max_steps=...))."""
    return AlfworldEnv(seed=seed, max_steps=max_steps)
