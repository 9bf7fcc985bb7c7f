"""One-GPU performance check: trainer step split GRPO vs SDAR, log-prob throughput padded vs padding-free,
FSDP2 bf16 update throughput with an MFU estimate, and peak memory. Needs torch + transformers and one
CUDA GPU; no Ray (local worker group) and no vLLM (the HF rollout engine). Runs in under 8 minutes.

    bash scripts/gpu_check.sh                  # one CUDA GPU: qwen2.5-0.5b and qwen2.5-1.5b shapes, random weights
    bash scripts/gpu_check.sh --dry-run        # CPU, tiny model, seconds (what CI runs; automatic without CUDA)
    python scripts/gpu_check.py --presets qwen2.5-0.5b --budget-s 200 --peak-tflops 989

Sections, per model preset (random weights, scripts/make_tiny_model.py --preset shapes):
- logprob: actor.compute_log_prob on a batch with a realistic length spread, padded forward vs
  padding-free (use_remove_padding) forward; tokens/s counts real tokens in both. Then the same batch
  shaped like a teacher batch (blocks of rows sharing their first prompt tokens): the plain padding-free
  forward vs the shared-prefix one (its speed-up, the largest log-prob difference between the two, and
  whether its attention runs as one varlen call per layer or one SDPA call per prefix-tree node).
- update: one FSDP2 PPO update (bf16 compute on CUDA) on the same batch; tokens/s and MFU = model
  FLOPs / time / peak. Model FLOPs (`update_flops`, forward + backward): 6 x the body's matmul
  parameters x real tokens, 6 x hidden x vocab x response tokens (only those reach the LM head), and
  the causal attention scores. Peak: --peak-tflops, else a table of dense bf16 peaks by GPU name.
- trainer: benchmarks/trainer_step_time.compare_methods: GRPO and SDAR steps (and SDAR with the plain,
  unshared teacher forward) interleaved on the toy environment; per method the median step time,
  tokens/s, the teacher stage's share of the SDAR step, the collector's overhead share of the rollout,
  and peak memory.
Sections run cheapest first; one that would overrun --budget-s (estimated from the previous preset,
scaled by parameter count) is skipped with a "skipped" line. A section that fails prints an "error"
line and the others still run; the exit status is 1 if any failed.

Output: one JSON line per measurement {"bench": "gpu_check", "config", "metric", "value", "unit"} on
stdout, then one summary table.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import tempfile
import time
import traceback

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Dense bf16 tensor-core peaks (TFLOP/s) by a substring of torch.cuda.get_device_name(); first match wins.
PEAK_BF16_TFLOPS = (("H200", 989.0), ("H100 PCIe", 756.0), ("H100", 989.0), ("H800", 989.0), ("H20", 148.0),
                    ("GH200", 989.0), ("B200", 2250.0), ("A100", 312.0), ("A800", 312.0), ("L40S", 362.0),
                    ("L40", 181.0), ("L4", 121.0), ("A10G", 125.0), ("A10", 125.0), ("4090", 165.0),
                    ("3090", 71.0), ("V100", 125.0))
GPU_PRESETS = ("qwen2.5-0.5b", "qwen2.5-1.5b")

# Sizes per mode: (GPU, dry run on CPU)
SIZES = {
    "gpu": dict(batch=32, prompt_range=(200, 1500), response_range=(20, 512), micro=8, repeats=3, group=8,
                tasks=8, n=4, max_steps=2, response_length=128, reps=2, warmup=1),
    "dry": dict(batch=4, prompt_range=(20, 32), response_range=(4, 12), micro=2, repeats=1, group=2,
                tasks=2, n=2, max_steps=1, response_length=8, reps=1, warmup=0),
}


class Report:
    def __init__(self, mode: str):
        self.mode, self.rows, self.errors = mode, [], []

    def emit(self, config: dict, metric: str, value, unit: str) -> None:
        if isinstance(value, float):
            value = round(value, 4)
        line = {"bench": "gpu_check", "config": dict(config, mode=self.mode), "metric": metric, "value": value,
                "unit": unit}
        self.rows.append(line)
        print(json.dumps(line), flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="CPU, tiny model, tiny sizes (automatic without CUDA)")
    parser.add_argument("--presets", default=None, help=f"comma-separated (default {','.join(GPU_PRESETS)}; dry: tiny)")
    parser.add_argument("--sections", default="logprob,update,trainer")
    parser.add_argument("--budget-s", type=float, default=420.0, help="skip sections that would end later than this")
    parser.add_argument("--peak-tflops", type=float, default=None, help="dense bf16 peak for MFU (default: by GPU name)")
    parser.add_argument("--workdir", default=None, help="where model folders go (default: a temporary folder)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    import torch

    cuda = torch.cuda.is_available() and not args.dry_run
    mode = "gpu" if cuda else "dry"
    device = "cuda" if cuda else "cpu"
    report = Report(mode)
    presets = [p for p in (args.presets or (",".join(GPU_PRESETS) if cuda else "tiny")).split(",") if p]
    sections = [s for s in args.sections.split(",") if s]
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise SystemExit(f"--sections: unknown {unknown}; choose from {sorted(SECTIONS)}")
    start = time.perf_counter()
    gpu_name = torch.cuda.get_device_name(0) if cuda else "none (dry run on CPU)"
    peak = args.peak_tflops or (_peak_tflops(gpu_name) if cuda else None)
    report.emit({"device": device}, "environment", {
        "gpu": gpu_name, "torch": torch.__version__, "transformers": _version("transformers"),
        "ray": _version("ray"), "vllm": _version("vllm"), "peak_bf16_tflops": peak,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}, "info")
    sizes = SIZES[mode]
    durations: dict[str, tuple[float, float]] = {}  # section -> (seconds, params) of the last preset run
    with tempfile.TemporaryDirectory(prefix="gpu_check_", dir=args.workdir) as tmp:
        for preset in presets:
            model_dir, params = _build_model(pathlib.Path(tmp), preset, device)
            for section in sections:
                config = {"device": device, "preset": preset, "section": section}
                elapsed = time.perf_counter() - start
                if section in durations:
                    seconds, prev_params = durations[section]
                    estimate = seconds * params / max(prev_params, 1)
                    if elapsed + estimate > args.budget_s:
                        report.emit(config, "skipped", f"would end at ~{elapsed + estimate:.0f} s > --budget-s "
                                    f"{args.budget_s:.0f}", "info")
                        continue
                section_start = time.perf_counter()
                try:
                    SECTIONS[section](report, config, model_dir, device, sizes, peak)
                except Exception as err:  # report and go on: the other sections still say something
                    report.errors.append(f"{preset}/{section}: {type(err).__name__}: {err}")
                    report.emit(config, "error", f"{type(err).__name__}: {err}", "info")
                    traceback.print_exc(file=sys.stderr)
                durations[section] = (time.perf_counter() - section_start, params)
                if cuda:
                    torch.cuda.empty_cache()
            report.emit({"device": device, "preset": preset}, "elapsed", time.perf_counter() - start, "s")
    print_summary(report)
    return 1 if report.errors else 0


# ---------------------------------------------------------------------------------------------------- sections
def _worker_group(model_dir: pathlib.Path, device: str, sizes: dict, role: str = "actor"):
    from verl.utils.config import load_config
    from verl.workers.fsdp_workers import ActorRolloutRefWorker
    from verl.workers.worker_group import LocalWorkerGroup

    config = load_config([
        f"actor_rollout_ref.model.path={model_dir}", f"trainer.device={device}", "trainer.worker_backend=local",
        f"actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu={sizes['micro']}",
        f"actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu={sizes['micro']}",
        f"actor_rollout_ref.actor.ppo_mini_batch_size={sizes['batch']}", "actor_rollout_ref.actor.use_kl_loss=false",
        "actor_rollout_ref.actor.optim.lr=1e-7"])
    group = LocalWorkerGroup(ActorRolloutRefWorker, config, role=role)
    group.init_model()
    return group


def _batch(group, sizes: dict):
    from logprob_throughput import make_batch  # benchmarks/: the same length spread as that benchmark

    vocab = group.worker.actor_module.config.vocab_size
    return make_batch(vocab, sizes["batch"], sizes["prompt_range"], sizes["response_range"], seed=0)


def section_logprob(report: Report, config: dict, model_dir, device: str, sizes: dict, peak) -> None:
    import torch

    from verl.utils.device import synchronize

    group = _worker_group(model_dir, device, sizes)
    try:
        data = _batch(group, sizes)
        real_tokens = int(data.batch["attention_mask"].sum())
        teacher = teacher_shaped(data, sizes["group"], sizes["prompt_range"][0])
        shared = teacher.copy()
        shared.meta_info["share_prefix"] = True
        rates, outputs = {}, {}
        for mode, remove_padding, batch in (("padded", False, data), ("padding_free", True, data),
                                            ("teacher_plain", True, teacher), ("teacher_shared_prefix", True, shared)):
            group.worker.actor.use_remove_padding = remove_padding
            outputs[mode] = group.compute_log_prob(batch.copy()).batch["old_log_probs"]  # warm-up
            synchronize(device)
            _reset_peak(device)
            times = []
            for _ in range(sizes["repeats"]):
                begin = time.perf_counter()
                group.compute_log_prob(batch.copy())
                synchronize(device)
                times.append(time.perf_counter() - begin)
            rates[mode] = real_tokens / min(times)
            cfg = dict(config, forward=mode, batch=sizes["batch"], real_tokens=real_tokens)
            report.emit(cfg, "logprob_tokens_per_s", rates[mode], "tokens/s")
            report.emit(cfg, "peak_memory", _peak_gib(device), "GiB")
        report.emit(config, "padding_free_speedup", rates["padding_free"] / rates["padded"], "x")
        # the teacher forward with shared prompt heads: its speed-up, its path and its agreement with the plain one
        from verl.workers import varlen_attention

        valid = teacher.batch["response_mask"].bool()
        cfg = dict(config, forward="teacher_shared_prefix", group=sizes["group"], head=sizes["prompt_range"][0])
        report.emit(cfg, "shared_prefix_speedup", rates["teacher_shared_prefix"] / rates["teacher_plain"], "x")
        report.emit(cfg, "shared_prefix_max_abs_diff", float((outputs["teacher_shared_prefix"] -
                                                              outputs["teacher_plain"])[valid].abs().max()), "nats")
        compute = (torch.device("cuda", torch.cuda.current_device()), torch.bfloat16) if device == "cuda" else \
            (torch.device("cpu"), torch.float32)
        one_call = varlen_attention.shared_prefix_runs_varlen(*compute)
        report.emit(cfg, "shared_prefix_attention", "one varlen call per layer" if one_call else
                    "one SDPA call per prefix-tree node", "info")
    finally:
        group.shutdown()
        del group
        if torch.cuda.is_available():
            torch.cuda.empty_cache()


def teacher_shaped(data, group: int, head: int):
    """The batch with the first `head` real prompt tokens of each block of `group` rows made equal: a teacher
    batch's rows share the skills and task turn (the prompts stay as long as they were)."""
    batch = data.copy()
    ids, mask = batch.batch["input_ids"].clone(), batch.batch["attention_mask"]
    first_real = mask.argmax(-1)
    for row in range(ids.shape[0]):
        lead = row - row % group
        ids[row, first_real[row]:first_real[row] + head] = ids[lead, first_real[lead]:first_real[lead] + head]
    batch.batch["input_ids"] = ids
    return batch


