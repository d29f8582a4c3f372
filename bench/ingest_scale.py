"""How the ingest pipeline's time grows with the size of the copy (issue 18: it must stay linear).

    .venv/bin/python bench/ingest_scale.py            # 200, 2,000 and 4,000 quotations, every shape
    .venv/bin/python bench/ingest_scale.py 500 5000   # other sizes

Prints, for each shape of copy, the seconds `analyse` takes at each size and the ratio of each
time to the first size's, beside the ratio of the sizes: linear time keeps the two close.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django

django.setup()

from newsroom.ingest.pipeline import analyse  # noqa: E402

NAMES = ["Ana Vale", "Omar Reyes", "Lina Haddad", "Tomas Redfern", "Irina Volkova", "Karen Melikyan"]
HEAD = "Officials Speak at Length\n\nBRENA, Valdoria, Nov. 28 (Reuters) — The talks went on all night.\n\n"


def one_paragraph(n):
    """Every quotation in one paragraph: “…,” Name said."""
    return HEAD + " ".join(f"“We will rebuild the town number {i},” {NAMES[i % 6]} said." for i in range(n))


def paragraphs(n):
    """A paragraph per quotation, with pronouns, roles and quotations carried on."""
    out = []
    for i in range(n):
        name = NAMES[i % 6]
        out.append(
            f"{name}, the minister for region {i}, spoke on Thursday. “The road to village {i} is open,” "
            f"{'she' if name.startswith(('Ana', 'Lina', 'Irina')) else 'he'} said. “We will keep it open.”"
        )
    return HEAD + "\n\n".join(out)


def straight_marks(n):
    """Straight single marks among apostrophes: the scanner's hardest case."""
    return HEAD + " ".join(
        f"'The farmers' union won't accept plan {i},' {NAMES[i % 6]} said of the growers' 'final offer'."
        for i in range(n)
    )


def unattributed(n):
    """Quotations one after another in one paragraph, nobody named: every cue search comes up empty."""
    return HEAD + " ".join(f"“We hold position {i}.”" for i in range(n))


def nested(n):
    """Quotations inside quotations, a cue after each and a colon before the next, in one paragraph."""
    return HEAD + " ".join(
        f"“He told us ‘we hold {i}’ and “again”,” said {NAMES[i % 6]}, who added: “yes." for i in range(n)
    )


SHAPES = {
    "one paragraph": one_paragraph,
    "a paragraph each": paragraphs,
    "straight marks": straight_marks,
    "unattributed": unattributed,
    "nested": nested,
}


def seconds(text, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        analyse(text)
        best = min(best, time.perf_counter() - start)
    return best


def main(sizes):
    print(f"{'shape':<18} {'quotations':>10} {'KB':>7} {'seconds':>8} {'× time':>7} {'× size':>7}")
    for shape, make in SHAPES.items():
        first = None
        for n in sizes:
            text = make(n)
            took = seconds(text, repeat=3 if n <= 1000 else 1)
            first = first or (n, took)
            print(
                f"{shape:<18} {n:>10,} {len(text.encode()) / 1024:>7.0f} {took:>8.2f} "
                f"{took / first[1]:>7.1f} {n / first[0]:>7.1f}"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 2000, 4000])
