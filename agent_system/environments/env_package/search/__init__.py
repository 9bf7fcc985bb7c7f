"""Search-QA (Search-R1 style): env, manager, retrieval client, EM reward, data and retrieval server.

    make_manager(env_cfg, split, data_files=None) -> SearchEnvironmentManager

`env_cfg` is the `env` subtree of the trainer config. Keys read (defaults in brackets):
    env.max_steps [4]                      turn limit of an episode
    env.history_length [4]                 past (search, information) steps shown in the prompt
    env.search.search_url [http://127.0.0.1:8000/retrieve]   a URL or a list of URLs (round-robin)
    env.search.topk [3]                    passages per query
    env.search.timeout [60]                seconds per HTTP request
    env.search.max_retries [10]            retries on 5xx, any requests error, malformed replies
    env.search.retry_backoff [1.0]         linear backoff: sleep retry_backoff * k before retry k
    env.search.batch_requests [true]       one {"queries": [...]} request per URL and step; false ->
                                           one {"query": q} request per query (verl-agent servers)
    env.search.max_batch [512]             queries per batched request
    env.search.max_concurrent_requests [16]  HTTP requests in flight at once
    env.search.require_think [false]       a turn without <think>...</think> is invalid
    env.search.faithful [false]            the reference's rules: tags matched case-insensitively, the reward
                                           read from the joined history including <information> blocks
    env.search.max_query_chars [2048]      longer queries are cut to this length (the server refuses > 8192); 0 = no cut (reference)
`data_files` (a path or a list) are parquet/jsonl files in the processed or raw Search-R1 layout;
None uses the shipped synthetic QA sets (train.parquet for "train", test.parquet for "val").

The retrieval server lives in `.retrieval` (imported on demand: it needs fastapi/bm25s, and
torch for the dense backend); tests start one with `start_retrieval_server`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from agent_system.environments.env_package import select_flag
from verl.utils.config import select as _select

from .answer_scoring import compute_score, em_check, extract_answer, normalize_answer, subem_check
from .client import RetrievalOutcome, SearchClient, format_information
from .env import INVALID_ACTION_OBSERVATION, SearchEnv
from .manager import SearchEnvironmentManager
from .projection import DEFAULT_MAX_QUERY_CHARS, search_projection
from .tasks import SHIPPED_CORPUS, SHIPPED_SPLITS, load_tasks, make_task, processed_row

DEFAULT_SEARCH_URL = "http://127.0.0.1:8000/retrieve"

__all__ = [
    "DEFAULT_SEARCH_URL", "INVALID_ACTION_OBSERVATION", "RetrievalOutcome", "SHIPPED_CORPUS", "SHIPPED_SPLITS",
    "SearchClient", "SearchEnv", "SearchEnvironmentManager", "compute_score", "em_check", "extract_answer",
    "format_information", "load_tasks", "make_client", "make_manager", "make_task", "normalize_answer",
    "processed_row", "search_projection", "start_retrieval_server", "subem_check",
]


def make_client(env_cfg: Any) -> SearchClient:
    """The retrieval client configured by env.search.*."""
    return SearchClient(
        _select(env_cfg, "search.search_url", DEFAULT_SEARCH_URL),
        topk=int(_select(env_cfg, "search.topk", 3)),
        timeout=float(_select(env_cfg, "search.timeout", 60)),
        max_retries=int(_select(env_cfg, "search.max_retries", 10)),
        retry_backoff=float(_select(env_cfg, "search.retry_backoff", 1.0)),
        batch_requests=bool(_select(env_cfg, "search.batch_requests", True)),
        max_batch=int(_select(env_cfg, "search.max_batch", 512)),
        max_concurrent_requests=int(_select(env_cfg, "search.max_concurrent_requests", 16)),
    )


def make_manager(env_cfg: Any, split: str, data_files: str | Path | Sequence[str | Path] | None = None
                 ) -> SearchEnvironmentManager:
    if split not in ("train", "val", "test"):
        raise ValueError(f"split must be 'train' or 'val', got {split!r}")
    if data_files is None:
        data_files = [SHIPPED_SPLITS[split]]
    elif isinstance(data_files, (str, Path)):
        data_files = [data_files]
    else:
        data_files = list(data_files)
    return SearchEnvironmentManager(
        load_tasks(data_files),
        make_client(env_cfg),
        max_turns=int(_select(env_cfg, "max_steps", 4)),
        history_length=int(_select(env_cfg, "history_length", 4)),
        require_think=bool(_select(env_cfg, "search.require_think", False)),
        split=split,
        faithful=select_flag(env_cfg, "search.faithful", False),
        max_query_chars=_max_query_chars(env_cfg),
    )


def _max_query_chars(env_cfg: Any) -> int | None:
    """0 keeps queries whole, as the reference does (a runaway query then gets its batch a 413)."""
    value = _select(env_cfg, "search.max_query_chars", DEFAULT_MAX_QUERY_CHARS)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"env.search.max_query_chars must be a non-negative integer (0 = no cut), got {value!r}")
    return value or None


def start_retrieval_server(*args, **kwargs):
    """See `.retrieval.server.start_retrieval_server` (imported lazily: it needs fastapi and bm25s)."""
    from .retrieval.server import start_retrieval_server as _start

    return _start(*args, **kwargs)
