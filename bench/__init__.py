"""Benchmarks and the CI scale guard: bench-only settings, URLs and the tools that measure them."""
