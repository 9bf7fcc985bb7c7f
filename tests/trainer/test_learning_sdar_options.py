"""Fast checks of benchmarks/learning_sdar.py's pretrained-model options (--model, the run size, the
valid-action column): the defaults must leave the tiny model's runs exactly as they were."""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "benchmarks"))

import learning_sdar  # noqa: E402


def test_run_size_overrides_are_empty_at_the_defaults_and_reach_the_config(tmp_path):
    assert learning_sdar.run_size_overrides() == ()  # the tiny model's runs and cached curves are unchanged
    extra = learning_sdar.run_size_overrides(tasks_per_step=2, group_n=4, max_response_length=24)
    config = learning_sdar.run_config("grpo", 0, 3, 1.0, tmp_path / "model", tmp_path / "run", extra)
    assert config.data.train_batch_size == 2
    assert config.env.rollout.n == 4
    assert config.data.max_response_length == 24
    rooms = learning_sdar.run_config("sdar", 0, 3, 1.0, tmp_path / "model", tmp_path / "run",
                                     learning_sdar.run_size_overrides(rooms=3))
    # three rooms per episode, a spare step, and no history (it would show the last room's right take)
    assert (rooms.env.toy.num_rooms, rooms.env.max_steps, rooms.env.history_length) == (3, 4, 0)
    default = learning_sdar.run_config("grpo", 0, 3, 1.0, tmp_path / "model", tmp_path / "run")
    assert default.env.toy.num_rooms == 1
    assert (default.data.train_batch_size, default.env.rollout.n, default.data.max_response_length) == (
        learning_sdar.TASKS_PER_STEP, learning_sdar.GROUP_N, learning_sdar.MAX_RESPONSE_LENGTH)


def test_the_format_warm_start_never_shows_a_skill(tokenizer):
    """Any skill reading of a --model run must come from pretraining: its SFT examples hold no skill turn,
    and their targets are plain room objects (the student's view, at chance)."""
    from agent_system.environments.env_package.toy.sft import build_examples

    settings = {k: v for k, v in learning_sdar.FORMAT_WARM_START.items()
                if k not in ("steps", "batch_size", "lr", "object_loss")}  # warm_start's own
    examples = build_examples(tokenizer, seed=0, skills_dir=learning_sdar.GOOD_SKILLS, **settings)
    assert len(examples) == learning_sdar.FORMAT_WARM_START["num_examples"]
    prompts = [tokenizer.decode(prompt) for prompt, _ in examples]
    assert not any("Privileged Skill Information" in p for p in prompts)
    assert all("Admissible actions" in p for p in prompts)  # full prompts (short_fraction 0)


def test_the_format_warm_start_puts_no_loss_on_the_object(tokenizer):
    """object_token_span finds exactly the object's tokens, whatever the object; anything but a
    "take X" target in the format is refused rather than trained whole."""
    import pytest

    from agent_system.environments.env_package.toy.sft import format_target, object_token_span, response_labels
    from agent_system.multi_turn_rollout.prompt_tokens import encode_text

    assert learning_sdar.FORMAT_WARM_START["object_loss"] is False
    for obj in ("mug", "knife", "apple", "bread", "plate"):
        ids = encode_text(tokenizer, format_target(f"take {obj}")) + [tokenizer.eos_token_id]
        start, end = object_token_span(tokenizer, ids)
        assert tokenizer.decode(ids[start:end]).strip() == obj
        assert tokenizer.decode(ids[:start]).endswith("take")
        labels = response_labels(tokenizer, ids, object_loss=False)
        assert labels == [-100 if start <= i < end else t for i, t in enumerate(ids)]  # the format keeps its loss
        assert response_labels(tokenizer, ids) == ids
    with pytest.raises(ValueError):
        object_token_span(tokenizer, encode_text(tokenizer, "take mug") + [tokenizer.eos_token_id])


def test_format_warm_started_reuses_a_built_model(tmp_path, monkeypatch):
    built = tmp_path / "models" / "base_format_seed0"
    built.mkdir(parents=True)
    (built / "config.json").write_text("{}")
    from agent_system.environments.env_package import toy

    monkeypatch.setattr(toy, "warm_start", lambda *a, **k: (_ for _ in ()).throw(AssertionError("retrained")))
    assert learning_sdar.format_warm_started(tmp_path / "base", tmp_path / "models") == built


def _curve(train, valid=None):
    curve = {"train": train, "val": [train[-1]], "gate_mean": [None] * len(train),
             "gate_active_ratio": [None] * len(train), "teacher_gap": [None] * len(train)}
    return curve | ({"valid": valid} if valid is not None else {})


def test_valid_action_share_is_summarised_and_tabled_and_old_curves_still_render():
    new = learning_sdar.summarise("grpo", {0: _curve([0.0, 0.5, 0.5, 1.0], [0.2, 0.5, 1.0, 0.9]),
                                           1: _curve([0.0, 0.0, 0.0, 0.0], [0.3, 0.7, 0.8, 1.0])}, 4)
    mean, std = new["valid_last3"]
    assert abs(mean - (0.8 + 2.5 / 3) / 2) < 1e-9 and std > 0  # the last three steps of each seed
    old = learning_sdar.summarise("grpo", {0: _curve([0.0, 0.5])}, 2)  # cached before the key existed
    assert old["valid_last3"] == (None, None)
    old.pop("valid_last3")  # summary.json files written before it
    table = learning_sdar.markdown_table({"methods": {"new": new, "old": old}})
    rows = table.splitlines()
    assert "valid actions, last 3 steps" in rows[0]
    assert all(row.count("|") == rows[0].count("|") for row in rows)
    assert f"{mean:.2f} ± {std:.2f}" in rows[2]
    assert rows[3].split("|")[6].strip() == "-"
