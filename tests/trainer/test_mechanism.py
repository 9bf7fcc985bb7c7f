"""Fast tests that protect SDAR's mechanism end to end (issue 13): each fails when one link is cut.

(a) the teacher forward scores the PRIVILEGED prompt (not the student batch): through a real training
    step, `teacher_log_probs` equal an independent forward on the privileged prompt written out here from
    the sample's messages and skill text (skill_placement=system) and differ from `old_log_probs`, which equal an independent forward on the student prompt, on every sample whose
    task has skill text; on the samples whose task gets no skill text (from a skills folder without a
    general skill) they equal `old_log_probs`;
(b) the OPSD preset keeps pg_loss_coef=0 through the real entry points (main_sdar's command line and
    the CPU recipe behind examples/cpu/run_opsd.sh) down to the actor's loss settings;
(c) the distillation term reaches the update: with lr > 0 and zero advantages, one SDAR update raises
    the student's log-prob on the tokens the teacher prefers, and leaves it where the teacher does not.
"""
from __future__ import annotations

import copy

import pytest
import torch
from omegaconf import OmegaConf

from verl.protocol import DataProto
from verl.trainer.cpu_recipe import tiny_toy_config
from verl.trainer.main_ppo import run

SMALL = ["env.rollout.n=2", "data.train_batch_size=2", "env.max_steps=1", "trainer.test_freq=0",
         "trainer.val_before_train=false", "trainer.save_freq=-1", "trainer.logger=[]",
         "data.max_response_length=12"]


def _hf_log_probs(model, input_ids, attention_mask, response_width):
    from verl.utils.torch_functional import compute_position_id_with_mask

    with torch.no_grad():
        logits = model(input_ids=input_ids, attention_mask=attention_mask,
                       position_ids=compute_position_id_with_mask(attention_mask)).logits
    logits = logits[:, -response_width - 1:-1].float()
    return torch.log_softmax(logits, -1).gather(-1, input_ids[:, -response_width:].unsqueeze(-1)).squeeze(-1)


def _privileged_inputs(batch: DataProto, skills: list[str], tokenizer, chat_kwargs) -> tuple[torch.Tensor, torch.Tensor]:
    """The teacher's input ids and mask, written out independently of build_teacher_batch: the skills in a
    system turn in front of the sample's messages, or the student's own prompt when there is no skill text."""
    from agent_system.multi_turn_rollout.prompt_tokens import left_pad, render_chat
    from agent_system.skills import with_skills_in_system

    width = batch.batch["responses"].shape[1]
    prompt_width = batch.batch["input_ids"].shape[1] - width
    prompts = []
    for row, text in enumerate(skills):
        if text.strip():
            messages = with_skills_in_system(batch.non_tensor_batch["raw_prompt"][row], text)
            prompts.append(tokenizer.encode(render_chat(tokenizer, messages, chat_kwargs), add_special_tokens=False))
        else:
            prompts.append(batch.batch["input_ids"][row, :prompt_width][
                batch.batch["attention_mask"][row, :prompt_width].bool()].tolist())
    padded = left_pad(prompts, tokenizer.pad_token_id)
    return (torch.cat([padded["input_ids"], batch.batch["responses"]], -1),
            torch.cat([padded["attention_mask"], batch.batch["attention_mask"][:, prompt_width:]], -1))


def test_teacher_log_probs_come_from_the_privileged_prompt(tiny_model_dir, tmp_path, monkeypatch):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from agent_system.skills.provider import SkillProvider
    from tests.trainer.test_teacher import partly_covered_skills_dir
    from verl.trainer.ppo.ray_trainer import RayPPOTrainer

    seen: list[tuple[DataProto, dict]] = []
    original = RayPPOTrainer._teacher_log_probs

    def spy(self, batch):
        metrics = original(self, batch)
        seen.append((copy.deepcopy(batch), metrics))
        return metrics

    monkeypatch.setattr(RayPPOTrainer, "_teacher_log_probs", spy)
    torch.set_num_threads(1)
    skills_dir = partly_covered_skills_dir(tmp_path / "skills")
    # 4 tasks x 2 samples; with seed 0 the step draws food and dish tasks: both kinds (checked below)
    config = tiny_toy_config(tiny_model_dir, tmp_path, 1, "sdar", overrides=SMALL + [
        "data.train_batch_size=4", f"algorithm.sdar.skills_dir={skills_dir}"])
    assert config.algorithm.sdar.skill_placement == "system"
    run(config)
    batch, metrics = seen[0]
    mask = batch.batch["response_mask"].bool()
    width = batch.batch["responses"].shape[1]
    skills = [SkillProvider(skills_dir).skills_for({"task_type": t}) for t in batch.non_tensor_batch["task_type"]]
    informative = torch.tensor([bool(text.strip()) for text in skills])
    assert informative.any() and not informative.all(), batch.non_tensor_batch["task_type"]
    assert metrics["teacher/no_skill_samples"] == float((~informative).sum())

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    student = _hf_log_probs(model, batch.batch["input_ids"], batch.batch["attention_mask"], width)
    teacher = _hf_log_probs(model, *_privileged_inputs(batch, skills, tokenizer,
                                                       OmegaConf.to_container(config.data.apply_chat_template_kwargs)),
                            width)
    # the update has not run yet when the teacher is scored: both are at the same (initial) weights
    torch.testing.assert_close(batch.batch["old_log_probs"][mask], student[mask], atol=2e-4, rtol=0)
    torch.testing.assert_close(batch.batch["teacher_log_probs"][mask], teacher[mask], atol=2e-4, rtol=0)
    gap = (batch.batch["teacher_log_probs"] - batch.batch["old_log_probs"]).abs()
    for row in torch.nonzero(informative).flatten().tolist():
        assert gap[row][mask[row]].mean() > 1e-2, f"sample {row} (with skills): the teacher scored the student's prompt"
    # no skill text: the teacher reads the student's own prompt (1e-5 leaves room for a differently packed forward)
    assert gap[~informative][mask[~informative]].max() <= 1e-5, "a sample without skill text got another prompt"


