"""Worker groups: run a worker class on N ranks and talk to all of them from the driver.

- `RayWorkerGroup`: one Ray actor per rank; the ranks form a torch.distributed group (gloo on CPU,
  NCCL on CUDA) over 127.0.0.1 (rank 0's node IP when trainer.nnodes > 1) and a free port of rank 0.
- `LocalWorkerGroup`: one rank inside the driver process (no Ray), same interface.

Interface: `call(method, *args, **kwargs)` runs a method on every rank and returns the per-rank
results in rank order; `dispatch(method, data)` splits a DataProto by data-parallel rank (padding it
to a multiple of the world size first), runs the method on each shard and concatenates the results in
order, without the padding. Failures never hang the driver: the first rank that raises (or a call
that outlives `timeout_s`) raises `WorkerError` naming the rank and the method.
"""
from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING, Any, Sequence

from omegaconf import OmegaConf

if TYPE_CHECKING:  # imported lazily: a Ray rank process should not pay for tensordict unless it uses it
    from verl.protocol import DataProto

logger = logging.getLogger(__name__)

__all__ = ["WorkerError", "RayWorkerGroup", "LocalWorkerGroup", "build_worker_group"]

DEFAULT_TIMEOUT_S = 1800.0


class WorkerError(RuntimeError):
    """A worker method failed (or timed out) on a rank."""

    def __init__(self, rank: int | Sequence[int], method: str, message: str):
        self.rank = rank
        self.method = method
        super().__init__(f"worker rank {rank} failed in {method}(): {message}")


