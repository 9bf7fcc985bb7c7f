"""Learning benchmark of SDAR's mechanism on the skill-reading toy task (docs/results/learning.md).

    .venv/bin/python benchmarks/learning_sdar.py [--steps 30] [--seeds 0 1 2 3 4] [--tune-seeds 100 101 102]
        [--coefs 0.5 1.0 2.0] [--methods ...] [--jobs 2] [--out outputs/learning_sdar]
        [--model DIR [--warm-start format|none]] [--tasks-per-step 4] [--group-n 8] [--max-response-length 16]
        [--rooms 1] [--table SUMMARY_JSON]

The task: the toy env's "owners" task set ("take anna's item", five items in the room, which one is
anna's only her skill file says; chance 0.2). `--rooms K`: K rooms per episode, a right take in each,
only the last pays (sparse reward; results run 5 used --rooms 3 --tasks-per-step 8 --lr 5e-4). The model: the tiny model with a warm start that teaches
it the output format and to READ a "[Privileged Skill Information]" system turn (toy/sft.py), shared
by every run (the seeds are RL seeds). `--model DIR` runs the same comparison on a pretrained model
instead (e.g. SmolLM2-135M-Instruct from scripts/make_tiny_model.py --from-smollm2): its warm start
(FORMAT_WARM_START) teaches only the output format, no skill turns, so any skill reading is the
model's own (docs/results/learning_smollm2.md); `--warm-start none` uses the weights as they are. Before training, `skill_reading_report` checks on held-out tasks
that the student acts at chance while the same weights with the teacher prompt of the real
build_teacher_batch act right, and prints the teacher - student gap on the right action.

Methods (METHOD.md §1): grpo; sdar (gate_beta 5, sdar_coef picked on the TUNING seeds only, by the
mean area under the training-success curve); grpo_opsd (gate_beta 0, same coef); opsd
(pg_loss_coef 0, same coef); skill_grpo (the skill in the student's prompt: the ceiling); and the
wrong-teacher controls sdar_misleading and grpo_opsd_misleading, whose teacher reads the skill of
ANOTHER owner (skills/toy_owners_misleading: the files permuted across task types).
Two more RL baselines without a teacher: gigpo (algorithm.adv_estimator=gigpo, gamma 0.95,
step_advantage_w 1, mode mean_norm) and ppo (adv_estimator=gae with a critic, the yaml's critic defaults).

Prints JSON lines {"bench","config","metric","value","unit"}: the skill-reading check, one line per
(method, seed, step) with training success and the gate metrics, the tuning result, and per method
the summary over the evaluation seeds (mean and std): steps to reach 0.8 training success, area under
the training-success curve (mean success over the steps), final validation success, and the gate
metrics over training (sdar/gate_mean, sdar/gate_active_ratio, teacher - student gap). Saves the
curves as learning_sdar.png and everything as summary.json in --out.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from bench_output import emit_line  # noqa: E402
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from verl.trainer.cpu_recipe import (OWNERS_MAX_RESPONSE_LENGTH, OWNERS_NUM_OBJECTS,  # noqa: E402
                                     OWNERS_TASK_SETTINGS, owners_rooms_overrides)
from verl.trainer.env_defaults import ENV_DEFAULTS  # noqa: E402

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
GOOD_SKILLS = REPO_ROOT / "skills" / "toy_owners"
MISLEADING_SKILLS = REPO_ROOT / "skills" / "toy_owners_misleading"
GATE_BETA = 5.0
THRESHOLD = 0.8
BENCH = "learning_sdar"
TASKS_PER_STEP, GROUP_N, LR = 4, 8, 4e-3  # 32 one-turn episodes per step
MAX_RESPONSE_LENGTH = OWNERS_MAX_RESPONSE_LENGTH

# The task and the small-run settings every method shares (cpu_recipe: the demo runs the same task).
ENV_SETTINGS = list(OWNERS_TASK_SETTINGS)
# The warm start: format + skill reading (toy/sft.py, verl/trainer/cpu_recipe.SKILL_READING_WARM_START), the
# same model for every run.
# The warm start of a pretrained model (--model): the FORMAT only. No skill turns (skill_fraction 0), so
# the teacher's reading is pretraining's, not ours, and no loss on the object (object_loss False): with
# random objects as targets the SFT taught SmolLM2 to ignore the skill (toy/sft.py). Full prompts, the
# student's view; a small lr: these are trained weights, and 1e-2 (the tiny model's) would wipe them.
FORMAT_WARM_START = dict(steps=16, batch_size=4, lr=5e-5, num_objects=OWNERS_NUM_OBJECTS, category_size=1,
                         task_set="owners", skill_fraction=0.0, short_fraction=0.0, num_examples=64, object_loss=False)

# method -> (preset, skills folder of its teacher / student, extra overrides); {coef} is the tuned sdar_coef.
METHODS = {
    "grpo": ("grpo", None, []),
    "sdar": ("sdar", GOOD_SKILLS, ["algorithm.sdar.sdar_coef={coef}"]),
    "grpo_opsd": ("grpo_opsd", GOOD_SKILLS, ["algorithm.sdar.sdar_coef={coef}"]),
    "opsd": ("opsd", GOOD_SKILLS, ["algorithm.sdar.sdar_coef={coef}"]),
    "skill_grpo": ("skill_grpo", GOOD_SKILLS, []),
    "sdar_misleading": ("sdar", MISLEADING_SKILLS, ["algorithm.sdar.sdar_coef={coef}"]),
    "grpo_opsd_misleading": ("grpo_opsd", MISLEADING_SKILLS, ["algorithm.sdar.sdar_coef={coef}"]),
    # our distribution-level variant (not the paper's): reverse KL to the teacher over the student's top-k
    # tokens, so an item the student no longer samples still gets the teacher's pull
    "sdar_topk": ("sdar", GOOD_SKILLS, ["algorithm.sdar.sdar_coef={coef}", "algorithm.sdar.distill_loss=topk_reverse_kl"]),
    # other advantage estimators (issue 17), no teacher: GiGPO with verl-agent's script settings, and PPO
    # (GAE + a critic initialised from the actor) with the yaml's critic defaults (critic lr 1e-5, gamma = lam = 1).
    "gigpo": ("grpo", None, ["algorithm.adv_estimator=gigpo", "algorithm.gamma=0.95",
                             "algorithm.gigpo.step_advantage_w=1.0", "algorithm.gigpo.mode=mean_norm"]),
    "ppo": ("grpo", None, ["algorithm.adv_estimator=gae"]),
}
CURVE_KEYS = {"train": "episode/success_rate", "val": "val/success_rate", "valid": "episode/valid_action_ratio",
              "gate_mean": "sdar/gate_mean",
              "gate_active_ratio": "sdar/gate_active_ratio", "teacher_gap": "teacher/teacher_student_gap_mean"}


emit = functools.partial(emit_line, BENCH)


def _response_log_probs(model, input_ids, attention_mask, response_width):
    import torch

    from agent_system.multi_turn_rollout.prompt_tokens import position_ids_from_mask
    from verl.trainer.ppo.core_algos import logprobs_from_logits

    with torch.no_grad():
        logits = model(input_ids=input_ids, attention_mask=attention_mask,
                       position_ids=position_ids_from_mask(attention_mask)).logits.float()
    return logprobs_from_logits(logits[:, -response_width - 1:-1], input_ids[:, -response_width:])


def skill_reading_report(model_dir, skills_dir=GOOD_SKILLS, *, num_tasks: int = 40, seed: int = 0,
                         num_objects: int = OWNERS_NUM_OBJECTS, split: str = "reading_check", rooms: int = 1
                         ) -> dict[str, float]:
    """Does the model read skills? On toy owner tasks that the warm start never used (own split name),
    score every room action's response under the student prompt and under the teacher prompt that the
    trainer builds (verl.trainer.ppo.teacher.build_teacher_batch with `skills_dir`), with the same weights.

    Returns, averaged over tasks: the probability each side puts on the right action after
    renormalising over the room's take-actions (chance = 1 / num_objects), the share of tasks where
    it is the most likely one, the teacher - student gap of the right action's sequence log-prob
    (nats; the sum over its response tokens) and of its object token alone, and SDAR's gate
    sigmoid(5 * gap) on the object token of the right action and of the wrong ones (what the gate
    would do to those samples in the first update). With `rooms` > 1 the prompts are those of the last
    room, reached by right takes, as a --rooms run shows them (history_length 0)."""
    import numpy as np
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from agent_system.environments.env_package.toy import generate_tasks
    from agent_system.environments.env_package.toy.manager import ToyEnvironmentManager
    from agent_system.environments.env_package.toy.sft import format_target
    from agent_system.multi_turn_rollout.prompt_tokens import encode_text, left_pad, render_chat
    from agent_system.skills.provider import SkillProvider
    from verl.protocol import DataProto
    from verl.trainer.ppo.teacher import build_teacher_batch

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
    tasks = generate_tasks(num_tasks, seed, num_objects, split=split, category_size=1, task_set="owners",
                           num_rooms=rooms)
    settings = {**ENV_DEFAULTS["toy"], **dict(o.split("=", 1) for o in owners_rooms_overrides(rooms))}
    manager = ToyEnvironmentManager(tasks, lenient_projection=False,
                                    history_length=int(settings["env.history_length"]))
    manager.reset(tasks)
    for _ in range(rooms - 1):
        manager.step([manager.oracle_response(i) for i in range(len(tasks))], np.ones(len(tasks), dtype=bool))
    prompts, responses, meta, rows = [], [], [], []
    for i, task in enumerate(tasks):
        messages = manager.build_prompt(i)
        prompt_ids = encode_text(tokenizer, render_chat(tokenizer, messages))
        for obj in manager.envs[i].objects:
            prompts.append(prompt_ids)
            responses.append(encode_text(tokenizer, format_target(f"take {obj}")) + [tokenizer.eos_token_id])
            meta.append((task, messages))
            rows.append((i, obj == manager.envs[i].target))
    pad_id = tokenizer.pad_token_id
    prompt = left_pad(prompts, pad_id)
    width = max(len(r) for r in responses)
    response_ids = torch.full((len(responses), width), pad_id, dtype=torch.long)
    response_mask = torch.zeros((len(responses), width), dtype=torch.long)
    for row, ids in enumerate(responses):
        response_ids[row, :len(ids)] = torch.tensor(ids)
        response_mask[row, :len(ids)] = 1
    student = DataProto.from_dict(
        tensors={"input_ids": torch.cat([prompt["input_ids"], response_ids], 1),
                 "attention_mask": torch.cat([prompt["attention_mask"], response_mask], 1),
                 "responses": response_ids, "response_mask": response_mask, "prompts": prompt["input_ids"]},
        non_tensors={"task_type": [t["task_type"] for t, _ in meta], "data_source": [t["data_source"] for t, _ in meta],
                     "task_text": [t["task_text"] for t, _ in meta], "gamefile": [None] * len(meta),
                     "prompt_variants": [[m] for _, m in meta]})  # DataProto makes element-wise object arrays
    teacher, _ = build_teacher_batch(student, SkillProvider(skills_dir), tokenizer, placement="system",
                                     max_prompt_length=4096)
    token_lp, scores = {}, {}
    for name, batch in (("student", student), ("teacher", teacher)):
        token_lp[name] = _response_log_probs(model, batch.batch["input_ids"], batch.batch["attention_mask"], width)
        scores[name] = (token_lp[name] * response_mask).sum(-1)
    report = {"student_right_prob": [], "teacher_right_prob": [], "student_right_top": [],
              "teacher_right_top": [], "teacher_gap_right_nats": [], "teacher_gap_right_object_token_nats": [],
              "gate_right_object_token": [], "gate_wrong_object_token": []}
    for i in range(len(tasks)):
        index = [r for r, (task_index, _) in enumerate(rows) if task_index == i]
        right = next(r for r in index if rows[r][1])
        for name in ("student", "teacher"):
            room = scores[name][index]
            probs = torch.softmax(room, 0)
            report[f"{name}_right_prob"].append(float(probs[index.index(right)]))
            report[f"{name}_right_top"].append(float(int(room.argmax()) == index.index(right)))
        report["teacher_gap_right_nats"].append(float(scores["teacher"][right] - scores["student"][right]))
        # the object token: the first response position where the room's actions differ
        ids = response_ids[index]
        t = int((ids != ids[0]).any(0).nonzero()[0])
        gap = token_lp["teacher"][index, t] - token_lp["student"][index, t]
        gate = torch.sigmoid(GATE_BETA * gap)
        report["teacher_gap_right_object_token_nats"].append(float(gap[index.index(right)]))
        report["gate_right_object_token"].append(float(gate[index.index(right)]))
        report["gate_wrong_object_token"].append(float(torch.cat([gate[:index.index(right)],
                                                                  gate[index.index(right) + 1:]]).mean()))
    return {key: float(np.mean(values)) for key, values in report.items()} | {"chance": 1.0 / num_objects}


def _portable(path) -> str:
    """A path as committed results show it: relative to the repository, or just its name (no machine paths)."""
    path = pathlib.Path(path).resolve()
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else path.name


def skill_reading_model(out_dir: str | pathlib.Path, seed: int = 0, **overrides) -> pathlib.Path:
    """The tiny model warm-started to read the owners' skills (cached in out_dir: reused if already built)."""
    from verl.trainer.cpu_recipe import skill_reading_tiny_model

    return skill_reading_tiny_model(out_dir, GOOD_SKILLS, seed=seed, **overrides)


