"""Time to import .mpp files: MPXJ in its Java process, then pmdesk's MS Project XML reader.

    python benchmarks/import_mpp.py [FILE.mpp ...]

Without files it reads every .mpp in ../shared/oracle (mpp/ and features/). For each file
it prints the size, ``mpxj_s`` (starting the child process and Java, MPXJ reading the .mpp
and writing it as XML: nearly all of it is Java's start-up and class loading, paid on every
import) and ``xml_s`` (pmdesk reading that XML). Needs ``pip install -e ".[mpp]"`` and Java.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pmdesk.interchange.mpp import mpp_to_mspdi
from pmdesk.interchange.mspdi import read_mspdi

ORACLE = Path(__file__).resolve().parents[1].parent / "shared" / "oracle"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted(
        p for folder in ("mpp", "features") for p in (ORACLE / folder).glob("*.mpp")
    )
    if not files:
        parser.error(f"no .mpp files given, and none in {ORACLE}")
    print(f"{'file':<40} {'kB':>6} {'tasks':>6} {'mpxj_s':>7} {'xml_s':>6}")
    for path in files:
        started = time.perf_counter()
        xml = mpp_to_mspdi(path)
        converted = time.perf_counter()
        plan = read_mspdi(xml)
        done = time.perf_counter()
        print(
            f"{path.name[:40]:<40} {path.stat().st_size / 1000:6.0f} {len(plan.tasks):6d} "
            f"{converted - started:7.2f} {done - converted:6.2f}"
        )


if __name__ == "__main__":
    main()
