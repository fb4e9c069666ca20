"""Shrinks the rendered icons to 20-colour palette PNGs (flat artwork: no visible loss, a third of the bytes).
Run after `node scripts/render-icons.mjs`: `python3 scripts/quantize-icons.py` (needs Pillow), then recompress
them losslessly (the same pixels, 1 KiB less gzipped in all): `oxipng -o max --zopfli --strip safe
public/icons/*.png` (`cargo install oxipng`)."""
from pathlib import Path

from PIL import Image

for path in sorted(Path("public/icons").glob("*.png")):
    image = Image.open(path).convert("RGBA")
    image.quantize(colors=20, method=Image.Quantize.FASTOCTREE).save(path, optimize=True)
    print(path, path.stat().st_size)
