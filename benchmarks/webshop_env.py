#!/usr/bin/env python
"""WebShop env speed on the shipped catalogue (or `--data_dir` with the official files).

    python benchmarks/webshop_env.py [--data_dir DIR] [--use_small true] [--steps 3000] [--batch 16]

Prints one JSON line per measurement, {"bench", "config", "metric", "value", "unit"}:
    site_build_cold_s / site_build_warm_s   catalogue + goals + BM25 index, without / with the index cache
    search_latency_p50_ms / _p95_ms / _mean_ms   one BM25 query (instruction text up to " with ")
    env_steps_per_s                          random walks of navigation actions (searches and clicks, no Buy Now)
    buy_latency_ms                           one Buy Now: scoring, with spaCy tagging two new titles
    manager_steps_per_s                      env turns/s through WebShopEnvironmentManager (batch of --batch envs)
"""
from __future__ import annotations

import argparse
import functools
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_output import emit_line  # noqa: E402

from agent_system.environments.env_package.webshop import (  # noqa: E402
    WebShopSettings, WebShopSite, WebShopTextEnv, make_manager)


emit = functools.partial(emit_line, "webshop_env")


def random_navigation(env: WebShopTextEnv, rng: random.Random, steps: int, queries: list[str]) -> None:
    """Searches and random clicks, never Buy Now (scoring is measured separately)."""
    for _ in range(steps):
        clickables = [c for c in env.available_actions()["clickables"] if c not in ("buy now", "search")]
        if not clickables or rng.random() < 0.15:
            env.step(f"search[{rng.choice(queries)}]")
        else:
            env.step(f"click[{rng.choice(clickables)}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data_dir", default=None)
    parser.add_argument("--use_small", default="true")
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=16)
    args = parser.parse_args()
    use_small = args.use_small.lower() in ("1", "true", "yes")

    with tempfile.TemporaryDirectory() as cache_dir:
        settings = WebShopSettings(data_dir=args.data_dir, use_small=use_small, cache_dir=cache_dir)
        config = {"data_dir": args.data_dir or "shipped", "use_small": use_small}
        start = time.perf_counter()
        site = WebShopSite(settings)
        emit(config, "site_build_cold_s", time.perf_counter() - start, "s")
        start = time.perf_counter()
        site = WebShopSite(settings, nouns=site.nouns)
        emit(config, "site_build_warm_s", time.perf_counter() - start, "s")
        config = {**config, "products": len(site.catalogue), "goals": len(site.goals)}

        queries = [goal.instruction_text.split(" with ")[0] for goal in site.goals[:500]]
        site.search_engine.search(queries[0])  # warm-up
        latencies = []
        for query in queries:
            start = time.perf_counter()
            site.search_engine.search(query.lower())
            latencies.append((time.perf_counter() - start) * 1000)
        emit(config, "search_latency_p50_ms", float(np.percentile(latencies, 50)), "ms")
        emit(config, "search_latency_p95_ms", float(np.percentile(latencies, 95)), "ms")
        emit(config, "search_latency_mean_ms", float(np.mean(latencies)), "ms")

        env = WebShopTextEnv(site, seed=0)
        env.reset(0)
        rng = random.Random(0)
        start = time.perf_counter()
        random_navigation(env, rng, args.steps, [q.lower() for q in queries])
        emit({**config, "steps": args.steps}, "env_steps_per_s", args.steps / (time.perf_counter() - start), "steps/s")

        site.nouns("warm up the tagger")  # keep the one-off model load out of the timing
        buys = []
        for goal_idx in range(20):
            env.reset(goal_idx)
            env.step(f"search[{env.goal.instruction_text.split(' with ')[0]}]")
            env.step(f"click[{env.available_actions()['clickables'][-1]}]")  # titles not tagged before
            start = time.perf_counter()
            env.step("click[buy now]")
            buys.append((time.perf_counter() - start) * 1000)
        emit(config, "buy_latency_ms", float(np.median(buys)), "ms")

        manager = make_manager({"webshop": {"cache_dir": cache_dir, "data_dir": args.data_dir,
                                            "use_small": use_small}}, "train")
        manager_rng, policy_rng = np.random.default_rng(0), random.Random(0)
        turns, start = 0, time.perf_counter()
        while turns < args.steps:
            manager.reset(manager.sample_tasks(args.batch, manager_rng))
            for _ in range(manager.max_steps):  # the last turn truncates every env
                texts = []
                for i in range(args.batch):
                    actions = [a for a in manager._last_infos[i]["available_actions"]
                               if a not in ("click[buy now]", "click[search]")]
                    action = policy_rng.choice(actions)
                    if action.startswith("search["):
                        action = f"search[{policy_rng.choice(queries).lower()}]"
                    texts.append(f"<think>go</think><action>{action}</action>")
                manager.step(texts, np.ones(args.batch, dtype=bool))
                turns += args.batch
        emit({**config, "batch": args.batch}, "manager_steps_per_s", turns / (time.perf_counter() - start), "steps/s")


if __name__ == "__main__":
    main()
