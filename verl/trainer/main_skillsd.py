"""Entry point: python -m verl.trainer.main_skillsd [hydra overrides]  (preset: algorithm.method=skill_sd).

Same program as main_ppo; only the method preset differs (verl/trainer/methods.py).
"""
from verl.trainer.main_ppo import main_with_method

main = main_with_method("skill_sd")

if __name__ == "__main__":
    main()
