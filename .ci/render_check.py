#!/usr/bin/env python3
"""Opens the walkthrough's HTML page in headless Chromium and checks that it renders, Chinese
included: a screenshot of the page is compared with a screenshot of the same page whose CJK
characters are replaced by an unassigned code point. Without a CJK font Chromium draws both as the
same empty boxes, so equal screenshots mean missing glyphs and the check fails. Usage:
render_check.py <page.html> <work dir>. Exit status 0 when the page renders with its glyphs."""
import os
import re
import subprocess
import sys

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--window-size=1280,2400"]
CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def screenshot(html_path, png_path, profile):
    cmd = ["chromium", *CHROMIUM_FLAGS, "--user-data-dir=" + profile,
           "--screenshot=" + png_path, "file://" + os.path.abspath(html_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
    with open(png_path, "rb") as f:
        return f.read()


def main():
    page, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    with open(page, encoding="utf-8") as f:
        text = f.read()
    cjk = len(CJK.findall(text))
    real = screenshot(page, os.path.join(work, "page.png"), os.path.join(work, "p1"))
    if len(real) < 10_000:
        print(f"render check: the screenshot is only {len(real)} bytes: nothing rendered",
              file=sys.stderr)
        return 1
    if cjk == 0:
        print(f"render check: the page renders ({len(real)} bytes of screenshot; no Chinese "
              "text on it)")
        return 0
    blanked = os.path.join(work, "blanked.html")
    with open(blanked, "w", encoding="utf-8") as f:
        f.write(CJK.sub("\u0378", text))
    boxes = screenshot(blanked, os.path.join(work, "blanked.png"), os.path.join(work, "p2"))
    if real == boxes:
        print(f"render check: FAILED, the {cjk} Chinese characters render as empty boxes "
              "(no CJK font; install fonts-noto-cjk)", file=sys.stderr)
        return 1
    print(f"render check: the page renders, its {cjk} Chinese characters with glyphs "
          f"({len(real)} bytes of screenshot)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
