#!/usr/bin/env python3
"""Write the Excel template the agent fills to import a scoring matrix and checklists.

    python tools/make_templates.py

Writes ``resources/templates/评分标准模板.xlsx``: the sheets 评分标准, 资格审查 and 符合性审查 with
their headers (and drop-downs for 评分方式, 客观分, 暗标), plus 说明, which explains every column.
The columns are documented in docs/templates.md and read by app/exchange/setup_xlsx.py.
Re-running gives identical bytes (fixed timestamps).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.exchange.setup_xlsx import write_template  # noqa: E402 - after the path set-up

OUT = ROOT / "resources" / "templates" / "评分标准模板.xlsx"
_STAMP = "2025-01-01T00:00:00Z"


def deterministic(data: bytes) -> bytes:
    """The workbook with fixed zip timestamps and a fixed modification time in its properties."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{_STAMP}\g<2>", text)
                body = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def main() -> int:
    """Write the template."""
    buffer = io.BytesIO()
    write_template(buffer)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(deterministic(buffer.getvalue()))
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
