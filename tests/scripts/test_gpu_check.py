"""scripts/gpu_check.sh: the dry run (CPU, tiny model) runs every section and exits 0; FLOPs by hand;
failing sections are reported without stopping the others; the time budget skips what would overrun."""
from __future__ import annotations

import importlib.util
import json
import os
import pathlib
import subprocess
import time
from types import SimpleNamespace

import pytest
import torch

REPO = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gpu_check():
    spec = importlib.util.spec_from_file_location("gpu_check", REPO / "scripts" / "gpu_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dry_run_measures_every_section_and_exits_cleanly(tmp_path):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="", PYTHON=str(REPO / ".venv" / "bin" / "python"))
    if not pathlib.Path(env["PYTHON"]).exists():
        env["PYTHON"] = "python"
    result = subprocess.run(["bash", "scripts/gpu_check.sh", "--dry-run", "--peak-tflops", "0.001",
                             "--workdir", str(tmp_path)], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert all(line["bench"] == "gpu_check" and line["config"]["mode"] == "dry" for line in lines)
    assert not [line for line in lines if line["metric"] in ("error", "skipped")]
    found = {(line["metric"], line["config"].get("method") or line["config"].get("forward")): line["value"]
             for line in lines}
    for forward in ("padded", "padding_free", "teacher_plain", "teacher_shared_prefix"):
        assert found[("logprob_tokens_per_s", forward)] > 0
    assert found[("padding_free_speedup", None)] > 0
    assert found[("shared_prefix_speedup", "teacher_shared_prefix")] > 0
    assert 0 <= found[("shared_prefix_max_abs_diff", "teacher_shared_prefix")] < 1e-4  # float32 on CPU
    assert found[("shared_prefix_attention", "teacher_shared_prefix")] == "one SDPA call per prefix-tree node"
    assert found[("update_tokens_per_s", None)] > 0 and 0 < found[("update_mfu", None)]
    for method in ("grpo", "sdar"):
        assert found[("step_s", method)] > 0 and 0 <= found[("collector_overhead_share", method)] < 1
    assert 0 < found[("teacher_share", "sdar")] < 1 and ("teacher_share", "grpo") not in found
    assert found[("step_ratio", "sdar/grpo")] > 0
    assert found[("environment", None)]["gpu"].startswith("none")
    summary = result.stdout.split("gpu_check summary (dry):")[1]
    assert "teacher_share" in summary.splitlines()[1] and "sdar/grpo" in summary


def test_teacher_shaped_rows_share_their_first_prompt_tokens_in_blocks(gpu_check):
    from verl.protocol import DataProto

    mask = torch.tensor([[0, 1, 1, 1, 1], [1, 1, 1, 1, 1], [0, 0, 1, 1, 1], [1, 1, 1, 1, 1]])
    ids = torch.arange(20).reshape(4, 5) * mask
    shaped = gpu_check.teacher_shaped(DataProto.from_dict({"input_ids": ids, "attention_mask": mask}), 2, 2)
    assert shaped.batch["input_ids"].tolist() == [[0, 1, 2, 3, 4], [1, 2, 7, 8, 9],
                                                  [0, 0, 12, 13, 14], [12, 13, 17, 18, 19]]
    assert torch.equal(ids, torch.arange(20).reshape(4, 5) * mask)  # the input batch is left as it was


def test_update_flops_by_hand(gpu_check):
    config = SimpleNamespace(hidden_size=4, num_hidden_layers=1, num_attention_heads=2, num_key_value_heads=1,
                             head_dim=2, intermediate_size=8, vocab_size=10)
    attention_mask = torch.tensor([[0, 1, 1, 1], [0, 0, 1, 1]])
    response_mask = torch.tensor([[1, 0], [1, 0]])
    # per layer: q 4*2*2 + k,v 2*4*1*2 + o 2*2*4 + mlp 3*4*8 = 144 params; 5 tokens, 2 through the LM head;
    # attention pairs 3*4/2 + 2*3/2 = 9, each 3 (fwd+bwd) * 4 * heads * head_dim FLOPs
    expected = 6 * 144 * 5 + 6 * 4 * 10 * 2 + 3 * 4 * 2 * 2 * 9
    assert gpu_check.update_flops(config, attention_mask, response_mask) == expected


def test_a_failing_section_is_reported_and_the_budget_skips_what_would_overrun(gpu_check, monkeypatch, capsys,
                                                                               tmp_path):
    calls = []

    def broken(report, config, *args):
        calls.append(("broken", config["preset"]))
        raise RuntimeError("no kernel for this")

    def slow(report, config, *args):
        calls.append(("slow", config["preset"]))
        time.sleep(0.3)
        report.emit(config, "update_tokens_per_s", 1.0, "tokens/s")

    monkeypatch.setattr(gpu_check, "SECTIONS", {"logprob": broken, "update": slow})
    monkeypatch.setattr(gpu_check, "_build_model", lambda tmp, preset, device: (tmp_path, 1))
    status = gpu_check.main(["--dry-run", "--presets", "tiny,tiny", "--sections", "logprob,update",
                             "--budget-s", "0.5"])
    out = capsys.readouterr().out
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert status == 1
    assert calls == [("broken", "tiny"), ("slow", "tiny"), ("broken", "tiny")]  # the second "update" would overrun
    assert [line["value"] for line in lines if line["metric"] == "error"] == ["RuntimeError: no kernel for this"] * 2
    assert [line["config"]["section"] for line in lines if line["metric"] == "skipped"] == ["update"]
    assert "ERROR tiny/logprob: RuntimeError: no kernel for this" in out
    with pytest.raises(SystemExit, match="unknown"):
        gpu_check.main(["--dry-run", "--sections", "nonsense"])
