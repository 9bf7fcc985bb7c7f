"""The env <-> policy loop that turns episodes into step samples."""
from agent_system.multi_turn_rollout.rollout_loop import TrajectoryCollector

__all__ = ["TrajectoryCollector"]
