"""The README demo: tiny GRPO and SDAR training runs on CPU that learn, then a checkpoint merge to a HF folder.

    .venv/bin/python examples/cpu/demo.py [--env toy|alfworld] [--steps N] [--out outputs/demo] [hydra overrides...]

1. builds the tiny Qwen2-architecture model offline (scripts/make_tiny_model.py) and gives it a few
   seconds of supervised warm-start on well-formed turns (random objects), so a random-init policy
   emits valid actions at chance level;
2. --env toy (default): trains it on the toy task ("take the food / the tool", one object per
   category, chance 1/3) with GRPO and with SDAR (GRPO + the sigmoid-gated self-distillation loss,
   teacher = the same policy reading the skill documents), same seed, and prints the training
   success per step side by side, with SDAR's gate, and saves the curves as a plot;
   --env alfworld: trains SDAR on the shipped ALFWorld games (real engine, parallel env workers),
   validating on the fixed valid_seen list (a 96k-parameter model is not expected to win games);
3. prints the SDAR run's per-step metrics table and the checkpoint path;
4. merges the last SDAR checkpoint into a Hugging Face folder and generates one turn with it.

The tiny model cannot read the skill text (that takes a longer warm start: benchmarks/learning_sdar.py
and docs/results/learning.md), so here SDAR's gate sits near 0.5 and SDAR behaves like GRPO plus a
likelihood push on its own samples; the demo shows the pipeline learning, not SDAR's advantage.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import sys
import time

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("WANDB_MODE", "offline")

TABLE_KEYS = [("episode/success_rate", "train success"), ("val/success_rate", "val success"),
              ("episode/valid_action_ratio", "valid actions"), ("actor/pg_loss", "pg loss"),
              ("sdar/gate_mean", "gate mean"), ("actor/kl_loss", "kl"), ("timing_s/step", "step s")]


ENV_OVERRIDES = {
    # the real ALFWorld engine on our shipped mini-benchmark (18 valid_seen games); short episodes keep
    # the demo within a few minutes; a random-init tiny model is not expected to win games here
    "alfworld": ["env.env_name=alfworld/AlfredTWEnv", "env.alfworld.data_path=builtin", "env.max_steps=4",
                 "env.alfworld.num_workers=4", "data.train_batch_size=2", "env.rollout.n=4",
                 "data.max_prompt_length=2048", "algorithm.teacher_max_prompt_length=4096"],
    # the toy task, where the tiny model visibly learns within a few steps (chance 1/3)
    "toy": ["env.toy.category_size=1", "env.toy.task_types=[food,tool]", "env.max_steps=2",
            "data.train_batch_size=8", "env.rollout.n=8", "actor_rollout_ref.actor.optim.lr=1e-3",
            "data.max_response_length=16", "algorithm.sdar.sdar_coef=0.5",
            "actor_rollout_ref.rollout.val_kwargs.do_sample=true",
            "actor_rollout_ref.rollout.val_kwargs.temperature=1.0"],
}
DEFAULT_STEPS = {"toy": 12, "alfworld": 4}
# toy: both methods, so the table and the plot compare them; alfworld: SDAR only
METHODS = {"toy": ("grpo", "sdar"), "alfworld": ("sdar",)}


def demo_config(model_dir: pathlib.Path, out_dir: pathlib.Path, env: str, steps: int, overrides: list[str],
                method: str = "sdar"):
    from verl.trainer.cpu_recipe import tiny_toy_config

    return tiny_toy_config(model_dir, out_dir / "checkpoints" / method, steps, method, overrides=[
        *ENV_OVERRIDES[env], f"trainer.save_freq={steps if method == 'sdar' else -1}", f"trainer.test_freq={steps}",
        "trainer.val_before_train=false", "trainer.project_name=demo", f"trainer.experiment_name={method}_{env}",
        "trainer.seed=0", *overrides])


def print_comparison(runs: dict[str, list[dict]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="training success per step (same seed, same warm start)")
    table.add_column("step", justify="right")
    for method in runs:
        table.add_column(f"{method} success", justify="right")
    if "sdar" in runs:
        table.add_column("sdar gate mean", justify="right")
    steps = [r for r in next(iter(runs.values())) if "episode/success_rate" in r]
    for i, record in enumerate(steps):
        cells = []
        for records in runs.values():
            train = [r for r in records if "episode/success_rate" in r]
            cells.append(f"{train[i]['episode/success_rate']:.3f}" if i < len(train) else "-")
        if "sdar" in runs:
            train = [r for r in runs["sdar"] if "episode/success_rate" in r]
            gate = train[i].get("sdar/gate_mean") if i < len(train) else None
            cells.append(f"{gate:.3f}" if isinstance(gate, (int, float)) else "-")
        table.add_row(str(record["step"]), *cells)
    for label, key in (("final val success", "val/success_rate"),):
        cells = []
        for records in runs.values():
            values = [r[key] for r in records if key in r]
            cells.append(f"{values[-1]:.3f}" if values else "-")
        table.add_row(label, *cells, *([""] if "sdar" in runs else []))
    Console().print(table)


def plot_comparison(runs: dict[str, list[dict]], path: pathlib.Path) -> pathlib.Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for method, records in runs.items():
        train = [r for r in records if "episode/success_rate" in r]
        ax.plot([r["step"] for r in train], [r["episode/success_rate"] for r in train], marker="o", label=method)
    ax.set_xlabel("training step")
    ax.set_ylabel("training success rate")
    ax.set_ylim(0, 1.05)
    ax.set_title("demo: tiny model on the toy task (CPU)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def print_table(records: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="SDAR demo: metrics per step")
    table.add_column("step", justify="right")
    for _, title in TABLE_KEYS:
        table.add_column(title, justify="right")
    for record in records:
        cells = [f"{record[k]:.3f}" if isinstance(record.get(k), (int, float)) else "-" for k, _ in TABLE_KEYS]
        table.add_row(str(record["step"]), *cells)
    Console().print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--env", choices=sorted(ENV_OVERRIDES), default="toy")
    parser.add_argument("--steps", type=int, default=None, help="training steps per run (toy 12, alfworld 4)")
    parser.add_argument("--out", default=str(REPO_ROOT / "outputs" / "demo"))
    args, overrides = parser.parse_known_args()
    out_dir = pathlib.Path(args.out).resolve()
    steps = args.steps or DEFAULT_STEPS[args.env]
    start = time.time()
    import torch

    torch.set_num_threads(1)  # tiny model: more intra-op threads only add overhead on a shared 2-core box

    from verl.trainer.cpu_recipe import warm_started_tiny_model
    from verl.trainer.main_ppo import run
    from verl.utils.model_merger import merge
    from verl.utils.tracking import read_metrics

    print("[1/4] building the tiny model and warm-starting it on well-formed turns ...", flush=True)
    model_dir = warm_started_tiny_model(out_dir / "models", seed=0)

    runs = {}
    for method in METHODS[args.env]:
        print(f"[2/4] training {method.upper()} for {steps} steps on {args.env} (CPU) ...", flush=True)
        config = demo_config(model_dir, out_dir, args.env, steps, overrides, method)
        metrics_file = pathlib.Path(config.trainer.default_local_dir) / "metrics.jsonl"
        if metrics_file.exists():
            metrics_file.unlink()
        run(config)
        runs[method] = read_metrics(metrics_file)

    print("[3/4] results", flush=True)
    run_dir = pathlib.Path(config.trainer.default_local_dir)
    print_table(runs["sdar"])
    if args.env == "alfworld":
        print("(a 96k-parameter model with random weights is not expected to win ALFWorld games: the point "
              "is the real pipeline; the default --env toy shows the tiny model learning)")
    else:
        print_comparison(runs)
        print(f"plot: {plot_comparison(runs, out_dir / 'demo_learning.png')}")
    checkpoint = run_dir / f"global_step_{steps}"
    print(f"checkpoint: {checkpoint}")

    print("[4/4] merging the checkpoint into a Hugging Face folder ...", flush=True)
    hf_dir = merge(checkpoint / "actor", out_dir / "hf_model")
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(hf_dir)
    tokenizer = AutoTokenizer.from_pretrained(hf_dir)
    prompt = tokenizer.apply_chat_template([{"role": "user", "content": "Your task is to: take the food."}], tokenize=False,
                                           add_generation_prompt=True)
    ids = tokenizer(prompt, return_tensors="pt").input_ids
    reply = model.generate(ids, max_new_tokens=16, do_sample=False, pad_token_id=tokenizer.pad_token_id)
    print(f"merged model at {hf_dir}; greedy reply: {tokenizer.decode(reply[0, ids.shape[1]:], skip_special_tokens=True)!r}")
    print(f"demo finished in {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()
