"""The input-faults table: run ``dateline process`` on generated fault files, twice, and read
the store and the errors report.

    python bench/faults_table.py [--keep DIR] [--json]

For each fault: records given, good records among them, records stored, errors reported,
good records lost (must be 0) and duplicates after the re-run (must be 0). Every fault file
is generated here (no benchmark text). Exit status 1 if a good record was lost or duplicated.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from dateline.ingest.ids import text_id

BODY = ("Police in {city} said on Tuesday that {n} people were arrested after protesters "
        "blocked the main road, and two officers were injured, the interior ministry said.")
GERMAN = ("Die Polizei in Köln teilte am Dienstag mit, dass {n} Menschen festgenommen wurden, "
          "nachdem Demonstranten die Hauptstraße blockiert hatten, sagte ein Sprecher des "
          "Ministeriums.")


@dataclass
class Fault:
    name: str
    files: dict[str, bytes]
    good: list[str] = field(default_factory=list)  # ids the store must hold
    bad: int = 0  # records that must be reported

    @property
    def given(self) -> int:
        return len(self.good) + self.bad


def body(n: int, city: str = "Lagos") -> str:
    return BODY.format(n=n, city=city)


def faults() -> list[Fault]:
    long_sentence = " ".join(["convoy", "trucks", "moved", "slowly", "toward", "the", "border",
                              "crossing", "while", "officials", "waited"] * 1600)[:100_000]
    huge = ("\n\n".join([body(i) for i in range(160)]) + "\n\n") * 800  # about 20 MB
    jsonl = [json.dumps({"id": "ok-1", "text": body(1, "Accra"), "date": "2025-02-01"}),
             "{this is not json",
             json.dumps({"id": "no-text", "title": "a record without text"}),
             json.dumps({"id": "ok-2", "text": body(2, "Accra"), "date": "2025-02-02"}),
             json.dumps(["a", "list"]),
             json.dumps({"id": "bad-date", "text": body(3), "date": "2025-13-45"}),
             json.dumps({"id": "ok-3", "text": body(4, "Accra")})]
    zero_width = "date 2025-02-03 Ky\u200biv \u202eofficials\u202c said \u200f" + body(5, "Kyiv")
    clean_zero_width = "Kyiv officials said " + body(5, "Kyiv")
    mixed = (f"date 2025-02-04 {body(6, 'Zürich')}\n".encode()
             + f"{body(7, 'Genève')}\n".encode("cp1252"))
    return [
        Fault("empty file", {"empty.txt": b""}, bad=1),
        Fault("binary file", {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20}, bad=1),
        Fault("undecodable bytes", {"garbage.txt": bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 40},
              bad=1),
        Fault("cp1252 text", {"cp1252.txt": f"date 2025-02-05 {body(8, 'Genève')}".encode(
            "cp1252")}, good=[text_id(body(8, "Genève"))]),
        Fault("latin-1 text", {"latin1.txt": f"date 2025-02-06 {body(9, 'Nîmes')}".encode(
            "latin-1")}, good=[text_id(body(9, "Nîmes"))]),
        Fault("UTF-16 with BOM", {"utf16.txt": codecs.BOM_UTF16_LE + f"date 2025-02-07 "
                                  f"{body(10, 'Kraków')}".encode("utf-16-le")},
              good=[text_id(body(10, "Kraków"))]),
        Fault("mixed UTF-8 and cp1252", {"mixed.txt": mixed},
              good=[text_id(f"{body(6, 'Zürich')}\n{body(7, 'Genève')}")]),
        Fault("20 MB article", {"huge.txt": f"date 2025-02-08 {huge}".encode()}, bad=1),
        Fault("100k-char sentence, no punctuation", {"sentence.txt": (
            f"date 2025-02-09 {long_sentence}").encode()}, good=[text_id(long_sentence)]),
        Fault("JSONL: malformed lines, missing fields", {"feed.jsonl": "\n".join(jsonl).encode()},
              good=["ok-1", "ok-2", "ok-3"], bad=4),
        Fault("HTML with no article body", {"menu.html": b"<html><head><title>Home</title>"
                                            b"</head><body><nav><a href='/'>Home</a></nav>"
                                            b"</body></html>"}, bad=1),
        Fault("bad dateline 2025-13-45", {"baddate.txt": f"date 2025-13-45 {body(11)}".encode()},
              bad=1),
        Fault("dateline in the future", {"future.txt": f"date 2999-01-01 {body(12)}".encode()},
              bad=1),
        Fault("zero-width and RTL characters", {"invisible.txt": zero_width.encode()},
              good=[text_id(clean_zero_width)]),
        Fault("non-English article (flagged, processed)", {
            "german.txt": f"date 2025-02-10 {GERMAN.format(n=13)}".encode()},
              good=[text_id(GERMAN.format(n=13))]),
    ]


def run_process(folder: Path, db: Path, errors: Path) -> tuple[int, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(folder),
                           "--db", str(db), "--errors", str(errors), "--quiet"],
                          capture_output=True, text=True)
    return done.returncode, time.perf_counter() - started


def stored_ids(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("SELECT id FROM articles")]
    finally:
        conn.close()


def item_rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return sum(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in
                   ("entities", "timexes", "places", "quotes", "events", "stances"))
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", help="write the fault files and the store here")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    args = parser.parse_args(argv)
    work = Path(args.keep or tempfile.mkdtemp(prefix="dateline-faults-"))
    folder = work / "inputs"
    folder.mkdir(parents=True, exist_ok=True)
    table = faults()
    owner: dict[str, Fault] = {}
    for fault in table:
        for name, data in fault.files.items():
            (folder / name).write_bytes(data)
            owner[str(folder / name)] = fault
    db, errors = work / "store.db", work / "errors.jsonl"
    code1, secs1 = run_process(folder, db, errors)
    first_ids, first_items = stored_ids(db), item_rows(db)
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    code2, secs2 = run_process(folder, db, work / "errors-rerun.jsonl")
    second_ids, second_items = stored_ids(db), item_rows(db)

    rows = []
    for fault in table:
        sources = {str(folder / name) for name in fault.files}
        errs = [e for e in reported if e["source"] in sources]
        stored = [i for i in fault.good if i in first_ids]
        rows.append({
            "fault": fault.name, "given": fault.given, "good": len(fault.good),
            "stored": len(stored), "errors": len(errs),
            "codes": sorted({e["code"] for e in errs}),
            "lost": len(fault.good) - len(stored),
            "duplicates": sum(second_ids.count(i) - 1 for i in fault.good if i in second_ids),
        })
    print("| fault | records given | good | stored | errors reported (codes) | good lost | "
          "duplicates after re-run |")
    print("|---|---:|---:|---:|---|---:|---:|")
    for r in rows:
        print(f"| {r['fault']} | {r['given']} | {r['good']} | {r['stored']} | {r['errors']} "
              f"({', '.join(r['codes']) or '-'}) | {r['lost']} | {r['duplicates']} |")
    extra = len(first_ids) - sum(r["stored"] for r in rows)
    print(f"\nrun 1: exit {code1} in {secs1:.1f} s; {len(first_ids)} articles stored "
          f"({extra} not expected), {first_items} item rows, {len(reported)} errors reported")
    print(f"run 2 (same command): exit {code2} in {secs2:.1f} s; {len(second_ids)} articles, "
          f"{second_items} item rows (new rows: {len(second_ids) - len(first_ids)} articles, "
          f"{second_items - first_items} items)")
    print(f"files: {work}")
    if args.json:
        print(json.dumps({"rows": rows, "exit_codes": [code1, code2],
                          "articles": [len(first_ids), len(second_ids)],
                          "items": [first_items, second_items]}))
    failed = (any(r["lost"] or r["duplicates"] or r["errors"] != (r["given"] - r["good"])
                  for r in rows) or extra or second_items != first_items
              or len(second_ids) != len(first_ids))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
