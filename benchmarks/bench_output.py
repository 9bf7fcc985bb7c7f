"""The line every benchmark prints per measurement: JSON {"bench", "config", "metric", "value", "unit"}."""
from __future__ import annotations

import json


def emit_line(bench: str, config: dict, metric: str, value, unit: str, **extra) -> None:
    if isinstance(value, float):
        value = float(f"{value:.6g}")
    print(json.dumps({"bench": bench, "config": config, "metric": metric, "value": value, "unit": unit, **extra}),
          flush=True)
