#!/usr/bin/env python3
"""Measures how well dossier reads the header of real archive pages.

    eval.py DOSSIER [--db PATH] [--summary] [--floors FILE] [--archive NAME] [--dir DIR]

Imports every page named in tests/pages/*/truth*.jsonl into a fresh library
(or reads an existing one with --db), reads `list --json`, and compares each
field with the truth written by reading the page (TRUTH.md): the share right
per field and per archive, of the pages whose truth has the field, then every
miss. A page whose truth has no date (or sender...) counts a "false" when
dossier gives one anyway: a field misread confidently.

--summary prints one line per field: `pages FIELD RIGHT OF SHARE FALSE`.
--floors FILE: a JSON object {"date": 0.97, ...}; the exit status is 1 when a
share falls under its floor (make test runs it so, tests/cli/pages.sh).
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ("date", "title", "from", "to", "kind", "number")

# Titles and forms of address that are no part of a party's name.
HONORIFICS = {
    "cde", "cdes", "comrade", "comrades", "tov", "mr", "mrs", "ms", "dr", "prof", "amb",
    "ambassador", "gen", "general", "marshal", "col", "colonel", "adm", "admiral", "sir",
    "the", "his", "her", "excellency", "honorable", "honourable", "hon", "president",
    "premier", "chairman", "minister", "secretary", "lt", "capt", "maj", "senator", "sen",
}

KINDS = {"cable": "telegram", "ciphered telegram": "telegram", "cablegram": "telegram",
         "memorandum of conversation": "record of conversation", "conversation": "record of conversation"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return s.casefold()


def norm_title(s):
    s = fold(s)
    s = re.sub(r"\s+", " ", s).strip()
    s = s.strip(" \"'.,;:")
    return s


def name_tokens(s):
    s = fold(s)
    s = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", s)   # "Filippov [Stalin]": the printed name
    toks = [t for t in re.split(r"[^\w']+", s) if t]
    kept = [t for t in toks if t not in HONORIFICS]
    # a party named by its title alone ("the President", "Chairman") is
    # that office: its words are the name
    return kept or [t for t in toks if t not in ("the", "his", "her")]


def name_match(want, got):
    """A truth name and a name dossier gives are the same party: equal after
    folding, or one's words within the other's with the same last word
    (initials stand for any word with that letter)."""
    a, b = name_tokens(want), name_tokens(got)
    if not a or not b:
        return False
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = list(long_[:-1])
    for t in short[:-1]:
        hit = next((x for x in rest if x == t or (len(t) == 1 and x.startswith(t)) or
                    (len(x) == 1 and t.startswith(x))), None)
        if hit is None:
            return False
        rest.remove(hit)
    return True


def office_match(want, office):
    """A truth party named by an office ("Secretary of State") and a party
    of dossier's that holds it ("Acheson", office "Secretary of State")."""
    a, b = name_tokens(want), name_tokens(office or "")
    return bool(a) and a == b


def parties_right(want, got, offices):
    """Every truth party matched by a distinct party of dossier's (by name,
    or by the office it holds), and no party of dossier's left over."""
    got = list(zip(got, list(offices or []) + [""] * len(got)))
    for w in want:
        alts = w if isinstance(w, list) else [w]
        hit = next((g for g in got if any(name_match(a, g[0]) or office_match(a, g[1]) for a in alts)), None)
        if hit is None:
            return False
        got.remove(hit)
    return not got


def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def norm_number(s):
    s = fold(s or "")
    s = re.sub(r"^(no\.?|nr\.?|#|n[o°º]\.?)\s*", "", s)
    return re.sub(r"\s+", "", s)


def norm_kind(s):
    s = fold(s or "").strip()
    return KINDS.get(s, s)


def right(field, truth, doc):
    want = truth.get(field)
    got = doc.get(field)
    if field == "date":
        return want == got
    if field == "title":
        alts = [want] + list(truth.get("title_alt") or [])
        return got is not None and any(a is not None and norm_title(a) == norm_title(got) for a in alts)
    if field in ("from", "to"):
        return parties_right(want, got or [], doc.get(field + "_office"))
    if field == "kind":
        return norm_kind(want) == norm_kind(got)
    if field == "number":
        return norm_number(want) == norm_number(got)
    return False


def has(field, truth):
    v = truth.get(field)
    return v not in (None, [], "")


