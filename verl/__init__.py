"""SDAR training engine (verl-compatible layout)."""
