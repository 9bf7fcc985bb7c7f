"""The paper's methods as configuration of one trainer (DESIGN.md §2.1).

A method decides four things: whether the teacher forward runs, whether skills go into the student's
prompt, which auxiliary distillation loss the actor adds, and whether advantages are reweighted.

| method     | teacher | student skills | actor aux loss             | advantages            | notes (METHOD.md)      |
|------------|---------|----------------|----------------------------|-----------------------|------------------------|
| grpo       | no      | no             | -                          | GRPO                  | §1.3                   |
| skill_grpo | no      | yes            | -                          | GRPO                  | §1.9, two val passes   |
| sdar       | yes     | no             | SDAR gated (coef, beta)    | GRPO                  | §1.5                   |
| opsd       | yes     | no             | SDAR gated, pg_loss_coef=0 | GRPO (unused)         | §1.6                   |
| grpo_opsd  | yes     | no             | SDAR with beta=0 (gate .5) | GRPO                  | §1.6: teacher-free     |
| rlsd       | yes     | no             | -                          | RLSD token reweighting| §1.7                   |
| skill_sd   | yes     | no             | SDL (rho * k3)             | GRPO                  | §1.8                   |
"""
from __future__ import annotations

from dataclasses import dataclass

from omegaconf import DictConfig, open_dict


# Which algorithm.<section> holds a method's skill settings.
SKILL_SECTION = {"sdar": "sdar", "opsd": "sdar", "grpo_opsd": "sdar", "rlsd": "rlsd", "skill_sd": "skillsd",
                 "skill_grpo": "skill_grpo"}


def apply_method_preset(config: DictConfig, method: str) -> DictConfig:
    """Set algorithm.method and the values that define OPSD / GRPO+OPSD, as their launch scripts do."""
    with open_dict(config):
        config.algorithm.method = method
        if method == "opsd":
            config.actor_rollout_ref.actor.pg_loss_coef = 0.0
        elif method == "grpo_opsd":
            config.algorithm.sdar.gate_beta = 0.0
    return config


@dataclass(frozen=True)
class MethodSpec:
    name: str
    needs_teacher: bool
    student_skills: bool
    skill_section: str | None

    @classmethod
    def from_config(cls, config: DictConfig) -> "MethodSpec":
        name = config.algorithm.method
        teacher = name in ("sdar", "opsd", "grpo_opsd", "rlsd", "skill_sd")
        return cls(name=name, needs_teacher=teacher, student_skills=name == "skill_grpo",
                   skill_section=SKILL_SECTION.get(name))

    def skill_config(self, config: DictConfig) -> DictConfig | None:
        return config.algorithm[self.skill_section] if self.skill_section else None

    def distill_spec(self, config: DictConfig, step: int) -> dict | None:
        """What the actor adds to its loss this step (meta_info["distill"] of update_actor)."""
        algo = config.algorithm
        if self.name in ("sdar", "opsd", "grpo_opsd"):
            kind = "topk_reverse_kl" if algo.sdar.distill_loss == "topk_reverse_kl" else "sdar"
            return {"type": kind, "coef": float(algo.sdar.sdar_coef), "gate_beta": float(algo.sdar.gate_beta),
                    "topk": int(algo.sdar.topk)}
        if self.name == "skill_sd":
            from verl.trainer.ppo.distill import skillsd_coef_schedule

            coef = skillsd_coef_schedule(float(algo.skillsd.sdl_lambda), step, int(algo.skillsd.warmdown_steps),
                                         faithful=bool(algo.skillsd.faithful))
            return {"type": "sdl", "coef": float(coef)}
        return None

    def rlsd_lambda(self, config: DictConfig, step: int) -> float | None:
        if self.name != "rlsd":
            return None
        from verl.trainer.ppo.distill import rlsd_lambda_schedule

        return float(rlsd_lambda_schedule(float(config.algorithm.rlsd.rlsd_lambda), step,
                                          int(config.algorithm.rlsd.warmdown_steps)))
