"""Bulk drafting: throughput, wall time and peak memory of `complaint-kit batch`.

    python bench/bench_batch.py [--cases N] [--workers W] [--doc KIND] [--keep DIR]

It writes N synthetic cases (default 10,000; invented names and numbers, 2 to 6 contacts each,
some at night, some to relatives and colleagues, some with threats) as JSONL, and the first
N/10 of them as a second file, then runs ``python -m complaint_kit batch FILE --workers W``
(default 2) on each in a fresh output folder, in a separate process. While it runs it samples
the peak RSS (VmHWM in /proc, so Linux only) of the batch's parent process and of each worker
process. It prints cases per second, wall time, the CPU time of the batch and its workers
(on a shared virtual machine the wall time of the same run varies with the neighbours' load;
the CPU time varies less), and the peak RSS of the parent and of the largest worker for N and
N/10: flat memory means the two sizes show about the same peaks.
Run it by hand; it is not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

THREATS = ["再不还钱明天上门！", "不还就让你坐牢。", "把你欠钱的事告诉你全部通讯录。",
           "您的借款已逾期，请及时还款。", "老赖，今晚不还后果自负！", "我们已经到你单位楼下了。"]
RELATIONS = ["debtor", "debtor", "debtor", "parent", "colleague", "contact"]


def synthetic_case(n: int, rng: random.Random) -> dict:
    incidents = []
    for i in range(rng.randint(2, 6)):
        hour = rng.choice([9, 10, 14, 16, 22, 23, 0, 7])
        incidents.append({
            "time": f"2026-{rng.randint(1, 3):02}-{rng.randint(1, 28):02} {hour:02}:{i * 7:02}",
            "channel": rng.choice(["sms", "call", "sms", "im"]),
            "respondent": rng.choice(["lender", "agency"]),
            "from_number": f"170000{n % 100000:05}",
            "to": {"relation": rng.choice(RELATIONS)},
            "content": rng.choice(THREATS),
        })
    return {
        "id": f"bench-{n:06}", "jurisdiction": "cn",
        "complainant": {"name": f"测试{n}", "phone": f"138{n % 100000000:08}"},
        "respondents": [
            {"id": "lender", "role": "lender", "type": rng.choice(
                ["small_loan", "online_platform", "consumer_finance", "bank"]),
             "name": f"示例贷款{n % 50}有限公司"},
            {"id": "agency", "role": "collection_agency", "type": "collection_agency",
             "name": f"示例催收{n % 30}有限公司", "acting_for": "lender"}],
        "debt": {"lender": "lender", "principal": rng.randint(1, 50) * 1000},
        "incidents": incidents,
    }


def write_cases(path: Path, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for n in range(count):
            f.write(json.dumps(synthetic_case(n, rng), ensure_ascii=False) + "\n")


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _is_helper(pid: int) -> bool:
    """multiprocessing's resource tracker is a child too, but it drafts nothing."""
    try:
        return b"resource_tracker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True


def _cpu_seconds() -> float:
    """CPU time of this process's finished children (the batch, with its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_batch(jsonl: Path, out: Path, workers: int, doc: str | None) -> dict:
    args = [sys.executable, "-m", "complaint_kit", "batch", str(jsonl), "--out", str(out),
            "--workers", str(workers), "--no-progress"]
    if doc:
        args += ["--doc", doc]
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    parent_peak, worker_peaks = 0, {}
    while proc.poll() is None:
        parent_peak = max(parent_peak, _hwm_kb(proc.pid))
        for child in _children(proc.pid):
            if _is_helper(child):
                continue
            worker_peaks[child] = max(worker_peaks.get(child, 0), _hwm_kb(child))
        time.sleep(0.1)
    wall = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({proc.returncode}):\n{stderr}")
    with (out / "report.csv").open(encoding="utf-8-sig") as f:
        cases = sum(1 for _ in f) - 1
    return {"cases": cases, "wall": wall, "cpu": cpu, "parent_mb": parent_peak / 1024,
            "worker_mb": max(worker_peaks.values(), default=0) / 1024,
            "workers_seen": len(worker_peaks), "summary": stderr.strip().splitlines()[-2:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--doc", help="draft only this document kind (default: all called for)")
    parser.add_argument("--keep", type=Path, help="keep the inputs and outputs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        print(f"complaint-kit batch, {args.workers} workers"
              + (f", --doc {args.doc}" if args.doc else "") + f", {os.cpu_count()} CPUs")
        results = []
        for count in (max(1, args.cases // 10), args.cases):
            jsonl = root / f"cases-{count}.jsonl"
            write_cases(jsonl, count)
            r = run_batch(jsonl, root / f"out-{count}", args.workers, args.doc)
            results.append(r)
            print(f"  {r['cases']:>7} cases: {r['wall']:8.1f} s wall, "
                  f"{r['cases'] / r['wall']:7.1f} cases/s, peak RSS parent "
                  f"{r['parent_mb']:6.1f} MB, largest worker {r['worker_mb']:6.1f} MB "
                  f"({r['workers_seen']} workers seen)")
            print(f"           CPU {r['cpu']:.1f} s in all, {r['cpu'] / r['cases'] * 1000:.1f} ms "
                  f"per case, {r['cpu'] / args.workers:.1f} s for each of {args.workers} cores")
            for line in r["summary"]:
                print(f"           {line}")
        small, big = results
        print(f"  peak RSS ratio N / (N/10): parent {big['parent_mb'] / small['parent_mb']:.2f}, "
              f"worker {big['worker_mb'] / max(small['worker_mb'], 1e-9):.2f} (1.00 = flat)")


if __name__ == "__main__":
    main()
