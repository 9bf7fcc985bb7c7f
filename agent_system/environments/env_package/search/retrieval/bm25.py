"""BM25 retrieval with bm25s (no torch, no Java): the default backend.

Tokenisation: lower-case words of 2+ characters, English stopwords removed, Snowball English stems
(PyStemmer). Parameters k1=0.9, b=0.4 are pyserini's defaults, which Search-R1's BM25 server uses.
A hit with score 0 shares no term with the query and is dropped, so a query of only stopwords or
unknown words returns no passages rather than arbitrary ones.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import bm25s
import numpy as np

from .types import Hits

PARAMS_FILE = "sdar_bm25.json"


def _stemmer(language: str | None):
    if not language:
        return None
    import Stemmer

    return Stemmer.Stemmer(language)


class BM25Retriever:
    backend = "bm25"

    def __init__(self, model: bm25s.BM25, *, stopwords: str = "en", stemmer_language: str | None = "english"):
        self.model = model
        self.stopwords = stopwords
        self.stemmer_language = stemmer_language
        self._stemmer = _stemmer(stemmer_language)
        self.num_docs = int(model.scores["num_docs"])

    @classmethod
    def build(cls, texts: Sequence[str], *, k1: float = 0.9, b: float = 0.4, stopwords: str = "en",
              stemmer_language: str | None = "english", show_progress: bool = True) -> "BM25Retriever":
        tokens = bm25s.tokenize(list(texts), stopwords=stopwords, stemmer=_stemmer(stemmer_language),
                                show_progress=show_progress)
        model = bm25s.BM25(k1=k1, b=b)
        model.index(tokens, show_progress=show_progress)
        return cls(model, stopwords=stopwords, stemmer_language=stemmer_language)

    def save(self, index_dir: str | Path) -> None:
        index_dir = Path(index_dir)
        self.model.save(str(index_dir), show_progress=False)
        (index_dir / PARAMS_FILE).write_text(json.dumps(
            {"stopwords": self.stopwords, "stemmer_language": self.stemmer_language}))

    @classmethod
    def load(cls, index_dir: str | Path, *, mmap: bool = False) -> "BM25Retriever":
        index_dir = Path(index_dir)
        params_path = index_dir / PARAMS_FILE
        if not params_path.is_file():
            raise FileNotFoundError(f"{index_dir} is not a BM25 index built by `build-index` (no {PARAMS_FILE})")
        params = json.loads(params_path.read_text())
        model = bm25s.BM25.load(str(index_dir), mmap=mmap)
        return cls(model, **params)

    def search(self, queries: Sequence[str], topk: int) -> list[Hits]:
        topk = min(int(topk), self.num_docs)
        tokens = bm25s.tokenize(list(queries), stopwords=self.stopwords, stemmer=self._stemmer,
                                return_ids=False, show_progress=False)
        results: list[Hits] = []
        for words in tokens:
            token_ids = self.model.get_tokens_ids(words)
            if not token_ids:  # only stopwords or words the corpus never uses
                results.append(Hits.empty())
                continue
            scores = self.model.get_scores_from_ids(token_ids)
            top = np.argpartition(-scores, topk - 1)[:topk] if topk < len(scores) else np.arange(len(scores))
            top = top[np.lexsort((top, -scores[top]))]  # best first; ties by corpus order
            top = top[scores[top] > 0]
            results.append(Hits(top.astype(np.int64), scores[top].astype(np.float32)))
        return results
