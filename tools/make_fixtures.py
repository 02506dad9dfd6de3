"""Make the project-file fixture of the current schema version: ``tests/fixtures/project-vX.Y.bidesk``.

Run once per released schema version and commit the result (a binary file) with its expected export
(``project-vX.Y.expected.json``). Files of past versions are never remade: they are the real files
users have, which every later BidDesk must open and migrate (tests/app/test_project_schema.py).

    .venv/bin/python tools/make_fixtures.py [--force]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.persistence.schema import SCHEMA_VERSION  # noqa: E402
from app.persistence.store import remove_with_sidecars  # noqa: E402
from app.services.project_io import export_exchange, import_exchange  # noqa: E402

SOURCE = ROOT / "resources" / "samples" / "pingdingshan-001.json"
FIXTURES = ROOT / "tests" / "fixtures"


def main(argv: list[str] | None = None) -> int:
    """Import the Pingdingshan sample into the fixture of the current schema version."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="remake the current version's fixture")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    project = FIXTURES / f"project-v{SCHEMA_VERSION}.bidesk"
    expected = FIXTURES / f"project-v{SCHEMA_VERSION}.expected.json"
    if project.exists():
        if not args.force:
            print(f"{project} exists (a released schema's fixture is never remade; --force for the current one)")
            return 1
        remove_with_sidecars(project)
    import_exchange(SOURCE, project, by="tools/make_fixtures.py")
    export_exchange(project, expected)
    print(f"wrote {project.relative_to(ROOT)} ({project.stat().st_size} bytes) and {expected.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
