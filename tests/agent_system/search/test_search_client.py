"""SearchClient against small live servers: retries, failover, round-robin, timeouts, errors."""
import json
import threading
import time

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from agent_system.environments.env_package.search import SearchClient, SearchEnv, format_information
from agent_system.environments.env_package.search.retrieval.server import serve_in_thread


class ScriptedServer:
    """A /retrieve endpoint that fails its first `failures` calls with `status`, then answers."""

    def __init__(self, name: str, failures: int = 0, status: int = 503, delay: float = 0.0):
        self.name, self.failures, self.status, self.delay = name, failures, status, delay
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        self.app = FastAPI()

        @self.app.post("/retrieve")
        async def retrieve(payload: dict):
            with self.lock:
                self.requests.append(payload)
                call = len(self.requests)
            if self.delay:
                time.sleep(self.delay)
            if call <= self.failures:
                return JSONResponse(status_code=self.status, content={"detail": f"scripted failure {call}"})
            queries = payload["queries"] if "queries" in payload else [payload["query"]]
            return {"result": [[{"document": {"id": self.name, "contents": f"{self.name} answers {q}"}, "score": 1.0}]
                               for q in queries]}


def fast_client(urls, **kwargs) -> SearchClient:
    kwargs.setdefault("retry_backoff", 0.01)
    kwargs.setdefault("timeout", 5)
    return SearchClient(urls, **kwargs)


def test_retries_a_server_that_fails_twice_then_succeeds():
    server = ScriptedServer("flaky", failures=2, status=503)
    with serve_in_thread(server.app) as running:
        outcome = fast_client(running.url, max_retries=3).search("who wrote emma")
    assert outcome.ok and outcome.attempts == 3
    assert outcome.documents == [{"id": "flaky", "contents": "flaky answers who wrote emma"}]
    assert len(server.requests) == 3
    assert server.requests[0] == {"queries": ["who wrote emma"], "topk": 3, "return_scores": True}


def test_gives_up_after_max_retries_with_a_clear_message(dead_url):
    client = fast_client(dead_url, max_retries=2)
    outcome = client.search("anything")
    assert not outcome.ok and outcome.attempts == 3
    assert "retrieval failed after 3 attempt(s)" in outcome.error and "connection error" in outcome.error
    text = format_information([outcome])
    assert text.startswith('\n<information>{"result": "Search error: retrieval failed after 3 attempt(s)')

    env = SearchEnv(client)
    env.reset({"question": "q", "ground_truth": ["a"], "data_source": "nq"})
    obs, reward, done, info = env.step("<search>anything</search>")
    assert "Search error" in obs and info["retrieval_failed"] and info["retrieval_failures"] == 1 and not done


def test_client_errors_are_not_retried():
    server = ScriptedServer("strict", failures=5, status=400)
    with serve_in_thread(server.app) as running:
        outcome = fast_client(running.url, max_retries=4).search("q")
    assert not outcome.ok and outcome.attempts == 1 and "HTTP 400" in outcome.error
    assert "scripted failure 1" in outcome.error and len(server.requests) == 1


def test_timeouts_are_retried_and_reported():
    server = ScriptedServer("slow", delay=0.6)
    with serve_in_thread(server.app) as running:
        outcome = fast_client(running.url, timeout=0.1, max_retries=1).search("q")
    assert not outcome.ok and outcome.attempts == 2 and "timeout after 0.1 s" in outcome.error


def test_batched_requests_go_round_robin_over_urls_and_keep_query_order():
    first, second = ScriptedServer("a"), ScriptedServer("b")
    with serve_in_thread(first.app) as url_a, serve_in_thread(second.app) as url_b:
        client = fast_client([url_a.url, url_b.url])
        outcomes = client.retrieve(["q0", "q1", "q2", "q3"], lanes=[0, 1, 2, 3])
        client.close()
    assert [o.documents[0]["contents"] for o in outcomes] == ["a answers q0", "b answers q1", "a answers q2",
                                                              "b answers q3"]
    assert [r["queries"] for r in first.requests] == [["q0", "q2"]]
    assert [r["queries"] for r in second.requests] == [["q1", "q3"]]


def test_single_query_requests_for_servers_without_batching():
    server = ScriptedServer("single")
    with serve_in_thread(server.app) as running:
        outcomes = fast_client(running.url, batch_requests=False).retrieve(["x", "y"])
    assert [o.documents[0]["contents"] for o in outcomes] == ["single answers x", "single answers y"]
    assert sorted(r["query"] for r in server.requests) == ["x", "y"]
    assert all(set(r) == {"query", "topk", "return_scores"} for r in server.requests)


def test_large_batches_are_split_by_max_batch():
    server = ScriptedServer("chunks")
    with serve_in_thread(server.app) as running:
        outcomes = fast_client(running.url, max_batch=2).retrieve([f"q{i}" for i in range(5)], lanes=[0] * 5)
    assert [o.documents[0]["contents"] for o in outcomes] == [f"chunks answers q{i}" for i in range(5)]
    assert sorted(len(r["queries"]) for r in server.requests) == [1, 2, 2]


def test_a_dead_url_fails_over_to_the_next_one(dead_url):
    server = ScriptedServer("alive")
    with serve_in_thread(server.app) as running:
        outcome = fast_client([dead_url, running.url], max_retries=1).search("q", lane=0)
    assert outcome.ok and outcome.attempts == 2 and outcome.documents[0]["id"] == "alive"


def test_malformed_answers_become_errors():
    app = FastAPI()

    @app.post("/retrieve")
    async def retrieve(payload: dict):
        return {"result": []}  # one list per query is missing

    with serve_in_thread(app) as running:
        outcome = fast_client(running.url).search("q")
    assert not outcome.ok and "expected 1 result list(s)" in outcome.error


def test_bad_client_configuration_is_rejected():
    with pytest.raises(ValueError, match="search_url"):
        SearchClient("localhost:8000/retrieve")
    with pytest.raises(ValueError, match="topk"):
        SearchClient("http://127.0.0.1:1/retrieve", topk=0)


def test_format_information_joins_several_queries():
    from agent_system.environments.env_package.search.client import RetrievalOutcome

    text = format_information([RetrievalOutcome([{"contents": "A"}]), RetrievalOutcome([{"contents": "B"}, {"contents": "C"}])])
    assert json.loads(text.strip()[len("<information>"):-len("</information>")]) == {
        "result": "Doc 1: A\n\n---\nDoc 1: B\nDoc 2: C\n"}
