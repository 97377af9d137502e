"""Time from starting Python to pmdesk's main window shown on the demo project.

Runs a fresh interpreter per sample (so imports are counted), opens the window as
``pmdesk`` does with no file and no recent file (the demo), and prints the median:

    python benchmarks/startup.py [--runs 5]

``launch_to_shown_ms`` runs from starting the interpreter to the window shown and painted.
Target on a 2-core laptop-class machine: under 1 s to a shown window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import time
t0 = time.perf_counter()
from pmdesk.app import application, start_window
app = application()
w = start_window(None)
shown = time.perf_counter()
shown_wall = time.time()
app.processEvents()
print(f"{(shown - t0) * 1000:.0f} {shown_wall:.6f}")
w.maybe_save = lambda: True
w.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    wall, inside = [], []
    with tempfile.TemporaryDirectory() as home:
        env["PMDESK_HOME"] = home
        for _ in range(args.runs):
            launched = time.time()
            out = subprocess.run([sys.executable, "-c", CHILD], env=env, check=True,
                                 capture_output=True, text=True).stdout
            inside_ms, shown_at = out.strip().splitlines()[-1].split()
            wall.append((float(shown_at) - launched) * 1000)
            inside.append(float(inside_ms))
    print(f"runs={args.runs} launch_to_shown_ms={statistics.median(wall):.0f} "
          f"import_to_shown_ms={statistics.median(inside):.0f}")


if __name__ == "__main__":
    main()
