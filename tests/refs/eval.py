#!/usr/bin/env python3
"""Compare dossier's references with this corpus's manifest.

    python3 tests/refs/eval.py [--summary] [DOSSIER [DB]]   (defaults: ./dossier /tmp/refs.db)

The library must hold tests/refs/corpus imported. A manifest reference is found when
a reference dossier detected in the same document overlaps the phrase (byte
spans in the stored body; whitespace inside the phrase may be any run). It is
correct when one of the overlapping detections has the manifest's target (a
file; dossier's document ids are mapped by path), or no target for a null
target. Precision: correct among the detections dossier resolved (one that
matches no manifest reference, or one whose document is not in the corpus,
is wrong). Recall: the references to a document of the corpus that dossier
resolved to it. Prints the totals, then every manifest reference that is not
correct, then detections that match no manifest reference; with --summary,
one line:

    refs_eval_hand <precision> <recall> <references> <resolvable>
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
ARGS = [a for a in sys.argv[1:] if a != "--summary"]
SUMMARY = "--summary" in sys.argv[1:]
BIN = ARGS[0] if len(ARGS) > 0 else "./dossier"
DB = ARGS[1] if len(ARGS) > 1 else "/tmp/refs.db"


def run(*args):
    return json.loads(subprocess.check_output([BIN, "--db", DB, *args]))


def span_re(phrase):
    return re.compile(r"\s+".join(re.escape(w) for w in phrase.split()).encode())


def main():
    docs = run("list", "--json")
    found_refs = run("refs", "--json")
    id2f = {d["id"]: os.path.basename(d["path"]) for d in docs}
    f2id = {f: i for i, f in id2f.items()}
    manifest = [json.loads(l) for l in open(os.path.join(HERE, "manifest.jsonl"), encoding="utf-8")]
    body = {d["id"]: run("show", str(d["id"]), "--json")["body"].encode() for d in docs
            if d["id"] in id2f and id2f[d["id"]].endswith(".txt")}
    listed = {m["file"] for m in manifest}
    found_refs = [r for r in found_refs if id2f.get(r["doc"]) in listed]
    by_doc = collections.defaultdict(list)
    for r in found_refs:
        by_doc[r["doc"]].append(r)

    used, rows = set(), []
    truth = collections.defaultdict(list)  # doc id -> [(start, end, target)]
    for m in manifest:
        did = f2id.get(m["file"])
        if did is None:
            print(f"not imported: {m['file']}")
            continue
        for ref in m["refs"]:
            hit = span_re(ref["phrase"]).search(body[did])
            if hit:
                s, e = hit.span()
                hits = [r for r in by_doc[did] if r["start"] < e and r["end"] > s]
            else:
                # The editor's words (a summary, a footnote): matched by
                # phrase, placed at the note's span.
                words = " ".join(ref["phrase"].split())
                hits = [r for r in by_doc[did] if r.get("by") == "editor"
                        and (words in " ".join(r["phrase"].split()) or " ".join(r["phrase"].split()) in words)]
                if not hits:
                    rows.append((m["file"], ref, "not found", []))
                    continue
                s, e = hits[0]["start"], max(hits[0]["end"], hits[0]["start"] + 1)
                for h in hits:
                    h["end"] = max(h["end"], h["start"] + 1)
            truth[did].append((s, e, ref["target"]))
            used.update(r["id"] for r in hits)
            if not hits:
                rows.append((m["file"], ref, "missed", []))
                continue
            targets = [id2f.get(r["target"]) if r["target"] else None for r in hits]
            rows.append((m["file"], ref, "ok" if ref["target"] in targets else "wrong", hits))

    total = len(rows)
    found = sum(s in ("ok", "wrong") for _, _, s, _ in rows)
    correct = sum(s == "ok" for _, _, s, _ in rows)
    resolved = [r for r in found_refs if r["target"]]
    good = sum(any(s < r["end"] and e > r["start"] and t == id2f[r["target"]]
                   for s, e, t in truth[r["doc"]]) for r in resolved)
    resolvable = [x for x in rows if x[1]["target"] is not None]
    right = sum(x[2] == "ok" for x in resolvable)
    if SUMMARY:
        print(f"refs_eval_hand {good / max(1, len(resolved)):.3f} {right / max(1, len(resolvable)):.3f} "
              f"{total} {len(resolvable)}")
        return
    print(f"manifest references {total}: found {found} ({100 * found // max(1, total)}%), "
          f"correct {correct} ({100 * correct // max(1, total)}%)")
    for label, want in (("resolvable", True), ("not in corpus", False)):
        sub = [x for x in rows if (x[1]["target"] is not None) == want]
        print(f"  {label}: {len(sub)}, found {sum(x[2] in ('ok', 'wrong') for x in sub)}, "
              f"correct {sum(x[2] == 'ok' for x in sub)}")
    print(f"dossier references {len(found_refs)}: resolved {len(resolved)}, correct {good} "
          f"(precision {100 * good // max(1, len(resolved))}%)")
    print()
    for f, ref, status, hits in rows:
        if status == "ok":
            continue
        what = "; ".join(f"[{h['phrase']}] kind={h['kind']} date={h['date']} no={h['number']} "
                         f"party={h['party']} -> {id2f.get(h['target'])}" for h in hits)
        print(f"{status:11} {f[:3]} {ref['phrase']!r} (want {ref['target']}) {what}")
    extra = [r for r in found_refs if r["id"] not in used]
    if extra:
        print("\ndetections matching no manifest reference:")
        for r in extra:
            print(f"  {id2f[r['doc']][:3]} [{r['phrase']}] -> {id2f.get(r['target'])}")


if __name__ == "__main__":
    main()
