"""Dense retrieval with a tiny randomly initialised BERT built here (no download): encoder pooling and
normalisation, faiss and torch search, the on-disk index and the server on top of it."""
import json

import numpy as np
import pytest
import requests
from search_testlib import write_tiny_encoder

from agent_system.environments.env_package.search.retrieval.dense import (
    BGE_QUERY_INSTRUCTION, DenseRetriever, TextEncoder, encoder_defaults)
from agent_system.environments.env_package.search.retrieval.index import build_index, load_retriever
from agent_system.environments.env_package.search.tasks import SHIPPED_CORPUS

NUM_PASSAGES = 40


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    lines = SHIPPED_CORPUS.read_text().splitlines()[:NUM_PASSAGES]
    path = tmp_path_factory.mktemp("dense_corpus") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path, [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def encoder_dir(tmp_path_factory, small_corpus):
    _, rows = small_corpus
    texts = [r["contents"] for r in rows] + ["query: passage:"]  # the e5 prefix words get their own ids
    return write_tiny_encoder(tmp_path_factory.mktemp("tiny_bert"), texts)


@pytest.fixture(scope="module")
def dense_index(tmp_path_factory, small_corpus, encoder_dir):
    path, _ = small_corpus
    return build_index(path, tmp_path_factory.mktemp("dense_index"), backend="dense",
                       retriever_model=str(encoder_dir), device="cpu", show_progress=False)


def test_encoder_defaults_follow_the_model_family():
    assert encoder_defaults("intfloat/e5-base-v2") == {"pooling": "mean", "query_prefix": "query: ",
                                                       "passage_prefix": "passage: "}
    assert encoder_defaults("BAAI/bge-large-en-v1.5/") == {"pooling": "cls", "query_prefix": BGE_QUERY_INSTRUCTION,
                                                           "passage_prefix": ""}
    assert encoder_defaults("/models/all-MiniLM-L6-v2") == {"pooling": "mean", "query_prefix": "",
                                                            "passage_prefix": ""}


def test_mean_pooling_ignores_padding_and_rows_are_unit_length(encoder_dir, small_corpus):
    _, rows = small_corpus
    encoder = TextEncoder(encoder_dir, device="cpu")
    short, long = "capital of", rows[0]["contents"]
    alone = encoder.encode([short], is_query=True)
    padded = encoder.encode([short, long], is_query=True)  # `short` is padded to `long`'s length here
    np.testing.assert_allclose(alone[0], padded[0], atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(padded, axis=1), 1.0, atol=1e-5)
    assert padded.dtype == np.float32 and padded.shape == (2, 32)


def test_prefixes_change_the_embedding(encoder_dir):
    plain = TextEncoder(encoder_dir, device="cpu")
    prefixed = TextEncoder(encoder_dir, device="cpu", query_prefix="query: ", passage_prefix="passage: ")
    text = ["capital of"]
    np.testing.assert_allclose(prefixed.encode(text, is_query=True), plain.encode(["query: capital of"], is_query=True),
                               atol=1e-6)
    assert not np.allclose(prefixed.encode(text, is_query=True), prefixed.encode(text, is_query=False))


def test_index_on_disk_finds_each_passage_from_its_own_text(dense_index, small_corpus):
    _, rows = small_corpus
    meta = json.loads((dense_index / "index_meta.json").read_text())
    assert meta["backend"] == "dense" and meta["num_docs"] == NUM_PASSAGES and meta["dim"] == 32
    assert np.load(dense_index / "embeddings.npy").shape == (NUM_PASSAGES, 32)
    pytest.importorskip("faiss")
    retriever, corpus = load_retriever(dense_index, device="cpu")
    assert retriever.search_backend == "faiss"  # the default wherever faiss is installed
    picks = [0, 13, 39]
    hits = retriever.search([rows[i]["contents"] for i in picks], topk=3)
    assert [int(h.indices[0]) for h in hits] == picks
    np.testing.assert_allclose([h.scores[0] for h in hits], 1.0, atol=1e-4)  # cosine of a vector with itself
    assert all(list(h.scores) == sorted(h.scores, reverse=True) for h in hits)


def test_torch_search_matches_faiss_even_when_chunked(dense_index, small_corpus):
    pytest.importorskip("faiss")
    _, rows = small_corpus
    encoder = TextEncoder(load_meta_model(dense_index), device="cpu")
    embeddings = np.load(dense_index / "embeddings.npy")
    faiss_retriever = DenseRetriever(encoder, embeddings, search_backend="faiss")
    torch_retriever = DenseRetriever(encoder, embeddings, search_backend="torch", max_score_elements=7)
    queries = ["capital city river", rows[5]["contents"], "mountain explorer"]
    for a, b in zip(faiss_retriever.search(queries, 4), torch_retriever.search(queries, 4)):
        assert a.indices.tolist() == b.indices.tolist()
        np.testing.assert_allclose(a.scores, b.scores, atol=1e-5)
    assert len(torch_retriever.search(["x"], 100)[0]) == NUM_PASSAGES  # topk is capped at the corpus size


def load_meta_model(index_dir):
    return json.loads((index_dir / "index_meta.json").read_text())["encoder"]["model_path"]


def test_dense_server_answers_both_request_shapes(dense_index, small_corpus):
    from agent_system.environments.env_package.search.retrieval.server import start_retrieval_server

    _, rows = small_corpus
    with start_retrieval_server(index_path=dense_index, device="cpu") as server:
        health = requests.get(server.health_url, timeout=5).json()
        single = requests.post(server.url, json={"query": rows[3]["contents"], "topk": 2}, timeout=10).json()
        batch = requests.post(server.url, json={"queries": [rows[8]["contents"], rows[9]["contents"]]},
                              timeout=10).json()
    assert health["backend"] == "dense" and health["num_docs"] == NUM_PASSAGES
    assert single["result"][0][0]["document"] == rows[3] and len(single["result"][0]) == 2
    assert [hits[0]["document"]["id"] for hits in batch["result"]] == [rows[8]["id"], rows[9]["id"]]


def test_dense_needs_a_model(tmp_path):
    with pytest.raises(ValueError, match="retriever_model"):
        build_index(SHIPPED_CORPUS, tmp_path / "index", backend="dense")
    assert not (tmp_path / "index").exists()


@pytest.mark.gpu
def test_gpu_search_falls_back_to_torch_and_agrees_with_cpu(dense_index, small_corpus):
    """On a GPU with CPU-only (or no) faiss, auto picks the torch matmul path on cuda (fp16 encoder + matrix)."""
    import torch

    _, rows = small_corpus
    gpu, _ = load_retriever(dense_index, device="cuda", search_backend="torch")
    cpu, _ = load_retriever(dense_index, device="cpu", search_backend="torch")
    assert gpu._matrix.is_cuda and gpu._matrix.dtype == torch.float16 and gpu.encoder.device == "cuda"
    picks = list(range(0, NUM_PASSAGES, 3))
    queries = [rows[i]["contents"] for i in picks]
    gpu_hits, cpu_hits = gpu.search(queries, 3), cpu.search(queries, 3)
    assert [int(h.indices[0]) for h in gpu_hits] == picks == [int(h.indices[0]) for h in cpu_hits]
    np.testing.assert_allclose([h.scores[0] for h in gpu_hits], [h.scores[0] for h in cpu_hits], atol=2e-2)
    auto, _ = load_retriever(dense_index, device="cuda")
    try:
        import faiss
        has_gpu_faiss = hasattr(faiss, "get_num_gpus") and faiss.get_num_gpus() > 0
    except ImportError:
        has_gpu_faiss = False
    assert auto.search_backend == ("faiss" if has_gpu_faiss else "torch")


@pytest.mark.gpu
def test_gpu_chunked_topk_matches_a_full_sort(encoder_dir):
    """The chunked matmul + top-k merge over a large random matrix equals one big exact top-k."""
    import torch

    generator = torch.Generator().manual_seed(0)
    embeddings = torch.nn.functional.normalize(torch.randn(300_000, 64, generator=generator), dim=1).numpy()
    queries = torch.nn.functional.normalize(torch.randn(512, 64, generator=generator), dim=1).numpy()
    retriever = DenseRetriever(TextEncoder(encoder_dir, device="cuda"), embeddings, search_backend="torch",
                               max_score_elements=512 * 50_000)  # 6 chunks
    scores, indices = retriever._torch_topk(queries, 10)
    full = torch.as_tensor(queries).cuda().half() @ torch.as_tensor(embeddings).cuda().half().T
    expected_scores, _ = full.float().topk(10, dim=1)
    np.testing.assert_allclose(scores, expected_scores.cpu().numpy(), atol=1e-3)
    chosen = np.take_along_axis(full.float().cpu().numpy(), indices, axis=1)
    np.testing.assert_allclose(chosen, scores, atol=1e-3)  # the indices point at those scores
