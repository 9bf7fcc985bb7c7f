"""PPO-family training: step loop, pure RL math (``core_algos``) and self-distillation losses (``distill``).

Importing this package stays cheap (no Ray, no models): pure-math modules are imported explicitly,
e.g. ``from verl.trainer.ppo import core_algos``.
"""
