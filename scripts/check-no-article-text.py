#!/usr/bin/env python3
"""Fails when a picture contains a run of six words of an article.

Usage: check-no-article-text.py ARTICLES... -- PICTURES...

The development articles' text must not enter the repository; pictures made
with --no-evidence (and merges with --evidence 0) carry actor names and short
aliases only, so any six consecutive words of an article in one of them mean
a quote slipped through. Headers (before the '---' line) are skipped.
"""
import html
import re
import sys


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def main(argv):
    split = argv.index("--")
    articles, pictures = argv[:split], argv[split + 1:]
    shingles = set()
    for path in articles:
        text = open(path, encoding="utf-8").read()
        if "\n---\n" in text:
            text = text.split("\n---\n", 1)[1]
        w = words(text)
        shingles.update(tuple(w[i:i + 6]) for i in range(len(w) - 5))
    found = False
    for path in pictures:
        w = words(html.unescape(open(path, encoding="utf-8").read()))
        hits = {" ".join(w[i:i + 6]) for i in range(len(w) - 5) if tuple(w[i:i + 6]) in shingles}
        for hit in sorted(hits):
            print(f"{path}: article text: {hit}")
            found = True
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