def format_warm_started(model_dir: str | pathlib.Path, out_dir: str | pathlib.Path, seed: int = 0, **overrides
                        ) -> pathlib.Path:
    """A pretrained `model_dir` after FORMAT_WARM_START (cached in out_dir: reused if already built)."""
    from agent_system.environments.env_package.toy import warm_start

    final = pathlib.Path(out_dir) / f"{pathlib.Path(model_dir).name}_format_seed{seed}"
    if (final / "config.json").exists():
        return final
    return pathlib.Path(warm_start(model_dir, final, seed=seed, **dict(FORMAT_WARM_START, **overrides)))


def run_size_overrides(tasks_per_step: int = TASKS_PER_STEP, group_n: int = GROUP_N,
                       max_response_length: int = MAX_RESPONSE_LENGTH, rooms: int = 1) -> tuple[str, ...]:
    """The run size as overrides that go after ENV_SETTINGS; none at the defaults, so the tiny model's
    runs (and their cached curves) stay exactly as they were. `rooms` > 1: episodes of that many rooms
    (env.toy.num_rooms; one spare step for a "look" or an invalid reply) and no history in the prompt,
    so each room's decision rests on the prompt alone (the history would show the right take of the
    room before)."""
    sizes = {"data.train_batch_size": (tasks_per_step, TASKS_PER_STEP), "env.rollout.n": (group_n, GROUP_N),
             "data.max_response_length": (max_response_length, MAX_RESPONSE_LENGTH)}
    overrides = tuple(f"{key}={value}" for key, (value, default) in sizes.items() if value != default)
    return overrides + owners_rooms_overrides(rooms)