def section_update(report: Report, config: dict, model_dir, device: str, sizes: dict, peak) -> None:
    import torch

    from verl.utils.device import synchronize

    group = _worker_group(model_dir, device, sizes)
    try:
        data = _batch(group, sizes)
        data.batch["old_log_probs"] = group.compute_log_prob(data.copy()).batch["old_log_probs"]
        gen = torch.Generator().manual_seed(0)
        data.batch["advantages"] = torch.randn(data.batch["responses"].shape, generator=gen) * data.batch["response_mask"]
        group.update_actor(data.copy())  # warm-up: optimizer state, kernels
        synchronize(device)
        _reset_peak(device)
        times = []
        for _ in range(max(1, sizes["repeats"] - 1)):
            begin = time.perf_counter()
            group.update_actor(data.copy())
            synchronize(device)
            times.append(time.perf_counter() - begin)
        seconds = min(times)
        real_tokens = int(data.batch["attention_mask"].sum())
        flops = update_flops(group.worker.actor_module.config, data.batch["attention_mask"], data.batch["response_mask"])
        cfg = dict(config, batch=sizes["batch"], real_tokens=real_tokens,
                   dtype="bf16" if device == "cuda" else "float32")
        report.emit(cfg, "update_tokens_per_s", real_tokens / seconds, "tokens/s")
        report.emit(cfg, "update_tflops", flops / seconds / 1e12, "TFLOP/s")
        if peak:
            report.emit(cfg, "update_mfu", flops / seconds / (peak * 1e12), "fraction")
        report.emit(cfg, "peak_memory", _peak_gib(device), "GiB")
    finally:
        group.shutdown()
        del group
        if torch.cuda.is_available():
            torch.cuda.empty_cache()


