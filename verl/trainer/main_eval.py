"""Evaluation only: python -m verl.trainer.main_eval actor_rollout_ref.model.path=MODEL [overrides]

Loads an HF model (or, with trainer.resume_from_path=.../global_step_N, a training checkpoint on top of
it), plays the environment's fixed validation task list once and writes a per-task-type table as JSON
and Markdown to <trainer.default_local_dir>/eval/ (path printed at the end).
"""
from __future__ import annotations

import json
import pathlib
import sys

from omegaconf import DictConfig, OmegaConf, open_dict

from verl.trainer.main_ppo import build_trainer


def results_table(metrics: dict[str, float]) -> list[tuple[str, float]]:
    """(group, success rate) rows: overall first, then each task type / data source alphabetically."""
    rows = [("all", metrics["val/success_rate"])] if "val/success_rate" in metrics else []
    for key in sorted(metrics):
        if key.endswith("_success_rate") and key != "val/success_rate":
            rows.append((key[len("val/"):-len("_success_rate")], metrics[key]))
    return rows


def write_tables(metrics: dict[str, float], out_dir: pathlib.Path, title: str) -> tuple[pathlib.Path, pathlib.Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / "eval_results.json", out_dir / "eval_results.md"
    rows = results_table(metrics)
    json_path.write_text(json.dumps({"title": title, "success_rate": dict(rows), "metrics": metrics}, indent=2))
    lines = [f"# {title}", "", "| task type | success rate (%) |", "|---|---|"]
    lines += [f"| {group} | {100 * value:.1f} |" for group, value in rows]
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
    OmegaConf.resolve(config)
    trainer = build_trainer(config)
    try:
        trainer.load_checkpoint()
        metrics = trainer.validate()
    finally:
        trainer.actor_rollout_wg.shutdown()
        trainer.train_envs.close()
        trainer.val_envs.close()
    source = config.trainer.resume_from_path or config.actor_rollout_ref.model.path
    json_path, md_path = write_tables(metrics, pathlib.Path(config.trainer.default_local_dir) / "eval",
                                      f"{config.env.env_name} validation: {source}")
    print(md_path.read_text())
    print(f"results written to {json_path} and {md_path}")
    return metrics


def main(argv: list[str] | None = None) -> dict[str, float]:
    from verl.utils.config import load_config

    return evaluate(load_config(list(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    main()