def load_truth(archive):
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*", "truth*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            t = json.loads(line)
            if archive and t.get("archive") != archive:
                continue
            out.append(t)
    return out


def run(dossier, db, *args):
    r = subprocess.run([dossier, "--db", db] + list(args), capture_output=True, text=True)
    if r.returncode != 0 and args[0] != "import":
        sys.exit(f"eval.py: dossier {' '.join(args)} failed: {r.stderr.strip()}")
    return r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dossier")
    ap.add_argument("--db")
    ap.add_argument("--summary", action="store_true")
    ap.add_argument("--floors")
    ap.add_argument("--archive")
    ap.add_argument("--dir", help="a folder of pages and truth other than tests/pages (tests/pages-holdout)")
    o = ap.parse_args()
    global HERE
    if o.dir:
        HERE = os.path.abspath(o.dir)
    truths = load_truth(o.archive)
    tmp = None
    db = o.db
    if db is None:
        tmp = tempfile.mkdtemp()
        db = os.path.join(tmp, "pages.db")
        files = [os.path.join(HERE, t["file"]) for t in truths]
        for k in range(0, len(files), 200):
            run(o.dossier, db, "import", *files[k:k + 200])
    docs = json.loads(run(o.dossier, db, "list", "--json"))
    by_path = {}
    for d in docs:
        # a file of many documents names each "PATH#KEY": a page is one item
        by_path.setdefault(os.path.realpath((d.get("path") or "").split("#")[0]), d)
    # dossier keeps one document for files of the same bytes (the same
    # page saved twice): a page is found by its bytes when not by its path
    by_bytes = {}
    for path, d in by_path.items():
        if os.path.isfile(path):
            by_bytes.setdefault(file_digest(path), d)
    stats = {}   # (archive, field) -> [right, of, false]
    misses = []
    for t in truths:
        page = os.path.realpath(os.path.join(HERE, t["file"]))
        d = by_path.get(page)
        if d is None and os.path.isfile(page):
            d = by_bytes.get(file_digest(page))
        if d is None:
            d = {}
            misses.append((t["file"], "import", "a document", "none"))
        for f in FIELDS:
            for arch in (t["archive"], "all"):
                stats.setdefault((arch, f), [0, 0, 0])
            if has(f, t):
                ok = right(f, t, d)
                for arch in (t["archive"], "all"):
                    s = stats[(arch, f)]
                    s[0] += ok
                    s[1] += 1
                if not ok:
                    misses.append((t["file"], f, t.get(f), d.get(f)))
            elif f in ("date", "from", "to", "number") and d.get(f) not in (None, [], ""):
                for arch in (t["archive"], "all"):
                    stats[(arch, f)][2] += 1
                misses.append((t["file"], f + " (none)", None, d.get(f)))
    shares = {f: (stats[("all", f)][0] / stats[("all", f)][1] if stats[("all", f)][1] else 1.0)
              for f in FIELDS}
    if o.summary:
        for f in FIELDS:
            r, n, fa = stats[("all", f)]
            print(f"pages {f} {r} {n} {shares[f]:.3f} {fa}")
    else:
        archives = sorted({a for a, _ in stats if a != "all"}) + ["all"]
        print("%-8s" % "" + "".join("%14s" % f for f in FIELDS))
        for a in archives:
            row = ""
            for f in FIELDS:
                r, n, fa = stats.get((a, f), [0, 0, 0])
                row += "%14s" % (f"{r}/{n} {100 * r / n:.0f}%" if n else "-")
            print("%-8s" % a + row)
        print("false (a field given where the page has none): " +
              ", ".join(f"{f} {stats[('all', f)][2]}" for f in FIELDS if stats[("all", f)][2]))
        print()
        for file, f, want, got in misses:
            print(f"{file}  {f}\n    want: {json.dumps(want, ensure_ascii=False)}\n    got:  {json.dumps(got, ensure_ascii=False)}")
    status = 0
    if o.floors:
        floors = json.load(open(o.floors))
        for f, floor in floors.items():
            if shares.get(f, 0) + 1e-9 < floor:
                print(f"pages: {f} {shares[f]:.3f} is under its floor {floor}", file=sys.stderr)
                status = 1
    if tmp:
        for name in os.listdir(tmp):
            os.unlink(os.path.join(tmp, name))
        os.rmdir(tmp)
    return status


if __name__ == "__main__":
    sys.exit(main())
