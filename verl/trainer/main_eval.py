"""Evaluation only: python -m verl.trainer.main_eval actor_rollout_ref.model.path=MODEL env.env_name=ENV [overrides]

Loads an HF model (or, with trainer.resume_from_path=.../global_step_N, a training checkpoint on top of
it), plays the environment's fixed validation task list once and writes a per-task-type table as JSON
and Markdown to <trainer.default_local_dir>/eval/ (path printed at the end).

Only the evaluation split is needed: no training env manager and no reference model are built, so an
ALFWorld tree with only valid_unseen/ (env.alfworld.eval_dataset=eval_out_of_distribution), a WebShop
data folder or a Search-QA parquet (data.val_files) is enough. The episode budget and prompt sizes
are the environment's (verl/trainer/env_defaults.py) unless set. With
actor_rollout_ref.rollout.name=oracle the env's planned actions are played instead of the model's:
a check that prompts, projection, budget, rewards and metrics work together (every shipped split
scores 1.0).
"""
from __future__ import annotations

import json
import pathlib
import sys

from omegaconf import DictConfig, OmegaConf, open_dict

from verl.trainer.env_defaults import resolve_env_defaults
from verl.trainer.main_ppo import build_trainer
from verl.utils.config import cli_entry


def results_table(metrics: dict[str, float]) -> list[tuple[str, float, int | None]]:
    """(group, success rate, episodes) rows: overall first, then each task type / data source alphabetically."""
    def episodes(name: str) -> int | None:
        value = metrics.get(f"val/{name}")
        return int(round(value)) if value is not None else None

    rows = [("all", metrics["val/success_rate"], episodes("episodes"))] if "val/success_rate" in metrics else []
    for key in sorted(metrics):
        if key.startswith("val/") and key.endswith("_success_rate") and key != "val/success_rate":
            group = key[len("val/"):-len("_success_rate")]
            rows.append((group, metrics[key], episodes(f"{group}_episodes")))
    return rows


def write_tables(metrics: dict[str, float], out_dir: pathlib.Path, title: str) -> tuple[pathlib.Path, pathlib.Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "eval_results.json", out_dir / "eval_results.md"
    rows = results_table(metrics)
    json_path.write_text(json.dumps({"title": title, "success_rate": {g: rate for g, rate, _ in rows},
                                     "episodes": {g: n for g, _, n in rows}, "metrics": metrics}, indent=2))
    lines = [f"# {title}", "", "| task type | success rate (%) | episodes |", "|---|---|---|"]
    lines += [f"| {group} | {100 * rate:.1f} | {'' if n is None else n} |" for group, rate, n in rows]
    md_path.write_text("\n".join(lines) + "\n")
    return json_path, md_path


def evaluate(config: DictConfig) -> dict[str, float]:
    with open_dict(config):
        config.trainer.val_only = True
        config.trainer.val_before_train = True
        config.trainer.save_freq = -1
        if config.trainer.resume_from_path:
            config.trainer.resume_mode = "resume_path"
        elif config.trainer.resume_mode == "auto":
            config.trainer.resume_mode = "disable"  # evaluate exactly the model that was named
    resolve_env_defaults(config)  # a no-op after load_config; configs built by hand get the env's budget too
    OmegaConf.resolve(config)
    trainer = build_trainer(config, eval_only=True)
    try:
        trainer.load_checkpoint()
        metrics = trainer.validate()
        samples = trainer.take_val_samples()  # trainer.log_val_generations of them
        for i, sample in enumerate(samples):
            print(f"[val/generations] sample {i}: score={sample.get('score')}\n--- input ---\n{sample['input']}\n"
                  f"--- output ---\n{sample['output']}")
    finally:
        trainer.actor_rollout_wg.shutdown()
        trainer.val_envs.close()
    source = config.trainer.resume_from_path or config.actor_rollout_ref.model.path
    if config.actor_rollout_ref.rollout.name == "oracle":
        source = "oracle (the environment's planned actions)"
    json_path, md_path = write_tables(metrics, pathlib.Path(config.trainer.default_local_dir) / "eval",
                                      f"{config.env.env_name} validation: {source}")
    print(md_path.read_text())
    print(f"results written to {json_path} and {md_path}")
    return metrics


@cli_entry
def main(argv: list[str] | None = None) -> dict[str, float]:
    from verl.utils.config import load_config

    return evaluate(load_config(list(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    main()
