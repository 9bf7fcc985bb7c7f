"""ALFWorld prompt templates: exact first-turn and later-turn texts."""
from __future__ import annotations

from agent_system.environments.prompts.alfworld import ROLE, render_alfworld_prompt

OPENING = ("You are in the middle of a room. Looking quickly around you, you see a fridge 1, and a shelf 1.\n\n"
           "Your task is to: put some egg on shelf.")
COMMANDS = ["go to fridge 1", "go to shelf 1", "help", "inventory", "look"]
LISTED = "'go to fridge 1'\n'go to shelf 1'\n'inventory'\n'look'"
THINK = ("Work out what to do next, step by step, and write that reasoning between <think> and </think>. "
         "Then write exactly one command from the list above between <action> and </action>.")


def test_first_turn_shows_the_opening_and_the_commands_without_help():
    text = render_alfworld_prompt(task_description="put some egg on shelf", current_observation=OPENING,
                                  admissible_actions=COMMANDS, step_count=0, history="", history_length=2)
    assert text == (f"{ROLE}\nYour current observation is:\n{OPENING}\nCommands you can use right now:\n"
                    f"{LISTED}\n\n{THINK}")


def test_later_turn_shows_task_steps_history_and_current_step():
    history = ("[Observation 2: 'You arrive at fridge 1. The fridge 1 is closed.', Action 2: 'open fridge 1']\n"
               "[Observation 3: 'You open the fridge 1. The fridge 1 is open. In it, you see a egg 1.', "
               "Action 3: 'take egg 1 from fridge 1']")
    text = render_alfworld_prompt(task_description="put some egg on shelf",
                                  current_observation="You pick up the egg 1 from the fridge 1.",
                                  admissible_actions=COMMANDS, step_count=3, history=history, history_length=2,
                                  require_think=False)
    assert text == (f"{ROLE}\nYour task is to: put some egg on shelf.\nYou have already taken 3 step(s). "
                    f"Here are the last 2 observation(s) and the command you gave after each:\n{history}\n"
                    "You are now at step 4. Your current observation is:\nYou pick up the egg 1 from the fridge 1.\n"
                    f"Commands you can use right now:\n{LISTED}\n\n"
                    "Write exactly one command from the list above between <action> and </action>.")


def test_no_history_window_still_keeps_the_task_after_the_first_turn():
    text = render_alfworld_prompt(task_description="put some egg on shelf.", current_observation="Nothing happens.",
                                  admissible_actions=COMMANDS, step_count=5, history="ignored", history_length=0)
    assert "Your task is to: put some egg on shelf.\nYou have already taken 5 step(s).\nYou are now at step 6." in text
    assert "ignored" not in text and "Observation" not in text
