"""Shipped data (in sync with its generator, small, multi-hop really multi-hop), the skill mapping, and the
Search-R1 preprocessing script on a local fixture."""
import importlib.util
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from agent_system.environments.env_package.search.answer_scoring import normalize_answer
from agent_system.environments.env_package.search.tasks import DATA_DIR, load_tasks, read_rows

REPO_ROOT = Path(__file__).resolve().parents[3]
SOURCES = {"nq", "triviaqa", "popqa", "hotpotqa", "2wikimultihopqa", "musique", "bamboogle"}
PROCESSED_COLUMNS = ["data_source", "prompt", "ability", "reward_model", "extra_info", "metadata", "env_kwargs"]


def load_script(relative: str):
    path = REPO_ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def test_rows():
    return read_rows(DATA_DIR / "test.parquet")


def test_shipped_files_match_a_fresh_generation(tmp_path):
    generator = load_script("scripts/make_search_corpus.py")
    paths = generator.generate(tmp_path)
    assert paths["corpus"].read_bytes() == (DATA_DIR / "corpus.jsonl").read_bytes()
    for split in ("train", "test"):
        pd.testing.assert_frame_equal(pd.read_parquet(paths[split]), pd.read_parquet(DATA_DIR / f"{split}.parquet"))


def test_shipped_data_is_small_and_covers_every_source(test_rows):
    total = sum(path.stat().st_size for path in DATA_DIR.iterdir())
    assert total < 3 * 1024 * 1024
    assert list(pd.read_parquet(DATA_DIR / "test.parquet").columns) == PROCESSED_COLUMNS
    assert {row["data_source"] for row in test_rows} == SOURCES
    assert {row["data_source"] for row in read_rows(DATA_DIR / "train.parquet")} == {"nq", "hotpotqa"}
    train_questions = {t["question"] for t in load_tasks(DATA_DIR / "train.parquet")}
    assert not train_questions & {row["env_kwargs"]["question"] for row in test_rows}


def test_multi_hop_questions_need_two_passages(test_rows):
    with (DATA_DIR / "corpus.jsonl").open() as handle:
        contents = {row["id"]: row["contents"] for row in map(json.loads, handle)}

    def mentions(text, answers):
        text = normalize_answer(text)
        return any(re.search(rf"\b{re.escape(normalize_answer(a))}\b", text) for a in answers)

    multi_hop = 0
    for row in test_rows:
        meta, answers = row["metadata"], row["env_kwargs"]["ground_truth"]["target"]
        passages = [contents[pid] for pid in meta["supporting_ids"]]
        if answers not in (["yes"], ["no"]):
            assert mentions(" ".join(passages), answers), row["env_kwargs"]["question"]
        if row["data_source"] in {"nq", "triviaqa", "popqa"}:
            assert meta["hops"] == 1
            continue
        assert meta["hops"] >= 2 and len({p.split("\n")[0] for p in passages}) >= 2  # two different entities
        if not meta["template"].startswith("compare_"):
            first_entity = passages[0].split("\n")[0]
            first_hop = " ".join(p for p in passages if p.split("\n")[0] == first_entity)
            assert not mentions(first_hop, answers), row["env_kwargs"]["question"]
            multi_hop += 1
    assert multi_hop >= 150


def test_skill_mapping_reaches_every_skill_and_compare_only_on_comparisons(test_rows):
    from agent_system.skills.provider import SkillProvider

    provider = SkillProvider(REPO_ROOT / "skills" / "search")
    assert set(provider.skills) == {"general", "direct_retrieval", "entity_attribute_lookup", "multi_hop_reasoning",
                                    "compare"}
    for name, text in provider.skills.items():
        header = "### GENERAL SKILLS ###" if name == "general" else f"### TASK: {name} ###"
        assert text.startswith(header) and re.search(r"^1\. [A-Z][^:]+: .+ Apply this when", text, re.M)
    reached = set()
    for row in test_rows:
        task = load_tasks_row(row)
        names = provider.skill_names_for({"task_type": task["task_type"], "data_source": task["data_source"],
                                          "task": task["task_text"]})
        reached.update(names)
        assert ("compare" in names) == row["metadata"]["template"].startswith("compare_"), task["question"]
    assert reached == set(provider.skills)
    assert provider.skill_names_for({"data_source": "nq", "task": "Who wrote Love or Money?"}) == [
        "general", "direct_retrieval"]


def load_tasks_row(row):
    from agent_system.environments.env_package.search.tasks import make_task

    return make_task({**row["env_kwargs"], "task_id": row["extra_info"]["id"]})


def test_preprocess_search_r1_round_trip(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    train_rows = [
        {"id": "train_0", "question": "who wrote emma", "golden_answers": ["Jane Austen"], "data_source": "nq"},
        {"id": "train_1", "question": " Where was the author of Emma born? ", "golden_answers": ["Steventon"],
         "data_source": "hotpotqa"},
    ]
    (raw / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in train_rows))
    pd.DataFrame([{"id": "test_0", "question": "capital of france", "golden_answers": ["Paris", "Paris, France"],
                   "data_source": "popqa", "metadata": {"pop": 3}}]).to_parquet(raw / "test.parquet")
    out = tmp_path / "processed"
    written = load_script("examples/data_preprocess/preprocess_search_r1_dataset.py").main(
        ["--local_dir", str(raw), "--output_dir", str(out)])
    assert set(written) == {"train", "test"}

    train = pd.read_parquet(out / "train.parquet")
    assert list(train.columns) == PROCESSED_COLUMNS
    row = read_rows(out / "train.parquet")[1]
    assert row["prompt"] == [{"role": "system", "content": "You are a helpful and harmless assistant."},
                             {"role": "user", "content": "Where was the author of Emma born?"}]
    assert row["reward_model"] == {"style": "rule", "ground_truth": {"target": ["Steventon"]}}
    assert row["env_kwargs"] == {"ground_truth": {"target": ["Steventon"]}, "question": "Where was the author of Emma born?",
                                 "data_source": "hotpotqa"}
    assert row["extra_info"]["tools_kwargs"]["search"]["create_kwargs"] == row["env_kwargs"]
    assert row["extra_info"]["index"] == 1 and row["extra_info"]["need_tools_kwargs"] is True
    assert row["ability"] == "fact-reasoning"

    tasks = load_tasks([out / "train.parquet", out / "test.parquet"])
    assert [(t["task_id"], t["question"], t["ground_truth"]["target"], t["data_source"]) for t in tasks] == [
        ("train_0", "who wrote emma?", ["Jane Austen"], "nq"),
        ("train_1", "Where was the author of Emma born?", ["Steventon"], "hotpotqa"),
        ("test_0", "capital of france?", ["Paris", "Paris, France"], "popqa"),
    ]
    assert read_rows(out / "test.parquet")[0]["metadata"] == {"pop": 3}


def test_preprocess_rejects_rows_without_answers(tmp_path):
    (tmp_path / "train.jsonl").write_text(json.dumps({"question": "q", "data_source": "nq"}) + "\n")
    with pytest.raises(ValueError, match="golden_answers"):
        load_script("examples/data_preprocess/preprocess_search_r1_dataset.py").main(
            ["--local_dir", str(tmp_path), "--output_dir", str(tmp_path / "out")])
