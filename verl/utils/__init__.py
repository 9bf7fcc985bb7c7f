"""Utilities: config loading/validation, checkpoints, tracking, tiny models, Ray start-up, torch helpers."""
