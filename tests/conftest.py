"""Test set-up: Qt runs offscreen before anything imports it; shared paths and helpers."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The memory of checked project files (app/persistence/checked.py): the tests' own, never the user's.
os.environ["BIDDESK_CACHE"] = tempfile.mkdtemp(prefix="biddesk-cache-")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
