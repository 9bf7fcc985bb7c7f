"""Starting Ray safely on small machines."""
from __future__ import annotations

import os

OBJECT_STORE_BYTES = 512 * 2**20


def init_ray(num_cpus: int | None = None, **kwargs) -> None:
    """ray.init with settings that work on a 2-core box (STACK.md §6).

    Two 1-CPU actors on a 2-CPU node starve every other task forever without an error, so we declare
    more logical CPUs than there are cores. The dashboard is off and the object store is small.
    With RAY_ADDRESS set (`auto` on the head node of a `ray start` cluster, or HEAD_IP:6379) it joins
    that cluster instead, as a multi-node run (trainer.nnodes > 1) needs; `num_cpus` is then ignored.
    """
    import ray

    if ray.is_initialized():
        return
    env_vars = {"TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1"}
    for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "WANDB_MODE", "VLLM_CPU_KVCACHE_SPACE",
                "VLLM_ENABLE_V1_MULTIPROCESSING", "PYTHONPATH", "GLOO_SOCKET_IFNAME", "NCCL_SOCKET_IFNAME"):
        if key in os.environ:
            env_vars[key] = os.environ[key]
    address = os.environ.get("RAY_ADDRESS")
    if address:
        # A multi-node cluster started with `ray start` (RAY_ADDRESS=auto on its head node, or HEAD_IP:6379):
        # its nodes declared their own resources, so nothing about CPUs or the object store is set here.
        ray.init(address=address, runtime_env={"env_vars": env_vars}, log_to_driver=True, **kwargs)
        return
    if num_cpus is None:
        num_cpus = max(8, 2 * (os.cpu_count() or 1))
    # address="local": a fresh instance even if `ray start` left a cluster address in /tmp/ray on this machine.
    ray.init(address="local", num_cpus=num_cpus, include_dashboard=False, object_store_memory=OBJECT_STORE_BYTES,
             runtime_env={"env_vars": env_vars}, log_to_driver=True, **kwargs)
