#!/usr/bin/env python3
"""Write manifest.jsonl for the hand-written reference corpus and check it.

The documents in this directory are written by hand; this script holds their
ground truth (date, kind, number, parties, references) and writes it in the
shape of gen-corpus's manifest, one JSON object per line. It then checks that
every phrase occurs in its document (a line break inside a phrase counts as
one space) and that every target is a file of the corpus.

    python3 make_manifest.py          write manifest.jsonl and check
    python3 make_manifest.py --check  check only
"""
import json
import os
import re
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

# file, date, kind, number, sender, recipient, [(phrase, target or None), ...]
DOCS = [
    # ---- US Legation in Nicaragua, 1894 (FRUS-style plain text) ----
    ("001-baker-to-gresham.txt", "1894-03-06", "telegram", "", "Baker", "Gresham", [
        ("Consul Braida's telegram of 4th", None)]),
    ("002-gresham-to-baker.txt", "1894-03-07", "telegram", "", "Gresham", "Baker", [
        ("Your telegram of yesterday", "001-baker-to-gresham.txt")]),
    ("003-baker-to-gresham.txt", "1894-03-08", "telegram", "", "Baker", "Gresham", [
        ("Yours 7th", "002-gresham-to-baker.txt")]),
    ("004-baker-to-gresham.txt", "1894-03-08", "dispatch", "31", "Baker", "Gresham", [
        ("my cablegram of this date", "003-baker-to-gresham.txt"),
        ("your telegram of the 7th instant", "002-gresham-to-baker.txt"),
        ("Consul Braida's despatch to the Department of the 13th ultimo", None)]),
    ("005-braida-to-uhl.txt", "1894-03-17", "despatch", "23", "Braida", "Uhl", [
        ("my despatch No. 19 of February 13", None)]),
    ("006-baker-to-gresham.txt", "1894-03-20", "dispatch", "35", "Baker", "Gresham", [
        ("my No. 31 of the 8th instant", "004-baker-to-gresham.txt"),
        ("your telegram of March 7", "002-gresham-to-baker.txt"),
        ("the telegraphic instruction of the Secretary of State of the 7th instant",
         "002-gresham-to-baker.txt")]),
    ("007-gresham-to-braida.txt", "1894-03-28", "telegram", "", "Gresham", "Braida", [
        ("Your No. 23", "005-braida-to-uhl.txt")]),
    ("008-gresham-to-baker.txt", "1894-04-12", "instruction", "23", "Gresham", "Baker", [
        ("Your dispatches Nos. 31 and 35, of the 8th and 20th ultimo", "004-baker-to-gresham.txt"),
        ("Your dispatches Nos. 31 and 35, of the 8th and 20th ultimo", "006-baker-to-gresham.txt"),
        ("your telegram of the 8th ultimo", "003-baker-to-gresham.txt"),
        ("Consul Braida's No. 23", "005-braida-to-uhl.txt"),
        ("the Department's telegram to Mr. Braida of the 28th ultimo", "007-gresham-to-braida.txt")]),
    ("009-gresham-to-baker.txt", "1894-04-18", "telegram", "", "Gresham", "Baker", [
        ("instruction No. 23", "008-gresham-to-baker.txt")]),
    ("010-guzman-to-gresham.txt", "1894-04-30", "note", "", "Guzman", "Gresham", []),
    ("011-gresham-to-guzman.txt", "1894-05-01", "note", "", "Gresham", "Guzman", [
        ("your note of the 30th ultimo", "010-guzman-to-gresham.txt")]),
    ("012-baker-to-gresham.txt", "1894-05-03", "dispatch", "45", "Baker", "Gresham", [
        ("your instruction No. 23 of the 12th ultimo", "008-gresham-to-baker.txt"),  # line break
        ("your cable of the 18th of April", "009-gresham-to-baker.txt"),
        ("the Department's telegram of March 28", "007-gresham-to-braida.txt"),
        ("my No. 35", "006-baker-to-gresham.txt")]),
    ("013-gresham-to-baker.txt", "1894-05-12", "instruction", "31", "Gresham", "Baker", [
        ("Your No. 45 of the 3d instant", "012-baker-to-gresham.txt"),
        ("the Department's instruction No. 23 of April 12", "008-gresham-to-baker.txt"),
        ("Mr. Guzman's note of April 30", "010-guzman-to-gresham.txt"),
        ("Lord Kimberley's memorandum of March 24", None)]),
    ("014-baker-to-gresham.txt", "1894-05-30", "dispatch", "52", "Baker", "Gresham", [
        ("your instruction No. 31 of the 12th instant", "013-gresham-to-baker.txt"),
        ("my No. 45", "012-baker-to-gresham.txt"),
        ("my telegram of the 25th instant", None)]),
    ("015-uhl-to-baker.txt", "1894-06-22", "instruction", "40", "Uhl", "Baker", [
        ("yonr No. 52 of May 30", "014-baker-to-gresham.txt"),
        ("the Department's instructions of May 12 and 24", "013-gresham-to-baker.txt"),
        ("the Department's instructions of May 12 and 24", None),
        ("yours of June 9", None),
        ("the Secretary's instruction No. 23 of April 12", "008-gresham-to-baker.txt"),
        ("Consul Braida's despatch No. 23 of March 17", "005-braida-to-uhl.txt")]),

    # ---- Korean War, 1950-1951 (web export, Markdown export, bare letters) ----
    ("016-shtykov-to-vyshinsky.txt", "1950-01-19", "ciphered telegram", "31/sh", "Shtykov", "Vyshinsky", [
        ("your instruction of 11 January", None)]),
    ("017-stalin-to-shtykov.txt", "1950-01-30", "ciphered telegram", "8600", "Stalin", "Shtykov", [
        ("Shtykov's telegram of January 19", "016-shtykov-to-vyshinsky.txt"),
        ("your report of 19 January", "016-shtykov-to-vyshinsky.txt")]),
    ("018-shtykov-to-stalin.txt", "1950-01-31", "ciphered telegram", "47/sh", "Shtykov", "Stalin", [
        ("To No. 8600.", "017-stalin-to-shtykov.txt")]),
    ("019-kim-to-stalin.txt", "1950-03-24", "letter", "", "Kim Il Sung", "Stalin", [
        ("your telegram of 30 January", "017-stalin-to-shtykov.txt")]),
    ("020-vyshinsky-to-stalin.txt", "1950-03-25", "memorandum", "", "Vyshinsky", "Stalin", [
        ("the letter of Kim Il Sung of 24.III.50", "019-kim-to-stalin.txt"),
        ("ciphered telegram No. 47/sh of 31 January", "018-shtykov-to-stalin.txt"),
        ("your telegram No. 8600", "017-stalin-to-shtykov.txt")]),
    ("021-roshchin-to-stalin.txt", "1950-05-13", "ciphered telegram", "2390", "Roshchin", "Stalin", []),
    ("022-stalin-to-mao.txt", "1950-05-14", "ciphered telegram", "8942", "Stalin", "Mao Zedong", [
        ("Your Nº 2390", "021-roshchin-to-stalin.txt"),
        ("Roshchin's telegram of 13/5-50", "021-roshchin-to-stalin.txt")]),
    ("023-shtykov-to-stalin.txt", "1950-07-05", "ciphered telegram", "395/sh", "Shtykov", "Stalin", []),
    ("024-stalin-to-shtykov.txt", "1950-07-05", "ciphered telegram", "3717", "Stalin", "Shtykov", [
        ("Your telegram of today", "023-shtykov-to-stalin.txt")]),
    ("025-shtykov-to-stalin.txt", "1950-07-07", "ciphered telegram", "408/sh", "Shtykov", "Stalin", [
        ("In reply to your telegram of 5 July", "024-stalin-to-shtykov.txt")]),
    ("026-shtykov-to-stalin.txt", "1950-07-08", "ciphered telegram", "410/sh", "Shtykov", "Stalin", [
        ("my No. 408/sh of 7 July", "025-shtykov-to-stalin.txt"),
        ("your telegram of 5 July", "024-stalin-to-shtykov.txt"),
        ("my No. 409/sh", None)]),
    ("027-gromyko-to-shtykov.txt", "1950-07-10", "ciphered telegram", "4676", "Gromyko", "Shtykov", [
        ("Your Nos. 408-410", "025-shtykov-to-stalin.txt"),
        ("Your Nos. 408-410", None),
        ("Your Nos. 408-410", "026-shtykov-to-stalin.txt"),
        ("your telegram of 5 July", "023-shtykov-to-stalin.txt")]),
    ("028-gromyko-to-shtykov.txt", "1950-08-29", "ciphered telegram", "5101", "Gromyko", "Shtykov", [
        ("Kim Il Sung's letter of 28 August", None)]),
    ("029-shtykov-to-gromyko.txt", "1950-08-31", "telegram", "", "Shtykov", "Gromyko", [
        ("your order of 29.8.50", "028-gromyko-to-shtykov.txt"),
        ("your no. 4676", "027-gromyko-to-shtykov.txt")]),
    ("030-kim-to-stalin.txt", "1950-09-29", "letter", "", "Kim Il Sung", "Stalin", [
        ("my letter of 28 August", None)]),
    ("031-shtykov-to-stalin.txt", "1950-09-30", "ciphered telegram", "600428/sh", "Shtykov", "Stalin", [
        ("Kim Il Sung's letter to you of 29 September", "030-kim-to-stalin.txt")]),
    ("032-shtykov-to-stalin.txt", "1950-10-01", "ciphered telegram", "600436/sh", "Shtykov", "Stalin", [
        ("my # 600428/sh", "031-shtykov-to-stalin.txt")]),
    ("033-stalin-to-shtykov.txt", "1950-10-01", "ciphered telegram", "75352", "Stalin", "Shtykov, Zakharov", [
        ("your cable of 30 September and 1 October", "031-shtykov-to-stalin.txt"),
        ("your cable of 30 September and 1 October", "032-shtykov-to-stalin.txt"),
        ("the letter of cde. KIM IL SUNG to cde. FENG XI", "030-kim-to-stalin.txt"),
        ("cde. KIM IL SUNG's letter", "030-kim-to-stalin.txt")]),
    ("034-stalin-to-mao.txt", "1950-10-01", "ciphered telegram", "4581", "Stalin", "Mao Zedong", [
        ("the reports of Comrade Shtykov of 30 September and 1 October", "031-shtykov-to-stalin.txt"),
        ("the reports of Comrade Shtykov of 30 September and 1 October", "032-shtykov-to-stalin.txt"),
        ("Kim Il Sung's letter of 29 September", "030-kim-to-stalin.txt")]),
    ("035-mao-to-stalin.txt", "1950-10-02", "telegram", "", "Mao Zedong", "Stalin", [
        ("I received your telegram of 1 October", "034-stalin-to-mao.txt")]),
    ("036-stalin-to-mao.txt", "1950-10-05", "letter", "", "Stalin", "Mao Zedong", [
        ("your telegram of 2 October", "035-mao-to-stalin.txt"),
        ("my letter of October 1", "034-stalin-to-mao.txt")]),
    ("037-mao-to-stalin.txt", "1950-10-07", "letter", "", "Mao Zedong", "Stalin", [
        ("Your letter of 5 October", "036-stalin-to-mao.txt"),
        ("my telegram of 2 October", "035-mao-to-stalin.txt"),
        ("your telegram of 1 October", "034-stalin-to-mao.txt")]),
    ("038-stalin-to-kim.txt", "1950-10-08", "letter", "", "Stalin", "Kim Il Sung", [
        ("your letter of 29 September", "030-kim-to-stalin.txt"),
        ("On 1 October I sent a letter to Mao Zedong", "034-stalin-to-mao.txt"),
        ("the letter of 5 October", "036-stalin-to-mao.txt"),
        ("On 7 October I received Mao Zedong's answer", "037-mao-to-stalin.txt"),
        ("my telegram to you of 1 October", "033-stalin-to-shtykov.txt")]),
    ("039-stalin-to-shtykov.txt", "1950-10-13", "ciphered telegram", "76041", "Stalin", "Shtykov", [
        ("Mao Zedong's cable of 2 October", "035-mao-to-stalin.txt"),
        ("our telegram No. 75352", "033-stalin-to-shtykov.txt")]),
    ("040-shtykov-to-stalin.txt", "1950-10-14", "ciphered telegram", "483/sh", "Shtykov", "Stalin", [
        ("your directive dated 13.10.50", "039-stalin-to-shtykov.txt"),
        ("On 30 September I reported to you", "031-shtykov-to-stalin.txt")]),
    ("041-acheson-to-kirk.txt", "1950-10-14", "telegram", "283", "Acheson", "Kirk", [
        ("Embtel 598, Oct 12", None)]),
    ("042-stalin-to-shtykov.txt", "1950-10-14", "ciphered telegram", "76102", "Stalin", "Shtykov", [
        ("To No. 483/sh.", "040-shtykov-to-stalin.txt"),
        ("our telegram of yesterday", "039-stalin-to-shtykov.txt")]),
    ("043-shtykov-to-stalin.txt", "1950-10-15", "ciphered telegram", "489/sh", "Shtykov", "Stalin", [
        ("Your telegram of 14 October", "042-stalin-to-shtykov.txt"),
        ("my No. 483/sh", "040-shtykov-to-stalin.txt"),
        ("Ciphered Telegram No. 75352", "033-stalin-to-shtykov.txt")]),  # line break
    ("044-kirk-to-acheson.txt", "1950-10-16", "telegram", "612", "Kirk", "Acheson", [
        ("Deptel 283, October 14", "041-acheson-to-kirk.txt")]),
    ("045-kirk-to-acheson.txt", "1950-10-23", "letter", "", "Kirk", "Acheson", [
        ("Your cable of 10/14/50", "041-acheson-to-kirk.txt"),
        ("Embtel 612", "044-kirk-to-acheson.txt")]),
    ("046-mao-to-stalin.txt", "1951-06-13", "telegram", "", "Mao Zedong", "Stalin", [
        ("In reply to your telegram of 5 June", None)]),
    ("047-stalin-to-mao.txt", "1951-06-13", "ciphered telegram", "3557", "Stalin", "Mao Zedong", [
        ("I received your telegram of 13 June", "046-mao-to-stalin.txt")]),
    ("048-kim-to-stalin.txt", "1951-06-14", "letter", "", "Kim Il Sung", "Stalin", [
        ("Comrade Mao Zedong's reply of 13 June", None),
        ("our telegram of 12 June", None),
        ("your telegram to Comrade Mao Zedong of 13 June", "047-stalin-to-mao.txt")]),
    ("049-roshchin-zhou-conversation.txt", "1951-06-16", "record of conversation", "", "Roshchin", "Zhou Enlai", [
        ("Comrade Stalin's telegram of 13 June", "047-stalin-to-mao.txt"),
        ("the message of Comrade Mao Zedong to Comrade Filippov of 13 June", "046-mao-to-stalin.txt"),
        ("the record of my conversation with Zhou Enlai of 2 June", None)]),
    ("050-vyshinsky-to-roshchin.txt", "1951-06-20", "ciphered telegram", "3114", "Vyshinsky", "Roshchin", [
        ("Your record of conversation with Zhou Enlai of 16 June", "049-roshchin-zhou-conversation.txt")]),
]


