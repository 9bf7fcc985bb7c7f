"""Search-QA tasks: the row schema of the processed parquet files, and loading them as task dicts.

A processed row (ENVIRONMENTS.md §C4, the verl-agent layout that
examples/data_preprocess/preprocess_search_r1_dataset.py writes) has the columns
    data_source, prompt, ability, reward_model, extra_info, metadata, env_kwargs
where env_kwargs = {ground_truth: {target: [...]}, question, data_source} is what an env consumes.

A task (agent_system/environments/base.py) is
    {task_id, task_type (= data_source), data_source, question, ground_truth: {"target": [...]}, task_text}
with task_text = the question (what the SkillProvider matches its question patterns against).

`load_tasks` reads processed parquet/jsonl files and also raw Search-R1 rows
(question, golden_answers, data_source), so either can be passed as data files.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Sequence

from .answer_scoring import gold_targets

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_CORPUS = DATA_DIR / "corpus.jsonl"
SHIPPED_SPLITS = {"train": DATA_DIR / "train.parquet", "val": DATA_DIR / "test.parquet",
                  "test": DATA_DIR / "test.parquet"}
SYSTEM_PROMPT = "You are a helpful and harmless assistant."
ABILITY = "fact-reasoning"


def prepare_question(question: str) -> str:
    """Strip and end with '?', the Search-R1 convention for its prompts."""
    question = str(question).strip()
    if question and not question.endswith("?"):
        question += "?"
    return question


def processed_row(question: str, answers: Sequence[str], data_source: str, split: str, index: int,
                  *, row_id: str | None = None, metadata: Any = None) -> dict[str, Any]:
    """One row of the processed train/test parquet (reference column layout)."""
    question = prepare_question(question)
    answers = [str(a) for a in answers]
    ground_truth = {"target": answers}
    create_kwargs = {"ground_truth": ground_truth, "question": question, "data_source": data_source}
    return {
        "data_source": data_source,
        "prompt": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": question}],
        "ability": ABILITY,
        "reward_model": {"style": "rule", "ground_truth": ground_truth},
        "extra_info": {
            "split": split,
            "index": int(index),
            "id": row_id if row_id is not None else f"{split}_{index}",
            "need_tools_kwargs": True,
            "question": question,
            "tools_kwargs": {"search": {"create_kwargs": create_kwargs}},
        },
        "metadata": metadata,
        "env_kwargs": dict(create_kwargs),
    }


def make_task(fields: dict[str, Any], *, default_id: str | None = None) -> dict[str, Any]:
    """A task dict from a task, an env_kwargs dict or a raw row; raises ValueError naming what is missing."""
    question = fields.get("question")
    if question is None or not str(question).strip():
        raise ValueError(f"a Search-QA task needs a non-empty 'question', got fields {sorted(fields)}")
    if "ground_truth" in fields:
        targets = gold_targets(fields["ground_truth"])
    elif "golden_answers" in fields:
        targets = gold_targets(fields["golden_answers"])
    else:
        raise ValueError(f"task {str(question)[:80]!r} has no 'ground_truth' or 'golden_answers'")
    if not targets:
        raise ValueError(f"task {str(question)[:80]!r} has an empty answer list")
    data_source = str(fields.get("data_source") or "unknown")
    task_id = fields.get("task_id") or fields.get("id") or default_id or f"{data_source}:{question}"
    question = str(question)
    return {
        "task_id": str(task_id),
        "task_type": data_source,
        "data_source": data_source,
        "question": question,
        "ground_truth": {"target": targets},
        "task_text": question,
    }


def _task_from_row(row: dict[str, Any], default_id: str) -> dict[str, Any]:
    extra = row.get("extra_info") if isinstance(row.get("extra_info"), dict) else {}
    row_id = row.get("id") or extra.get("id") or default_id
    env_kwargs = row.get("env_kwargs")
    if isinstance(env_kwargs, dict) and env_kwargs.get("question") is not None:
        fields = dict(env_kwargs)
        fields.setdefault("data_source", row.get("data_source"))
    elif row.get("question") is not None:  # raw Search-R1 layout
        fields = {"question": row["question"], "data_source": row.get("data_source"),
                  "golden_answers": row.get("golden_answers")}
        if fields["golden_answers"] is None and isinstance(row.get("reward_model"), dict):
            fields["ground_truth"] = row["reward_model"].get("ground_truth")
            fields.pop("golden_answers")
    elif extra.get("question") is not None and isinstance(row.get("reward_model"), dict):
        fields = {"question": extra["question"], "data_source": row.get("data_source"),
                  "ground_truth": row["reward_model"].get("ground_truth")}
    else:
        raise ValueError(f"row {default_id} has neither env_kwargs, question nor extra_info.question "
                         f"(columns: {sorted(row)})")
    fields["task_id"] = str(row_id)
    return make_task(fields)


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a .parquet, .jsonl or .json file as plain Python dicts."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"Search-QA data file not found: {path} (set data.train_files / data.val_files, "
                                f"or leave them null for the shipped QA sets)")
    if path.suffix == ".parquet":
        import pandas as pd

        return [_to_python(row) for row in pd.read_parquet(path).to_dict(orient="records")]
    if path.suffix == ".jsonl":
        with path.open() as handle:
            return [json.loads(line) for line in handle if line.strip()]
    if path.suffix == ".json":
        rows = json.loads(path.read_text())
        if not isinstance(rows, list):
            raise ValueError(f"{path}: expected a JSON list of rows")
        return rows
    raise ValueError(f"unsupported Search-QA data file {path}: use .parquet, .jsonl or .json")


def load_tasks(paths: str | Path | Iterable[str | Path]) -> list[dict[str, Any]]:
    """Tasks of one or more data files, in file order then row order."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    tasks = []
    for path in paths:
        stem = Path(path).stem
        for index, row in enumerate(read_rows(path)):
            tasks.append(_task_from_row(row, default_id=f"{stem}_{index}"))
    if not tasks:
        raise ValueError(f"no Search-QA tasks found in {list(map(str, paths))}")
    return tasks


def write_parquet(rows: Sequence[dict[str, Any]], path: str | Path) -> Path:
    import pandas as pd

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(list(rows)).to_parquet(path, index=False)
    return path


def _to_python(value):
    """numpy arrays and scalars from parquet -> lists and Python scalars, recursively."""
    if isinstance(value, dict):
        return {k: _to_python(v) for k, v in value.items()}
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return _to_python(value.tolist())
    if isinstance(value, (list, tuple)):
        return [_to_python(v) for v in value]
    return value
