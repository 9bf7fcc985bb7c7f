"""Worker groups: run a worker class on N ranks and talk to all of them from the driver.

- `RayWorkerGroup`: one Ray actor per rank; the ranks form a torch.distributed group (gloo on CPU,
  NCCL on CUDA) over 127.0.0.1 (rank 0's node IP when trainer.nnodes > 1) and a free port of rank 0.
  With trainer.nnodes > 1 a STRICT_SPREAD placement group puts n_gpus_per_node ranks on each node.
- `LocalWorkerGroup`: one rank inside the driver process (no Ray), same interface.

Interface: `call(method, *args, **kwargs)` runs a method on every rank and returns the per-rank
results in rank order; `dispatch(method, data)` splits a DataProto by data-parallel rank (padding it
to a multiple of the world size first), runs the method on each shard and concatenates the results in
order, without the padding (masked copies: see pad_with_masked_copies). Failures never hang the
driver: the first rank that raises (or a call that outlives `timeout_s`) raises `WorkerError` naming the rank, its Ray node and the method.
"""
from __future__ import annotations

import logging
import os
import pathlib
import time
from typing import TYPE_CHECKING, Any, Sequence

from omegaconf import OmegaConf

if TYPE_CHECKING:  # imported lazily: a Ray rank process should not pay for tensordict unless it uses it
    from verl.protocol import DataProto

logger = logging.getLogger(__name__)

__all__ = ["WorkerError", "RayWorkerGroup", "LocalWorkerGroup", "pad_with_masked_copies"]

DEFAULT_TIMEOUT_S = 1800.0


class WorkerError(RuntimeError):
    """A worker method failed (or timed out) on a rank; `node` names the rank's Ray node when known."""

    def __init__(self, rank: int | Sequence[int], method: str, message: str, node: str | None = None):
        self.rank, self.method, self.detail, self.node = rank, method, message, node
        where = f" on node {node}" if node else ""
        super().__init__(f"worker rank {rank} failed in {method}(){where}: {message}")

    def in_step(self, step: int, last_checkpoint: Any = None) -> "WorkerError":
        """The same error with the training step it interrupted and the checkpoint to resume from."""
        resume = f"; last complete checkpoint: {last_checkpoint}" if last_checkpoint else "; no checkpoint saved yet"
        return WorkerError(self.rank, self.method, f"{self.detail} [during training step {step}{resume}]", self.node)


