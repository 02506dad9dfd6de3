"""The program's version (the same as pyproject.toml's; a test keeps them equal)."""

VERSION = "0.1.0"
