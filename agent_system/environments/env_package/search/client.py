"""HTTP client of the retrieval server, as the Search-QA envs use it.

What it adds over a bare `requests.post` (ENVIRONMENTS.md §C1, METHOD.md §5.3):
- one pooled `requests.Session` shared by all envs of a manager;
- a per-request timeout (`env.search.timeout`, reference 60 s);
- retries with a linear backoff on 5xx answers, connection errors and timeouts
  (`env.search.max_retries`, reference 10); every retry moves to the next URL, so a dead replica
  is skipped;
- several URLs: query i starts at `urls[lane_i % len(urls)]` (the manager passes the env index as
  the lane, which gives the reference's round-robin assignment of URLs to envs);
- batching: by default all queries of one manager step that start at the same URL go out as one
  `{"queries": [...]}` request (chunked by `max_batch`); `batch_requests=False` sends one
  `{"query": q}` request per query, the only shape the verl-agent reference server accepts.
A failure never raises: it becomes a `RetrievalOutcome` with `error` set, and the env turns that into
an "Search error: ..." observation with info `retrieval_failed=True`.
"""
from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Sequence

import requests
from requests.adapters import HTTPAdapter

Document = dict  # {"id": str, "contents": str}


@dataclass
class RetrievalOutcome:
    """The documents retrieved for one query, or why there are none."""

    documents: list[Document] | None
    error: str | None = None
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None


class _Retryable(Exception):
    """A failure worth retrying (5xx, connection error, timeout)."""


class _Fatal(Exception):
    """A failure that a retry cannot fix (4xx, malformed answer)."""


def format_documents(documents: Sequence[Document]) -> str:
    """"Doc 1: <contents>\\nDoc 2: ...\\n" — the reference layout of one query's hits."""
    return "".join(f"Doc {i + 1}: {doc.get('contents', '')}\n" for i, doc in enumerate(documents))


def format_information(outcomes: Sequence[RetrievalOutcome]) -> str:
    """The observation for one search action: "\\n<information>{json}</information>\\n".

    The JSON holds {"result": text} where text is the formatted hits of each query joined by
    "\\n---\\n", or "Search error: ..." if any query failed (reference behaviour).
    """
    errors = [outcome.error for outcome in outcomes if not outcome.ok]
    if errors:
        result = f"Search error: {errors[0]}"
    else:
        result = "\n---\n".join(format_documents(outcome.documents or []) for outcome in outcomes)
    return "\n<information>" + json.dumps({"result": result}) + "</information>\n"


def _documents_of(hit_list) -> list[Document]:
    """Accepts both server answer layouts: [{"document": {...}, "score": s}] or bare documents."""
    if not isinstance(hit_list, list):
        raise _Fatal(f"expected a list of hits per query, got {type(hit_list).__name__}")
    documents = []
    for hit in hit_list:
        doc = hit.get("document", hit) if isinstance(hit, dict) else None
        if not isinstance(doc, dict):
            raise _Fatal(f"malformed hit {str(hit)[:200]!r}")
        documents.append(doc)
    return documents


