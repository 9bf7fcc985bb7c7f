#!/usr/bin/env python
"""Convert Search-R1 QA data into the train/test parquet files the Search-QA env reads.

    # online: the Search-R1 release on the Hugging Face hub (train = nq + hotpotqa; test = 7 sources)
    python examples/data_preprocess/preprocess_search_r1_dataset.py --output_dir ~/data/searchR1_processed_direct
    # offline: a folder holding train.{parquet,jsonl} and/or test.{parquet,jsonl} in the raw layout
    python examples/data_preprocess/preprocess_search_r1_dataset.py --local_dir /data/search_r1_raw \\
        --output_dir ~/data/searchR1_processed_direct

Raw rows need `question`, `golden_answers` (list of strings) and `data_source`; `id` and `metadata`
are kept when present. Output rows have the processed layout (ENVIRONMENTS.md §C4):
data_source, prompt ([system, user question]), ability, reward_model {style, ground_truth {target}},
extra_info {split, index, id, need_tools_kwargs, question, tools_kwargs}, metadata and
env_kwargs {ground_truth, question, data_source}. Questions are stripped and end with '?'.
Then train with data.train_files=<output_dir>/train.parquet data.val_files=<output_dir>/test.parquet.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agent_system.environments.env_package.search.tasks import processed_row, read_rows, write_parquet  # noqa: E402

DEFAULT_HF_DATASET = "PeterJinGo/nq_hotpotqa_train"
SPLITS = ("train", "test")


def convert_rows(rows: list[dict], split: str) -> list[dict]:
    """Raw Search-R1 rows -> processed rows (row order kept; index = position in the output)."""
    converted = []
    for index, row in enumerate(rows):
        missing = [key for key in ("question", "golden_answers", "data_source") if row.get(key) is None]
        if missing:
            raise ValueError(f"{split} row {index} lacks {missing} (has {sorted(row)})")
        answers = row["golden_answers"]
        answers = [answers] if isinstance(answers, str) else list(answers)
        converted.append(processed_row(row["question"], answers, str(row["data_source"]), split, index,
                                       row_id=str(row["id"]) if row.get("id") is not None else None,
                                       metadata=row.get("metadata")))
    return converted


def _local_split_file(local_dir: Path, split: str) -> Path | None:
    for suffix in (".parquet", ".jsonl", ".json"):
        path = local_dir / f"{split}{suffix}"
        if path.is_file():
            return path
    return None


def _hub_split_file(dataset: str, split: str) -> Path | None:
    from huggingface_hub import hf_hub_download
    from huggingface_hub.errors import EntryNotFoundError

    try:
        return Path(hf_hub_download(dataset, f"{split}.parquet", repo_type="dataset"))
    except EntryNotFoundError:
        return None


def _subsample(rows: list[dict], size: int | None, seed: int) -> list[dict]:
    if size is None or size >= len(rows):
        return rows
    picks = sorted(random.Random(seed).sample(range(len(rows)), size))
    return [rows[i] for i in picks]


def main(argv: list[str] | None = None) -> dict[str, Path]:
    parser = argparse.ArgumentParser(description="Search-R1 data -> processed train/test parquet")
    parser.add_argument("--local_dir", type=Path, default=None,
                        help="folder with raw train/test .parquet/.jsonl files (no download)")
    parser.add_argument("--hf_dataset", default=DEFAULT_HF_DATASET, help="hub dataset id used without --local_dir")
    parser.add_argument("--output_dir", type=Path, default=Path.home() / "data" / "searchR1_processed_direct")
    parser.add_argument("--train_data_size", type=int, default=None, help="random subset of train rows")
    parser.add_argument("--test_data_size", type=int, default=None, help="random subset of test rows")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    sizes = {"train": args.train_data_size, "test": args.test_data_size}
    written: dict[str, Path] = {}
    for split in SPLITS:
        if args.local_dir is not None:
            source = _local_split_file(args.local_dir, split)
        else:
            source = _hub_split_file(args.hf_dataset, split)
        if source is None:
            print(f"{split}: no input file, skipped", flush=True)
            continue
        rows = _subsample(read_rows(source), sizes[split], args.seed)
        written[split] = write_parquet(convert_rows(rows, split), args.output_dir / f"{split}.parquet")
        print(f"{split}: {len(rows)} rows from {source} -> {written[split]}", flush=True)
    if not written:
        raise SystemExit(f"no train or test file found in {args.local_dir or args.hf_dataset}")
    return written


if __name__ == "__main__":
    main()
