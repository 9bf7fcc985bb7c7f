"""ActorRolloutRefWorker through both worker backends: LocalWorkerGroup (1 rank, in-process) and
RayWorkerGroup (2 ranks, FSDP2 over gloo). One group of each per module, reused by every test."""
import math

import pytest
import torch
from worker_testlib import reference_log_probs, synthetic_batch, teacher_like_batch, worker_config

from verl.protocol import DataProto
from verl.trainer.ppo import core_algos
from verl.utils.torch_functional import compute_position_id_with_mask
from verl.workers.actor import micro_batch_indices
from verl.workers.fsdp_workers import ActorRolloutRefWorker
from verl.workers.worker_group import LocalWorkerGroup, RayWorkerGroup, WorkerError


@pytest.fixture(scope="module")
def local_group(tiny_model_dir):
    group = LocalWorkerGroup(ActorRolloutRefWorker, worker_config(tiny_model_dir))
    group.init_model()
    yield group
    group.shutdown()


@pytest.fixture(scope="module")
def ray_group(tiny_model_dir, ray_session):
    group = RayWorkerGroup(ActorRolloutRefWorker, worker_config(tiny_model_dir), world_size=2)
    group.init_model()
    yield group
    group.shutdown()


@pytest.fixture(params=["local", "ray"])
def group(request):
    return request.getfixturevalue(f"{request.param}_group")


@pytest.fixture(scope="module")
def ppo_batch(hf_reference_model):
    return synthetic_batch(hf_reference_model.config.vocab_size, n=5, seed=3)


def with_old_log_probs(group, batch):
    data = batch.copy()
    data.union(group.compute_log_prob(data))
    return data


def full_weights(group):
    """Fingerprints of the actor's gathered weights and of every rank's rollout engine."""
    return group.call("weights_fingerprint", "actor")[0], group.call("weights_fingerprint", "rollout")


# ---------------------------------------------------------------------------------- read-only checks
def test_log_probs_match_a_single_process_padded_forward(group, ppo_batch, hf_reference_model):
    data = ppo_batch.copy()
    data.meta_info["calculate_entropy"] = True
    out = group.compute_log_prob(data)  # 5 samples: Ray pads to 6, splits 3 + 3, drops the pad again
    assert out.batch["old_log_probs"].shape == (5, 8) and out.batch["entropys"].shape == (5, 8)
    expected = reference_log_probs(hf_reference_model, ppo_batch)
    assert torch.allclose(out.batch["old_log_probs"], expected, atol=1e-5)
    assert out.meta_info["metrics"]["actor/entropy_loss"] > 0


def test_kl_is_zero_right_after_init(group, ppo_batch):
    old = group.compute_log_prob(ppo_batch.copy()).batch["old_log_probs"]
    ref = group.compute_ref_log_prob(ppo_batch.copy()).batch["ref_log_prob"]
    assert torch.equal(old, ref)
    kl = core_algos.kl_penalty(old, ref, "low_var_kl")
    assert float(core_algos.agg_loss(kl, ppo_batch.batch["response_mask"], "token-mean")) == 0.0


def test_dispatch_keeps_order_for_a_non_divisible_batch(ray_group, tiny_model_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    texts = ["go to the fridge", "hi", "open the drawer 1 then take the knife", "look", "You arrive at the desk"]
    enc = tok(texts, return_tensors="pt", padding=True)
    prompts = DataProto.from_dict({"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"],
                                   "position_ids": compute_position_id_with_mask(enc["attention_mask"])},
                                  non_tensors={"uid": texts})
    out = ray_group.generate_sequences(prompts)
    assert len(out) == 5
    assert torch.equal(out.batch["prompts"], enc["input_ids"])
    assert list(out.non_tensor_batch["uid"]) == texts
    assert out.batch["responses"].shape == (5, 8)


def test_a_failing_rank_raises_naming_rank_and_method(ray_session):
    import ray

    import failing_worker

    ray.cloudpickle.register_pickle_by_value(failing_worker)  # the Ray workers cannot import tests/
    group = RayWorkerGroup(failing_worker.FailOnRankWorker, worker_config("unused"), world_size=2, timeout_s=4)
    try:
        assert group.call("echo", 5) == [(0, 5), (1, 5)]
        with pytest.raises(WorkerError, match=r"rank 1 failed in explode\(\).*ValueError: rank 1 refuses") as info:
            group.call("explode", 1)  # rank 0 would wait in a collective forever; we do not
        assert info.value.rank == 1 and info.value.method == "explode"
        with pytest.raises(WorkerError, match=r"rank 0 failed in nap\(\): no result within") as info:
            group.call_per_rank("nap", [(30.0,), (0.0,)])
    finally:
        group.shutdown()
    local = LocalWorkerGroup(failing_worker.FailOnRankWorker, worker_config("unused"))
    with pytest.raises(WorkerError, match=r"rank 0 failed in explode\(\)"):
        local.call("explode", 0)