def update_flops(hf_config, attention_mask, response_mask) -> float:
    """Model FLOPs of one forward + backward over the batch (the MFU numerator; recomputation not counted).

    6 per matmul parameter per token for the transformer body, the LM head only on response tokens
    (logits_to_keep), and causal attention scores: QK^T and AV are 2 x 2 x hidden FLOPs per (query, key)
    pair forward, x3 with backward, over seq (seq + 1) / 2 pairs per sequence and layer."""
    hidden, layers = hf_config.hidden_size, hf_config.num_hidden_layers
    heads, kv_heads = hf_config.num_attention_heads, getattr(hf_config, "num_key_value_heads", None) or hf_config.num_attention_heads
    head_dim = getattr(hf_config, "head_dim", None) or hidden // heads
    per_layer = (hidden * heads * head_dim + 2 * hidden * kv_heads * head_dim + heads * head_dim * hidden
                 + 3 * hidden * hf_config.intermediate_size)
    lengths = attention_mask.sum(-1).double()
    tokens, response_tokens = float(lengths.sum()), float(response_mask.sum())
    body = 6.0 * layers * per_layer * tokens
    head = 6.0 * hidden * hf_config.vocab_size * response_tokens
    attention = 3.0 * 4.0 * heads * head_dim * layers * float((lengths * (lengths + 1) / 2).sum())
    return body + head + attention


