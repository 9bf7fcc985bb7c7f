"""The retrieval HTTP server (FastAPI) and helpers to run it in-process.

    POST /retrieve   {"query": "q"} or {"queries": ["q1", ...]}, optional "topk", "return_scores" (true)
                     -> {"result": [[{"document": {"id", "contents"}, "score": s}, ...], ...]}
                        one inner list per query (one for the "query" form); with return_scores=false
                        the inner lists hold the bare documents.
    GET  /health     -> {"status": "ok", "backend", "num_docs", "default_topk", "max_topk", "max_batch"}

Both request shapes of ENVIRONMENTS.md §C1 (verl-agent's single "query", Search-R1's batched
"queries") are served. Bad requests get a 4xx with {"detail": message}: 400 for an empty query, an
empty batch, both or neither of query/queries, or topk out of [1, max_topk]; 413 for a batch larger
than max_batch or a query longer than max_query_chars; 422 (FastAPI) for wrong JSON types.
Searches run one at a time under a lock (fast tokenizers and faiss GPU indexes are not safe to
share across threads); clients get throughput by batching, which the env client does.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from .corpus import Corpus
from .types import Retriever

logger = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"


class RetrieveRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")

    query: str | None = None
    queries: list[str] | None = None
    topk: int | None = None
    return_scores: bool = True


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": message})


def create_app(retriever: Retriever, corpus: Corpus, *, default_topk: int = 3, max_topk: int = 100,
               max_batch: int = 1024, max_query_chars: int = 8192) -> FastAPI:
    if not 1 <= default_topk <= max_topk:
        raise ValueError(f"default_topk {default_topk} must lie in [1, max_topk={max_topk}]")
    app = FastAPI(title="SDAR retrieval server", docs_url=None, redoc_url=None)
    lock = threading.Lock()
    limits = {"default_topk": default_topk, "max_topk": max_topk, "max_batch": max_batch}

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "backend": retriever.backend, "num_docs": len(corpus), **limits}

    @app.post("/retrieve")
    def retrieve(request: RetrieveRequest):
        if (request.query is None) == (request.queries is None):
            return _error(400, 'give exactly one of "query" (a string) or "queries" (a list of strings)')
        queries = [request.query] if request.query is not None else request.queries
        if not queries:
            return _error(400, '"queries" is empty')
        if len(queries) > max_batch:
            return _error(413, f"batch of {len(queries)} queries exceeds max_batch={max_batch}; split it")
        for position, query in enumerate(queries):
            if not query.strip():
                return _error(400, f"query {position} is empty")
            if len(query) > max_query_chars:
                return _error(413, f"query {position} has {len(query)} characters (max {max_query_chars})")
        topk = default_topk if request.topk is None else request.topk
        if not 1 <= topk <= max_topk:
            return _error(400, f"topk must lie in [1, {max_topk}], got {topk}")

        try:
            with lock:
                all_hits = retriever.search(queries, topk)
        except Exception as exc:  # the server stays up; the client sees a 5xx and may retry
            logger.exception("retrieval failed for a batch of %d queries", len(queries))
            return _error(500, f"retrieval failed: {type(exc).__name__}: {exc}")

        result = []
        for hits in all_hits:
            documents = [corpus.document(int(i)) for i in hits.indices]
            if request.return_scores:
                result.append([{"document": doc, "score": float(score)} for doc, score in zip(documents, hits.scores)])
            else:
                result.append(documents)
        return JSONResponse({"result": result})

    return app


@dataclass(frozen=True)
class RunningServer:
    host: str
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """The /retrieve endpoint: what env.search.search_url should be."""
        return f"{self.base_url}/retrieve"

    @property
    def health_url(self) -> str:
        return f"{self.base_url}/health"


@contextlib.contextmanager
def serve_in_thread(app: FastAPI, *, host: str = DEFAULT_HOST, port: int = 0,
                    startup_timeout: float = 30.0) -> Iterator[RunningServer]:
    """Run `app` with uvicorn in a daemon thread; port 0 picks a free port. Stops on exit."""
    import uvicorn

    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"retrieval-server-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError(f"the retrieval server could not start on {host}:{port} (port in use?)")
        if time.monotonic() > deadline:
            server.should_exit = True
            raise TimeoutError(f"the retrieval server did not start within {startup_timeout} s")
        time.sleep(0.01)
    bound_port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield RunningServer(host, int(bound_port))
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def build_in_memory(corpus: Corpus, *, backend: str = "bm25", retriever_model: str | None = None,
                    device: str | None = "cpu", search_backend: str = "auto", **encoder_kwargs) -> Retriever:
    """A retriever over `corpus` without touching disk (tests, demos)."""
    if backend == "bm25":
        from .bm25 import BM25Retriever

        return BM25Retriever.build(corpus.texts(), show_progress=False)
    if backend == "dense":
        from .dense import DenseRetriever, TextEncoder

        if not retriever_model:
            raise ValueError("the dense backend needs retriever_model")
        encoder = TextEncoder(retriever_model, device=device, **encoder_kwargs)
        embeddings = DenseRetriever.embed_corpus(encoder, corpus.texts(), show_progress=False)
        return DenseRetriever(encoder, embeddings, search_backend=search_backend)
    raise ValueError(f"backend must be 'bm25' or 'dense', got {backend!r}")


@contextlib.contextmanager
def start_retrieval_server(corpus_path: str | Path | None = None, port: int = 0, *, host: str = DEFAULT_HOST,
                           backend: str = "bm25", index_path: str | Path | None = None,
                           retriever_model: str | None = None, device: str | None = "cpu",
                           default_topk: int = 3, max_topk: int = 100, max_batch: int = 1024,
                           **encoder_kwargs) -> Iterator[RunningServer]:
    """A live retrieval server on `host:port` for the duration of a `with` block.

    With `index_path`, the index is loaded from disk (as `serve` does); otherwise one is built in
    memory over `corpus_path` (default: the shipped synthetic corpus). Port 0 picks a free port;
    the yielded object's `.url` is the /retrieve URL to put in env.search.search_url.

        with start_retrieval_server(port=0) as server:
            manager = make_manager(OmegaConf.create({"search": {"search_url": server.url}}), "val")
    """
    from ..tasks import SHIPPED_CORPUS

    if index_path is not None:
        from .index import load_retriever

        retriever, corpus = load_retriever(index_path, corpus_path=corpus_path, device=device,
                                           retriever_model=retriever_model, **encoder_kwargs)
    else:
        corpus = Corpus.load(corpus_path or SHIPPED_CORPUS)
        retriever = build_in_memory(corpus, backend=backend, retriever_model=retriever_model,
                                    device=device, **encoder_kwargs)
    app = create_app(retriever, corpus, default_topk=default_topk, max_topk=max_topk, max_batch=max_batch)
    with serve_in_thread(app, host=host, port=port) as running:
        yield running
