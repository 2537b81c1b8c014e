#!/usr/bin/env python3
"""Writes a corpus of N assessments for the end-to-end benchmark (scripts/bench-scan): the five
examples and the nine real fragments in turn, each copy with its own 評価書番号 and, for the
examples, its own body (30 documents a body); every third copy has CRLF line ends and every
seventh is Shift_JIS when it can be (as bodies publish them).
    scripts/makecorpus.py N DIR"""
import os, re, sys

n, out = int(sys.argv[1]), sys.argv[2]
root = os.path.join(os.path.dirname(__file__), "..")
seeds = sorted(os.path.join(root, "Graphs/examples", f) for f in os.listdir(os.path.join(root, "Graphs/examples")) if f.endswith(".txt"))
realworld = os.path.join(root, "Tests/PiagraphTests/Fixtures/realworld")
seeds += sorted(os.path.join(realworld, f) for f in os.listdir(realworld) if f.endswith(".txt"))
texts = [open(p, encoding="utf-8").read() for p in seeds]
bodies = ["千葉市長", "奈良市長", "さいたま市長", "豊中市長"]
os.makedirs(out, exist_ok=True)
for i in range(n):
    text = texts[i % len(texts)]
    text = re.sub(r"(評価書番号\t評価書名\n)(\d+)", lambda m: m.group(1) + str(10000 + i), text, count=1)
    for body in bodies:
        text = text.replace(body, "第%d市長" % (i // 30))
    if i % 3 == 1:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if i % 7 == 3:
        try:
            # Windows' Shift_JIS (cp932) has ① and ― but not the em dash.
            data = text.replace("\u2014", "\u2015").encode("cp932")
        except UnicodeEncodeError:
            pass
    sub = os.path.join(out, "%03d" % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, "doc%05d.txt" % i), "wb") as f:
        f.write(data)
