"""One package per environment (toy, alfworld, webshop, search), each exposing make_manager(env_cfg, split)."""
