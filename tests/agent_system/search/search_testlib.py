"""Helpers of the Search-QA tests: a stub retrieval client and a tiny offline encoder builder."""
from __future__ import annotations

import re
from pathlib import Path

from agent_system.environments.env_package.search.client import RetrievalOutcome


class StubClient:
    """Stands in for SearchClient: fixed documents per query, records every call."""

    def __init__(self, documents_for=None, error: str | None = None):
        self.documents_for = documents_for or (lambda query: [{"id": "1", "contents": f'"Doc"\nabout {query}'}])
        self.error = error
        self.calls: list[tuple[list[str], list[int]]] = []

    def retrieve(self, queries, lanes=None):
        self.calls.append((list(queries), list(lanes or [])))
        if self.error:
            return [RetrievalOutcome(None, self.error) for _ in queries]
        return [RetrievalOutcome(self.documents_for(q)) for q in queries]

    def search(self, query, lane=0):
        return self.retrieve([query], [lane])[0]

    def close(self):
        pass


def write_tiny_encoder(directory: Path, texts: list[str], seed: int = 0) -> Path:
    """A randomly initialised 1-layer BERT and a word-level vocab covering `texts` (no download)."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    words = sorted({w for text in texts for w in re.findall(r"\w+|[^\w\s]", text.lower())})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n")
    BertTokenizer(str(directory / "vocab.txt")).save_pretrained(str(directory))
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    BertModel(config).eval().save_pretrained(str(directory))
    return directory


class FaultyServer:
    """A raw loopback HTTP server for fault tests: request k is answered by `modes[k]` (the last mode
    repeats). Modes: "ok", "500", "slow" (sleeps `delay` s, then ok), "truncated" (Content-Length
    larger than the body, then the connection closes), "chunked_truncated" (a chunked body that stops
    mid-chunk), "gzip" (Content-Encoding: gzip over bytes that are not gzip), "not_json",
    "wrong_count" (one result list too few), "bad_hit" (a hit that is not a document),
    "reject_long" (413 when any query is longer than `max_query_chars`, else ok), "poison" (500 when
    any query contains "poison", else ok).
    Answers echo the query: {"result": [[{"document": {"id": "d", "contents": "about <q>"}, "score": 1}]]}."""

    def __init__(self, modes, delay: float = 0.5, max_query_chars: int = 50):
        import http.server
        import json
        import threading
        import time

        self.modes, self.delay, self.max_query_chars = list(modes), delay, max_query_chars
        self.requests: list[dict] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep the test output clean
                pass

            def _send(self, status: int, body: bytes, headers: dict | None = None, length: int | None = None):
                self.send_response(status)
                for key, value in (headers or {"Content-Type": "application/json"}).items():
                    self.send_header(key, value)
                if length is not None:
                    self.send_header("Content-Length", str(length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                self.close_connection = True

            def do_POST(self):
                payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(payload)
                    mode = server.modes[min(len(server.requests) - 1, len(server.modes) - 1)]
                queries = payload.get("queries") or [payload.get("query")]
                good = json.dumps({"result": [[{"document": {"id": "d", "contents": f"about {q}"}, "score": 1.0}]
                                              for q in queries]}).encode()
                if mode == "slow":
                    time.sleep(server.delay)
                    mode = "ok"
                if mode == "poison":  # the retriever fails on one query, which spoils its whole batch
                    mode = "500" if any("poison" in q for q in queries) else "ok"
                if mode == "reject_long":
                    too_long = any(len(q) > server.max_query_chars for q in queries)
                    mode = "413" if too_long else "ok"
                if mode == "ok":
                    self._send(200, good, length=len(good))
                elif mode in ("500", "413"):
                    body = json.dumps({"detail": f"scripted {mode}"}).encode()
                    self._send(int(mode), body, length=len(body))
                elif mode == "truncated":
                    self._send(200, good[: len(good) // 2], length=len(good))
                elif mode == "chunked_truncated":
                    self._send(200, b"%x\r\n" % len(good) + good[:10],
                               headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
                elif mode == "gzip":
                    self._send(200, b"this is not gzip at all", length=23,
                               headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
                elif mode == "not_json":
                    self._send(200, b"<html>oops</html>", length=17, headers={"Content-Type": "text/html"})
                elif mode == "wrong_count":
                    body = json.dumps({"result": []}).encode()
                    self._send(200, body, length=len(body))
                elif mode == "bad_hit":
                    body = json.dumps({"result": [[42] for _ in queries]}).encode()
                    self._send(200, body, length=len(body))
                else:
                    raise ValueError(f"unknown mode {mode!r}")

        self.lock = threading.Lock()
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/retrieve"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> "FaultyServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