def section_trainer(report: Report, config: dict, model_dir, device: str, sizes: dict, peak) -> None:
    from trainer_step_time import compare_methods  # benchmarks/

    plain_teacher = "sdar@algorithm.teacher_shared_prefix=false"  # the teacher forward without shared heads
    medians = compare_methods(["grpo", "sdar", plain_teacher], device=device, preset=None, tasks=sizes["tasks"],
                              n=sizes["n"], response_length=sizes["response_length"], max_steps=sizes["max_steps"],
                              reps=sizes["reps"], warmup=sizes["warmup"], model_dir=model_dir)
    cfg = dict(config, tasks=sizes["tasks"], n=sizes["n"], max_steps=sizes["max_steps"],
               response_length=sizes["response_length"], reps=sizes["reps"], statistic="median")
    for method, m in medians.items():
        c = dict(cfg, method=method)
        report.emit(c, "step_s", m["wall/step"], "s")
        for stage in ("gen", "old_log_prob", "teacher_forward", "ref", "update_actor"):
            if f"timing_s/{stage}" in m:
                report.emit(c, f"{stage}_s", m[f"timing_s/{stage}"], "s")
        if "wall/teacher_build" in m:
            report.emit(c, "teacher_build_s", m["wall/teacher_build"], "s")
        if "wall/teacher_share" in m:
            report.emit(c, "teacher_share", m["wall/teacher_share"], "fraction")
        report.emit(c, "collector_overhead_share", m["wall/collector_overhead_share"], "fraction")
        report.emit(c, "tokens_per_s", m.get("perf/throughput", 0.0), "tokens/s")
        if device == "cuda":
            report.emit(c, "peak_memory", m.get("perf/max_memory_allocated_gb", 0.0), "GiB")
    for method in ("sdar", plain_teacher):
        report.emit(dict(cfg, method=f"{method}/grpo"), "step_ratio",
                    medians[method]["wall/step"] / medians["grpo"]["wall/step"], "ratio")


