"""HTTP client of the retrieval server, as the Search-QA envs use it.

What it adds over a bare `requests.post` (ENVIRONMENTS.md §C1, METHOD.md §5.3):
- one pooled `requests.Session` shared by all envs of a manager;
- a per-request timeout (`env.search.timeout`, reference 60 s);
- retries with a linear backoff (`env.search.max_retries`, reference 10) on everything a retry can
  fix: 5xx / 408 / 429 answers, ANY `requests` exception (connection errors, timeouts, a truncated
  body = ChunkedEncodingError, a corrupt gzip body = ContentDecodingError, ...) and any malformed
  reply (not JSON, no "result", the wrong number of hit lists, a hit that is not a document);
  every retry moves to the next URL, so a dead replica is skipped;
- a batch the server rejects with another 4xx (413 for one over-long query, 400 for one empty
  query) is split into one request per query, so only the offending query fails; a batch that
  still fails after its retries while the server was answering (5xx, malformed) gets one more
  single try per query for the same reason (not when the server was unreachable: that would only
  multiply the wait);
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
    """A failure worth retrying (5xx, any requests exception, a malformed reply)."""

    def __init__(self, message: str, answered: bool):
        super().__init__(message)
        self.answered = answered  # the server sent a reply (so it is up; a poison query may be the cause)


class _Rejected(Exception):
    """A 4xx: the request itself is wrong, a retry of the same request cannot fix it."""


_RETRYABLE_4XX = (408, 429)  # request timeout, too many requests: transient


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
        raise _Retryable(f"malformed response: expected a list of hits per query, got {type(hit_list).__name__}",
                         answered=True)
    documents = []
    for hit in hit_list:
        doc = hit.get("document", hit) if isinstance(hit, dict) else None
        if not isinstance(doc, dict) or not isinstance(doc.get("contents", ""), str):
            raise _Retryable(f"malformed response: hit {str(hit)[:200]!r}", answered=True)
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
        """Outcomes of one planned request; never raises."""
        try:
            outcomes, rejected, answered = self._attempt(queries, first_url, self.max_retries)
            if len(queries) > 1 and (rejected or answered):
                # One query may have spoilt the batch: retry each query on its own, so only it fails.
                retries = self.max_retries if rejected else 0
                return [self._attempt([query], first_url, retries)[0][0] for query in queries]
            return outcomes
        except Exception as exc:  # a bug here must not take the training run down
            message = f"retrieval client error: {type(exc).__name__}: {str(exc)[:200]}"
            return [RetrievalOutcome(None, message) for _ in queries]

    def _attempt(self, queries: list[str], first_url: int, max_retries: int
                 ) -> tuple[list[RetrievalOutcome], bool, bool]:
        """(outcomes, rejected with a 4xx, failed although the server answered) for one request shape."""
        if self.batch_requests:
            payload = {"queries": queries, "topk": self.topk, "return_scores": True}
        else:
            payload = {"query": queries[0], "topk": self.topk, "return_scores": True}
        last_error, answered, attempts = "no attempt made", False, 0
        for attempt in range(max_retries + 1):
            attempts = attempt + 1
            url = self.urls[(first_url + attempt) % len(self.urls)]
            try:
                hit_lists = self._post(url, payload, expected=len(queries))
                documents = [_documents_of(hits) for hits in hit_lists]
                return [RetrievalOutcome(docs, None, attempts) for docs in documents], False, False
            except _Rejected as exc:
                error = f"the retrieval server rejected the request: {exc} ({url})"
                return [RetrievalOutcome(None, error, attempts) for _ in queries], True, False
            except _Retryable as exc:
                last_error, answered = f"{exc} ({url})", exc.answered
            if attempt < max_retries:
                time.sleep(min(self.max_backoff, self.retry_backoff * (attempt + 1)))
        message = (f"retrieval failed after {attempts} attempt(s); "
                   f"last error: {last_error}")
        return [RetrievalOutcome(None, message, attempts) for _ in queries], False, answered

    def _post(self, url: str, payload: dict, expected: int) -> list:
        try:
            response = self._session.post(url, json=payload, timeout=self.timeout)
        except requests.Timeout as exc:
            raise _Retryable(f"timeout after {self.timeout:g} s: {type(exc).__name__}", answered=False) from exc
        except requests.ConnectionError as exc:
            raise _Retryable(f"connection error: {type(exc).__name__}", answered=False) from exc
        except requests.RequestException as exc:  # ChunkedEncodingError (truncated body), ContentDecodingError, ...
            raise _Retryable(f"bad response: {type(exc).__name__}: {str(exc)[:200]}", answered=True) from exc
        status = response.status_code
        if status >= 500 or status in _RETRYABLE_4XX:
            raise _Retryable(f"HTTP {status}: {_text(response)[:200]}", answered=True)
        if status >= 400:
            raise _Rejected(f"HTTP {status}: {_text(response)[:300]}")
        try:
            result = response.json()["result"]
        except Exception as exc:  # not JSON, not a dict, no "result"
            raise _Retryable(f"malformed response (no 'result'): {_text(response)[:200]!r}", answered=True) from exc
        if not isinstance(result, list) or len(result) != expected:
            raise _Retryable(f"malformed response: expected {expected} result list(s), got {str(result)[:200]!r}",
                             answered=True)
        return result


def _text(response) -> str:
    try:
        return response.text
    except Exception as exc:  # an undecodable body must not escape either
        return f"<undecodable body: {type(exc).__name__}>"
