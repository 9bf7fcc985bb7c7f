#!/usr/bin/env python
"""Retrieval server entry point (a thin wrapper; the code lives in
agent_system/environments/env_package/search/retrieval/).

    python examples/search/retriever/retrieval_server.py build-index --backend bm25 \
        --corpus_path agent_system/environments/env_package/search/data/corpus.jsonl --index_path indexes/bm25
    python examples/search/retriever/retrieval_server.py serve --index_path indexes/bm25 --port 8000

Run with --help (or `serve --help`) for every option.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from agent_system.environments.env_package.search.retrieval.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
