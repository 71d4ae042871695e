#!/usr/bin/env python3
"""make bench: the whole ingest pipeline at batch scale, against pdftotext in the same run.

    python3 bench/bench_ingest.py [--count 2000] [--rss-count 5000] [--bin .build/release/dpiatlas]
                                  [--json output/bench-ingest.json]

Measures, on a generated bench corpus (corpus/tools/bench_corpus.py, deterministic):
  1. ingest of the whole corpus (PDF, DOCX and broken files) with --jobs 1 and --jobs 2:
     documents/s, pages/s, peak RSS of the ingest process and of its extraction workers;
  2. ingest of its PDFs alone against bare `pdftotext` over the same files with the same number of
     processes (xargs -P): the ratio is our wall time over pdftotext's;
  3. re-ingest of the unchanged corpus into the same database: its time as a share of the first run's;
  4. with --rss-count: an ingest of that many files, sampling the ingest process's RSS, to show
     whether memory grows with the number of documents (peak up to the 1,000th file against the peak
     over the whole run).
Not a timed test: it prints figures (and writes them as JSON). Nothing here downloads anything.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRESS = re.compile(r"progress: (\d+)/(\d+) files")


def bench_corpus(count: int) -> Path:
    """The generated corpus of `count` files under output/, made once and reused."""
    folder = REPO / "output" / f"bench-corpus-{count}"
    if not (folder / "manifest.jsonl").exists():
        print(f"generating {count} bench documents in {folder.relative_to(REPO)} …", flush=True)
        subprocess.run(
            [sys.executable, str(REPO / "corpus/tools/bench_corpus.py"), "--count", str(count), "--out", str(folder)],
            check=True, stdout=subprocess.DEVNULL)
    return folder


def documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".pdf", ".docx") and p.is_file())


def is_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def own_cpu_seconds(pid: int) -> float | None:
    """The CPU time (user + system) of the process itself, without its children."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (the extraction workers)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                # pid (comm) state ppid …; comm may hold spaces, so split after its closing parenthesis.
                if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
        except (OSError, IndexError, ValueError):
            pass
    return found


class Sampler:
    """Samples the RSS of a process and of its children every `interval` seconds, with the number of
    files done as the process's progress lines last said."""

    def __init__(self, process: subprocess.Popen, interval: float = 0.2):
        self.process = process
        self.interval = interval
        self.done = 0
        self.samples: list[tuple[int, int]] = []  # (files done, main RSS KiB)
        self.worker_peak = 0
        self.main_cpu = 0.0  # the loading process's own CPU seconds, as last sampled
        self.log: list[str] = []
        self.threads = [threading.Thread(target=self.sample), threading.Thread(target=self.read_progress)]
        for thread in self.threads:
            thread.start()

    def sample(self) -> None:
        while self.process.poll() is None:
            self.samples.append((self.done, rss_kib(self.process.pid)))
            self.main_cpu = own_cpu_seconds(self.process.pid) or self.main_cpu
            for child in children(self.process.pid):
                self.worker_peak = max(self.worker_peak, rss_kib(child))
            time.sleep(self.interval)

    def read_progress(self) -> None:
        for line in self.process.stderr:
            self.log.append(line)
            if match := PROGRESS.search(line):
                self.done = int(match.group(1))

    def join(self) -> None:
        for thread in self.threads:
            thread.join()


def ingest(binary: Path, paths: list[Path], db: Path, jobs: int, progress_every: float | None = None) -> dict:
    """One `dpiatlas ingest` run; its summary JSON with wall time and RSS figures added."""
    summary = db.with_suffix(".summary.json")
    command = [str(binary), "ingest", *map(str, paths), "--db", str(db), "--jobs", str(jobs),
               "--summary-json", str(summary)]
    command += ["--progress-interval", str(progress_every)] if progress_every else ["--quiet"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               cwd=REPO)
    sampler = Sampler(process)
    process.wait()
    sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 2):
        sys.exit(f"bench: ingest failed with exit code {process.returncode}:\n{''.join(sampler.log[-20:])}")
    result = json.loads(summary.read_text())
    result["wall"] = wall
    result["cpu"] = cpu
    result["main_cpu"] = sampler.main_cpu
    result["peak_rss_mib"] = max((rss for _, rss in sampler.samples), default=0) / 1024
    result["worker_peak_rss_mib"] = sampler.worker_peak / 1024
    result["samples"] = sampler.samples
    return result