class _WorkerGroupBase:
    world_size: int

    def call(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        raise NotImplementedError

    def call_per_rank(self, method: str, per_rank_args: list[tuple]) -> list[Any]:
        """Run `method` on every rank with that rank's own positional arguments; results in rank order."""
        raise NotImplementedError

    def dispatch(self, method: str, data: "DataProto") -> "DataProto":
        """Split `data` across the ranks in order, run `method` on each shard, concatenate in order."""
        from verl.protocol import DataProto, pad_dataproto_to_divisor, unpad_dataproto

        if len(data) == 0:
            raise ValueError(f"dispatch({method!r}) got an empty DataProto")
        padded, pad_size = pad_dataproto_to_divisor(data, self.world_size)
        shards = padded.chunk(self.world_size)
        results = self.call_per_rank(method, [(shard,) for shard in shards])
        for rank, result in enumerate(results):
            if not isinstance(result, DataProto):
                raise WorkerError(rank, method, f"returned {type(result).__name__}, expected DataProto")
        if all(len(r) == 0 for r in results):  # e.g. update_actor: only meta_info (metrics)
            return results[0]
        return unpad_dataproto(DataProto.concat(results), pad_size)

    # Convenience forwarding for ActorRolloutRefWorker.
    def init_model(self) -> list[Any]:
        return self.call("init_model")

    def generate_sequences(self, prompts: "DataProto") -> "DataProto":
        return self.dispatch("generate_sequences", prompts)

    def compute_log_prob(self, data: "DataProto") -> "DataProto":
        return self.dispatch("compute_log_prob", data)

    def compute_ref_log_prob(self, data: "DataProto") -> "DataProto":
        return self.dispatch("compute_ref_log_prob", data)

    def update_actor(self, data: "DataProto") -> "DataProto":
        return self.dispatch("update_actor", data)

    def save_checkpoint(self, local_path: str, global_step: int) -> list[Any]:
        return self.call("save_checkpoint", local_path, global_step)

    def load_checkpoint(self, local_path: str) -> list[Any]:
        return self.call("load_checkpoint", local_path)

    def shutdown(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()


def _timeout_from_config(config: Any, timeout_s: float | None) -> float:
    if timeout_s is not None:
        return float(timeout_s)
    value = OmegaConf.select(config, "trainer.worker_timeout_s", default=None) if config is not None else None
    return float(value) if value else DEFAULT_TIMEOUT_S


class LocalWorkerGroup(_WorkerGroupBase):
    """One rank in this process. `timeout_s` cannot interrupt an in-process call; it is only reported."""

    def __init__(self, worker_cls: type, config: Any, role: str = "actor_rollout_ref", timeout_s: float | None = None):
        self.world_size = 1
        self.timeout_s = _timeout_from_config(config, timeout_s)
        try:
            self.worker = worker_cls(config, role)
        except Exception as err:
            raise WorkerError(0, f"{worker_cls.__name__}.__init__", f"{type(err).__name__}: {err}") from err

    def _run(self, method: str, args: tuple, kwargs: dict) -> Any:
        fn = getattr(self.worker, method, None)
        if fn is None:
            raise WorkerError(0, method, f"{type(self.worker).__name__} has no method {method!r}")
        start = time.monotonic()
        try:
            return fn(*args, **kwargs)
        except Exception as err:
            raise WorkerError(0, method, f"{type(err).__name__}: {err}") from err
        finally:
            elapsed = time.monotonic() - start
            if elapsed > self.timeout_s:
                logger.warning("%s took %.0f s, longer than trainer.worker_timeout_s=%.0f", method, elapsed,
                               self.timeout_s)

    def call(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        return [self._run(method, args, kwargs)]

    def call_per_rank(self, method: str, per_rank_args: list[tuple]) -> list[Any]:
        return [self._run(method, per_rank_args[0], {})]


class _RayRank:
    """Body of one Ray actor: hosts the worker of one rank after setting up its torch.distributed environment."""

    def __init__(self, rank: int, world_size: int, num_threads: int):
        import torch

        torch.set_num_threads(max(1, num_threads))
        self.rank, self.world_size = rank, world_size
        self.worker = None

    def rendezvous_address(self, loopback: bool) -> tuple[str, int]:
        """Address for MASTER_ADDR / MASTER_PORT, asked of rank 0 (its node's IP when the group spans nodes)."""
        import ray

        from verl.utils.device import free_port

        return ("127.0.0.1" if loopback else ray.util.get_node_ip_address()), free_port()

    def setup(self, worker_cls: type, config: Any, role: str, master_addr: str, master_port: int) -> int:
        os.environ.update(MASTER_ADDR=master_addr, MASTER_PORT=str(master_port), RANK=str(self.rank),
                          WORLD_SIZE=str(self.world_size), LOCAL_RANK="0", LOCAL_WORLD_SIZE="1")
        self.worker = worker_cls(config, role)
        return self.rank

    def execute(self, method: str, args: tuple, kwargs: dict) -> Any:
        fn = getattr(self.worker, method, None)
        if fn is None:
            raise AttributeError(f"{type(self.worker).__name__} has no method {method!r}")
        return fn(*args, **kwargs)


class RayWorkerGroup(_WorkerGroupBase):
    """`world_size` Ray actors forming one torch.distributed group.

    Resources per rank: trainer.cpus_per_worker CPUs and, on CUDA, one GPU. Start Ray first with
    `verl.utils.ray_utils.init_ray()` (on small machines it declares more logical CPUs than cores).
    """

    def __init__(self, worker_cls: type, config: Any, world_size: int | None = None, role: str = "actor_rollout_ref",
                 timeout_s: float | None = None, init_timeout_s: float | None = None):
        import ray

        from verl.utils.device import resolve_device
        from verl.utils.ray_utils import init_ray

        init_ray(OmegaConf.select(config, "trainer.ray_num_cpus", default=None))
        if world_size is None:
            world_size = int(OmegaConf.select(config, "trainer.n_gpus_per_node", default=1)) * \
                int(OmegaConf.select(config, "trainer.nnodes", default=1))
        if world_size < 1:
            raise ValueError(f"world_size must be >= 1, got {world_size}")
        self.world_size = world_size
        self.timeout_s = _timeout_from_config(config, timeout_s)
        device = resolve_device(OmegaConf.select(config, "trainer.device", default="cpu"))
        cpus = float(OmegaConf.select(config, "trainer.cpus_per_worker", default=1) or 1)
        options: dict[str, Any] = {"num_cpus": cpus, "max_restarts": 0, "max_concurrency": 1}
        if device == "cuda":
            options["num_gpus"] = 1
        remote_cls = ray.remote(_RayRank).options(**options)
        self._actors = [remote_cls.remote(rank, world_size, max(1, int(cpus))) for rank in range(world_size)]
        self._closed = False
        single_node = int(OmegaConf.select(config, "trainer.nnodes", default=1) or 1) == 1
        # Starting takes process spawns, imports and model loading, so it gets at least 10 minutes.
        start_timeout = init_timeout_s or max(self.timeout_s, 600.0)
        addr, port = self._gather([self._actors[0].rendezvous_address.remote(single_node)],
                                  "rendezvous_address", start_timeout)[0]
        # Constructing the worker joins the process group; a failed start raises here, naming the rank.
        self._gather([actor.setup.remote(worker_cls, config, role, addr, port) for actor in self._actors],
                     f"{worker_cls.__name__}.__init__", start_timeout)

    def _gather(self, refs: list, method: str, timeout_s: float) -> list[Any]:
        """ray.get with per-rank error reporting: the first failure raises at once instead of waiting
        for ranks that may be stuck in a collective with the failed one."""
        import ray

        index = {ref: rank for rank, ref in enumerate(refs)}
        results: list[Any] = [None] * len(refs)
        pending = list(refs)
        deadline = time.monotonic() + timeout_s
        while pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                ranks = sorted(index[r] for r in pending)
                raise WorkerError(ranks if len(ranks) > 1 else ranks[0], method,
                                  f"no result within trainer.worker_timeout_s={timeout_s:g} s")
            done, pending = ray.wait(pending, num_returns=1, timeout=min(remaining, 5.0))
            for ref in done:
                rank = index[ref]
                try:
                    results[rank] = ray.get(ref)
                except ray.exceptions.RayTaskError as err:
                    cause = err.cause if getattr(err, "cause", None) is not None else err
                    raise WorkerError(rank, method, f"{type(cause).__name__}: {cause}") from err
                except ray.exceptions.RayError as err:  # the actor died (crash, OOM kill, ...)
                    raise WorkerError(rank, method, f"{type(err).__name__}: {err}") from err
        return results

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this RayWorkerGroup was shut down")

    def call(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        self._check_open()
        refs = [actor.execute.remote(method, args, kwargs) for actor in self._actors]
        return self._gather(refs, method, self.timeout_s)

    def call_per_rank(self, method: str, per_rank_args: list[tuple]) -> list[Any]:
        self._check_open()
        refs = [actor.execute.remote(method, args, {}) for actor, args in zip(self._actors, per_rank_args)]
        return self._gather(refs, method, self.timeout_s)

    def shutdown(self) -> None:
        """Kill the rank actors (a group whose rank failed mid-collective cannot be reused)."""
        if self._closed:
            return
        import ray

        for actor in self._actors:
            try:
                ray.kill(actor, no_restart=True)
            except Exception:  # already dead
                pass
        self._closed = True


def build_worker_group(worker_cls: type, config: Any, role: str = "actor_rollout_ref"):
    """The worker group that `trainer.worker_backend` (ray | local) asks for."""
    backend = str(OmegaConf.select(config, "trainer.worker_backend", default="local"))
    if backend == "ray":
        return RayWorkerGroup(worker_cls, config, role=role)
    if backend == "local":
        return LocalWorkerGroup(worker_cls, config, role=role)
    raise ValueError(f"trainer.worker_backend must be 'ray' or 'local', got {backend!r}")