SECTIONS = {"logprob": section_logprob, "update": section_update, "trainer": section_trainer}


# ---------------------------------------------------------------------------------------------------- helpers
def _build_model(tmp: pathlib.Path, preset: str, device: str) -> tuple[pathlib.Path, int]:
    from transformers import AutoConfig

    from verl.utils.tiny_model import PRESETS, build_tiny_model

    if preset != "tiny" and preset not in PRESETS:
        raise SystemExit(f"--presets: unknown {preset!r}; choose from tiny, {', '.join(sorted(PRESETS))}")
    folder = build_tiny_model(tmp / preset, preset=None if preset == "tiny" else preset,
                              dtype="bfloat16" if device == "cuda" else "float32")
    cfg = AutoConfig.from_pretrained(folder)
    params = cfg.num_hidden_layers * cfg.hidden_size * (4 * cfg.hidden_size + 3 * cfg.intermediate_size)
    return folder, params + cfg.vocab_size * cfg.hidden_size


def _peak_tflops(name: str) -> float | None:
    for key, value in PEAK_BF16_TFLOPS:
        if key in name:
            return value
    return None


def _reset_peak(device: str) -> None:
    import torch

    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()


def _peak_gib(device: str) -> float:
    import torch

    if device == "cuda":
        return torch.cuda.max_memory_allocated() / 2**30
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # process peak RSS (KiB -> GiB)


def _version(module: str) -> str | None:
    import importlib.metadata

    try:
        return importlib.metadata.version(module)
    except importlib.metadata.PackageNotFoundError:
        return None


def print_summary(report: Report) -> None:
    """One table: a row per (preset, section, method/forward), the key numbers as columns."""
    columns = ("step_s", "teacher_share", "step_ratio", "collector_overhead_share", "tokens_per_s",
               "logprob_tokens_per_s", "padding_free_speedup", "shared_prefix_speedup", "shared_prefix_max_abs_diff",
               "update_tokens_per_s", "update_mfu", "peak_memory")
    table: dict[tuple, dict] = {}
    for row in report.rows:
        cfg = row["config"]
        if row["metric"] not in columns:
            continue
        key = (cfg.get("preset", ""), cfg.get("section", ""), cfg.get("method") or cfg.get("forward") or "")
        table.setdefault(key, {})[row["metric"]] = row["value"]
    used = [c for c in columns if any(c in r for r in table.values())]
    header = ["preset", "section", "method"] + list(used)
    lines = [header] + [[*key, *(_fmt(values.get(c)) for c in used)] for key, values in table.items()]
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    print(f"\ngpu_check summary ({report.mode}):")
    for line in lines:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths)))
    for error in report.errors:
        print(f"ERROR {error}")


def _fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


if __name__ == "__main__":
    sys.exit(main())
