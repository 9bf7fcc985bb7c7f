"""Product search: BM25 over one text document per product (ENVIRONMENTS.md §B5).

The reference indexes, per product, lower(Title + ' ' + Description + ' ' + BulletPoints[0] + ' ' +
"name: v1, v2, and name2: ...") with Lucene and asks for the top 50. We use bm25s with Lucene's
BM25 variant and the same parameters (k1 0.9, b 0.4), Lucene's English stop words and the Porter
stemmer (PyStemmer). Only documents sharing a term with the query are hits, ties go to the earlier
document, as in Lucene. The result order can still differ from pyserini's (different tokenizer).

Special query prefixes of the reference: "<r>" 50 random products, "<a> attribute", "<c> category",
"<q> query" (exact matches on those fields, not capped at 50).

The index is built once per products file and cached on disk under
`<cache_dir>/<sha256 of the file + settings>/`, so every env worker after the first just loads it.
"""
from __future__ import annotations

import json
import logging
import os
import random
import shutil
import tempfile
from pathlib import Path

import numpy as np

from .catalogue import Catalogue, Product

logger = logging.getLogger(__name__)

SEARCH_RETURN_N = 50
K1, B = 0.9, 0.4
STEMMER_ALGORITHM = "porter"  # Lucene's PorterStemFilter
STOPWORDS = "en"  # bm25s's English list is Lucene's ENGLISH_STOP_WORDS_SET
INDEX_FORMAT_VERSION = 1  # bump when document text or tokenisation changes
DEFAULT_CACHE_DIR = Path("~/.cache/sdar/webshop")


def product_document(product: Product) -> str:
    """The text indexed for a product, exactly the reference's field order."""
    option_text = ", and ".join(f"{name}: {', '.join(values)}" for name, values in product.options.items())
    first_bullet = product.bullet_points[0] if product.bullet_points else ""
    return " ".join([product.title, product.description, first_bullet, option_text]).lower()


class ProductSearchEngine:
    def __init__(self, catalogue: Catalogue, cache_dir: str | Path | None = None, seed: int = 0):
        import bm25s  # noqa: F401 - fail here, with the import error, if the extra is missing
        import Stemmer

        self.catalogue = catalogue
        self._stemmer = Stemmer.Stemmer(STEMMER_ALGORITHM)
        self._rng = random.Random(seed)  # only for the "<r>" prefix
        self._attribute_index: dict[str, set[str]] = {}
        for product in catalogue.products:
            for attribute in product.attributes:
                self._attribute_index.setdefault(attribute, set()).add(product.asin)
        self.cache_path = self._cache_path(cache_dir)
        self._retriever, self._asins = self._load_or_build()

    # ---------------------------------------------------------------- index
    def _cache_path(self, cache_dir: str | Path | None) -> Path:
        settings = f"v{INDEX_FORMAT_VERSION}-k1{K1}-b{B}-{STEMMER_ALGORITHM}-{STOPWORDS}-n{len(self.catalogue)}"
        key = f"{self.catalogue.files.fingerprint()[:32]}-{settings}"
        return Path(cache_dir or DEFAULT_CACHE_DIR).expanduser() / key

    def _tokenize(self, texts: list[str]) -> list[list[str]]:
        import bm25s

        return bm25s.tokenize(texts, stopwords=STOPWORDS, stemmer=self._stemmer, return_ids=False,
                              show_progress=False)

    def _load_or_build(self):
        import bm25s

        asins = [p.asin for p in self.catalogue.products]
        cached = self._load_cached(asins)
        if cached is not None:
            return cached, asins
        documents = [product_document(p) for p in self.catalogue.products]
        retriever = bm25s.BM25(method="lucene", k1=K1, b=B)
        retriever.index(self._tokenize(documents), show_progress=len(documents) > 5000)
        self._save(retriever, asins)
        return retriever, asins

    def _load_cached(self, asins: list[str]):
        import bm25s

        if not (self.cache_path / "asins.json").is_file():
            return None
        try:
            if json.loads((self.cache_path / "asins.json").read_text()) == asins:
                return bm25s.BM25.load(str(self.cache_path), show_progress=False)
        except (OSError, ValueError) as err:
            logger.warning("ignoring the unreadable WebShop index cache %s (%s)", self.cache_path, err)
        shutil.rmtree(self.cache_path, ignore_errors=True)  # stale or broken: rebuilt below
        return None

    def _save(self, retriever, asins: list[str]) -> None:
        """Write into a temporary sibling folder, then rename: concurrent workers never see half an index.

        If another worker got there first its copy is kept; a cache that cannot be written (read-only
        home) only costs a rebuild next time.
        """
        tmp = None
        try:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=self.cache_path.name + ".tmp", dir=self.cache_path.parent))
            retriever.save(str(tmp), show_progress=False)
            (tmp / "asins.json").write_text(json.dumps(asins))
            if not self.cache_path.exists():
                os.replace(tmp, self.cache_path)
        except OSError as err:
            logger.warning("could not cache the WebShop index in %s (%s)", self.cache_path, err)
        finally:
            if tmp is not None and tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    # ---------------------------------------------------------------- query
    def search(self, keywords: str) -> list[Product]:
        """The products listed for a search box text (lower-cased by the env)."""
        words = keywords.split(" ")
        products = self.catalogue.products
        if words[0] == "<r>":
            return self._rng.sample(products, k=min(SEARCH_RETURN_N, len(products)))
        if words[0] == "<a>":
            asins = self._attribute_index.get(" ".join(words[1:]).strip(), set())
            return [p for p in products if p.asin in asins]
        if words[0] == "<c>":
            category = words[1].strip() if len(words) > 1 else ""
            return [p for p in products if p.category == category]
        if words[0] == "<q>":
            query = " ".join(words[1:]).strip()
            return [p for p in products if p.query == query]
        return [self.catalogue.by_asin[asin] for asin in self.top_asins(keywords, SEARCH_RETURN_N)]

    def top_asins(self, text: str, k: int) -> list[str]:
        token_ids = self._retriever.get_tokens_ids(self._tokenize([text])[0])
        if not token_ids:
            return []
        scores = self._retriever.get_scores_from_ids(token_ids)
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:  # keep everything tied with the k-th best, then order exactly
            kth = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            hits = hits[scores[hits] >= kth]
        order = np.lexsort((hits, -scores[hits]))  # score descending, then document order
        return [self._asins[i] for i in hits[order][:k]]
