"""The PPO critic worker: values, clipped value update, micro-batching, exact resume, merger export, Ray."""
from __future__ import annotations

import pytest
import torch
from worker_testlib import synthetic_batch, worker_config

from verl.trainer.ppo import core_algos
from verl.workers.critic import CriticWorker
from verl.workers.fsdp_utils import iter_full_state
from verl.workers.worker_group import LocalWorkerGroup, RayWorkerGroup


def critic_config(model_dir, **overrides):
    base = {"critic.optim.lr": 1e-3, "critic.ppo_mini_batch_size": 8, "critic.ppo_micro_batch_size_per_gpu": 2,
            "critic.cliprange_value": 0.5}
    base.update(overrides)
    return worker_config(model_dir, **base)


def make_critic(model_dir, **overrides) -> CriticWorker:
    worker = CriticWorker(critic_config(model_dir, **overrides))
    worker.init_model()
    return worker


@pytest.fixture(scope="module")
def batch(tiny_model_dir):
    from transformers import AutoConfig

    data = synthetic_batch(AutoConfig.from_pretrained(tiny_model_dir).vocab_size, n=8, seed=5)
    mask = data.batch["response_mask"].float()
    data.batch["returns"] = torch.linspace(-1.0, 1.0, 8).unsqueeze(-1) * mask
    return data


def with_values(critic, data):
    data = data.copy()
    data.batch["values"] = critic.compute_values(data).batch["values"]
    return data


def plain_values(model, data):
    """A padded forward of an unsharded value model: V_t = head output at the position before token t."""
    r = data.batch["responses"].shape[1]
    with torch.no_grad():
        out = model(input_ids=data.batch["input_ids"], attention_mask=data.batch["attention_mask"],
                    position_ids=data.batch["position_ids"]).logits[:, -r - 1:-1, 0]
    return out * data.batch["response_mask"]


def test_values_match_an_unsharded_forward_packed_and_padded(tiny_model_dir, batch):
    from transformers import AutoModelForTokenClassification

    critic = make_critic(tiny_model_dir)
    values = critic.compute_values(batch.copy()).batch["values"]
    assert values.shape == batch.batch["responses"].shape
    assert (values[batch.batch["response_mask"] == 0] == 0).all() and values.abs().sum() > 0
    config = critic.module.config
    assert config.architectures == ["Qwen2ForTokenClassification"] and config.num_labels == 1
    model = AutoModelForTokenClassification.from_config(config, dtype=torch.float32, attn_implementation="sdpa")
    model.load_state_dict(dict(iter_full_state(critic.module, torch.device("cpu"))))
    model.eval()
    torch.testing.assert_close(values, plain_values(model, batch), atol=1e-5, rtol=1e-4)
    padded = make_critic(tiny_model_dir, **{"critic.model.use_remove_padding": False})
    torch.testing.assert_close(padded.compute_values(batch.copy()).batch["values"], values, atol=1e-5, rtol=1e-4)


def test_update_fits_the_returns_and_reports_metrics(tiny_model_dir, batch):
    critic = make_critic(tiny_model_dir, **{"critic.cliprange_value": 100.0})
    losses = []
    for _ in range(4):
        metrics = critic.update_critic(with_values(critic, batch)).meta_info["metrics"]
        losses.append(metrics["critic/vf_loss"])
    assert set(metrics) >= {"critic/vf_loss", "critic/vf_clipfrac", "critic/vpred_mean", "critic/grad_norm",
                            "critic/lr"}
    assert metrics["critic/vf_clipfrac"] == 0.0 and metrics["critic/lr"] == pytest.approx(1e-3)
    assert losses[-1] < 0.5 * losses[0], losses
    # the first vf_loss is the mean over the 4 micro-batches (2 samples each) of the initial critic's loss
    fresh = make_critic(tiny_model_dir)
    data = with_values(fresh, batch)
    by_hand = [core_algos.compute_value_loss(*(data.batch[k][i:i + 2] for k in ("values", "values", "returns",
                                                                                 "response_mask")), 100.0)[0].item()
               for i in range(0, 8, 2)]
    assert losses[0] == pytest.approx(sum(by_hand) / 4, rel=1e-4)


def test_micro_batch_size_does_not_change_the_update(tiny_model_dir, batch):
    fingerprints = []
    for micro in (1, 4):
        critic = make_critic(tiny_model_dir, **{"critic.ppo_micro_batch_size_per_gpu": micro})
        critic.update_critic(with_values(critic, batch))
        fingerprints.append(critic.compute_values(batch.copy()).batch["values"])
    torch.testing.assert_close(fingerprints[0], fingerprints[1], atol=1e-5, rtol=1e-4)


