"""Scaling out: the Ray engine and loading its output into a store."""
