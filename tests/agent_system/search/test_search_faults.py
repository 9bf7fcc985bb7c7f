"""Retriever faults end to end: a dead, failing, slow, truncating or gzip-corrupting server (a raw
loopback server, search_testlib.FaultyServer) makes retrieval_failed for the envs it serves only,
never an exception, and the episodes go on; a batch spoilt by one query falls back to one request
per query; a bug inside the client becomes an outcome too."""
from __future__ import annotations

import json

import numpy as np
import pytest
from search_testlib import FaultyServer

from agent_system.environments.env_package.search import SearchClient, SearchEnvironmentManager

TASKS = [{"question": "Who wrote Emma?", "ground_truth": {"target": ["Jane Austen"]}, "data_source": "nq"},
         {"question": "Who wrote Persuasion?", "ground_truth": {"target": ["Jane Austen"]}, "data_source": "hotpotqa"}]

# mode -> what the observation must name
FAULTS = {
    "down": "connection error",
    "500": "HTTP 500",
    "slow": "timeout after 0.2 s",
    "truncated": "ChunkedEncodingError",
    "chunked_truncated": "ChunkedEncodingError",
    "gzip": "ContentDecodingError",
    "not_json": "malformed response",
    "wrong_count": "malformed response: expected 1 result list(s)",
    "bad_hit": "malformed response: hit",
}


def client(urls, **kwargs) -> SearchClient:
    return SearchClient(urls, **{"retry_backoff": 0.01, "timeout": 0.2, **kwargs})


def information(observation: str) -> str:
    assert observation.startswith("\n<information>") and observation.endswith("</information>\n")
    return json.loads(observation[len("\n<information>"):-len("</information>\n")])["result"]


@pytest.mark.parametrize("mode", list(FAULTS))
def test_a_faulty_server_fails_only_the_envs_it_serves_and_the_run_goes_on(mode, dead_url):
    with FaultyServer(["ok"]) as healthy, FaultyServer([mode], delay=1.0) as faulty:
        bad_url = dead_url if mode == "down" else faulty.url
        # env i starts at URL i mod 2; no retries, so env 0 cannot fail over to the healthy replica
        manager = SearchEnvironmentManager(TASKS, client([bad_url, healthy.url], max_retries=0), max_turns=3)
        manager.reset(TASKS)
        obs, rewards, dones, infos = manager.step(["<search>emma</search>", "<search>persuasion</search>"],
                                                  np.ones(2, dtype=bool))
        assert [info["retrieval_failed"] for info in infos] == [True, False]
        assert information(obs[0]).startswith("Search error: retrieval failed after 1 attempt(s)")
        assert FAULTS[mode] in information(obs[0])
        assert information(obs[1]) == "Doc 1: about persuasion\n"
        assert not dones.any() and manager.success(infos)["retrieval_failure_count"] == 1.0
        # the run continues: both episodes finish and are scored
        obs, rewards, dones, infos = manager.step(["<answer>Jane Austen</answer>", "<answer>Jane Austen</answer>"],
                                                  ~dones)
        assert dones.all() and rewards.tolist() == [1.0, 1.0]
        manager.close()


@pytest.mark.parametrize("mode", ["500", "truncated", "gzip", "not_json", "bad_hit"])
def test_every_fault_is_retried_and_a_recovered_server_answers(mode):
    with FaultyServer([mode, "ok"]) as server:
        outcome = client(server.url, max_retries=2).search("emma")
    assert outcome.ok and outcome.attempts == 2 and outcome.documents == [{"id": "d", "contents": "about emma"}]


def test_a_batch_rejected_for_one_long_query_falls_back_to_one_request_per_query():
    long_query = "x" * 60
    with FaultyServer(["reject_long"], max_query_chars=50) as server:
        outcomes = client(server.url, max_retries=3).retrieve(["a", long_query, "b"], lanes=[0, 0, 0])
    assert [o.ok for o in outcomes] == [True, False, True]
    assert [o.documents[0]["contents"] for o in (outcomes[0], outcomes[2])] == ["about a", "about b"]
    assert "rejected the request: HTTP 413" in outcomes[1].error and outcomes[1].attempts == 1
    assert [r["queries"] for r in server.requests] == [["a", long_query, "b"], ["a"], [long_query], ["b"]]


def test_a_batch_spoilt_by_one_poison_query_gets_one_single_try_per_query():
    with FaultyServer(["poison"]) as server:
        outcomes = client(server.url, max_retries=1).retrieve(["a", "poison pill", "b"], lanes=[0, 0, 0])
    assert [o.ok for o in outcomes] == [True, False, True] and "HTTP 500" in outcomes[1].error
    # 2 batch attempts, then one single try each
    assert [r["queries"] for r in server.requests] == [["a", "poison pill", "b"]] * 2 + [["a"], ["poison pill"], ["b"]]


def test_an_unreachable_server_is_not_asked_once_per_query(dead_url):
    outcomes = client(dead_url, max_retries=0).retrieve(["a", "b", "c"], lanes=[0, 0, 0])
    assert not any(o.ok for o in outcomes) and all(o.attempts == 1 for o in outcomes)


def test_a_bug_inside_the_client_becomes_an_outcome(monkeypatch):
    c = client("http://127.0.0.1:9/retrieve")

    def broken_post(*args, **kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(c._session, "post", broken_post)
    outcome = c.search("q")
    assert not outcome.ok and outcome.error == "retrieval client error: KeyError: 'surprise'"


def test_the_real_server_rejecting_one_over_long_query_fails_only_that_env(bm25_server):
    """The shipped server refuses a query over its 8192-character limit with 413; the other queries of
    the same batch are still answered (the projection's cap, 2048 by default, keeps model queries below it)."""
    queries = ["mystery novel", "x " * 5000, "epistolary novel"]
    outcomes = client(bm25_server.url, timeout=10, max_retries=2).retrieve(queries, lanes=[0, 0, 0])
    assert [o.ok for o in outcomes] == [True, False, True]
    assert "HTTP 413" in outcomes[1].error and "max 8192" in outcomes[1].error
    assert outcomes[0].documents and outcomes[2].documents


def test_a_faithful_empty_search_fails_alone_on_the_real_server(bm25_server):
    """env.search.faithful sends `<search></search>` as the reference does; the shipped server refuses
    an empty query (400), and only that env sees the failure."""
    manager = SearchEnvironmentManager(TASKS, client(bm25_server.url, timeout=10), faithful=True)
    manager.reset(TASKS)
    obs, _, dones, infos = manager.step(["<search></search>", "<Search>mystery novel</Search>"], np.ones(2, dtype=bool))
    assert [info["is_action_valid"] for info in infos] == [True, True]
    assert [info["retrieval_failed"] for info in infos] == [True, False] and not dones.any()
    assert "HTTP 400" in information(obs[0]) and information(obs[1]).startswith("Doc 1: ")
    manager.close()
