"""Environment managers (base interface, make_envs), env packages, prompts and parallel env workers."""
