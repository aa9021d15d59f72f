#!/usr/bin/env python3
"""References on real archive pages (tests/pages), as a new user meets them.

    pages_eval.py DOSSIER [--summary] [--archive NAME]

Imports every page of tests/pages into a fresh library and compares
`dossier refs --json` with the references the pages' truth lists (written by
reading each page, tests/pages/TRUTH.md), and with the targets in
tests/refs/pages_targets.jsonl (the page of tests/pages a reference cites,
written by reading both; a reference not listed there cites no page of the
set).

- Detection: of the explicit references (the truth gives a date or a number),
  those dossier finds (a detection overlapping the phrase: the phrase found in
  the stored text, whitespace taken loosely, or an editor's reference of that
  phrase) with the date and the number the truth gives.
- Precision: of the detections dossier resolved, those whose target is the
  page the truth says they cite (a second mention of a paper the truth lists
  once, by the same number or day, counts with it).
- Recall: of the references to a page of the set, those resolved to it.

--summary prints one line:
    refs_eval_pages DETECTION FOUND EXPLICIT PRECISION RECALL RESOLVABLE
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = os.path.join(HERE, "..", "pages")


def norm_number(n):
    return re.sub(r"[\u2010-\u2015]", "-", n or "").strip()


def same_day(found, want):
    """A day dossier read without its year ("--08-20": the page shows none)
    is right when its month and day are."""
    if found and found.startswith("--") and want and len(want) == 10:
        return found == "-" + want[4:]
    return found == want


def cited_again(t, targets, f, r, target):
    """A page that names a paper twice lists the first mention in its
    truth; a second mention ("the substance of your No. 667") resolved to
    the same page, by the same number or day, is right too."""
    for ref in t.get("refs", []):
        if targets.get((f, ref["phrase"])) != target or not target:
            continue
        if (ref.get("number") and norm_number(ref["number"]) == norm_number(r["number"])) or \
           (ref.get("date") and same_day(r["date"], ref["date"])):
            return True
    return False


def loose(phrase):
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dossier")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--archive")
    a = ap.parse_args()
    truth = {}
    for path in sorted(glob.glob(os.path.join(PAGES, "*", "truth*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                t = json.loads(line)
                if not a.archive or t["file"].startswith(a.archive + "/"):
                    truth[t["file"]] = t
    targets = {}
    tpath = os.path.join(HERE, "pages_targets.jsonl")
    if os.path.exists(tpath):
        for line in open(tpath, encoding="utf-8"):
            if line.strip():
                t = json.loads(line)
                targets[(t["file"], t["phrase"])] = t["target"]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "lib.db")
        files = [os.path.join(PAGES, f) for f in truth]
        subprocess.run([a.dossier, "--db", db, "import", *files], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)

        def run(*args):
            return json.loads(subprocess.check_output([a.dossier, "--db", db, *args]))
        docs = run("list", "--json")
        page_of = {d["id"]: os.path.relpath(d["path"], PAGES) for d in docs}
        id_of = {p: i for i, p in page_of.items()}
        refs = collections.defaultdict(list)
        for r in run("refs", "--json"):
            refs[r["doc"]].append(r)
        body = {i: run("show", str(i), "--json")["body"] for i in page_of}

    explicit = found = 0
    resolvable = right = 0
    misses, wrong = [], []
    truth_spans = collections.defaultdict(list)  # doc -> [(start, end, target)]
    by_archive = collections.Counter()
    found_archive = collections.Counter()
    for f, t in truth.items():
        did = id_of.get(f)
        for ref in t.get("refs", []):
            target = targets.get((f, ref["phrase"]))
            hits = []
            if did is not None:
                b = body[did].encode()
                m = re.search(loose(ref["phrase"]).pattern.encode(), b)
                if m:
                    s, e = m.span()
                    hits = [r for r in refs[did] if r["start"] < e and r["end"] > s]
                else:
                    words = " ".join(ref["phrase"].split())
                    hits = [r for r in refs[did] if r.get("by") == "editor" and
                            (words in " ".join(r["phrase"].split()) or " ".join(r["phrase"].split()) in words)]
                    s = e = None
                for h in hits:
                    truth_spans[did].append((h["id"], target))
            if ref.get("date") or ref.get("number"):
                explicit += 1
                by_archive[f.split("/")[0]] += 1
                ok = any((not ref.get("date") or same_day(h["date"], ref["date"])) and
                         (not ref.get("number") or norm_number(h["number"]) == norm_number(ref["number"]))
                         for h in hits)
                if ok:
                    found += 1
                    found_archive[f.split("/")[0]] += 1
                else:
                    what = "; ".join(f"[{h['phrase']}] {h['date']} {h['number']}" for h in hits) or "nothing"
                    misses.append(f"{f} {ref['phrase']!r} ({ref.get('date')}, {ref.get('number')}): {what}")
            if target:
                resolvable += 1
                if any(page_of.get(h["target"]) == target for h in hits):
                    right += 1
                else:
                    wrong.append(f"{f} {ref['phrase']!r} -> want {target}, got "
                                 f"{[page_of.get(h['target']) for h in hits]}")
    # Precision: every resolved detection on the pages.
    meant = {}
    for did, pairs in truth_spans.items():
        for rid, target in pairs:
            if target or rid not in meant:
                meant[rid] = target
    resolved = good = 0
    for did, rs in refs.items():
        for r in rs:
            if not r["target"]:
                continue
            resolved += 1
            if meant.get(r["id"]) and page_of.get(r["target"]) == meant[r["id"]]:
                good += 1
            elif r["id"] not in meant and cited_again(truth.get(page_of[did], {}), targets, page_of[did], r,
                                                     page_of.get(r["target"])):
                good += 1
            else:
                wrong.append(f"{page_of[did]} [{r['phrase']}] resolved to {page_of.get(r['target'])}, "
                             f"want {meant.get(r['id'])}")
    det = found / max(1, explicit)
    prec = good / max(1, resolved)
    rec = right / max(1, resolvable)
    if a.summary:
        print(f"refs_eval_pages {det:.3f} {found} {explicit} {prec:.3f} {rec:.3f} {resolvable}")
        return
    print(f"explicit references {explicit}: found with their date or number {found} ({100 * det:.1f} %)")
    for arch in sorted(by_archive):
        print(f"  {arch}: {found_archive[arch]} of {by_archive[arch]}")
    print(f"resolved {resolved}, right {good} (precision {prec:.3f}); "
          f"references to a page of the set {resolvable}, resolved to it {right} (recall {rec:.3f})")
    for m in misses:
        print("missed  " + m)
    for w in wrong:
        print("wrong   " + w)


if __name__ == "__main__":
    sys.exit(main())
