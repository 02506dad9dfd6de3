"""BidDesk 评标台 — the composition root.

``python main.py COMMAND …`` runs a headless command (no Qt is imported, so it starts fast);
``python main.py [PROJECT_FILE | --demo]`` opens the window.
"""

from __future__ import annotations

import gc
import sys

#: A command is a short run that builds many objects (a score each, half a million in a province-sized file) with
#: next to no reference cycles, and frees them at exit: the cyclic collector walking them every 700 allocations
#: cost a third of `evaluate` on the huge case (and its full collections grow with the heap). A command collects
#: every million allocations (the same peak memory on the report pack); the window keeps Python's defaults.
COMMAND_GC = (1_000_000, 1000, 1000)


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line or the desktop window."""
    args = list(sys.argv[1:] if argv is None else argv)
    defaults = gc.get_threshold()
    gc.set_threshold(*COMMAND_GC)
    from app.cli import COMMAND_MODULES

    if args and (args[0] in COMMAND_MODULES or args[0] in ("-h", "--help")):
        from app.cli import main as cli_main

        return cli_main(args)
    gc.set_threshold(*defaults)
    from widgets.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
