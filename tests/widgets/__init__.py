"""Qt tests (pytest-qt)."""
