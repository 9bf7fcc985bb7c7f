"""Multi-turn agent environments, rollout loop, rewards and skills."""
