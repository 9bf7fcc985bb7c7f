"""Checkpoints: atomic commit, a killed save, pruning, shard assembly, and an exact 2-rank FSDP2 resume."""
from __future__ import annotations

import os
import pathlib
import signal
import socket
import subprocess
import sys
import textwrap

import pytest
import torch

from verl.utils import checkpoint as ckpt

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]


def _write_payload(folder: pathlib.Path, value: float) -> None:
    torch.save({"w": torch.full((3,), value)}, folder / "actor" / "model_world_size_1_rank_0.pt")


# ---------------------------------------------------------------------------------------- manager
def test_commit_publishes_the_folder_then_the_tracker(tmp_path):
    manager = ckpt.CheckpointManager(tmp_path)
    assert manager.latest() is None
    tmp = manager.begin(5)
    assert tmp.name.startswith(".") and (tmp / "actor").is_dir()
    _write_payload(tmp, 5.0)
    ckpt.save_trainer_state(tmp, {"global_step": 5, "rng": ckpt.capture_rng_state()})
    final = manager.commit(5)
    assert final == tmp_path / "global_step_5" and not tmp.exists()
    assert (tmp_path / "latest_checkpointed_iteration.txt").read_text() == "5"
    assert manager.latest() == final
    assert ckpt.load_trainer_state(final)["global_step"] == 5
    # Re-saving a step replaces it whole.
    tmp = manager.begin(5)
    _write_payload(tmp, 6.0)
    manager.commit(5)
    assert torch.load(final / "actor" / "model_world_size_1_rank_0.pt")["w"][0] == 6.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["global_step_5", "latest_checkpointed_iteration.txt"]


