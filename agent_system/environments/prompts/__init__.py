"""Prompt templates, one module per environment (our own wording)."""
