"""The retrieval server (BM25 over the shipped corpus): both request shapes, validation, health, on-disk
indexes and the command line (build-index + serve in a subprocess, through the examples wrapper)."""
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from agent_system.environments.env_package.search.retrieval.index import build_index, load_retriever
from agent_system.environments.env_package.search.retrieval.server import start_retrieval_server
from agent_system.environments.env_package.search.tasks import SHIPPED_CORPUS

REPO_ROOT = Path(__file__).resolve().parents[3]


def title_of(row: dict) -> str:
    return row["contents"].split("\n", 1)[0].strip('"')


def test_health(bm25_server, shipped_corpus_rows):
    health = requests.get(bm25_server.health_url, timeout=5).json()
    assert health == {"status": "ok", "backend": "bm25", "num_docs": len(shipped_corpus_rows), "default_topk": 3,
                      "max_topk": 100, "max_batch": 1024}
    assert bm25_server.host == "127.0.0.1"


def test_single_query_shape(bm25_server, shipped_corpus_rows):
    country = shipped_corpus_rows[0]  # the generator writes the countries first
    response = requests.post(bm25_server.url, json={"query": f"capital of {title_of(country)}", "topk": 2}, timeout=5)
    result = response.json()["result"]
    assert response.status_code == 200 and len(result) == 1 and len(result[0]) == 2
    top = result[0][0]
    assert top["document"] == {"id": country["id"], "contents": country["contents"]}
    assert result[0][0]["score"] >= result[0][1]["score"] > 0


def test_batched_queries_shape_returns_one_list_per_query(bm25_server, shipped_corpus_rows):
    rows = [shipped_corpus_rows[i] for i in (5, 400, 2000)]
    response = requests.post(bm25_server.url, json={"queries": [r["contents"] for r in rows]}, timeout=5)
    result = response.json()["result"]
    assert [len(hits) for hits in result] == [3, 3, 3]  # default topk
    assert [hits[0]["document"]["id"] for hits in result] == [r["id"] for r in rows]


def test_return_scores_false_gives_bare_documents(bm25_server, shipped_corpus_rows):
    row = shipped_corpus_rows[10]
    result = requests.post(bm25_server.url, json={"queries": [row["contents"]], "topk": 1, "return_scores": False},
                           timeout=5).json()["result"]
    assert result == [[{"id": row["id"], "contents": row["contents"]}]]


def test_query_without_known_words_returns_no_passages(bm25_server):
    result = requests.post(bm25_server.url, json={"queries": ["the of and", "zzzqqq"]}, timeout=5).json()["result"]
    assert result == [[], []]


@pytest.mark.parametrize("payload, status, message", [
    ({"query": "   "}, 400, "query 0 is empty"),
    ({"queries": ["ok", ""]}, 400, "query 1 is empty"),
    ({"queries": []}, 400, '"queries" is empty'),
    ({"query": "a", "queries": ["b"]}, 400, "exactly one of"),
    ({"topk": 3}, 400, "exactly one of"),
    ({"query": "a", "topk": 0}, 400, "topk must lie in [1, 100]"),
    ({"query": "a", "topk": 101}, 400, "topk must lie in [1, 100]"),
    ({"queries": ["a"] * 1025}, 413, "exceeds max_batch=1024"),
    ({"query": "a" * 9000}, 413, "9000 characters"),
    ({"query": 5}, 422, ""),
    ({"queries": "not a list"}, 422, ""),
])
def test_bad_requests_get_a_4xx_with_a_message(bm25_server, payload, status, message):
    response = requests.post(bm25_server.url, json=payload, timeout=5)
    assert response.status_code == status
    assert message in str(response.json()["detail"])


def test_index_built_on_disk_serves_the_same_results(tmp_path, bm25_server, shipped_corpus_rows):
    index_dir = build_index(SHIPPED_CORPUS, tmp_path / "bm25", show_progress=False)
    queries = ["who wrote " + title_of(shipped_corpus_rows[2200]), "capital " + title_of(shipped_corpus_rows[3])]
    with start_retrieval_server(index_path=index_dir) as from_disk:
        disk = requests.post(from_disk.url, json={"queries": queries}, timeout=5).json()
    memory = requests.post(bm25_server.url, json={"queries": queries}, timeout=5).json()
    assert disk == memory and len(disk["result"][0]) == 3


def test_an_index_does_not_load_against_another_corpus(tmp_path, shipped_corpus_rows):
    small = tmp_path / "small.jsonl"
    small.write_text("".join(f'{{"id": "{i}", "contents": "passage {i}"}}\n' for i in range(4)))
    index_dir = build_index(small, tmp_path / "small_index", show_progress=False)
    retriever, corpus = load_retriever(index_dir)
    assert len(corpus) == 4 and retriever.num_docs == 4
    with pytest.raises(ValueError, match="rebuild the index"):
        load_retriever(index_dir, corpus_path=SHIPPED_CORPUS)
    with pytest.raises(FileNotFoundError, match="build-index"):
        load_retriever(tmp_path)


def test_corpus_with_title_and_text_columns(tmp_path):
    from agent_system.environments.env_package.search.retrieval.corpus import Corpus

    path = tmp_path / "titled.jsonl"
    path.write_text('{"id": 7, "title": "Emma", "text": "A novel."}\n')
    assert Corpus.load(path).document(0) == {"id": "7", "contents": '"Emma"\nA novel.'}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "body": "x"}\n')
    with pytest.raises(ValueError, match="needs a 'contents' column"):
        Corpus.load(bad)


def test_command_line_build_and_serve(tmp_path, dead_url, shipped_corpus_rows):
    """build-index in-process through the CLI entry point, then the examples wrapper serving in a subprocess."""
    from agent_system.environments.env_package.search.retrieval.cli import main as cli_main

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(line + "\n" for line in SHIPPED_CORPUS.read_text().splitlines()[:50]))
    index_dir = tmp_path / "index"
    assert cli_main(["build-index", "--corpus_path", str(corpus), "--index_path", str(index_dir)]) == 0
    script = REPO_ROOT / "examples" / "search" / "retriever" / "retrieval_server.py"
    port = dead_url.split(":")[2].split("/")[0]
    server = subprocess.Popen([sys.executable, str(script), "serve", "--index_path", str(index_dir), "--port", port],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=1).json()
                break
            except requests.ConnectionError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "the CLI server did not come up"
                time.sleep(0.1)
        assert health["num_docs"] == 50
        hit = requests.post(dead_url, json={"query": shipped_corpus_rows[7]["contents"], "topk": 1}, timeout=5).json()
        assert hit["result"][0][0]["document"]["id"] == shipped_corpus_rows[7]["id"]
    finally:
        server.terminate()
        server.wait(timeout=30)
