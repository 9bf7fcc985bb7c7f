"""Building retrieval indexes on disk and loading them back.

An index directory (made by `build_index`, i.e. `python -m ...search.retrieval build-index`) holds
    index_meta.json   {"backend", "corpus_path", "num_docs", ...backend settings}
    bm25:  the bm25s files + sdar_bm25.json (tokeniser settings)
    dense: embeddings.npy (float32 [num_docs, dim], unit rows) + the encoder settings in the meta
`load_retriever` also accepts a prebuilt faiss file (e.g. Search-R1's e5_Flat.index for wiki-18),
given with the encoder model and the corpus path.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from .corpus import Corpus

META_FILE = "index_meta.json"
EMBEDDINGS_FILE = "embeddings.npy"
BACKENDS = ("bm25", "dense")


def build_index(corpus_path: str | Path, index_dir: str | Path, *, backend: str = "bm25",
                retriever_model: str | None = None, pooling: str | None = None, query_prefix: str | None = None,
                passage_prefix: str | None = None, max_length: int = 256, batch_size: int = 64,
                device: str | None = "auto", show_progress: bool = True) -> Path:
    """Index `corpus_path` into `index_dir` (created); returns the directory."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    if backend == "dense" and not retriever_model:
        raise ValueError("the dense backend needs --retriever_model (a Hugging Face model path or id)")
    started = time.perf_counter()
    corpus = Corpus.load(corpus_path)
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    meta: dict[str, Any] = {"backend": backend, "corpus_path": str(Path(corpus_path).resolve()),
                            "num_docs": len(corpus)}
    if backend == "bm25":
        from .bm25 import BM25Retriever

        BM25Retriever.build(corpus.texts(), show_progress=show_progress).save(index_dir)
    else:
        from .dense import DenseRetriever, TextEncoder

        encoder = TextEncoder(retriever_model, pooling=pooling, query_prefix=query_prefix,
                              passage_prefix=passage_prefix, max_length=max_length, device=device)
        embeddings = DenseRetriever.embed_corpus(encoder, corpus.texts(), batch_size, show_progress)
        np.save(index_dir / EMBEDDINGS_FILE, embeddings)
        meta.update(encoder=encoder.config(), dim=int(embeddings.shape[1]))
    meta["build_seconds"] = round(time.perf_counter() - started, 3)
    (index_dir / META_FILE).write_text(json.dumps(meta, indent=2))
    return index_dir


def read_meta(index_dir: str | Path) -> dict[str, Any]:
    path = Path(index_dir) / META_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{index_dir} is not an index directory (no {META_FILE}); "
                                f"build one with `build-index`")
    return json.loads(path.read_text())


def load_retriever(index_path: str | Path, *, corpus_path: str | Path | None = None, device: str | None = "auto",
                   search_backend: str = "auto", retriever_model: str | None = None, pooling: str | None = None,
                   query_prefix: str | None = None, passage_prefix: str | None = None,
                   max_length: int | None = None):
    """(retriever, corpus) from an index directory or a prebuilt faiss file."""
    index_path = Path(index_path)
    if index_path.is_file():  # a prebuilt faiss index
        if not (retriever_model and corpus_path):
            raise ValueError(f"{index_path} is a faiss file: also give --retriever_model and --corpus_path")
        import faiss

        from .dense import DenseRetriever, TextEncoder

        corpus = Corpus.load(corpus_path)
        encoder = TextEncoder(retriever_model, pooling=pooling, query_prefix=query_prefix,
                              passage_prefix=passage_prefix, max_length=max_length or 256, device=device)
        retriever = DenseRetriever(encoder, faiss_index=faiss.read_index(str(index_path)),
                                   search_backend=search_backend)
        return _checked(retriever, corpus, index_path)

    meta = read_meta(index_path)
    corpus = Corpus.load(corpus_path or meta["corpus_path"])
    if meta["backend"] == "bm25":
        from .bm25 import BM25Retriever

        retriever = BM25Retriever.load(index_path)
    elif meta["backend"] == "dense":
        from .dense import DenseRetriever, TextEncoder

        settings = dict(meta["encoder"])
        overrides = {"model_path": retriever_model, "pooling": pooling, "query_prefix": query_prefix,
                     "passage_prefix": passage_prefix, "max_length": max_length}
        settings.update({k: v for k, v in overrides.items() if v is not None})
        encoder = TextEncoder(settings.pop("model_path"), device=device, **settings)
        embeddings = np.load(index_path / EMBEDDINGS_FILE)
        retriever = DenseRetriever(encoder, embeddings, search_backend=search_backend)
    else:
        raise ValueError(f"{index_path}: unknown backend {meta['backend']!r} in {META_FILE}")
    return _checked(retriever, corpus, index_path)


def _checked(retriever, corpus: Corpus, source: Path):
    if retriever.num_docs != len(corpus):
        raise ValueError(f"index {source} has {retriever.num_docs} passages but the corpus "
                         f"{corpus.path} has {len(corpus)}: rebuild the index for this corpus")
    return retriever, corpus
