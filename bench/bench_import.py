"""Reading SMS Backup & Restore exports: throughput and memory, against a bare ElementTree loop.

    python bench/bench_import.py [--messages N] [--repeat R] [--keep DIR]

It writes a synthetic backup of N messages (default 1,000,000: 70% SMS, 10% MMS in an
``sms-N.xml``, 20% calls in a ``calls-N.xml``, realistic bodies with CR LF, escapes and emoji
written as the app writes them), streamed to a temporary folder, and the same at a tenth of the
size. Then, each in a fresh subprocess so that peak RSS (``ru_maxrss``) belongs to one run only:

- reader:    ``SmsBackupImporter.read`` over both files, every record built;
- iterparse: a reference, ``xml.etree.ElementTree.iterparse`` (the C parser, no defences) with
             ``clear()`` on each finished element and the root emptied, over the same files
             (read through the reader's fix for the app's surrogate-pair emoji references,
             which expat otherwise refuses: "reference to invalid character number");
- merge:     (when ``complaint_kit.evidence.exports.import_records`` exists) the reader feeding the
             case merge: phone normalisation, selection, dedup, incidents for 2% of the records.

Each run is repeated R times (default 3), interleaved, and the best time is kept. It prints
records/s; peak RSS, as the child's VmHWM (on Linux ``ru_maxrss`` also counts this script's own
peak from before ``exec``, so it is shown too, but it is a floor, not the child's figure); the
peak above the RSS after imports; and the ratios: reader time / reference time, and peak RSS at
N / at N/10 (flat memory is a ratio near 1). Run it by hand; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ZONE = "Asia/Shanghai"

BODIES = [
    "【{lender}】尊敬的客户，您的借款{amount}元已逾期{days}天，请于今日18:00前还款，"
    "否则将联系您的紧急联系人。回复TD退订",
    "最后通知：再不还款我们将上门处理，并通知你的通讯录所有人。&#13;&#10;{name}",
    "你欠的{amount}元今天必须还清，不然我们就去你单位找你领导。",
    "{name}您好，您在{lender}的账单已出，本期应还{amount}元，请及时还款&#55357;&#56911;",
    "Your loan payment of {amount}.00 is {days} days overdue. Pay today or we will contact "
    "your employer and family.&#13;&#10;Reply STOP to opt out",
    "This is your FINAL notice. A case file &quot;{lender} v. you&quot; has been prepared. "
    "Call 10690000 now &amp; avoid court.",
    "Hi, it's me, running late, see you at 7 &#55357;&#56832;",
    "验证码：{days}{days}{days}，您正在登录{lender}，请勿泄露。",
    "好的，明天见",
    "Are you coming to dinner on Sunday?",
]
LENDERS = ["某某金融", "快借", "QuickCash", "LendNow", "易贷"]
NAMES = ["张先生", "李女士", "Mr Wang", "Ms Chen"]
IMAGE = "/9j/4AAQSkZJRgABAQAAAQABAAD" * 40  # a small base64 "attachment"


def _numbers(rng: random.Random) -> list[str]:
    return ([f"+86139{rng.randrange(10**8):08d}" for _ in range(3000)]
            + [f"138{rng.randrange(10**8):08d}" for _ in range(1500)]
            + [f"10690{rng.randrange(10**4):04d}" for _ in range(500)])


def _body(rng: random.Random) -> str:
    return rng.choice(BODIES).format(
        lender=rng.choice(LENDERS), name=rng.choice(NAMES), amount=rng.randrange(500, 50000),
        days=rng.randrange(1, 90))


def _readable(ms: int) -> str:
    t = time.gmtime(ms // 1000 + 8 * 3600)
    return f"{t.tm_year}\u5e74{t.tm_mon}\u6708{t.tm_mday}\u65e5 {t.tm_hour}:{t.tm_min:02d}:" \
           f"{t.tm_sec:02d}"


def write_backup(folder: Path, messages: int, seed: int = 1) -> list[Path]:
    """Write sms-N.xml (SMS and MMS) and calls-N.xml, streamed; returns their paths."""
    rng = random.Random(seed)
    numbers = _numbers(rng)
    sms_path, calls_path = folder / f"sms-{messages}.xml", folder / f"calls-{messages}.xml"
    n_calls = messages // 5
    n_texts = messages - n_calls
    head = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    with sms_path.open("w", encoding="utf-8", buffering=1 << 20) as out:
        out.write(f'{head}<smses count="{n_texts}" backup_set="bench" type="full">\n')
        ms = 1_472_278_200_000
        for i in range(n_texts):
            ms += rng.randrange(1_000, 120_000)
            number = rng.choice(numbers)
            if i % 8 == 7:  # one in eight of the texts is an MMS
                box = rng.choice("1112")
                image = (f'      <part seq="0" ct="image/jpeg" name="a.jpg" chset="null" '
                         f'cl="a.jpg" data="{IMAGE}" />\n' if i % 3 == 0 else "")
                out.write(
                    f'  <mms date="{ms}" ct_t="application/vnd.wap.multipart.related" '
                    f'msg_box="{box}" address="{number}" sub="null" read="1" seen="1" '
                    f'readable_date="{_readable(ms)}" contact_name="(Unknown)">\n'
                    f'    <parts>\n      <part seq="-1" ct="application/smil" name="null" '
                    f'chset="null" cd="null" fn="null" cid="&lt;smil&gt;" cl="smil.xml" '
                    f'text="&lt;smil&gt;&lt;body&gt;&lt;par dur=&quot;5000ms&quot;&gt;'
                    f'&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;" />\n{image}'
                    f'      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" '
                    f'fn="null" cid="&lt;text_0&gt;" cl="text_0.txt" text="{_body(rng)}" />\n'
                    f'    </parts>\n    <addrs>\n'
                    f'      <addr address="{number if box == "1" else "insert-address-token"}" '
                    f'type="137" charset="106" />\n'
                    f'      <addr address="{"13800000000" if box == "1" else number}" '
                    f'type="151" charset="106" />\n    </addrs>\n  </mms>\n')
            else:
                kind = rng.choice("1111112")
                out.write(
                    f'  <sms protocol="0" address="{number}" date="{ms}" type="{kind}" '
                    f'subject="null" body="{_body(rng)}" toa="null" sc_toa="null" '
                    f'service_center="+8613800100500" read="1" status="-1" locked="0" '
                    f'date_sent="{ms - 1000}" sub_id="1" readable_date="{_readable(ms)}" '
                    f'contact_name="(Unknown)" />\n')
        out.write("</smses>\n")
    with calls_path.open("w", encoding="utf-8", buffering=1 << 20) as out:
        out.write(f'{head}<calls count="{n_calls}">\n')
        ms = 1_472_278_200_000
        for _ in range(n_calls):
            ms += rng.randrange(5_000, 600_000)
            kind = rng.choice("1123335")
            duration = rng.randrange(5, 600) if kind in "12" else 0
            out.write(
                f'  <call number="{rng.choice(numbers)}" duration="{duration}" date="{ms}" '
                f'type="{kind}" presentation="1" subscription_id="1" post_dial_digits="" '
                f'readable_date="{_readable(ms)}" contact_name="(Unknown)" />\n')
        out.write("</calls>\n")
    return [sms_path, calls_path]


# --- the measured runs (each in its own process) ------------------------------------------------


def _child(mode: str, files: list[str]) -> dict:
    from zoneinfo import ZoneInfo

    from complaint_kit.evidence.importing import ReadOptions
    from complaint_kit.evidence.smsbackup import SmsBackupImporter

    if mode == "merge":
        from complaint_kit.casefile.load import load_case
        from complaint_kit.evidence import exports  # noqa: F401 (its imports count in the baseline)
    baseline = _rss_kb("VmRSS")
    count = 0
    start = time.perf_counter()
    if mode == "reader":
        options = ReadOptions(timezone=ZoneInfo(ZONE))
        reader = SmsBackupImporter()
        for path in files:
            for _record in reader.read(Path(path), options):
                count += 1
    elif mode == "iterparse":
        import xml.etree.ElementTree as ET

        from complaint_kit.evidence.smsbackup import _ReferenceFixer

        class Fixed:
            """The file with the app's surrogate-pair emoji rewritten, which expat needs."""

            def __init__(self, path: str) -> None:
                self.file, self.fixer = open(path, "rb"), _ReferenceFixer()  # noqa: SIM115

            def read(self, size: int = -1) -> bytes:
                chunk = self.file.read(size)
                return self.fixer.fix(chunk) if chunk else self.fixer.flush()

        for path in files:
            root = None
            depth = 0
            source = Fixed(path)
            for event, element in ET.iterparse(source, events=("start", "end")):
                if event == "start":
                    if root is None:
                        root = element
                    depth += 1
                    continue
                depth -= 1
                if depth == 1:
                    count += 1
                    element.clear()
                    root.clear()
    elif mode == "merge":
        from complaint_kit.evidence.exports import ImportResult, Selection, import_records
        from complaint_kit.evidence.phones import normalise
        from complaint_kit.plugins.registry import get_registry

        case = load_case(ROOT / "examples" / "cn-sms-harassment.yaml", get_registry())
        numbers = _numbers(random.Random(1))
        selection = Selection(numbers={normalise(n, "CN") for n in numbers[::50]})
        options = ReadOptions(timezone=ZoneInfo(ZONE))
        reader = SmsBackupImporter()
        for path in files:
            result = ImportResult(Path(path), reader.name)
            import_records(case, reader.read(Path(path), options), region="CN",
                           selection=selection, evidence_id="X1", result=result)
            count += result.read
    seconds = time.perf_counter() - start
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"records": count, "seconds": seconds, "peak_kb": _rss_kb("VmHWM") or maxrss,
            "baseline_kb": baseline or maxrss, "maxrss_kb": maxrss}