class SearchClient:
    def __init__(
        self,
        urls: str | Sequence[str],
        *,
        topk: int = 3,
        timeout: float = 60.0,
        max_retries: int = 10,
        retry_backoff: float = 1.0,
        max_backoff: float = 30.0,
        batch_requests: bool = True,
        max_batch: int = 512,
        max_concurrent_requests: int = 16,
    ):
        if isinstance(urls, str):
            urls = [urls]
        urls = [str(url) for url in urls]
        if not urls or any(not url.startswith(("http://", "https://")) for url in urls):
            raise ValueError(f"env.search.search_url must be one or more http(s) URLs, got {urls!r}")
        if topk < 1:
            raise ValueError(f"env.search.topk must be >= 1, got {topk}")
        if max_retries < 0:
            raise ValueError(f"env.search.max_retries must be >= 0, got {max_retries}")
        self.urls = urls
        self.topk = int(topk)
        self.timeout = float(timeout)
        self.max_retries = int(max_retries)
        self.retry_backoff = float(retry_backoff)
        self.max_backoff = float(max_backoff)
        self.batch_requests = bool(batch_requests)
        self.max_batch = max(1, int(max_batch))
        self.max_concurrent_requests = max(1, int(max_concurrent_requests))
        self._session = requests.Session()
        adapter = HTTPAdapter(pool_connections=len(urls), pool_maxsize=self.max_concurrent_requests)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._executor: ThreadPoolExecutor | None = None
        self._executor_lock = threading.Lock()

    # ------------------------------------------------------------------ public API
    def search(self, query: str, lane: int = 0) -> RetrievalOutcome:
        return self.retrieve([query], [lane])[0]

    def retrieve(self, queries: Sequence[str], lanes: Sequence[int] | None = None) -> list[RetrievalOutcome]:
        """One outcome per query, in order. `lanes[i]` picks the URL query i tries first."""
        queries = [str(q) for q in queries]
        lanes = list(range(len(queries))) if lanes is None else [int(lane) for lane in lanes]
        if len(lanes) != len(queries):
            raise ValueError(f"got {len(queries)} queries but {len(lanes)} lanes")
        if not queries:
            return []
        jobs = self._plan_requests(queries, lanes)
        outcomes: list[RetrievalOutcome | None] = [None] * len(queries)
        if len(jobs) == 1:
            results = [self._run_job(*jobs[0][1:])]
        else:
            results = list(self._pool().map(lambda job: self._run_job(*job[1:]), jobs))
        for (indices, _, _), job_outcomes in zip(jobs, results):
            for index, outcome in zip(indices, job_outcomes):
                outcomes[index] = outcome
        return outcomes  # type: ignore[return-value]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None
        self._session.close()

    # ------------------------------------------------------------------ internals
    def _pool(self) -> ThreadPoolExecutor:
        with self._executor_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.max_concurrent_requests, thread_name_prefix="search-client")
            return self._executor

    def _plan_requests(self, queries: list[str], lanes: list[int]) -> list[tuple[list[int], list[str], int]]:
        """Group queries into requests: (query indices, queries, first URL index)."""
        if not self.batch_requests:
            return [([i], [q], lane % len(self.urls)) for i, (q, lane) in enumerate(zip(queries, lanes))]
        by_url: dict[int, list[int]] = defaultdict(list)
        for i, lane in enumerate(lanes):
            by_url[lane % len(self.urls)].append(i)
        jobs = []
        for url_index, indices in sorted(by_url.items()):
            for start in range(0, len(indices), self.max_batch):
                chunk = indices[start:start + self.max_batch]
                jobs.append((chunk, [queries[i] for i in chunk], url_index))
        return jobs

    def _run_job(self, queries: list[str], first_url: int) -> list[RetrievalOutcome]:
        if self.batch_requests:
            payload = {"queries": queries, "topk": self.topk, "return_scores": True}
        else:
            payload = {"query": queries[0], "topk": self.topk, "return_scores": True}
        last_error = "no attempt made"
        attempts = 0
        for attempt in range(self.max_retries + 1):
            attempts = attempt + 1
            url = self.urls[(first_url + attempt) % len(self.urls)]
            try:
                hit_lists = self._post(url, payload, expected=len(queries))
                return [RetrievalOutcome(_documents_of(hits), None, attempts) for hits in hit_lists]
            except _Fatal as exc:
                return [RetrievalOutcome(None, f"{exc} ({url})", attempts) for _ in queries]
            except _Retryable as exc:
                last_error = f"{exc} ({url})"
            if attempt < self.max_retries:
                time.sleep(min(self.max_backoff, self.retry_backoff * (attempt + 1)))
        message = (f"the retrieval server did not answer after {attempts} attempt(s); "
                   f"last error: {last_error}")
        return [RetrievalOutcome(None, message, attempts) for _ in queries]

    def _post(self, url: str, payload: dict, expected: int) -> list:
        try:
            response = self._session.post(url, json=payload, timeout=self.timeout)
        except requests.Timeout as exc:
            raise _Retryable(f"timeout after {self.timeout:g} s: {type(exc).__name__}") from exc
        except requests.ConnectionError as exc:
            raise _Retryable(f"connection error: {type(exc).__name__}") from exc
        if response.status_code >= 500:
            raise _Retryable(f"HTTP {response.status_code}: {response.text[:200]}")
        if response.status_code >= 400:
            raise _Fatal(f"HTTP {response.status_code}: {response.text[:300]}")
        try:
            result = response.json()["result"]
        except (ValueError, KeyError, TypeError) as exc:
            raise _Fatal(f"malformed response (no 'result'): {response.text[:200]!r}") from exc
        if not isinstance(result, list) or len(result) != expected:
            raise _Fatal(f"expected {expected} result list(s), got {str(result)[:200]!r}")
        return result
