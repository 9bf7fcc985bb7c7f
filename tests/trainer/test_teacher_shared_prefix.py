"""algorithm.teacher_shared_prefix through the trainer: same teacher log-probs, fewer tokens through the model."""
import torch
from omegaconf import OmegaConf

from verl.trainer import main_ppo
from verl.trainer.cpu_recipe import tiny_toy_config


def test_teacher_shared_prefix_switch_gives_the_plain_forwards_log_probs_with_fewer_tokens(tiny_model_dir, tmp_path):
    torch.set_num_threads(1)
    config = tiny_toy_config(tiny_model_dir, tmp_path, 1, "sdar", tasks_per_step=4, group_n=3, max_response_length=16,
                             overrides=["env.max_steps=2", "trainer.save_freq=-1", "trainer.test_freq=0",
                                        "trainer.val_before_train=false", "trainer.logger=[]",
                                        "trainer.worker_backend=local", "actor_rollout_ref.rollout.name=hf"])
    OmegaConf.resolve(config)
    trainer = main_ppo.build_trainer(config)
    try:
        tasks = trainer.task_source.sample_tasks(config.data.train_batch_size, trainer.task_rng)
        batch, _ = trainer.collector.collect(trainer.train_envs, trainer.actor_rollout_wg, tasks, is_train=True)
        batch.batch["old_log_probs"] = trainer.actor_rollout_wg.compute_log_prob(batch).batch["old_log_probs"]
        module = trainer.actor_rollout_wg.worker.actor.module
        forward, tokens = module.forward, []
        module.forward = lambda **kw: tokens.append(kw["input_ids"].shape[1]) or forward(**kw)
        results = {}
        for shared in (False, True):
            config.algorithm.teacher_shared_prefix = shared
            tokens.clear()
            data = batch.copy()
            trainer._teacher_log_probs(data)
            results[shared] = (data.batch["teacher_log_probs"], sum(tokens))
    finally:
        trainer.actor_rollout_wg.shutdown()
        trainer.train_envs.close()
        trainer.val_envs.close()
    (plain, plain_tokens), (shared, shared_tokens) = results[False], results[True]
    mask = batch.batch["response_mask"].bool()
    assert torch.allclose(shared, plain, atol=1e-5)
    assert (plain - batch.batch["old_log_probs"])[mask].abs().max() > 1e-3  # the teacher prompt was scored
    # every group of 3 shares at least the skills turn (~300 tokens) with the group's other rows
    assert shared_tokens < plain_tokens - 4 * 2 * 300
