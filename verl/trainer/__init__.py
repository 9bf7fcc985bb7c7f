"""Trainer package: entry points, the PPO step loop and the pure training math (``verl.trainer.ppo``)."""
