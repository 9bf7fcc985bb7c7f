"""Dense retrieval: a Hugging Face encoder (AutoModel) + inner-product search over L2-normalised vectors.

Encoder (the Search-R1 recipe): mean pooling over the attention mask (CLS for bge models), then L2
normalisation, so inner product = cosine. Prefixes per model family: e5 uses "query: " /
"passage: ", bge prefixes queries with its retrieval instruction, others none; every choice can be
overridden.

Search: a faiss IndexFlatIP (exact) when faiss is importable; otherwise — or when asked
(`search_backend="torch"`), e.g. on a GPU machine whose faiss is the CPU build — a chunked torch
matmul + top-k on `device`, which bounds the score matrix to about `max_score_elements` entries.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Sequence

import numpy as np

from .types import Hits

BGE_QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: "


def encoder_defaults(model_name_or_path: str) -> dict:
    """Pooling and prefixes the model family was trained with (decided from its name)."""
    name = Path(str(model_name_or_path).rstrip("/")).name.lower()
    if "e5" in name:
        return {"pooling": "mean", "query_prefix": "query: ", "passage_prefix": "passage: "}
    if "bge" in name:
        return {"pooling": "cls", "query_prefix": BGE_QUERY_INSTRUCTION, "passage_prefix": ""}
    return {"pooling": "mean", "query_prefix": "", "passage_prefix": ""}


def resolve_device(device: str | None) -> str:
    import torch

    if device in (None, "", "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    return str(device)


class TextEncoder:
    def __init__(self, model_path: str | Path, *, pooling: str | None = None, query_prefix: str | None = None,
                 passage_prefix: str | None = None, max_length: int = 256, device: str | None = "cpu",
                 fp16: bool | None = None):
        import torch
        from transformers import AutoModel, AutoTokenizer

        defaults = encoder_defaults(str(model_path))
        self.model_path = str(model_path)
        self.pooling = pooling or defaults["pooling"]
        if self.pooling not in ("mean", "cls"):
            raise ValueError(f"pooling must be 'mean' or 'cls', got {self.pooling!r}")
        self.query_prefix = defaults["query_prefix"] if query_prefix is None else query_prefix
        self.passage_prefix = defaults["passage_prefix"] if passage_prefix is None else passage_prefix
        self.max_length = int(max_length)
        self.device = resolve_device(device)
        use_fp16 = self.device.startswith("cuda") if fp16 is None else fp16
        self.tokenizer = AutoTokenizer.from_pretrained(self.model_path)
        self.model = AutoModel.from_pretrained(self.model_path, dtype=torch.float16 if use_fp16 else torch.float32)
        self.model.to(self.device).eval()

    def config(self) -> dict:
        return {"model_path": self.model_path, "pooling": self.pooling, "query_prefix": self.query_prefix,
                "passage_prefix": self.passage_prefix, "max_length": self.max_length}

    def encode(self, texts: Sequence[str], *, is_query: bool, batch_size: int = 64,
               show_progress: bool = False) -> np.ndarray:
        """float32 [len(texts), dim], each row of unit L2 norm."""
        import torch
        from tqdm.auto import tqdm

        prefix = self.query_prefix if is_query else self.passage_prefix
        texts = [prefix + str(t) for t in texts]
        chunks = []
        starts = range(0, len(texts), batch_size)
        for start in tqdm(starts, desc="encode", disable=not show_progress, total=math.ceil(len(texts) / batch_size)):
            batch = self.tokenizer(texts[start:start + batch_size], padding=True, truncation=True,
                                   max_length=self.max_length, return_tensors="pt").to(self.device)
            with torch.inference_mode():
                hidden = self.model(**batch).last_hidden_state.float()
            if self.pooling == "cls":
                pooled = hidden[:, 0]
            else:
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)
            chunks.append(torch.nn.functional.normalize(pooled, dim=-1).cpu().numpy())
        if not chunks:
            return np.zeros((0, self.model.config.hidden_size), dtype=np.float32)
        return np.concatenate(chunks).astype(np.float32, copy=False)


def _faiss():
    try:
        import faiss
    except ImportError:
        return None
    return faiss


class DenseRetriever:
    backend = "dense"

    def __init__(self, encoder: TextEncoder, embeddings: np.ndarray | None = None, *, faiss_index=None,
                 search_backend: str = "auto", max_score_elements: int = 1 << 28):
        if embeddings is None and faiss_index is None:
            raise ValueError("DenseRetriever needs passage embeddings or a faiss index")
        self.encoder = encoder
        self.max_score_elements = int(max_score_elements)
        faiss = _faiss()
        device = encoder.device
        gpu_faiss = faiss is not None and hasattr(faiss, "get_num_gpus") and faiss.get_num_gpus() > 0
        if search_backend == "auto":
            use_faiss = faiss is not None and (device == "cpu" or gpu_faiss)
        elif search_backend in ("faiss", "torch"):
            use_faiss = search_backend == "faiss"
        else:
            raise ValueError(f"search_backend must be 'auto', 'faiss' or 'torch', got {search_backend!r}")
        if use_faiss and faiss is None:
            raise ImportError("search_backend='faiss' but faiss is not installed (pip install faiss-cpu)")

        self.search_backend = "faiss" if use_faiss else "torch"
        if use_faiss:
            if faiss_index is None:
                faiss_index = faiss.IndexFlatIP(embeddings.shape[1])
                faiss_index.add(np.ascontiguousarray(embeddings, dtype=np.float32))
            if device.startswith("cuda") and gpu_faiss:
                faiss_index = faiss.index_cpu_to_all_gpus(faiss_index)
            self._index = faiss_index
            self.num_docs = int(faiss_index.ntotal)
        else:
            import torch

            if embeddings is None:  # an external faiss file asked to run on torch
                embeddings = faiss_index.reconstruct_n(0, faiss_index.ntotal)
            dtype = torch.float16 if device.startswith("cuda") else torch.float32
            self._matrix = torch.as_tensor(np.ascontiguousarray(embeddings, dtype=np.float32)).to(device, dtype)
            self.num_docs = int(self._matrix.shape[0])

    @staticmethod
    def embed_corpus(encoder: TextEncoder, texts: Sequence[str], batch_size: int = 64,
                     show_progress: bool = True) -> np.ndarray:
        return encoder.encode(texts, is_query=False, batch_size=batch_size, show_progress=show_progress)

    def search(self, queries: Sequence[str], topk: int) -> list[Hits]:
        if not queries:
            return []
        topk = min(int(topk), self.num_docs)
        vectors = self.encoder.encode(list(queries), is_query=True)
        if self.search_backend == "faiss":
            scores, indices = self._index.search(vectors, topk)
        else:
            scores, indices = self._torch_topk(vectors, topk)
        hits = []
        for row_scores, row_indices in zip(scores, indices):
            keep = row_indices >= 0  # faiss pads with -1 when fewer than topk vectors exist
            hits.append(Hits(np.asarray(row_indices[keep], dtype=np.int64),
                             np.asarray(row_scores[keep], dtype=np.float32)))
        return hits

    def _torch_topk(self, vectors: np.ndarray, topk: int) -> tuple[np.ndarray, np.ndarray]:
        import torch

        matrix = self._matrix
        queries = torch.as_tensor(vectors).to(matrix.device, matrix.dtype)
        rows_per_chunk = max(topk, self.max_score_elements // max(1, len(vectors)))
        best_scores = best_indices = None
        with torch.inference_mode():
            for start in range(0, matrix.shape[0], rows_per_chunk):
                scores = (queries @ matrix[start:start + rows_per_chunk].T).float()
                k = min(topk, scores.shape[1])
                chunk_scores, chunk_indices = scores.topk(k, dim=1)
                chunk_indices += start
                if best_scores is None:
                    best_scores, best_indices = chunk_scores, chunk_indices
                else:
                    merged_scores = torch.cat([best_scores, chunk_scores], dim=1)
                    merged_indices = torch.cat([best_indices, chunk_indices], dim=1)
                    best_scores, order = merged_scores.topk(min(topk, merged_scores.shape[1]), dim=1)
                    best_indices = merged_indices.gather(1, order)
        return best_scores.cpu().numpy(), best_indices.cpu().numpy()
