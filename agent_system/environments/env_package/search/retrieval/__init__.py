"""Retrieval server side of Search-QA: corpus, BM25 (bm25s) and dense (HF encoder + faiss/torch)
retrievers, index building/loading, the FastAPI app and helpers to run it.

Import the submodules you need; this package imports nothing heavy on its own:
    .corpus.Corpus, .bm25.BM25Retriever, .dense.{TextEncoder, DenseRetriever},
    .index.{build_index, load_retriever}, .server.{create_app, serve_in_thread, start_retrieval_server},
    .cli.main (also `python -m agent_system.environments.env_package.search.retrieval`).
"""
