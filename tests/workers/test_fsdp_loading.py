"""Loading the sharded actor and reference on 2 ranks (Ray, gloo): only rank 0 reads the full HF weights,
rank 1 builds the model on the meta device and receives its shards by broadcast. The result must be the
HF model bit for bit: weights, tied embeddings, the non-persistent rotary buffers, log-probs."""
import sys

import pytest
import torch
from worker_testlib import reference_log_probs, synthetic_batch, worker_config

from verl.workers.fsdp_utils import non_persistent_buffers, weights_digest
from verl.workers.fsdp_workers import ActorRolloutRefWorker
from verl.workers.worker_group import RayWorkerGroup


class InspectableWorker(ActorRolloutRefWorker):
    """The production worker plus a look at what a checkpoint cannot carry (ties, buffers)."""

    def model_internals(self, which):
        module = self.actor_module if which == "actor" else self.ref_module
        return {"tied": module.get_output_embeddings().weight is module.get_input_embeddings().weight,
                "buffers": {name: buf.cpu().clone() for name, buf in non_persistent_buffers(module).items()}}


@pytest.fixture(scope="module")
def ray_group(tiny_model_dir, ray_session):
    ray_session.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # Ray ranks cannot import tests/
    group = RayWorkerGroup(InspectableWorker, worker_config(tiny_model_dir), world_size=2)
    group.init_model()
    yield group
    group.shutdown()


def test_rank0_alone_reads_the_full_weights(ray_group):
    rank0, rank1 = ray_group.call("loading_report")
    for which in ("actor", "ref"):
        full = rank0[which]["full_numel"]
        # rank 1 built the model on the meta device and never held a full copy
        assert rank1[which]["built_on"] == "meta" and rank1[which]["full_numel_held"] == 0
        assert rank1[which]["full_weight_loads"] == 0
        # rank 0 held exactly one full copy, read once for actor and reference together
        assert rank0[which]["built_on"] == "meta" and rank0[which]["full_numel_held"] == full
        assert rank0[which]["full_weight_loads"] == 1
        # each rank keeps only its shard; the two shards make up the model
        assert 0 < rank1[which]["local_numel"] < full
        assert rank0[which]["local_numel"] + rank1[which]["local_numel"] == full


def test_actor_and_ref_weights_equal_the_hf_model(ray_group, hf_reference_model):
    expected = weights_digest(hf_reference_model.state_dict().items())
    assert ray_group.call("weights_fingerprint", "actor") == [expected, expected]
    assert ray_group.call("weights_fingerprint", "ref") == [expected, expected]


def test_tied_embeddings_and_rotary_buffers_survive(ray_group, hf_reference_model):
    assert hf_reference_model.config.tie_word_embeddings  # the tiny model ties lm_head to embed_tokens
    expected = non_persistent_buffers(hf_reference_model)
    assert "model.rotary_emb.inv_freq" in expected
    for which in ("actor", "ref"):
        for rank, internals in enumerate(ray_group.call("model_internals", which)):
            assert internals["tied"], f"{which} rank {rank}: lm_head no longer shares embed_tokens"
            assert internals["buffers"].keys() == expected.keys()
            for name, value in expected.items():
                assert torch.equal(internals["buffers"][name], value), f"{which} rank {rank}: {name}"


def test_log_probs_match_a_single_process_forward(ray_group, hf_reference_model):
    batch = synthetic_batch(hf_reference_model.config.vocab_size, n=6, seed=5)  # 3 rows per rank
    expected = reference_log_probs(hf_reference_model, batch)
    actor = ray_group.compute_log_prob(batch.copy()).batch["old_log_probs"]
    ref = ray_group.compute_ref_log_prob(batch.copy()).batch["ref_log_prob"]
    assert torch.allclose(actor, expected, atol=1e-5)
    assert torch.equal(actor, ref)
