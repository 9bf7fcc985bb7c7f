"""Fixtures of the Search-QA tests (helpers live in search_testlib.py)."""
from __future__ import annotations

import json
import socket

import pytest
from search_testlib import StubClient

from agent_system.environments.env_package.search.tasks import SHIPPED_CORPUS


@pytest.fixture(scope="session")
def shipped_corpus_rows() -> list[dict]:
    with SHIPPED_CORPUS.open() as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def bm25_server():
    """The retrieval server, BM25 over the shipped corpus, on a free loopback port."""
    from agent_system.environments.env_package.search.retrieval.server import start_retrieval_server

    with start_retrieval_server(port=0) as server:
        yield server


@pytest.fixture
def dead_url() -> str:
    """A loopback URL where nothing listens (the port was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/retrieve"


@pytest.fixture
def stub_client() -> StubClient:
    return StubClient()