def test_clipping_limits_the_step_away_from_the_old_values(tiny_model_dir, batch):
    # With a tiny cliprange every token past the clip has zero gradient from the clipped branch: clipfrac > 0
    critic = make_critic(tiny_model_dir, **{"critic.cliprange_value": 1e-6, "critic.optim.lr": 1e-2})
    data = with_values(critic, batch)
    critic.update_critic(data)
    metrics = critic.update_critic(data).meta_info["metrics"]  # second pass: values moved away from V_old
    assert metrics["critic/vf_clipfrac"] > 0.5


def test_checkpoint_resume_is_exact(tiny_model_dir, batch, tmp_path):
    first, second = batch.copy(), batch.copy()
    second.batch["returns"] = -second.batch["returns"]
    a = make_critic(tiny_model_dir)
    a.update_critic(with_values(a, first))
    a.save_critic_checkpoint(str(tmp_path / "critic"), 1)
    a.update_critic(with_values(a, second))
    b = make_critic(tiny_model_dir)
    assert b.critic_fingerprint() != a.critic_fingerprint()
    b.load_critic_checkpoint(str(tmp_path))  # the step folder works too
    b.update_critic(with_values(b, second))
    assert b.critic_fingerprint() == a.critic_fingerprint()  # weights AND Adam moments were restored
    assert b.lr_scheduler.last_epoch == a.lr_scheduler.last_epoch == 2
    assert {p.name for p in (tmp_path / "critic").iterdir()} >= {
        "model_world_size_1_rank_0.pt", "optim_world_size_1_rank_0.pt", "extra_state_world_size_1_rank_0.pt",
        "config.json"}


def test_merger_exports_the_critic_as_a_value_model(tiny_model_dir, batch, tmp_path):
    from transformers import AutoModelForTokenClassification

    from verl.utils.model_merger import main as merger_main

    critic = make_critic(tiny_model_dir)
    critic.update_critic(with_values(critic, batch))
    critic.save_critic_checkpoint(str(tmp_path / "critic"), 1)
    assert merger_main(["merge", "--backend", "fsdp", "--local_dir", str(tmp_path / "critic"),
                        "--target_dir", str(tmp_path / "hf"), "--is-value-model"]) == 0
    merged = AutoModelForTokenClassification.from_pretrained(tmp_path / "hf", attn_implementation="sdpa").eval()
    assert type(merged).__name__ == "Qwen2ForTokenClassification"
    expected = critic.compute_values(batch.copy()).batch["values"]
    torch.testing.assert_close(plain_values(merged, batch), expected, atol=1e-5, rtol=1e-4)
    # --is-value-model refuses a folder whose config names a causal LM (an actor checkpoint)
    import shutil

    actor_like = tmp_path / "actor_like"
    shutil.copytree(tmp_path / "critic", actor_like)
    shutil.copy(tiny_model_dir / "config.json", actor_like / "config.json")
    assert merger_main(["merge", "--backend", "fsdp", "--local_dir", str(actor_like), "--target_dir",
                        str(tmp_path / "bad"), "--is-value-model"]) == 1
    assert not (tmp_path / "bad").exists()
    # and the merged folder is a valid critic.model.path (its trained head is loaded, not re-initialised)
    again = make_critic(tiny_model_dir, **{"critic.model.path": str(tmp_path / "hf")})
    torch.testing.assert_close(again.compute_values(batch.copy()).batch["values"], expected, atol=1e-5, rtol=1e-4)


@pytest.mark.slow  # ~1 min on 2 busy cores: two Ray ranks start, load and update
def test_two_ray_ranks_match_one_local_rank(tiny_model_dir, batch, ray_session):
    config = critic_config(tiny_model_dir)
    local = LocalWorkerGroup(CriticWorker, config, role="critic")
    ray = RayWorkerGroup(CriticWorker, config, world_size=2, role="critic")
    try:
        local.init_model()
        ray.init_model()
        assert ray.call("critic_fingerprint")[0] == local.call("critic_fingerprint")[0]  # rank 0's head everywhere
        values = local.dispatch("compute_values", batch.copy()).batch["values"]
        torch.testing.assert_close(ray.dispatch("compute_values", batch.copy()).batch["values"], values,
                                   atol=1e-5, rtol=1e-4)
        data = batch.copy()
        data.batch["values"] = values
        local_metrics = local.dispatch("update_critic", data.copy()).meta_info["metrics"]
        ray_metrics = ray.dispatch("update_critic", data.copy()).meta_info["metrics"]
        assert ray_metrics["critic/grad_norm"] == pytest.approx(local_metrics["critic/grad_norm"], rel=1e-4)
        torch.testing.assert_close(ray.dispatch("compute_values", batch.copy()).batch["values"],
                                   local.dispatch("compute_values", batch.copy()).batch["values"], atol=1e-5, rtol=1e-4)
    finally:
        ray.shutdown()
        local.shutdown()
