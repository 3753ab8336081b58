#!/usr/bin/env python3
"""Writes the inputs that made one article stall the build (README, "Reliability and security").

Each case is a folder with one file, all under the 5 MB limit, made of synthetic text only: a
fixed list of common words, the first names of the bundled gazetteer with made-up surnames, and
the bundled articles of data/articles repeated. Usage, from the repository's root:

    python3 scripts/pathological-inputs.py /tmp/pathological
    for c in /tmp/pathological/*/; do
      /usr/bin/time -f "$c %e s wall, %U s user" \\
        java -Xmx1g -jar target/newsgraph.jar build -q --threads 1 --input "$c" --output /tmp/out.nq
    done
"""
import os
import random
import sys

WORDS = ("the council said that new rules would change how the city spends money on roads and schools "
         "while residents asked for more time to review plans before any vote").split()
SYLLABLES = ["ka", "lo", "mer", "tan", "vi", "dor", "sel", "bra", "quin", "ov", "ash", "len", "pet", "rud",
             "zan", "mor", "fel", "gri", "hal", "ny"]


def write(root, case, text):
    folder = os.path.join(root, case)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, case + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def megabyte_of_words(rng):
    """Words of the list, one in ten capitalised, until they and a space each make 1,000,000 bytes."""
    out, size = [], 0
    while size < 1_000_000:
        w = rng.choice(WORDS)
        if rng.random() < 0.1:
            w = w.capitalize()
        out.append(w)
        size += len(w) + 1
    return out


def main(root):
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(20)
    # one sentence of 300,000 tokens: words and commas, a full stop at the end only
    toks = [rng.choice(WORDS) + ("," if i % 17 == 16 else "") for i in range(300_000)]
    write(root, "tokens300k", "The report began " + " ".join(toks) + ".\n")
    # 50,000 people named in full, two to a sentence, five sentences to a paragraph
    gazetteer = os.path.join(here, "..", "src", "main", "resources", "org", "newsgraph", "nlp", "gazetteer",
                             "first-names.txt")
    with open(gazetteer, encoding="utf-8") as f:
        first = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    names = set()
    while len(names) < 50_000:
        given = rng.choice(first)
        names.add(given + " " + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize())
    names = sorted(names)
    rng.shuffle(names)
    lines = [f"{names[i]} met {names[i + 1] if i + 1 < len(names) else names[0]} at the hall."
             for i in range(0, len(names), 2)]
    write(root, "names50k", "\n\n".join(" ".join(lines[i:i + 5]) for i in range(0, len(lines), 5)) + "\n")
    # 1 MB without punctuation, in lines of twelve words (a last, shorter line is left out)
    w = megabyte_of_words(rng)
    write(root, "nopunct1mb", "\n".join(" ".join(w[i:i + 12]) for i in range(0, len(w) - 11, 12)) + "\n")
    # 4 MB of the bundled articles' prose on one line
    articles = os.path.join(here, "..", "data", "articles")
    prose = ""
    for name in sorted(os.listdir(articles)):
        if name.endswith(".txt"):
            with open(os.path.join(articles, name), encoding="utf-8") as f:
                prose += f.read().replace("\n", " ") + " "
    text = ""
    while len(text) < 4_000_000:
        text += prose
    write(root, "oneline4mb", text[:4_000_000].rsplit(" ", 1)[0] + "\n")
    # 1 MB without punctuation on one line
    write(root, "nopunct1line", " ".join(megabyte_of_words(random.Random(21))) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pathological-inputs.py FOLDER")
    main(sys.argv[1])