def run_config(method: str, seed: int, steps: int, coef: float, model_dir, run_dir, extra=(), lr: float = LR):
    from verl.trainer.cpu_recipe import tiny_toy_config

    preset, skills, overrides = METHODS[method]
    section = "skill_grpo" if preset == "skill_grpo" else "sdar"
    settings = [*ENV_SETTINGS, *(o.format(coef=coef) for o in overrides),
                *([f"algorithm.{section}.skills_dir={skills}"] if skills else []),
                f"algorithm.sdar.gate_beta={0.0 if preset == 'grpo_opsd' else GATE_BETA}",
                f"trainer.test_freq={steps}", "trainer.val_before_train=false", "trainer.save_freq=-1",
                f"trainer.seed={seed}", f"data.seed={seed}", f"trainer.experiment_name={method}_seed{seed}",
                "trainer.logger=[]", *extra]
    return tiny_toy_config(model_dir, run_dir, steps, preset, tasks_per_step=TASKS_PER_STEP, group_n=GROUP_N, lr=lr,
                           overrides=settings)


def run_curve(method: str, seed: int, steps: int, coef: float, model_dir, out_dir, extra=(), lr: float = LR
              ) -> dict[str, list]:
    """Train one (method, seed); returns the per-step curves of CURVE_KEYS (None where not logged)."""
    import torch

    from verl.trainer.main_ppo import run
    from verl.utils.tracking import read_metrics

    torch.set_num_threads(1)
    run_dir = pathlib.Path(out_dir) / f"{method}_coef{coef}_seed{seed}"
    done = run_dir / f"curve_{steps}steps.json"
    if done.exists():  # finished before: a rerun with more seeds or methods reuses it
        return json.loads(done.read_text())
    if (run_dir / "metrics.jsonl").exists():
        (run_dir / "metrics.jsonl").unlink()
    start = time.time()
    run(run_config(method, seed, steps, coef, model_dir, run_dir, extra, lr))
    records = read_metrics(run_dir / "metrics.jsonl")
    curves = {name: [r.get(key) for r in records if "episode/success_rate" in r] for name, key in CURVE_KEYS.items()}
    curves["val"] = [r["val/success_rate"] for r in records if "val/success_rate" in r]
    curves["wall_s"] = time.time() - start
    done.write_text(json.dumps(curves))
    return curves