def test_save_killed_mid_write_leaves_the_previous_checkpoint(tmp_path):
    manager = ckpt.CheckpointManager(tmp_path)
    with manager.saving(1) as tmp:
        _write_payload(tmp, 1.0)
    # A driver that dies (SIGKILL) after workers wrote half of step 2: no commit ever runs.
    script = textwrap.dedent(f"""
        import os, signal, torch
        from verl.utils.checkpoint import CheckpointManager
        tmp = CheckpointManager({str(tmp_path)!r}).begin(2)
        torch.save({{"w": torch.zeros(3)}}, tmp / "actor" / "model_world_size_1_rank_0.pt")
        (tmp / "actor" / "optim_world_size_1_rank_0.pt").write_bytes(b"half a fi")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (tmp_path / ".global_step_2.tmp").is_dir()  # the half-written save is still there ...
    assert manager.latest() == tmp_path / "global_step_1"  # ... but nobody reads it
    assert manager.committed_steps() == [1]
    assert torch.load(manager.latest() / "actor" / "model_world_size_1_rank_0.pt")["w"][0] == 1.0

    # An exception between begin and commit discards the temp folder.
    with pytest.raises(RuntimeError, match="worker died"):
        with manager.saving(3) as tmp:
            _write_payload(tmp, 3.0)
            raise RuntimeError("worker died")
    assert not (tmp_path / ".global_step_3.tmp").exists() and manager.latest_step() == 1

    # A crash after the rename but before the tracker update: the tracker still names step 1.
    tmp = manager.begin(4)
    _write_payload(tmp, 4.0)
    os.rename(tmp, manager.step_dir(4))
    assert manager.latest_step() == 1

    # The next run's manager removes the leftovers; saving step 2 again works.
    restarted = ckpt.CheckpointManager(tmp_path)
    assert not (tmp_path / ".global_step_2.tmp").exists()
    with restarted.saving(2) as tmp:
        _write_payload(tmp, 2.0)
    assert restarted.latest() == tmp_path / "global_step_2"


def test_commit_refuses_a_checkpoint_with_a_missing_rank(tmp_path):
    manager = ckpt.CheckpointManager(tmp_path)
    with manager.saving(1) as tmp:
        _write_payload(tmp, 1.0)
    tmp = manager.begin(2)
    for kind in ("model", "extra_state"):
        torch.save({}, tmp / "actor" / ckpt.shard_file_name(kind, 2, 0))  # rank 1 never wrote
    with pytest.raises(RuntimeError, match=r"(model|extra_state) files of ranks \[1\] \(world size 2\) are missing"):
        manager.commit(2)
    assert manager.latest_step() == 1 and manager.committed_steps() == [1]


def test_max_to_keep_prunes_the_oldest(tmp_path):
    manager = ckpt.CheckpointManager(tmp_path, max_to_keep=2)
    for step in (10, 20, 30, 40):
        with manager.saving(step) as tmp:
            _write_payload(tmp, float(step))
    assert manager.committed_steps() == [30, 40] and manager.latest_step() == 40
    keep_all = ckpt.CheckpointManager(tmp_path / "all", max_to_keep=None)
    for step in (1, 2, 3):
        with keep_all.saving(step) as tmp:
            _write_payload(tmp, float(step))
    assert keep_all.committed_steps() == [1, 2, 3]
    with pytest.raises(ValueError, match="max_to_keep"):
        ckpt.CheckpointManager(tmp_path, max_to_keep=-1)


def test_trainer_state_refuses_arbitrary_objects(tmp_path):
    ckpt.save_trainer_state(tmp_path, {"step": 3, "obj": pathlib.Path("x")})
    with pytest.raises(ValueError, match="trainer state must hold only"):
        ckpt.load_trainer_state(tmp_path)
    with pytest.raises(FileNotFoundError, match="not a complete checkpoint"):
        ckpt.load_trainer_state(tmp_path / "missing")


def test_rng_state_round_trip():
    import random

    import numpy as np

    state = ckpt.capture_rng_state()
    expected = (torch.rand(4), np.random.rand(4), [random.random() for _ in range(4)])
    torch.manual_seed(123), np.random.seed(123), random.seed(123)
    ckpt.restore_rng_state(state)
    assert torch.equal(torch.rand(4), expected[0])
    assert np.array_equal(np.random.rand(4), expected[1])
    assert [random.random() for _ in range(4)] == expected[2]


# ---------------------------------------------------------------------------------------- assembly
def _entry(local, placements, mesh_shape, coordinate, global_shape):
    return {"local": local, "placements": placements, "mesh_shape": mesh_shape, "mesh_dim_names": None,
            "mesh_coordinate": coordinate, "global_shape": list(global_shape), "global_stride": None}


def test_assemble_uneven_shards_and_a_2d_mesh():
    full = torch.arange(7 * 4, dtype=torch.float32).reshape(7, 4)
    pieces = torch.chunk(full, 3, dim=0)  # 3, 3, 1 rows: FSDP2's uneven split
    entries = [_entry(p, [["shard", 0]], [3], [i], full.shape) for i, p in enumerate(pieces)]
    assert torch.equal(ckpt.assemble_full_tensor(entries[::-1], "w"), full)
    # HSDP mesh (replicate=2, shard=2): replicas hold equal pieces, any one of them is taken.
    entries = [_entry(torch.chunk(full, 2, 0)[s], [["replicate"], ["shard", 0]], [2, 2], [r, s], full.shape)
               for r in range(2) for s in range(2)]
    assert torch.equal(ckpt.assemble_full_tensor(entries, "w"), full)
    with pytest.raises(ValueError, match=r"no shard for mesh coordinate \[1\]"):
        ckpt.assemble_full_tensor([_entry(pieces[0], [["shard", 0]], [2], [0], full.shape)], "w")


# ---------------------------------------------------------------------------------------- 2-rank FSDP2
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _build_fsdp(model_dir, mesh, seed_offset: float = 0.0):
    from torch.distributed.fsdp import fully_shard
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if seed_offset:
        with torch.no_grad():
            for param in model.parameters():
                param.add_(seed_offset)
    for layer in model.model.layers:
        fully_shard(layer, mesh=mesh)
    fully_shard(model, mesh=mesh)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=0.01)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / 4))
    return model, optimizer, scheduler


def _train_step(model, optimizer, scheduler, rank: int, step: int) -> float:
    generator = torch.Generator().manual_seed(1000 * step + rank)
    ids = torch.randint(3, 300, (2, 12), generator=generator)
    logits = model(input_ids=ids, use_cache=False).logits
    loss = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), ids[:, 1:].reshape(-1))
    loss = loss + 1e-3 * torch.rand(()).item()  # consumes the RNG, as dropout / sampling would
    loss.backward()
    optimizer.step()
    scheduler.step()
    optimizer.zero_grad()
    return loss.item()


def _local_params(model) -> dict[str, torch.Tensor]:
    return {name: p.to_local().detach().clone() for name, p in model.named_parameters()}


def _local_optim(model, optimizer) -> dict[str, dict[str, torch.Tensor]]:
    out = {}
    for name, param in model.named_parameters():
        out[name] = {k: (v.to_local() if hasattr(v, "to_local") else v).detach().clone()
                     for k, v in optimizer.state[param].items()}
    return out


def _fsdp_resume_worker(rank: int, world_size: int, port: int, model_dir: str, root: str) -> None:
    import random

    import numpy as np
    import torch.distributed as dist
    from torch.distributed.device_mesh import init_device_mesh

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.set_num_threads(1)
    dist.init_process_group("gloo", rank=rank, world_size=world_size)
    try:
        mesh = init_device_mesh("cpu", (world_size,), mesh_dim_names=("fsdp",))
        torch.manual_seed(rank), np.random.seed(rank), random.seed(rank)
        model, optimizer, scheduler = _build_fsdp(model_dir, mesh)
        for step in range(2):
            _train_step(model, optimizer, scheduler, rank, step)

        manager = ckpt.CheckpointManager(root) if rank == 0 else None
        tmp = pathlib.Path(root) / ".global_step_2.tmp"
        if rank == 0:
            manager.begin(2)
        dist.barrier()
        ckpt.save_fsdp_shards(tmp / "actor", model, optimizer, scheduler, rank, world_size, hf_source_dir=model_dir)
        dist.barrier()
        if rank == 0:
            manager.commit(2)
        dist.barrier()
        saved_params, saved_optim = _local_params(model), _local_optim(model, optimizer)
        saved_lr = scheduler.get_last_lr()
        next_loss = _train_step(model, optimizer, scheduler, rank, 2)  # uses the RNG as well
        next_params = _local_params(model)
        draws = (torch.rand(3), np.random.rand(3), random.random())

        # A fresh run: different weights, an empty optimizer, another RNG state.
        torch.manual_seed(99), np.random.seed(99), random.seed(99)
        fresh, fresh_optimizer, fresh_scheduler = _build_fsdp(model_dir, mesh, seed_offset=0.5)
        latest = ckpt.CheckpointManager(root).latest()
        assert latest == pathlib.Path(root) / "global_step_2", latest
        ckpt.load_fsdp_shards(latest / "actor", fresh, fresh_optimizer, fresh_scheduler, rank, world_size)

        loaded_params = _local_params(fresh)
        for name, value in saved_params.items():
            assert torch.equal(loaded_params[name], value), f"rank {rank}: parameter {name} differs"
        loaded_optim = _local_optim(fresh, fresh_optimizer)
        for name, state in saved_optim.items():
            assert set(loaded_optim[name]) == set(state) == {"step", "exp_avg", "exp_avg_sq"}, loaded_optim[name]
            for key, value in state.items():
                assert torch.equal(loaded_optim[name][key], value), f"rank {rank}: optimizer {name}.{key} differs"
        assert fresh_scheduler.get_last_lr() == saved_lr and fresh_scheduler.last_epoch == 2
        # The resumed run takes the very same next step, and its RNGs continue where the saved ones were.
        assert _train_step(fresh, fresh_optimizer, fresh_scheduler, rank, 2) == next_loss
        for name, value in _local_params(fresh).items():
            assert torch.equal(value, next_params[name]), f"rank {rank}: {name} differs after the resumed step"
        assert torch.equal(torch.rand(3), draws[0]), "torch RNG not restored"
        assert np.array_equal(np.random.rand(3), draws[1]), "numpy RNG not restored"
        assert random.random() == draws[2], "python RNG not restored"

        with pytest.raises(FileNotFoundError, match=r"world sizes found: \[2\]"):
            ckpt.load_fsdp_shards(latest / "actor", fresh, None, None, rank, 4)
    finally:
        dist.destroy_process_group()


def test_fsdp2_two_ranks_save_and_resume_exactly(tiny_model_dir, tmp_path):
    import torch.multiprocessing as mp

    root = tmp_path / "ckpt"
    mp.spawn(_fsdp_resume_worker, args=(2, _free_port(), str(tiny_model_dir), str(root)), nprocs=2, join=True)
    actor = root / "global_step_2" / "actor"
    names = sorted(p.name for p in actor.iterdir())
    for kind in ("model", "optim", "extra_state"):
        for rank in range(2):
            assert f"{kind}_world_size_2_rank_{rank}.pt" in names
    for side_file in ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"):
        assert side_file in names
    # The shard files are plain data: readable without a process group, with weights_only.
    payload = torch.load(actor / "model_world_size_2_rank_1.pt", weights_only=True)
    entry = payload["tensors"]["model.embed_tokens.weight"]
    assert payload["format"] == ckpt.SHARD_FORMAT and entry["placements"] == [["shard", 0]]
    assert entry["mesh_coordinate"] == [1] and entry["local"].shape[0] * 2 == entry["global_shape"][0]


def test_a_rank_that_cannot_read_the_drivers_checkpoint_folder_fails_the_start(tmp_path):
    from verl.utils.checkpoint import check_shared_with_ranks

    class Group:  # what RayWorkerGroup.ranks_not_reading reports, with a node whose disk is its own
        def __init__(self, blind):
            self.blind, self.seen = blind, []

        def ranks_not_reading(self, path, content):
            self.seen.append(pathlib.Path(path).read_text() == content)
            return self.blind

    shared = Group([])
    check_shared_with_ranks(tmp_path / "run", shared)
    assert shared.seen == [True] and list((tmp_path / "run").iterdir()) == []  # the probe is gone again
    with pytest.raises(RuntimeError, match=r"default_local_dir=.*run is not the driver's folder for "
                                           r"rank 1 on node n2 \(10.0.0.2\)"):
        check_shared_with_ranks(tmp_path / "run", Group(["rank 1 on node n2 (10.0.0.2)"]))
    assert list((tmp_path / "run").iterdir()) == []