def squash(s):
    return re.sub(r"\s+", " ", s)


def check():
    files = {d[0] for d in DOCS}
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".txt")}
    bad = 0
    for f in sorted(on_disk ^ files):
        print(f"not both in manifest and on disk: {f}")
        bad += 1
    nref = nnull = nsplit = 0
    for f, date, kind, number, sender, recipient, refs in DOCS:
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        if number and number not in text:
            print(f"{f}: number {number!r} not printed")
            bad += 1
        for phrase, target in refs:
            nref += 1
            nnull += target is None
            n = text.count(phrase)
            if n == 0:
                if squash(phrase) in squash(text):
                    nsplit += 1
                else:
                    print(f"{f}: phrase not found: {phrase!r}")
                    bad += 1
            elif n > 1:
                print(f"{f}: phrase occurs {n} times: {phrase!r}")
            if target is not None:
                if target not in files:
                    print(f"{f}: target not in corpus: {target}")
                    bad += 1
                elif target == f:
                    print(f"{f}: refers to itself")
                    bad += 1
                elif next(d[1] for d in DOCS if d[0] == target) > date:
                    print(f"{f}: target {target} is later than the citing document")
                    bad += 1
    print(f"{len(DOCS)} documents, {nref} references: {nref - nnull} resolvable, "
          f"{nnull} not in corpus ({100 * nnull / nref:.0f}%), {nsplit} across a line break")
    return bad == 0


def main():
    if "--check" not in sys.argv:
        with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as out:
            for f, date, kind, number, sender, recipient, refs in DOCS:
                out.write(json.dumps({
                    "file": f, "date": date, "kind": kind, "number": number,
                    "sender": sender, "recipient": recipient,
                    "refs": [{"phrase": p, "target": t} for p, t in refs],
                }, ensure_ascii=False) + "\n")
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
