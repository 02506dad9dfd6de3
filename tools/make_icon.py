"""Draw the application icon (resources/icons/biddesk.png and .ico): the character 评 on a seal-red square.

Run once after changing the design; the files are committed. Uses the bundled font (no network, no system
font), so the icon is the same wherever it is drawn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"
RED = (178, 34, 34, 255)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    pad = size // 16
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill=RED)
    inner = size // 9
    d.rounded_rectangle((inner, inner, size - inner, size - inner), radius=size // 9, outline=(255, 255, 255, 230),
                        width=max(1, size // 40))
    font = ImageFont.truetype(str(FONT), int(size * 0.58))
    box = d.textbbox((0, 0), "评", font=font)
    x = (size - (box[2] - box[0])) / 2 - box[0]
    y = (size - (box[3] - box[1])) / 2 - box[1]
    d.text((x, y), "评", font=font, fill=(255, 255, 255, 255))
    return image


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "biddesk.png")
    big.save(OUT / "biddesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(OUT / "biddesk.png", OUT / "biddesk.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
