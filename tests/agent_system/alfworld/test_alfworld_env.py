"""AlfworldEnv on the real engine: a golden walkthrough transcript, no-ops, the step limit, infos."""
from __future__ import annotations

import pytest
from alfworld_testlib import check_golden, walkthrough_of

from agent_system.environments.env_package.alfworld import NO_OP_FEEDBACK, AlfworldEnv

GOLDEN_GAME = "valid_seen/pick_heat_then_place_in_recep-Mug-None-Fridge-20"


@pytest.fixture(scope="module")
def env():
    return AlfworldEnv(max_steps=50)


def task_by_prefix(shipped_tasks, prefix):
    split = prefix.split("/", 1)[0]
    return next(t for t in shipped_tasks[split] if t["task_id"].startswith(prefix))


def test_walkthrough_transcript_matches_the_golden_file(env, shipped_tasks):
    task = task_by_prefix(shipped_tasks, GOLDEN_GAME)
    obs, info = env.reset(task)
    lines = [f"TASK {task['task_text']}", f"OBS {obs}", f"ADMISSIBLE {info['admissible_commands']}"]
    for command in walkthrough_of(task):
        obs, reward, done, info = env.step(command)
        lines += [f"> {command}", f"OBS {obs}", f"reward={reward} done={done} won={info['won']} step={info['step']}"]
    lines.append(f"ADMISSIBLE {info['admissible_commands']}")
    check_golden("heat_mug_walkthrough.txt", "\n".join(lines) + "\n")
    assert info["won"] and reward == 10.0 and done


def test_no_op_invalid_command_and_step_limit(shipped_tasks):
    task = task_by_prefix(shipped_tasks, GOLDEN_GAME)
    env = AlfworldEnv(max_steps=3)
    obs, info = env.reset(task)
    assert obs.startswith("You are in the middle of a room.") and "Welcome to TextWorld" not in obs
    assert obs.endswith(f"Your task is to: {task['task_text']}.")
    assert info == {"won": False, "admissible_commands": info["admissible_commands"], "gamefile": task["gamefile"],
                    "task_type": "pick_heat_then_place_in_recep", "task_id": task["task_id"],
                    "data_source": "alfworld", "step": 0}
    start_commands = info["admissible_commands"]

    obs, reward, done, info = env.step(None)  # the defined no-op for malformed model output
    assert (obs, reward, done, info["step"]) == (NO_OP_FEEDBACK, 0.0, False, 1)
    assert info["admissible_commands"] == start_commands and info["gamefile"] == task["gamefile"]

    obs, reward, done, info = env.step("put mug 1 in fridge 1 please")  # not a command: the engine's no-op
    assert (obs, reward, done) == ("Nothing happens.", 0.0, False)

    obs, reward, done, info = env.step(start_commands[0])  # a real move, and the last allowed step
    assert obs.startswith("You arrive at") and done and not info["won"] and reward == 0.0 and info["step"] == 3
    with pytest.raises(RuntimeError, match="finished episode"):
        env.step("look")

    obs, info = env.reset(task)  # the same game again: a fresh episode
    assert info["step"] == 0 and info["admissible_commands"] == start_commands


def test_reset_needs_a_gamefile():
    with pytest.raises(ValueError, match="gamefile"):
        AlfworldEnv().reset({"task_type": "pick_and_place_simple"})
    with pytest.raises(ValueError, match="max_steps"):
        AlfworldEnv(max_steps=0)
