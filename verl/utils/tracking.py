"""Metric logging: console (progress bar + one compact line per step), jsonl (always), wandb, tensorboard.

    tracker = Tracking(project, experiment, loggers=["console", "wandb"], log_dir=run_dir, total_steps=150)
    tracker.log({"actor/pg_loss": 0.1, ...}, step=3)
    tracker.finish()

wandb is imported only when asked for and works offline (WANDB_MODE=offline); it is never needed by tests.
"""
from __future__ import annotations

import json
import math
import numbers
import pathlib
import time
from typing import Any, Iterable

# Shown on the console line, in this order, when present.
CONSOLE_KEYS = (
    "episode/success_rate", "episode/reward/mean", "episode/valid_action_ratio", "actor/pg_loss", "actor/kl_loss",
    "actor/entropy", "sdar/gate_mean", "actor/sdl_loss", "rlsd/lambda", "val/success_rate", "timing_s/step",
)
SUPPORTED = ("console", "wandb", "tensorboard", "jsonl")


def _to_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, numbers.Number):
        return float(value)
    if hasattr(value, "item") and getattr(value, "numel", lambda: 1)() == 1:
        return float(value.item())
    return None


class Tracking:
    def __init__(self, project_name: str, experiment_name: str, loggers: Iterable[str] = ("console",),
                 log_dir: str | pathlib.Path = ".", total_steps: int | None = None, config: dict | None = None,
                 start_step: int = 0):
        loggers = list(loggers)
        unknown = [name for name in loggers if name not in SUPPORTED]
        if unknown:
            raise ValueError(f"trainer.logger: unknown logger(s) {unknown}; supported: {list(SUPPORTED)}")
        self.loggers = loggers
        self.log_dir = pathlib.Path(log_dir)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.jsonl_path = self.log_dir / "metrics.jsonl"
        self._jsonl = open(self.jsonl_path, "a", encoding="utf-8")
        self._wandb = self._tensorboard = self._progress = None
        if "wandb" in loggers:
            import wandb

            self._wandb = wandb.init(project=project_name, name=experiment_name, config=config,
                                     dir=str(self.log_dir), resume="allow")
        if "tensorboard" in loggers:
            from torch.utils.tensorboard import SummaryWriter

            self._tensorboard = SummaryWriter(log_dir=str(self.log_dir / "tensorboard"))
        if "console" in loggers and total_steps:
            from tqdm import tqdm

            self._progress = tqdm(total=total_steps, initial=start_step, desc=f"{experiment_name}", unit="step",
                                  dynamic_ncols=True, leave=True)
        self._last_time = time.time()

    def log(self, data: dict[str, Any], step: int) -> None:
        scalars = {k: f for k, v in data.items() if (f := _to_float(v)) is not None}
        record = {"step": step, "time": time.time(), **{k: (v if math.isfinite(v) else None) for k, v in scalars.items()}}
        self._jsonl.write(json.dumps(record) + "\n")
        self._jsonl.flush()
        if self._wandb is not None:
            self._wandb.log(scalars, step=step)
        if self._tensorboard is not None:
            for key, value in scalars.items():
                self._tensorboard.add_scalar(key, value, step)
            self._tensorboard.flush()
        if "console" in self.loggers:
            line = " ".join(f"{k.split('/', 1)[-1] if k.startswith(('actor/', 'episode/')) else k}={scalars[k]:.4g}"
                            for k in CONSOLE_KEYS if k in scalars)
            message = f"step {step}: {line}"
            if self._progress is not None:
                self._progress.write(message)
                if not any(k.startswith("val") for k in data) or "timing_s/step" in data:
                    self._progress.update(max(0, step - self._progress.n))
            else:
                print(message, flush=True)

    def log_generations(self, samples: list[dict[str, Any]], step: int, title: str = "val/generations") -> None:
        """trainer.log_val_generations: samples ({input, output, score}) printed on the console, as a wandb
        table (one row per sample, with its step) and as tensorboard text."""
        if not samples:
            return
        if "console" in self.loggers:
            lines = [f"[{title} step {step}] sample {i}: score={s.get('score')}\n--- input ---\n{s['input']}\n"
                     f"--- output ---\n{s['output']}" for i, s in enumerate(samples)]
            (self._progress.write if self._progress is not None else print)("\n".join(lines))
        if self._wandb is not None:
            import wandb

            rows = [[step, i, s["input"], s["output"], s.get("score")] for i, s in enumerate(samples)]
            self._wandb.log({title: wandb.Table(columns=["step", "sample", "input", "output", "score"], data=rows)},
                            step=step)
        if self._tensorboard is not None:
            text = "\n\n".join(f"**sample {i}** (score {s.get('score')})\n\n    {s['input']}\n\n    {s['output']}"
                               for i, s in enumerate(samples))
            self._tensorboard.add_text(title, text, step)
            self._tensorboard.flush()

    def finish(self) -> None:
        self._jsonl.close()
        if self._progress is not None:
            self._progress.close()
        if self._wandb is not None:
            self._wandb.finish()
        if self._tensorboard is not None:
            self._tensorboard.close()


def read_metrics(path: str | pathlib.Path) -> list[dict[str, Any]]:
    """All records of a metrics.jsonl file, in order."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
