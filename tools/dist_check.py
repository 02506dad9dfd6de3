"""`make dist-check`: the standalone bundle does what the source does.

1. ``biddesk evaluate`` of every bundled sample prints exactly the JSON the source prints;
2. the window starts under Xvfb on the sample (a fresh user: its own settings and data folders), paints,
   saves what it shows and quits; the start time (process start to the saved first paint) is printed;
3. the fonts, translations (BidDesk's and Qt's Chinese), samples, bid forms, guide and licences are inside.

Prints each check and exits 1 on the first failure. Needs ``xvfb-run`` (tools/ensure-system-deps.sh gui).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fail(text: str) -> int:
    print(f"FAIL {text}")
    return 1


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "biddesk"
    exe = bundle / ("biddesk.exe" if os.name == "nt" else "biddesk")
    if not exe.is_file():
        return fail(f"{exe}: no bundle (run make dist)")
    inside = bundle / "_internal"
    for part in ("resources/fonts/gbsn00lp.ttf", "resources/fonts/wqy-microhei.ttc",
                 "resources/translations/biddesk_en.qm", "resources/samples/pingdingshan-001.json",
                 "resources/THIRD-PARTY-LICENSES.md", "resources/icons/biddesk.png", "docs/user-guide.md",
                 "forms/bid"):
        if not (inside / part).exists():
            return fail(f"{part} is not in the bundle")
    if not list(inside.glob("PySide6/Qt/translations/qtbase_zh_CN.qm")):
        return fail("Qt's Chinese translation is not in the bundle")
    print("ok the bundle holds the fonts, translations, samples, forms, guide and licences")
    for sample in sorted((ROOT / "resources" / "samples").glob("*.json")):
        frozen = subprocess.run([str(exe), "evaluate", str(sample)], capture_output=True, text=True, check=False)
        source = subprocess.run([sys.executable, str(ROOT / "main.py"), "evaluate", str(sample)],
                                capture_output=True, text=True, check=False)
        if frozen.returncode != 0 or frozen.stdout != source.stdout:
            return fail(f"evaluate {sample.name}: the bundle gives another result ({frozen.stderr.strip()[:200]})")
        print(f"ok evaluate {sample.name}: the same JSON as the source")
    with tempfile.TemporaryDirectory() as home:
        shot = Path(home) / "first-paint.png"
        env = {**os.environ, "HOME": home, "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
               "BIDDESK_SMOKE": str(shot)}
        env.pop("QT_QPA_PLATFORM", None)
        start = time.perf_counter()
        run = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", str(exe), "--demo"], env=env,
                             capture_output=True, text=True, timeout=120, check=False)
        took = time.perf_counter() - start
        if run.returncode != 0 or not shot.is_file() or shot.stat().st_size < 10_000:
            return fail(f"the window did not show (exit {run.returncode}): {run.stderr.strip()[-400:]}")
        print(f"ok the window opened on the sample under Xvfb and painted ({took:.2f} s including Xvfb's start "
              f"and a 0.3 s wait after the first paint); first paint saved to {shot.name}")
        keep = ROOT / "build" / "dist-check-first-paint.png"
        keep.parent.mkdir(parents=True, exist_ok=True)
        keep.write_bytes(shot.read_bytes())
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    print(f"ok bundle size {size / 2**20:.0f} MB ({bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
