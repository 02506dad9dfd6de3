"""Headless commands (`python main.py COMMAND …` or the `bideval` script); no Qt is imported here.

Results go to stdout, problems to stderr, one line each naming the place. Exit status: 0 success,
2 bad input, 1 any other failure (cli.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from app.domain.problems import InvalidInput, Problem
from app.persistence.errors import StorageError

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Sub-command name → (help, argument builder, handler). Other modules add their commands here.
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, help_text: str, build: Callable[[argparse.ArgumentParser], None]) -> Callable[
    [Callable[[argparse.Namespace], int]], Callable[[argparse.Namespace], int]
]:
    """Register a sub-command."""

    def register(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = (help_text, build, handler)
        return handler

    return register


def report_problems(problems: Sequence[Problem | str]) -> int:
    """Print one line per problem on stderr and return the bad-input exit status."""
    from app.domain.problems import capped

    items = [p if isinstance(p, Problem) else Problem("", p) for p in problems]
    for line in capped(items):
        print(line, file=sys.stderr)
    return EXIT_BAD_INPUT


def is_project_file(path: Path) -> bool:
    """Whether a file is a project file (SQLite), judged by its content, not its name."""
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def read_input_file(path_text: str) -> bytes:
    """The bytes of an input file; raises InvalidInput naming the file when it cannot be read."""
    try:  # open() rather than pathlib (what Path.read_bytes does): `evaluate` starts without loading pathlib
        with open(path_text, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InvalidInput([Problem.of(path_text, "cli.no_such_file", "no such file")]) from None
    except IsADirectoryError:
        raise InvalidInput([Problem.of(path_text, "cli.folder_not_file", "is a folder, not a file")]) from None
    except OSError as exc:
        raise InvalidInput([Problem.of(path_text, "cli.cannot_read", "cannot be read: %1", exc.strerror)]) from None


def _evaluate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="an exchange file (bideval/1 JSON) or a project file")


@command("evaluate", "compute the result (bideval-result/1 JSON) of an exchange or project file", _evaluate_args)
def _evaluate(args: argparse.Namespace) -> int:
    from app.domain.engine import evaluate
    from app.exchange.reader import loads
    from app.exchange.writer import dumps, result_to_doc

    data = read_input_file(args.file)
    if data.startswith(SQLITE_MAGIC):
        from pathlib import Path

        from app.services.project_io import load_project_evaluation

        ev = load_project_evaluation(Path(args.file))
    else:
        ev = loads(data)
    sys.stdout.write(dumps(result_to_doc(evaluate(ev))))
    return EXIT_OK


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every registered sub-command (or just the command ``only``)."""
    import argparse

    _load_command_modules(only)
    parser = argparse.ArgumentParser(prog="bideval", description="BidDesk 评标台 headless commands")
    subs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # a named command gets only its own sub-parser: its options, help and errors are the same, and the
    # other commands' parsers (gettext looks up a catalogue for every word argparse says) are not built
    names = [only] if only is not None and only in COMMANDS else list(COMMANDS)
    for name in names:
        help_text, build, handler = COMMANDS[name]
        sub = subs.add_parser(name, help=help_text, description=help_text)
        build(sub)
        sub.set_defaults(handler=handler)
    return parser


#: Which module registers which command: a command loads only its own module (``evaluate`` starts fast);
#: ``--help`` and an unknown name load them all. tests/app/test_project_cli.py keeps the table complete.
COMMAND_MODULES: dict[str, str] = {
    "art64": "app.cli_art64", "audit": "app.cli_audit", "backup": "app.cli_project", "check": "app.cli_project",
    "evaluate": "app.cli", "export": "app.cli_project", "finalise": "app.cli_project", "import": "app.cli_project",
    "import-responses": "app.cli_respond", "negotiate": "app.cli_negotiate", "package": "app.cli_package",
    "publish-tender": "app.cli_respond", "reopen": "app.cli_project", "report": "app.cli_reports",
    "respond": "app.cli_respond", "room": "app.cli_room", "score": "app.cli_project", "screen": "app.cli_screen",
    "screen-conclude": "app.cli_screen_records", "screen-record": "app.cli_screen_records",
    "screen-show": "app.cli_screen_records", "submit": "app.cli_project", "verify": "app.cli_reports",
}


def _load_command_modules(only: str | None = None) -> None:
    """Import the modules that register further commands (all of them, or the one of ``only``)."""
    import importlib

    modules = sorted(set(COMMAND_MODULES.values()) - {"app.cli"})
    if only is not None and only in COMMAND_MODULES:
        modules = [m for m in modules if m == COMMAND_MODULES[only]]
    for module in modules:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit status."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 2 and given[0] == "evaluate" and not given[1].startswith("-"):
        # the most frequent command, parsed as argparse would parse it, without loading argparse (3% of it)
        args: argparse.Namespace | SimpleNamespace = SimpleNamespace(command="evaluate", file=given[1],
                                                                     handler=_evaluate)
    else:
        args = build_parser(given[0] if given and given[0] in COMMAND_MODULES else None).parse_args(given)
    try:
        status: int = args.handler(args)
        return status
    except InvalidInput as exc:
        return report_problems(exc.problems)
    except StorageError as exc:  # a locked, read-only or full disk: not the input's fault
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FAILURE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