def steps_to(curve: list[float], threshold: float = THRESHOLD) -> int | None:
    """The first training step (1-based) whose success reaches `threshold`, None if none does."""
    return next((i + 1 for i, v in enumerate(curve) if v >= threshold), None)


def auc(curve: list[float]) -> float:
    """Area under the training-success curve, normalised by the number of steps (= mean success)."""
    return statistics.mean(curve)


def _mean_std(values: list[float]) -> tuple[float | None, float | None]:
    values = [v for v in values if v is not None]
    if not values:
        return None, None
    return statistics.mean(values), (statistics.pstdev(values) if len(values) > 1 else 0.0)


def summarise(method: str, by_seed: dict[int, dict], steps: int) -> dict:
    """Per-method summary over seeds; steps to threshold counts an unreached run as steps + 1."""
    reached = [steps_to(c["train"]) for c in by_seed.values()]
    out = {"seeds": sorted(by_seed), "steps": steps,
           "reached_threshold": sum(r is not None for r in reached),
           "steps_to_threshold": _mean_std([r if r is not None else steps + 1 for r in reached]),
           "auc": _mean_std([auc(c["train"]) for c in by_seed.values()]),
           "final_val": _mean_std([c["val"][-1] if c["val"] else None for c in by_seed.values()]),
           # curves cached before the valid-action key existed have none
           "valid_last3": _mean_std([statistics.mean(c["valid"][-3:]) if c.get("valid") else None
                                     for c in by_seed.values()]),
           "final_train_last3": _mean_std([statistics.mean(c["train"][-3:]) for c in by_seed.values()])}
    for key in ("gate_mean", "gate_active_ratio", "teacher_gap"):
        out[key] = _mean_std([statistics.mean([v for v in c[key] if v is not None]) if any(
            v is not None for v in c[key]) else None for c in by_seed.values()])
    return out


