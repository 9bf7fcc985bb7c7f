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
