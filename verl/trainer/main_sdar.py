"""Entry point: python -m verl.trainer.main_sdar [hydra overrides]  (preset: algorithm.method=sdar).

OPSD and GRPO+OPSD run through this entry too: algorithm.method=opsd sets
actor_rollout_ref.actor.pg_loss_coef=0; algorithm.method=grpo_opsd sets algorithm.sdar.gate_beta=0.
"""
from verl.trainer.main_ppo import main_with_method

main = main_with_method("sdar")

if __name__ == "__main__":
    main()
