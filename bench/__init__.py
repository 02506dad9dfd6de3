"""Benchmarks: they print figures and never assert times."""