def pdftotext(pdfs: list[Path], jobs: int) -> tuple[float, float]:
    """Wall and CPU time of bare pdftotext over the files, `jobs` at a time, one process per file."""
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "list"
        listing.write_bytes(b"\0".join(str(p).encode() for p in pdfs))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            f"xargs -0 -P {jobs} -I{{}} sh -c 'pdftotext -q \"$1\" - >/dev/null 2>&1 || true' _ {{}} < {listing}",
            shell=True, check=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def line(label: str, run: dict) -> str:
    counts = run["counts"]
    wall = run["wall"]
    return (f"  {label:<24} {wall:6.1f} s (CPU {run['cpu']:6.1f} s, loader {run['main_cpu']:5.1f} s)  "
            f"{counts['filesSeen'] / wall:5.1f} files/s  "
            f"{run['pages'] / wall:7.0f} pages/s  RSS {run['peak_rss_mib']:5.0f} MiB "
            f"(workers {run['worker_peak_rss_mib']:4.0f} MiB)  "
            f"{counts['documentsLoaded']} loaded, {counts['documentsSkipped']} skipped, {counts['failures']} failed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rss-count", type=int, default=5000, help="0 skips the memory-growth run")
    parser.add_argument("--bin", type=Path, default=REPO / ".build/release/dpiatlas")
    parser.add_argument("--json", type=Path, default=REPO / "output/bench-ingest.json")
    arguments = parser.parse_args()
    if not arguments.bin.exists():
        sys.exit(f"bench: build {arguments.bin} first (make build)")
    if shutil.which("pdftotext") is None:
        sys.exit("bench: pdftotext (poppler-utils) is missing")

    folder = bench_corpus(arguments.count)
    files = documents(folder)
    pdfs = [f for f in files if f.stat().st_size > 0 and is_pdf(f)]
    figures: dict = {"files": len(files), "pdfs": len(pdfs), "cores": os.cpu_count()}
    print(f"bench corpus: {len(files)} files ({len(pdfs)} PDF) in {folder.relative_to(REPO)}; "
          f"{os.cpu_count()} cores", flush=True)

    with tempfile.TemporaryDirectory(prefix="atlas-bench-") as scratch:
        work = Path(scratch)
        print("\nwhole corpus (PDF, DOCX, broken files):", flush=True)
        runs = {}
        for jobs in (1, 2):
            runs[jobs] = ingest(arguments.bin, [folder], work / f"all-{jobs}.sqlite", jobs)
            print(line(f"ingest --jobs {jobs}", runs[jobs]), flush=True)
        scaling = runs[1]["wall"] / runs[2]["wall"]
        print(f"  2 jobs against 1: {scaling:.2f}× (target ≥ 1.8×); load average before: {os.getloadavg()[0]:.1f}")

        again = ingest(arguments.bin, [folder], work / "all-2.sqlite", 2)
        share = again["wall"] / runs[2]["wall"]
        print(line("re-ingest, unchanged", again))
        print(f"  re-ingest takes {share:.1%} of the first run (target < 5%)", flush=True)

        print(f"\nPDFs only ({len(pdfs)} files), against bare pdftotext on the same files:", flush=True)
        against = {}
        for jobs in (1, 2):
            reference, reference_cpu = pdftotext(pdfs, jobs)
            ours = ingest(arguments.bin, pdfs, work / f"pdf-{jobs}.sqlite", jobs)
            against[jobs] = {"pdftotext": reference, "pdftotext_cpu": reference_cpu, "ingest": ours["wall"],
                             "ingest_cpu": ours["cpu"], "ratio": ours["wall"] / reference,
                             "cpu_ratio": ours["cpu"] / reference_cpu}
            print(f"  {jobs} process(es): pdftotext {reference:6.1f} s (CPU {reference_cpu:5.1f} s), dpiatlas ingest "
                  f"{ours['wall']:6.1f} s (CPU {ours['cpu']:5.1f} s): {ours['wall'] / reference:.2f}× wall, "
                  f"{ours['cpu'] / reference_cpu:.2f}× CPU (target ≤ 1.2×)", flush=True)

        figures.update({
            "runs": {str(jobs): {k: v for k, v in run.items() if k != "samples"} for jobs, run in runs.items()},
            "scaling_2_over_1": scaling,
            "reingest": {"wall": again["wall"], "share_of_first": share},
            "against_pdftotext": against,
        })

        if arguments.rss_count:
            big = bench_corpus(arguments.rss_count)
            run = ingest(arguments.bin, [big], work / "rss.sqlite", 2, progress_every=0.5)
            early = max((rss for done, rss in run["samples"] if 0 < done <= 1000), default=0) / 1024
            print(f"\nmemory over {run['counts']['filesSeen']} files (--jobs 2):")
            print(line("ingest --jobs 2", run))
            print(f"  peak RSS of the ingest process: {early:.0f} MiB up to file 1,000, "
                  f"{run['peak_rss_mib']:.0f} MiB over all {run['counts']['filesSeen']} (target < 300 MB, flat)")
            checkpoints = {}
            for mark in range(1000, run["counts"]["filesSeen"] + 1, 1000):
                checkpoints[mark] = max((rss for done, rss in run["samples"] if done <= mark), default=0) / 1024
            print("  peak by files done: " + ", ".join(f"{mark}: {mib:.0f} MiB" for mark, mib in checkpoints.items()))
            figures["memory"] = {"files": run["counts"]["filesSeen"], "peak_to_1000_mib": early,
                                 "peak_mib": run["peak_rss_mib"], "worker_peak_mib": run["worker_peak_rss_mib"],
                                 "peak_by_files_done_mib": checkpoints, "wall": run["wall"]}

    arguments.json.parent.mkdir(parents=True, exist_ok=True)
    arguments.json.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"\nfigures written to {arguments.json.relative_to(REPO) if arguments.json.is_relative_to(REPO) else arguments.json}")


if __name__ == "__main__":
    main()