def _run_many(jobs: list[tuple], parallel: int) -> list[dict]:
    """Runs (method, seed, steps, coef, model_dir, out_dir, extra, lr) jobs, `parallel` processes at a time."""
    if parallel <= 1:
        return [run_curve(*job) for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=parallel, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(_run_job, jobs))


def _run_job(job: tuple) -> dict:
    return run_curve(*job)


def plot(curves: dict[str, dict[int, dict]], path: pathlib.Path, model_name: str = "tiny model") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(16, 4.5))
    panels = (("train", "training success", "success rate"), ("gate_mean", "SDAR gate mean (teacher methods)", "gate"),
              ("teacher_gap", "teacher - student log-prob gap (per token)", "nats"))
    for ax, (key, title, ylabel) in zip(axes, panels):
        for method, by_seed in curves.items():
            runs = [c[key] for c in by_seed.values() if c[key] and all(v is not None for v in c[key])]
            if not runs:
                continue
            width = min(len(r) for r in runs)
            mean = [statistics.mean(r[i] for r in runs) for i in range(width)]
            color = f"C{list(METHODS).index(method) % 10}"  # the same colour for a method in every panel
            ax.plot(range(1, width + 1), mean, color=color, label=f"{method} ({len(runs)} seeds)")
            if key == "train":
                for r in runs:
                    ax.plot(range(1, len(r) + 1), r, alpha=0.12, color=color)
        ax.set_title(title)
        ax.set_xlabel("training step")
        ax.set_ylabel(ylabel)
        if key == "train":
            ax.axhline(THRESHOLD, color="grey", lw=0.8, ls=":")
        ax.legend(fontsize=7)
    fig.suptitle(f"skill-reading toy task (owners, 5 items, chance 0.2), {model_name}, CPU")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def markdown_table(summary: dict) -> str:
    """The per-method results of a summary.json as a markdown table (docs/results/learning.md)."""
    def cell(pair, digits=2):
        mean, std = pair
        return "-" if mean is None else f"{mean:.{digits}f} ± {std:.{digits}f}"

    lines = ["| method | steps to 0.8 (reached) | AUC (mean train success) | final val success | "
             "train success, last 3 steps | valid actions, last 3 steps | gate_mean | gate_active_ratio | "
             "teacher gap (nats/token) |", "|---|---|---|---|---|---|---|---|---|"]
    for method, r in summary["methods"].items():
        lines.append(f"| {method} | {cell(r['steps_to_threshold'], 1)} ({r['reached_threshold']}/{len(r['seeds'])}) | "
                     f"{cell(r['auc'])} | {cell(r['final_val'])} | {cell(r['final_train_last3'])} | "
                     f"{cell(r.get('valid_last3', (None, None)))} | "
                     f"{cell(r['gate_mean'], 3)} | {cell(r['gate_active_ratio'], 3)} | {cell(r['teacher_gap'], 3)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4], help="evaluation seeds")
    parser.add_argument("--tune-seeds", type=int, nargs="+", default=[100, 101, 102])
    parser.add_argument("--coefs", type=float, nargs="+", default=[0.5, 1.0, 2.0], help="sdar_coef candidates")
    parser.add_argument("--coef", type=float, default=None, help="skip tuning and use this sdar_coef")
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=list(METHODS))
    parser.add_argument("--lr", type=float, default=LR, help="actor learning rate of every run")
    parser.add_argument("--jobs", type=int, default=2, help="runs in parallel (processes)")
    parser.add_argument("--out", default="outputs/learning_sdar")
    parser.add_argument("--model", help="a pretrained model folder instead of the skill-reading tiny model")
    parser.add_argument("--warm-start", choices=["format", "none"], default="format",
                        help="with --model: FORMAT_WARM_START (format only, no skill turns) or the weights as they are")
    parser.add_argument("--tasks-per-step", type=int, default=TASKS_PER_STEP)
    parser.add_argument("--group-n", type=int, default=GROUP_N, help="trajectories per task (the GRPO group)")
    parser.add_argument("--max-response-length", type=int, default=MAX_RESPONSE_LENGTH)
    parser.add_argument("--rooms", type=int, default=1,
                        help="rooms per episode (env.toy.num_rooms): only the last right take pays, chance 0.2^rooms")
    parser.add_argument("--reading-tasks", type=int, default=40, help="held-out tasks of the skill-reading check")
    parser.add_argument("--table", metavar="SUMMARY_JSON", help="only print the markdown table of a finished run")
    args = parser.parse_args(argv)
    if args.table:
        print(markdown_table(json.loads(pathlib.Path(args.table).read_text())))
        return
    out_dir = pathlib.Path(args.out).resolve()
    (out_dir / "models").mkdir(parents=True, exist_ok=True)
    summary: dict = {"args": dict(vars(args), model=_portable(args.model) if args.model else None)}

    if args.model is None:
        model_dir = skill_reading_model(out_dir / "models")
        checked = {"": model_dir}
    else:  # the check before and after the warm start: what pretraining reads, and what the format SFT changed
        model_dir = pathlib.Path(args.model).resolve()
        checked = {"zero_shot_": model_dir}
        if args.warm_start == "format":
            model_dir = format_warm_started(model_dir, out_dir / "models")
            checked["format_warm_start_"] = model_dir
    summary["model"] = _portable(model_dir)
    summary["skill_reading"] = {}
    for prefix, checked_dir in checked.items():
        for name, skills in (("good", GOOD_SKILLS), ("misleading", MISLEADING_SKILLS)):
            # cached per model, skills and size: a rerun with more seeds or methods does not redo the check
            rooms = f"_{args.rooms}rooms" if args.rooms > 1 else ""
            cache = out_dir / "models" / f"skill_reading_{checked_dir.name}_{name}_{args.reading_tasks}tasks{rooms}.json"
            if cache.exists():
                report = json.loads(cache.read_text())
            else:
                report = skill_reading_report(checked_dir, skills, num_tasks=args.reading_tasks, rooms=args.rooms)
                cache.write_text(json.dumps(report))
            summary["skill_reading"][prefix + name] = report
            for metric, value in report.items():
                emit({"phase": "skill_reading", "skills": name, "model": checked_dir.name}, metric, value,
                     "nats" if "nats" in metric else "fraction")
    extra = run_size_overrides(args.tasks_per_step, args.group_n, args.max_response_length, args.rooms)

    coef = args.coef
    if coef is None:
        jobs = [("sdar", seed, args.steps, c, model_dir, out_dir / "tuning", extra, args.lr)
                for c in args.coefs for seed in args.tune_seeds]
        results = _run_many(jobs, args.jobs)
        by_coef: dict[float, list[float]] = {}
        for job, curve in zip(jobs, results):
            by_coef.setdefault(job[3], []).append(auc(curve["train"]))
            emit({"phase": "tuning", "method": "sdar", "coef": job[3], "seed": job[1]}, "train_auc", auc(curve["train"]),
                 "fraction")
        coef = max(by_coef, key=lambda c: statistics.mean(by_coef[c]))
        summary["tuning"] = {str(c): v for c, v in by_coef.items()} | {"picked": coef}
        emit({"phase": "tuning", "seeds": args.tune_seeds, "candidates": args.coefs}, "picked_sdar_coef", coef, "coef")

    jobs = [(m, seed, args.steps, coef, model_dir, out_dir / "eval", extra, args.lr)
            for m in args.methods for seed in args.seeds]
    results = _run_many(jobs, args.jobs)
    curves: dict[str, dict[int, dict]] = {}
    for (method, seed, *_), curve in zip(jobs, results):
        curves.setdefault(method, {})[seed] = curve
        for step, value in enumerate(curve["train"], start=1):
            emit({"method": method, "seed": seed, "step": step, "coef": coef,
                  **{k: curve[k][step - 1] for k in ("gate_mean", "gate_active_ratio", "teacher_gap")}},
                 "train_success_rate", value, "fraction")
    summary["coef"] = coef
    summary["methods"] = {}
    for method, by_seed in curves.items():
        result = summarise(method, by_seed, args.steps)
        summary["methods"][method] = result
        for metric in ("steps_to_threshold", "auc", "final_val", "valid_last3", "gate_mean", "gate_active_ratio",
                       "teacher_gap"):
            mean, std = result[metric]
            emit({"method": method, "seeds": args.seeds, "steps": args.steps, "coef": coef}, metric, mean,
                 "steps" if metric == "steps_to_threshold" else "nats" if metric == "teacher_gap" else "fraction",
                 std=std, **({"reached": result["reached_threshold"]} if metric == "steps_to_threshold" else {}))
    summary["curves"] = curves
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=1, default=str))
    plot(curves, out_dir / "learning_sdar.png", "tiny model" if args.model is None else model_dir.name)
    print(f"plot saved to {out_dir / 'learning_sdar.png'}; summary in {out_dir / 'summary.json'}", flush=True)


if __name__ == "__main__":
    main()