# ---------------------------------------------------------------------------------- training
def test_two_ranks_and_one_rank_make_the_same_update(local_group, ray_group, ppo_batch):
    """Token-mean over the GLOBAL mini-batch: splitting it over 2 ranks changes nothing."""
    before_local, before_ray = full_weights(local_group)[0], full_weights(ray_group)[0]
    assert before_local == before_ray  # both start from the model folder
    data = with_old_log_probs(local_group, ppo_batch)
    data.union(local_group.compute_ref_log_prob(data.copy()))
    data = data.select_idxs([0, 1, 2, 3, 4, 0, 1, 2])  # 8 = one global mini-batch, divisible by 2
    local_metrics = local_group.update_actor(data.copy()).meta_info["metrics"]
    per_rank = ray_group.call_per_rank("update_actor", [(part,) for part in data.copy().chunk(2)])
    ray_metrics = [r.meta_info["metrics"] for r in per_rank]
    assert ray_metrics[0] == ray_metrics[1]  # identical averaged metrics on every rank
    for key in ("actor/pg_loss", "actor/kl_loss", "actor/grad_norm", "actor/entropy"):
        assert ray_metrics[0][key] == pytest.approx(local_metrics[key], rel=1e-4, abs=1e-6), key
    assert local_metrics["actor/kl_loss"] == 0.0 and local_metrics["actor/ppo_kl"] == pytest.approx(0.0, abs=1e-6)
    # The weights moved, identically on both ranks' engines, and the engines hold the actor's weights.
    actor_fp, rollout_fps = full_weights(ray_group)
    assert actor_fp != before_ray
    assert rollout_fps == [actor_fp, actor_fp]
    after_local = local_group.compute_log_prob(ppo_batch.copy()).batch["old_log_probs"]
    after_ray = ray_group.compute_log_prob(ppo_batch.copy()).batch["old_log_probs"]
    assert torch.allclose(after_local, after_ray, atol=1e-4)


def test_updates_lower_the_loss_on_a_fixed_batch(group, ppo_batch):
    """On-policy PPO steps on one batch raise sum(A * log pi), i.e. lower the policy-gradient loss."""
    adv, mask = ppo_batch.batch["advantages"], ppo_batch.batch["response_mask"]

    def surrogate():
        logp = group.compute_log_prob(ppo_batch.copy()).batch["old_log_probs"]
        return float(-(adv * logp * mask).sum() / mask.sum())

    start = surrogate()
    for _ in range(2):
        data = with_old_log_probs(group, ppo_batch)
        data.union(group.compute_ref_log_prob(data.copy()))
        metrics = group.update_actor(data.select_idxs([0, 1, 2, 3, 4, 0, 1, 2])).meta_info["metrics"]
        assert math.isfinite(metrics["actor/grad_norm"]) and metrics["actor/lr"] == pytest.approx(1e-3)
    assert surrogate() < start - 0.05


def test_checkpoint_round_trip_restores_weights_and_resyncs_the_engine(ray_group, ppo_batch, tmp_path):
    from verl.utils.checkpoint import CheckpointManager

    manager = CheckpointManager(tmp_path / "ckpt")
    tmp = manager.begin(7)
    ray_group.save_checkpoint(str(tmp / "actor"), 7)
    manager.commit(7)
    saved_fp = full_weights(ray_group)[0]
    data = with_old_log_probs(ray_group, ppo_batch)
    data.union(ray_group.compute_ref_log_prob(data.copy()))
    ray_group.update_actor(data.select_idxs([0, 1, 2, 3, 4, 0, 1, 2]))
    assert full_weights(ray_group)[0] != saved_fp
    ray_group.load_checkpoint(str(manager.latest() / "actor"))
    actor_fp, rollout_fps = full_weights(ray_group)
    assert actor_fp == saved_fp and rollout_fps == [saved_fp, saved_fp]
    assert sorted(p.name for p in (manager.latest() / "actor").glob("*_rank_*.pt")) == [
        f"{kind}_world_size_2_rank_{r}.pt" for kind in ("extra_state", "model", "optim") for r in (0, 1)]


def test_shared_prefix_teacher_forward_with_different_rows_on_each_rank(ray_group, hf_reference_model):
    """Each rank cuts its own rows into micro-batches and head extensions. FSDP gathers the parameters in
    every forward, so the ranks must still run as many: rank 0 gets task groups with long shared heads,
    rank 1 the same shapes with nothing shared (a mismatch would hang until the worker timeout)."""
    shared = teacher_like_batch(hf_reference_model.config.vocab_size, seed=1, skills=(120, 90))
    lone = shared.copy()
    ids, mask = lone.batch["input_ids"], lone.batch["attention_mask"].bool()
    ids[mask] = torch.randint(3, hf_reference_model.config.vocab_size, (int(mask.sum()),),
                              generator=torch.Generator().manual_seed(0))
    lone.batch["responses"] = ids[:, -lone.batch["responses"].shape[1]:].clone()
    # on their own, the two ranks would cut different numbers of micro-batches (2 rows at most each)
    cuts = [len(micro_batch_indices(half, 2, False, None, torch.device("cpu"), share_prefix=True))
            for half in (shared, lone)]
    assert cuts[0] != cuts[1]
    data = DataProto.concat([shared, lone])
    plain = ray_group.compute_log_prob(data.copy()).batch["old_log_probs"]  # earlier tests updated the weights
    data.meta_info["share_prefix"] = True
    out = ray_group.compute_log_prob(data).batch["old_log_probs"]
    assert torch.allclose(out, plain, atol=1e-5) and plain[data.batch["response_mask"].bool()].abs().min() > 0


def test_ranks_say_whether_they_read_the_drivers_file(ray_group, local_group, tmp_path):
    probe = tmp_path / "probe"
    probe.write_text("token")
    assert ray_group.ranks_not_reading(str(probe), "token") == []
    blind = ray_group.ranks_not_reading(str(tmp_path / "missing"), "token")
    assert [entry.split(" on node ")[0] for entry in blind] == ["rank 0", "rank 1"]
    assert local_group.ranks_not_reading(str(tmp_path / "missing"), "token") == []  # the driver's own process
