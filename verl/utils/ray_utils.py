"""Starting Ray safely on small machines."""
from __future__ import annotations

import os

OBJECT_STORE_BYTES = 512 * 2**20


def init_ray(num_cpus: int | None = None, **kwargs) -> None:
    """ray.init with settings that work on a 2-core box (STACK.md §6).

    Two 1-CPU actors on a 2-CPU node starve every other task forever without an error, so we declare
    more logical CPUs than there are cores. The dashboard is off and the object store is small.
    """
    import ray

    if ray.is_initialized():
        return
    if num_cpus is None:
        num_cpus = max(8, 2 * (os.cpu_count() or 1))
    env_vars = {"TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1"}
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "WANDB_MODE", "VLLM_CPU_KVCACHE_SPACE",
                "VLLM_ENABLE_V1_MULTIPROCESSING", "PYTHONPATH"):
        if key in os.environ:
            env_vars[key] = os.environ[key]
    ray.init(num_cpus=num_cpus, include_dashboard=False, object_store_memory=OBJECT_STORE_BYTES,
             runtime_env={"env_vars": env_vars}, log_to_driver=True, **kwargs)
