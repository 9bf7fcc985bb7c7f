"""Multi-node training on a real two-node Ray cluster on this machine (loopback only).

The cluster (`ray.cluster_utils.Cluster`: a head node and a worker node, each with its own raylet,
object store and resources) runs in a helper process started from this file, with its own RAY_TMPDIR
so no other Ray user on the machine can attach to it. The trainer is the normal command line,
`python -m verl.trainer.main_sdar ... trainer.nnodes=2 trainer.n_gpus_per_node=1`, started the way a
real multi-node launch is (RAY_ADDRESS pointing at the head node), with one gloo rank per node.

What is checked: one rank per node, two SDAR steps with metrics, a checkpoint written by both ranks,
a worker node killed in the middle of step 2 surfacing as one error that names the node and the
step, and resuming from the last complete checkpoint (step 1) on a rebuilt cluster reproducing the
uninterrupted run's step 2 exactly.
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

HERE = pathlib.Path(__file__).resolve()
ROOT = HERE.parents[2]
NODE_CPUS = 4  # logical CPUs each node declares (a 2-core box starves 1-CPU actors otherwise)


# ------------------------------------------------------------------------- the cluster helper process
def _cluster_main() -> None:
    """Start a head node and a worker node on 127.0.0.1, print their addresses as one JSON line, then
    obey stdin commands: `kill` (hard-kill the worker node), `add` (start a new worker node), `quit`."""
    import signal

    from ray.cluster_utils import Cluster

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # a killed test still takes its cluster down
    node_args = dict(num_cpus=NODE_CPUS, node_ip_address="127.0.0.1", object_store_memory=200 * 2**20)
    cluster = Cluster(initialize_head=True, connect=False,
                      head_node_args=dict(node_args, include_dashboard=False, resources={"head": 1}))
    worker = cluster.add_node(**node_args, resources={"worker": 1})

    def report(**fields):
        print(json.dumps(fields), flush=True)

    report(address=cluster.address, head=cluster.head_node.node_id, worker=worker.node_id)
    try:
        for line in sys.stdin:
            command = line.strip()
            if command == "kill":
                killed = worker.node_id
                cluster.remove_node(worker, allow_graceful=False)
                report(killed=killed)
            elif command == "add":
                worker = cluster.add_node(**node_args, resources={"worker": 1})
                report(worker=worker.node_id)
            elif command == "quit":
                break
    finally:
        cluster.shutdown()


class TwoNodeCluster:
    """The helper process, seen from the test."""

    def __init__(self, ray_tmp: pathlib.Path):
        self.env = {**os.environ, "RAY_TMPDIR": str(ray_tmp),
                    # every Ray process (cluster, driver, ranks) resolves this host to 127.0.0.1: loopback only
                    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
                    # notice a dead node within ~2 s instead of the default ~30 s
                    "RAY_health_check_initial_delay_ms": "0", "RAY_health_check_period_ms": "500",
                    "RAY_health_check_timeout_ms": "500", "RAY_health_check_failure_threshold": "3"}
        self.proc = subprocess.Popen([sys.executable, str(HERE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, env=self.env, cwd=ROOT)
        self.info = self._read()

    def _read(self) -> dict:
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the cluster helper exited (rc {self.proc.poll()})")
            if line.startswith("{"):
                return json.loads(line)

    def command(self, text: str) -> dict:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
                self.proc.wait(timeout=60)
            except Exception:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def cluster():
    ray_tmp = pathlib.Path(tempfile.mkdtemp(prefix="sdar_ray_", dir="/tmp"))  # short: unix socket paths
    helper = TwoNodeCluster(ray_tmp)
    try:
        yield helper
    finally:
        helper.close()
        shutil.rmtree(ray_tmp, ignore_errors=True)


# ------------------------------------------------------------------------- the trainer, as users launch it
def _overrides(model_dir, out_dir, steps: int, extra=()) -> list[str]:
    return [f"actor_rollout_ref.model.path={model_dir}", "env.env_name=toy", "env.rollout.n=2", "env.max_steps=2",
            "data.train_batch_size=2", "data.max_prompt_length=1024", "data.max_response_length=12",
            "actor_rollout_ref.actor.ppo_mini_batch_size=4", "actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2",
            "actor_rollout_ref.actor.optim.lr=1e-3", "actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=8",
            "actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=8", "algorithm.teacher_max_prompt_length=2048",
            "algorithm.sdar.sdar_coef=0.1", f"trainer.total_training_steps={steps}", "trainer.test_freq=-1",
            "trainer.val_before_train=false", "trainer.save_freq=1", "trainer.resume_mode=auto",
            "trainer.logger=[console]", f"trainer.default_local_dir={out_dir}", "trainer.worker_backend=ray",
            "trainer.nnodes=2", "trainer.n_gpus_per_node=1", "trainer.worker_timeout_s=300", *extra]


def _launch(cluster: TwoNodeCluster, model_dir, out_dir, steps: int) -> subprocess.Popen:
    env = {**cluster.env, "RAY_ADDRESS": cluster.info["address"], "GLOO_SOCKET_IFNAME": "lo",
           "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "verl.trainer.main_sdar", *_overrides(model_dir, out_dir, steps)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen, timeout: float = 600) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def _records(out_dir: pathlib.Path) -> list[dict]:
    from verl.utils.tracking import read_metrics

    return [r for r in read_metrics(out_dir / "metrics.jsonl") if "training/global_step" in r]


def _rank_nodes(stdout: str) -> list[str]:
    match = re.search(r"ray worker group: .*?ranks on nodes \[(.*?)\]", stdout)
    assert match, stdout[-2000:]
    return [part.strip().strip("'") for part in match.group(1).split(",")]


def _shard_tensors(actor_dir: pathlib.Path, rank: int) -> dict:
    import torch

    payload = torch.load(actor_dir / f"model_world_size_2_rank_{rank}.pt", weights_only=True)
    return {name: entry["local"] for name, entry in payload["tensors"].items()}


@pytest.mark.slow
def test_two_nodes_train_checkpoint_survive_a_dead_node_and_resume(cluster, tiny_model_dir, tmp_path):
    import torch

    head, worker = cluster.info["head"], cluster.info["worker"]

    # 1. two SDAR steps, one rank per node
    full = tmp_path / "full"
    rc, out, err = _finish(_launch(cluster, tiny_model_dir, full, steps=2))
    assert rc == 0, err[-4000:]
    assert sorted(_rank_nodes(out)) == sorted([head[:12], worker[:12]])  # one rank on each node
    records = _records(full)
    assert [r["step"] for r in records] == [1, 2]
    assert 0.0 < records[-1]["sdar/gate_mean"] < 1.0 and "actor/pg_loss" in records[-1]
    actor_dir = full / "global_step_2" / "actor"
    for kind in ("model", "optim", "extra_state"):  # written by both ranks, one on each node
        assert {p.name for p in actor_dir.glob(f"{kind}_world_size_2_rank_*.pt")} == \
            {f"{kind}_world_size_2_rank_{r}.pt" for r in (0, 1)}

    # 2. the worker node dies during step 2: one error naming the node and the step
    part = tmp_path / "part"
    proc = _launch(cluster, tiny_model_dir, part, steps=2)
    deadline = time.monotonic() + 400
    while not (part / "global_step_1").is_dir():
        assert proc.poll() is None, proc.communicate()[1][-4000:]
        assert time.monotonic() < deadline, "step 1 was never checkpointed"
        time.sleep(0.05)
    killed = cluster.command("kill")["killed"]
    rc, out, err = _finish(proc)
    assert rc != 0, "training finished although a node died mid-step"
    last = err.strip().splitlines()[-1]
    assert last.startswith("verl.workers.worker_group.WorkerError: worker rank "), last
    assert f"on node {killed[:12]} (127.0.0.1)" in last and "the node died" in last, last
    assert "during training step 2" in last and f"last complete checkpoint: {part / 'global_step_1'}" in last, last
    assert (part / "latest_checkpointed_iteration.txt").read_text().strip() == "1"
    assert not (part / "global_step_2").exists()

    # 3. a new worker node joins; the run resumes from step 1 and step 2 matches the uninterrupted run
    cluster.command("add")
    rc, out, err = _finish(_launch(cluster, tiny_model_dir, part, steps=2))
    assert rc == 0, err[-4000:]
    assert f"resumed from {part / 'global_step_1'} at step 1" in out
    a, b = _records(full)[-1], _records(part)[-1]
    assert a["step"] == b["step"] == 2
    for key in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm", "sdar/gate_mean", "episode/reward/mean",
                "response_length/mean"):
        assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key
    for rank in (0, 1):
        got, want = _shard_tensors(part / "global_step_2" / "actor", rank), _shard_tensors(actor_dir, rank)
        assert got.keys() == want.keys()
        assert all(torch.equal(got[name], want[name]) for name in want), f"rank {rank} weights differ"


def test_nnodes_beyond_the_cluster_is_a_clear_error(ray_session, tiny_model_dir):
    """A single-node Ray asked for trainer.nnodes=2 fails at once, saying how to start a cluster."""
    from omegaconf import OmegaConf

    from verl.workers.worker_group import RayWorkerGroup

    config = OmegaConf.create({"trainer": {"nnodes": 2, "n_gpus_per_node": 1, "device": "cpu"}})
    with pytest.raises(RuntimeError, match=r"trainer.nnodes=2 needs 2 Ray nodes .* 1 alive node.*ray start --head"):
        RayWorkerGroup(object, config)


def test_worker_error_names_node_step_and_resume_point():
    from verl.workers.worker_group import WorkerError, _lost_peer

    err = WorkerError(1, "update_actor", "the node died (ActorDiedError)", node="abc123 (10.0.0.2)")
    assert str(err) == "worker rank 1 failed in update_actor() on node abc123 (10.0.0.2): the node died (ActorDiedError)"
    wrapped = err.in_step(7, "/ckpt/global_step_6")
    assert (wrapped.rank, wrapped.method, wrapped.node) == (1, "update_actor", "abc123 (10.0.0.2)")
    assert str(wrapped).endswith("[during training step 7; last complete checkpoint: /ckpt/global_step_6]")
    assert str(err.in_step(1, None)).endswith("[during training step 1; no checkpoint saved yet]")
    # a survivor's broken collective points at a dead peer; an ordinary exception does not
    assert _lost_peer(RuntimeError("[../third_party/gloo/gloo/transport/tcp/pair.cc:534] Connection closed by peer"))
    assert not _lost_peer(ValueError("rank 1 refuses"))


def test_an_unreachable_actor_waits_for_the_cluster_to_declare_its_node_dead(monkeypatch):
    """A lost node first shows up as ActorUnavailableError while the cluster still lists the node alive
    (it takes a few failed health checks to declare it dead): the report waits for that verdict."""
    import ray.exceptions

    from verl.workers import worker_group
    from verl.workers.worker_group import RayWorkerGroup

    group = object.__new__(RayWorkerGroup)
    group.rank_nodes = [("abc123def4567890", "10.0.0.2")]
    verdicts = iter([True, True, True, False])  # alive, alive, alive, then declared dead
    monkeypatch.setattr(RayWorkerGroup, "_node_alive", lambda self, rank: next(verdicts))
    monkeypatch.setattr(worker_group.time, "sleep", lambda s: None)
    unavailable = ray.exceptions.ActorUnavailableError("Socket closed", b"\x00" * 16)
    err = group._death_error(0, "compute_log_prob", unavailable)
    assert str(err) == ("worker rank 0 failed in compute_log_prob() on node abc123def456 (10.0.0.2): the node died "
                        "(ActorUnavailableError); the other ranks cannot continue without it")
    # a node that stays alive through the grace period gets the plain error, not a guess
    monkeypatch.setattr(RayWorkerGroup, "_node_alive", lambda self, rank: True)
    monkeypatch.setattr(worker_group, "PEER_DEATH_GRACE_S", 0.05)
    assert "the node died" not in str(group._death_error(0, "compute_log_prob", unavailable))


if __name__ == "__main__":
    _cluster_main()
