"""The GPU's numerics on CPU: FSDP2 mixed precision (bf16 compute, float32 master weights and gradient
reduction), which the workers switch on only for CUDA, run here by handing apply_fsdp2 the CUDA policy.
Log-probs and the PPO update's metrics must stay within bf16 rounding of the float32 run."""
import pytest
import torch
from worker_testlib import synthetic_batch, worker_config

from verl.workers import fsdp_workers
from verl.workers.fsdp_workers import ActorRolloutRefWorker
from verl.workers.worker_group import LocalWorkerGroup


def forward_update_forward(model_dir, monkeypatch, bf16: bool):
    if bf16:  # pinned host memory (the reference's param offload) needs a real accelerator: off here
        cpu_apply = fsdp_workers.apply_fsdp2
        monkeypatch.setattr(fsdp_workers, "apply_fsdp2", lambda model, mesh, **kw: cpu_apply(
            model, mesh, **dict(kw, device="cuda", cpu_offload=False)))
    group = LocalWorkerGroup(ActorRolloutRefWorker, worker_config(model_dir))
    try:
        group.init_model()
        master_dtype = next(group.worker.actor_module.parameters()).dtype
        batch = synthetic_batch(group.worker.actor_module.config.vocab_size, n=8, seed=3)
        data = batch.copy()
        data.union(group.compute_log_prob(data.copy()))
        data.union(group.compute_ref_log_prob(data.copy()))
        noise = torch.randn(data.batch["responses"].shape, generator=torch.Generator().manual_seed(0))
        data.batch["advantages"] = noise * data.batch["response_mask"]
        metrics = group.update_actor(data.copy()).meta_info["metrics"]
        after = group.compute_log_prob(batch.copy()).batch["old_log_probs"]
    finally:
        group.shutdown()
        monkeypatch.undo()
    return master_dtype, data.batch["old_log_probs"], metrics, after


def test_bf16_mixed_precision_stays_within_rounding_of_float32(tiny_model_dir, monkeypatch):
    dtype32, before32, metrics32, after32 = forward_update_forward(tiny_model_dir, monkeypatch, bf16=False)
    dtype16, before16, metrics16, after16 = forward_update_forward(tiny_model_dir, monkeypatch, bf16=True)
    assert dtype32 == dtype16 == torch.float32  # the sharded master weights stay float32
    bf16_error = (before16 - before32).abs().max()
    assert 0 < bf16_error < 0.01  # computed in bf16 (not bit-equal), yet within its rounding
    for key in ("actor/pg_loss", "actor/grad_norm", "actor/kl_loss"):
        assert metrics16[key] == pytest.approx(metrics32[key], rel=5e-3, abs=1e-4), key
    # entropy from float32 logits: 1e-6 apart here; from bf16 logits it drifts by ~1e-2
    assert metrics16["actor/entropy"] == pytest.approx(metrics32["actor/entropy"], abs=1e-3)
    # the update moved both runs' policies alike (lr 1e-3: moves of ~0.5 against bf16 rounding of ~0.003)
    assert (after32 - before32).abs().max() > 0.1
    assert (after16 - after32).abs().max() < 0.02