class _WorkerGroupBase:
    world_size: int

    def call(self, method: str, *args: Any, **kwargs: Any) -> list[Any]:
        raise NotImplementedError

    def call_per_rank(self, method: str, per_rank_args: list[tuple]) -> list[Any]:
        """Run `method` on every rank with that rank's own positional arguments; results in rank order."""
        raise NotImplementedError

    def dispatch(self, method: str, data: "DataProto") -> "DataProto":
        """Split `data` across the ranks in order, run `method` on each shard, concatenate in order."""
        from verl.protocol import DataProto, unpad_dataproto

        if len(data) == 0:
            raise ValueError(f"dispatch({method!r}) got an empty DataProto")
        padded, pad_size = pad_with_masked_copies(data, self.world_size)
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

    def ranks_not_reading(self, path: str, content: str) -> list[str]:
        """The ranks (with their node) that do not read `content` from `path`: on several nodes, those
        whose filesystem at `path` is not the driver's. One process shares the driver's: none."""
        return []

    def shutdown(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()


def pad_with_masked_copies(data: "DataProto", world_size: int) -> tuple["DataProto", int]:
    """Pad to a multiple of the data-parallel size with copies whose response_mask (and advantages) are
    all zero; returns (padded, number of copies). A plain repeated sample would be trained twice; a
    masked copy adds no token to any loss or metric average, and dispatch drops its outputs."""
    import numpy as np
    import torch

    from verl.protocol import DataProto

    pad = (-len(data)) % world_size
    if pad == 0:
        return data, 0
    copies = data.select_idxs(np.arange(pad) % len(data))
    if copies.batch is not None:
        for key in ("response_mask", "advantages"):
            if key in copies.batch.keys():
                copies.batch[key] = torch.zeros_like(copies.batch[key])
    return DataProto.concat([data, copies]), pad


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

    def node(self) -> tuple[str, str]:
        """(Ray node id, node IP) of the node this rank runs on."""
        import ray

        return ray.get_runtime_context().get_node_id(), ray.util.get_node_ip_address()

    def read_text(self, path: str) -> str | None:
        try:
            return pathlib.Path(path).read_text()
        except OSError:
            return None

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


PEER_DEATH_GRACE_S = 30.0


def _unreachable(err: Exception) -> bool:
    """Ray could not reach the actor, but has not (yet) declared it dead."""
    return type(err).__name__ == "ActorUnavailableError"


def _lost_peer(cause: BaseException) -> bool:
    """Does this exception look like a collective that broke because another rank went away?"""
    if type(cause).__name__ in ("DistBackendError", "DistNetworkError"):
        return True
    text = str(cause).lower()
    return any(marker in text for marker in ("connection closed by peer", "connection reset by peer", "gloo",
                                             "nccl error", "broken pipe"))


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
        nnodes = int(OmegaConf.select(config, "trainer.nnodes", default=1) or 1)
        # Starting takes process spawns, imports and model loading, so it gets at least 10 minutes.
        start_timeout = init_timeout_s or max(self.timeout_s, 600.0)
        self._placement_group = None
        self.rank_nodes: list[tuple[str, str]] = [("", "")] * world_size  # (node id, IP) per rank, once started
        self._closed = False
        remote_cls = ray.remote(_RayRank)
        if nnodes > 1:
            bundle_of = self._place_on_nodes(nnodes, world_size, options, start_timeout)
            self._actors = [remote_cls.options(**options, scheduling_strategy=bundle_of(rank)).remote(
                rank, world_size, max(1, int(cpus))) for rank in range(world_size)]
        else:
            self._actors = [remote_cls.options(**options).remote(rank, world_size, max(1, int(cpus)))
                            for rank in range(world_size)]
        self.rank_nodes = self._gather([actor.node.remote() for actor in self._actors], "node", start_timeout)
        if nnodes > 1:
            print(f"ray worker group: {world_size} ranks on nodes {[node[:12] for node, _ in self.rank_nodes]} "
                  f"(rank order; rendezvous on rank 0's node {self.rank_nodes[0][1]})", flush=True)
        addr, port = self._gather([self._actors[0].rendezvous_address.remote(nnodes == 1)],
                                  "rendezvous_address", start_timeout)[0]
        # Constructing the worker joins the process group; a failed start raises here, naming the rank.
        self._gather([actor.setup.remote(worker_cls, config, role, addr, port) for actor in self._actors],
                     f"{worker_cls.__name__}.__init__", start_timeout)

    def _place_on_nodes(self, nnodes: int, world_size: int, options: dict, timeout_s: float):
        """Reserve one placement-group bundle per node (STRICT_SPREAD: no two bundles on one node) and
        return rank -> scheduling strategy; rank r goes to bundle r // ranks_per_node, so rank 0's node
        (the rendezvous address) hosts ranks 0..ranks_per_node-1."""
        import ray
        from ray.util.placement_group import placement_group, remove_placement_group
        from ray.util.scheduling_strategies import PlacementGroupSchedulingStrategy

        if world_size % nnodes:
            raise ValueError(f"trainer.nnodes={nnodes} does not divide the world size {world_size}")
        per_node = world_size // nnodes
        bundle = {"CPU": float(options["num_cpus"]) * per_node}
        if "num_gpus" in options:
            bundle["GPU"] = float(per_node)
        nodes = [n for n in ray.nodes() if n.get("Alive")]
        fitting = [n for n in nodes if all(n.get("Resources", {}).get(k, 0) >= v for k, v in bundle.items())]
        if len(fitting) < nnodes:
            raise RuntimeError(
                f"trainer.nnodes={nnodes} needs {nnodes} Ray nodes with {bundle} each, but the cluster has "
                f"{len(nodes)} alive node(s), {len(fitting)} of them big enough "
                f"({sorted(n.get('NodeManagerAddress', '?') for n in nodes)}). Start Ray on every node first "
                "(`ray start --head` on one, `ray start --address=HEAD_IP:6379` on the others) and launch "
                "the trainer on the head node with RAY_ADDRESS=auto")
        self._placement_group = placement_group([dict(bundle) for _ in range(nnodes)], strategy="STRICT_SPREAD")
        ready, _ = ray.wait([self._placement_group.ready()], timeout=timeout_s)
        if not ready:
            remove_placement_group(self._placement_group)
            self._placement_group = None
            raise RuntimeError(f"could not reserve {bundle} on {nnodes} different nodes within {timeout_s:g} s "
                               "(resources held by another job?)")
        return lambda rank: PlacementGroupSchedulingStrategy(self._placement_group,
                                                             placement_group_bundle_index=rank // per_node)

    def ranks_not_reading(self, path: str, content: str) -> list[str]:
        texts = self._gather([actor.read_text.remote(str(path)) for actor in self._actors], "read_text", self.timeout_s)
        blind = [rank for rank, text in enumerate(texts) if text != content]
        return [f"rank {rank}" + (f" on node {label}" if (label := self._node_label(rank)) else "") for rank in blind]

    def _node_label(self, rank: int) -> str | None:
        node_id, ip = self.rank_nodes[rank] if rank < len(self.rank_nodes) else ("", "")
        return f"{node_id[:12]} ({ip})" if node_id else None

    def _node_alive(self, rank: int) -> bool:
        import ray

        node_id = self.rank_nodes[rank][0]
        try:
            return not node_id or any(n["NodeID"] == node_id and n.get("Alive") for n in ray.nodes())
        except Exception:  # the cluster itself is gone
            return False

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
                    if _lost_peer(cause):  # report the rank that died, not the survivor whose collective broke
                        dead = self._dead_rank(pending, index, method)
                        if dead is not None:
                            raise dead from err
                    raise WorkerError(rank, method, f"{type(cause).__name__}: {cause}", self._node_label(rank)) from err
                except ray.exceptions.RayError as err:  # the actor died (crash, OOM kill, lost node, ...)
                    raise self._death_error(rank, method, err) from err
        return results

    def _death_error(self, rank: int, method: str, err: Exception) -> WorkerError:
        if not self._node_alive(rank) or (_unreachable(err) and self._node_dies_within(rank, PEER_DEATH_GRACE_S)):
            return WorkerError(rank, method, f"the node died ({type(err).__name__}); the other ranks cannot "
                               "continue without it", self._node_label(rank))
        return WorkerError(rank, method, f"{type(err).__name__}: {err}", self._node_label(rank))

    def _node_dies_within(self, rank: int, grace_s: float) -> bool:
        """An actor that went unreachable is often on a node the cluster has not yet declared dead
        (that takes a few failed health checks): wait for the verdict before naming the cause."""
        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline:
            if not self._node_alive(rank):
                return True
            time.sleep(0.25)
        return False

    def _dead_rank(self, pending: list, index: dict, method: str) -> WorkerError | None:
        """A rank whose actor died, if one does within PEER_DEATH_GRACE_S (Ray learns of a lost node a
        few seconds after its peers' sockets close)."""
        import ray

        deadline = time.monotonic() + PEER_DEATH_GRACE_S
        pending = list(pending)
        while pending and time.monotonic() < deadline:
            done, pending = ray.wait(pending, num_returns=1, timeout=max(0.1, deadline - time.monotonic()))
            for ref in done:
                try:
                    ray.get(ref)
                except ray.exceptions.RayTaskError:
                    continue
                except ray.exceptions.RayError as err:
                    return self._death_error(index[ref], method, err)
        return None


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
        if self._placement_group is not None:
            from ray.util.placement_group import remove_placement_group

            try:
                remove_placement_group(self._placement_group)
            except Exception:  # the cluster is gone
                pass
        self._closed = True
