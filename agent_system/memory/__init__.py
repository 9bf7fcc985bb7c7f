"""History windows shown to the policy (the model sees past actions, never its past reasoning)."""
from agent_system.memory.simple import SearchMemory, SimpleMemory

__all__ = ["SimpleMemory", "SearchMemory"]
