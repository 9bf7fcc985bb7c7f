#!/usr/bin/env python
"""Throughput and latency of the retrieval server, per request batch size.

    python benchmarks/retrieval_server.py                        # BM25 over the shipped corpus
    python benchmarks/retrieval_server.py --backend dense --retriever_model /path/to/encoder --device cuda

Builds an index in a temporary folder, starts `... search.retrieval serve` in a subprocess on a free
loopback port (so client and server do not share a GIL), sends the shipped questions as requests of
1, 32 and 512 queries ({"query": q} for 1, {"queries": [...]} otherwise) and prints one JSON line per
measurement: {"bench", "config", "metric", "value", "unit"} for queries/s and p50/p99 request latency.
"""
from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agent_system.environments.env_package.search.retrieval.index import build_index  # noqa: E402
from agent_system.environments.env_package.search.tasks import SHIPPED_CORPUS, SHIPPED_SPLITS, load_tasks  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            return requests.get(url, timeout=1).json()
        except requests.ConnectionError:
            time.sleep(0.1)
    raise TimeoutError(f"no answer from {url} within {timeout} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["bm25", "dense"], default="bm25")
    parser.add_argument("--corpus_path", default=str(SHIPPED_CORPUS))
    parser.add_argument("--retriever_model", default=None)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--batch_sizes", type=int, nargs="+", default=[1, 32, 512])
    parser.add_argument("--queries_per_size", type=int, default=2048, help="queries sent per batch size")
    parser.add_argument("--topk", type=int, default=3)
    args = parser.parse_args()

    questions = [task["question"] for split in ("train", "val") for task in load_tasks(SHIPPED_SPLITS[split])]
    with tempfile.TemporaryDirectory() as index_dir:
        started = time.perf_counter()
        build_index(args.corpus_path, index_dir, backend=args.backend, retriever_model=args.retriever_model,
                    device=args.device, show_progress=False)
        build_s = time.perf_counter() - started
        port = free_port()
        command = [sys.executable, "-m", "agent_system.environments.env_package.search.retrieval", "serve",
                   "--index_path", index_dir, "--port", str(port), "--device", args.device,
                   "--max_batch", str(max(args.batch_sizes))]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            health = wait_healthy(f"http://127.0.0.1:{port}/health", process, timeout=300)
            config = {"backend": args.backend, "num_docs": health["num_docs"], "topk": args.topk,
                      "device": args.device, "index_build_s": round(build_s, 3)}
            session = requests.Session()
            url = f"http://127.0.0.1:{port}/retrieve"
            for batch_size in args.batch_sizes:
                num_requests = max(5, args.queries_per_size // batch_size)
                latencies = []
                cursor = 0
                for request_index in range(num_requests + 2):  # the first two are warm-up
                    batch = [questions[(cursor + i) % len(questions)] for i in range(batch_size)]
                    cursor += batch_size
                    payload = ({"query": batch[0]} if batch_size == 1 else {"queries": batch})
                    payload["topk"] = args.topk
                    t0 = time.perf_counter()
                    response = session.post(url, json=payload, timeout=600)
                    elapsed = time.perf_counter() - t0
                    response.raise_for_status()
                    if request_index >= 2:
                        latencies.append(elapsed)
                latencies = np.array(latencies)
                row_config = dict(config, batch_size=batch_size, requests=num_requests)
                for metric, value, unit in (
                    ("queries_per_s", batch_size * len(latencies) / latencies.sum(), "queries/s"),
                    ("latency_p50", 1000 * np.percentile(latencies, 50), "ms"),
                    ("latency_p99", 1000 * np.percentile(latencies, 99), "ms"),
                ):
                    print(json.dumps({"bench": "retrieval_server", "config": row_config, "metric": metric,
                                      "value": round(float(value), 3), "unit": unit}), flush=True)
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
