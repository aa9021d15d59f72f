#!/usr/bin/env python3
"""Precision and recall of reference resolution against a gen-corpus manifest.

    refs_eval.py DOSSIER DB CORPUS_DIR

The library DB must hold CORPUS_DIR imported. A manifest reference (phrase,
target file) in a source file counts as found when dossier detected a
reference in that document whose phrase overlaps it; it is correct when that
reference's target is the target file's document. Precision: correct among
the resolved references that match a manifest reference or none (a resolved
reference the manifest does not know is wrong); recall: correct among all
manifest references. Prints one line:

    refs_eval <precision> <recall> <n> <ceiling> <visible>

ceiling: the share the manifest's truth can single out (kinds of every
document known); visible: the share the library itself can single out,
where a bare document shows neither its kind nor its number (see
visible_ceiling).
"""
import json
import os
import re
import subprocess
import sys


def norm(s):
    return " ".join(s.lower().split())


FAMILY = {"telegram": "t", "cable": "t", "letter": "l", "directive": "d", "report": "r",
          "memorandum": "m", "conversation": "m"}


def singled_out(corpus, fits):
    """The share of the manifest's references whose target can be singled
    out: a number printed that the target shows (a bare document shows
    none), else fits(citing, ref, target, by_day, pos) for a date."""
    docs = [json.loads(l) for l in open(os.path.join(corpus, "manifest.jsonl"), encoding="utf-8")]
    pos = {d["file"]: i for i, d in enumerate(docs)}
    by_file = {d["file"]: d for d in docs}
    by_day = {}
    for d in docs:
        by_day.setdefault(d["date"], []).append(d)
    total = unique = 0
    for d in docs:
        for r in d["refs"]:
            total += 1
            t = by_file[r["target"]]
            if "No." in r["phrase"]:
                unique += t["layout"] != "bare"
            else:
                unique += bool(fits(d, r, t, by_day, pos))
    return unique / total if total else 1.0


def ceiling(corpus):
    """The share of references whose target the text can single out at all:
    its number is printed and the target shows it, or no other document of
    that day is of the same kind (by the manifest's own truth). The
    generator draws targets at random among earlier documents, and says
    "your" and "my" at random, so the rest cannot be told apart."""
    fam = lambda k: FAMILY.get(k.split()[-1].lower(), k)

    def fits(d, r, t, by_day, pos):
        return len([o for o in by_day[t["date"]] if o is not d and fam(o["kind"]) == fam(t["kind"])]) == 1
    return singled_out(corpus, fits)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def kind_word(kind):
    w = kind.split()[-1].lower()
    return "memorandum" if w == "conversation" else w


def named_day(phrase, citing):
    """The day a phrase names, read as a reader would: a day without its
    year is the latest such day on or before the citing letter."""
    m = re.search(r"\b(\d\d?)\.(\d\d?)\.(\d\d)\b", phrase)
    if m:
        return "19%s-%02d-%02d" % (m.group(3), int(m.group(2)), int(m.group(1)))
    words = phrase.lower().replace(",", " ").split()
    month = next((MONTHS.index(w) + 1 for w in words if w in MONTHS), 0)
    nums = [int(w) for w in words if w.isdigit()]
    if not month or not nums:
        return None
    if len(nums) > 1:
        return "%04d-%02d-%02d" % (nums[1], month, nums[0])
    y = int(citing[:4])
    day = "%04d-%02d-%02d" % (y, month, nums[0])
    return day if day <= citing else "%04d-%02d-%02d" % (y - 1, month, nums[0])


def visible_ceiling(corpus):
    """Like ceiling, but with what the library can see: a bare document
    prints neither its kind nor its number, so it fits any kind named; the
    kind is compared by its word ("telegram" is not "cable"); the day is
    read as a reader would (named_day); only documents before the citing
    one count. A resolver can pass this figure only by learning the kinds
    of bare documents from other references, or by guessing."""
    def fits(d, r, t, by_day, pos):
        words = [w for w in r["phrase"].lower().split() if w in FAMILY]
        day = named_day(r["phrase"], d["date"])
        if not words or day is None:
            return False
        return [o for o in by_day.get(day, []) if pos[o["file"]] < pos[d["file"]] and
                (o["layout"] == "bare" or kind_word(o["kind"]) == words[0])] == [t]
    return singled_out(corpus, fits)


def main():
    binary, db, corpus = sys.argv[1:4]
    run = lambda *a: subprocess.run([binary, "--db", db, *a], check=True, capture_output=True, text=True).stdout
    docs = json.loads(run("list", "--json"))
    by_file = {os.path.basename(d["path"]): d["id"] for d in docs if d.get("path")}
    refs = json.loads(run("refs", "--json"))
    by_doc = {}
    for r in refs:
        by_doc.setdefault(r["doc"], []).append(r)
    truth = 0
    correct = 0
    used = set()
    for line in open(os.path.join(corpus, "manifest.jsonl"), encoding="utf-8"):
        m = json.loads(line)
        src = by_file.get(m["file"])
        for t in m["refs"]:
            truth += 1
            want = by_file.get(t["target"])
            phrase = norm(t["phrase"])
            for r in by_doc.get(src, []):
                p = norm(r["phrase"])
                if r["id"] in used or not (p in phrase or phrase in p):
                    continue
                used.add(r["id"])
                if r["target"] is not None and r["target"] == want:
                    correct += 1
                break
    resolved = [r for r in refs if r["target"] is not None]
    wrong = sum(1 for r in resolved if r["id"] not in used) + sum(
        1 for r in resolved if r["id"] in used) - correct
    precision = correct / (correct + wrong) if correct + wrong else 1.0
    recall = correct / truth if truth else 1.0
    print(f"refs_eval {precision:.3f} {recall:.3f} {truth} {ceiling(corpus):.3f} {visible_ceiling(corpus):.3f}")


if __name__ == "__main__":
    main()
