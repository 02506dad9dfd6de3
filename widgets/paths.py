"""The old name of :mod:`widgets.problem_texts` (which holds problem texts, not paths), for its last importers."""

from widgets.problem_texts import describe_path, describe_problem, message_words

__all__ = ["describe_path", "describe_problem", "message_words"]