def _rss_kb(field: str) -> int:
    """VmRSS / VmHWM of this process in KiB (0 where /proc is not there).

    On Linux ``ru_maxrss`` keeps the peak from before ``execve``, so a child started by this
    script would report at least this script's own peak; VmHWM is the child's alone.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _measure(mode: str, files: list[Path]) -> dict:
    run = subprocess.run([sys.executable, __file__, "--child", mode, *map(str, files)],
                         capture_output=True, text=True, cwd=ROOT)
    if run.returncode:
        raise SystemExit(f"{mode} run failed:\n{run.stderr}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], args.child[1:])))
        return 0

    try:
        from complaint_kit.evidence.exports import import_records  # noqa: F401
        modes = ["reader", "iterparse", "merge"]
    except ImportError:
        modes = ["reader", "iterparse"]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        sizes = [args.messages, max(args.messages // 10, 1)]
        results: dict[tuple[int, str], dict] = {}
        for size in sizes:
            start = time.perf_counter()
            files = write_backup(folder, size)
            megabytes = sum(f.stat().st_size for f in files) / 1e6
            print(f"wrote {size:,} messages ({megabytes:,.0f} MB) in "
                  f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
            for _ in range(args.repeat):  # interleaved, best time kept: other load evens out
                for mode in modes:
                    run = {**_measure(mode, files), "mb": megabytes}
                    best = results.get((size, mode))
                    if best is None or run["seconds"] < best["seconds"]:
                        results[size, mode] = run
                    print(f"  {mode}: {run['seconds']:.1f} s", file=sys.stderr)
            if not args.keep:
                for f in files:
                    f.unlink()
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"\n{'messages':>10} {'file MB':>8}  {'run':<10} {'records':>10} {'seconds':>8} "
          f"{'records/s':>10} {'peak RSS MB':>12} {'above base MB':>14} {'ru_maxrss MB':>13}")
    for size in sizes:
        for mode in modes:
            r = results[size, mode]
            print(f"{size:>10,} {r['mb']:>8,.0f}  {mode:<10} {r['records']:>10,} "
                  f"{r['seconds']:>8.2f} {r['records'] / r['seconds']:>10,.0f} "
                  f"{r['peak_kb'] / 1024:>12.1f} {(r['peak_kb'] - r['baseline_kb']) / 1024:>14.1f}"
                  f" {r['maxrss_kb'] / 1024:>13.1f}")
    big, small = sizes
    print()
    for size in sizes:
        ratio = results[size, "reader"]["seconds"] / results[size, "iterparse"]["seconds"]
        print(f"reader time / iterparse time at {size:,}: {ratio:.2f}")
        if "merge" in modes:
            ratio = results[size, "merge"]["seconds"] / results[size, "reader"]["seconds"]
            print(f"merge time / reader time at {size:,}: {ratio:.2f}")
    for mode in modes:
        ratio = results[big, mode]["peak_kb"] / results[small, mode]["peak_kb"]
        print(f"{mode} peak RSS at {big:,} / at {small:,}: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