@pytest.mark.parametrize("entry", ["main_sdar", "cpu_recipe"])
def test_opsd_preset_keeps_pg_loss_coef_zero_through_the_entry_points(tiny_model_dir, tmp_path, monkeypatch, entry):
    import verl.trainer.main_ppo as main_ppo
    from verl.workers.actor import _LossSettings

    captured = []
    monkeypatch.setattr(main_ppo, "run", lambda config: captured.append(config) or {})
    if entry == "main_sdar":
        from verl.trainer.main_sdar import main

        main(["algorithm.method=opsd", f"actor_rollout_ref.model.path={tiny_model_dir}",
              f"trainer.default_local_dir={tmp_path}"])
    else:
        from verl.trainer.cpu_recipe import main

        monkeypatch.setattr("verl.trainer.cpu_recipe.warm_started_tiny_model", lambda out_dir: tiny_model_dir)
        main(["opsd", "--out", str(tmp_path / "opsd")])
    (config,) = captured
    assert config.algorithm.method == "opsd"
    assert config.actor_rollout_ref.actor.pg_loss_coef == 0.0
    assert config.algorithm.sdar.gate_beta == 5.0  # OPSD keeps SDAR's gate (only GRPO+OPSD sets it to 0)
    from verl.trainer.methods import MethodSpec

    spec = MethodSpec.from_config(config).distill_spec(config, step=1)
    settings = _LossSettings.from_config(config.actor_rollout_ref.actor, 1.0, spec, use_kl=True)
    assert settings.pg_coef == 0.0 and settings.distill_type == "sdar" and settings.gate_beta == 5.0


def _update_batch(vocab_size: int, n: int = 4, prompt_length: int = 6, response_length: int = 5) -> DataProto:
    from verl.utils.torch_functional import compute_position_id_with_mask

    gen = torch.Generator().manual_seed(0)
    prompts = torch.randint(3, vocab_size, (n, prompt_length), generator=gen)
    responses = torch.randint(3, vocab_size, (n, response_length), generator=gen)
    attention_mask = torch.ones(n, prompt_length + response_length, dtype=torch.long)
    return DataProto.from_dict({
        "prompts": prompts, "responses": responses, "response_mask": torch.ones(n, response_length, dtype=torch.long),
        "input_ids": torch.cat([prompts, responses], -1), "attention_mask": attention_mask,
        "position_ids": compute_position_id_with_mask(attention_mask),
        "advantages": torch.zeros(n, response_length)})


def test_one_sdar_update_raises_the_tokens_the_teacher_prefers(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    from verl.workers.actor import DataParallelPPOActor

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32).train()
    config = OmegaConf.create(dict(
        ppo_mini_batch_size=4, ppo_micro_batch_size_per_gpu=4, use_dynamic_bsz=False, ppo_max_token_len_per_gpu=64,
        grad_clip=0.0, clip_ratio=0.2, loss_agg_mode="token-mean", policy_loss=dict(loss_mode="vanilla"),
        pg_loss_coef=1.0, entropy_coeff=0.0, use_kl_loss=False, kl_loss_coef=0.0, ppo_epochs=1, shuffle=False,
        data_loader_seed=0))
    actor = DataParallelPPOActor(config, model, torch.optim.SGD(model.parameters(), lr=0.5), use_remove_padding=False,
                                 attn_implementation="sdpa")
    data = _update_batch(model.config.vocab_size)
    old = actor.compute_log_prob(data, temperature=1.0, micro_batch_size=4)[0]
    # the teacher is 2 nats more confident than the student on the first two samples, 2 nats less on the rest
    prefers = torch.zeros_like(old, dtype=torch.bool)
    prefers[:2] = True
    data.batch["old_log_probs"] = old
    data.batch["teacher_log_probs"] = old + torch.where(prefers, 2.0, -2.0)
    data.meta_info["distill"] = {"type": "sdar", "coef": 1.0, "gate_beta": 5.0}
    metrics = actor.update_policy(data)
    new = actor.compute_log_prob(data, temperature=1.0, micro_batch_size=4)[0]
    assert metrics["sdar/gate_active_ratio"] == pytest.approx(0.5)
    raised = (new - old)[prefers].mean()
    assert raised > 0.05, f"the update did not raise the teacher-preferred tokens ({raised:.4f})"
    # advantages are 0, so only the gated push moved anything: the other tokens (gate ~ 5e-5) move much less
    assert (new - old)[~prefers].abs().mean() < 0.5 * raised
