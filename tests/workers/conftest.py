"""Fixtures of the worker tests (helpers live in worker_testlib.py)."""
import pytest
import torch


@pytest.fixture(scope="session")
def hf_reference_model(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
