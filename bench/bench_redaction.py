"""Timings of the redaction engine on a large vault and a large text (prints, asserts nothing).

    .venv/bin/python bench/bench_redaction.py [--persons 500] [--megabytes 1]

The text mixes English, Chinese, Khmer and Thai sentences with protected names, phone numbers
and detector material sprinkled in, roughly like a long interview transcript.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import spread
from evidence_app.model import Consent, Person, RiskLevel, Role, Stamp
from evidence_app.redaction import Redactor

_SYLLABLES = ["sok", "dara", "chan", "vann", "srey", "mey", "pich", "rith", "nary", "bopha", "vuth", "kim", "lin"]
_HAN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗明华伟芳娜敏静丽强磊军洋勇艳杰"
_SENTENCES = [
    "The recruiter promised a job in a restaurant but took our passports at the border. ",
    "We worked fourteen hours a day and the guards watched the dormitory at night. ",
    "昨天我们在工厂里工作了很长时间，老板没有付工资。",
    "ខ្ញុំបានធ្វើការនៅទីនោះរយៈពេលបីខែ ហើយពួកគេមិនបានបង់ប្រាក់ឱ្យខ្ញុំទេ។ ",
    "พวกเขาบอกว่าจะได้งานดีแต่ต้องทำงานทุกวันไม่มีวันหยุด ",
    "Payments went to an account and the boss used a wallet for USDT transfers. ",
]
_STAMP = Stamp("bench", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z")


def _person(rng: random.Random, index: int) -> Person:
    given = rng.choice(_SYLLABLES).title()
    family = rng.choice(_SYLLABLES).title() + rng.choice(_SYLLABLES)
    han = "".join(rng.choice(_HAN) for _ in range(rng.choice((2, 3))))
    return Person(
        id=f"p{index}",
        full_name=f"{family} {given}",
        aliases=(f"{given}{index}", han),
        transliterations=(f"{given} {family}{index}",),
        phones=(f"+855 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",),
        emails=(f"{given.lower()}.{index}@example.org",),
        nationality="KH",
        languages=("km",),
        role=Role.SOURCE,
        protected=index % 5 != 0,
        pseudonym=f"Source {index}",
        consent=Consent(),
        risk=RiskLevel.HIGH,
        notes="",
        tags=(),
        stamp=_STAMP,
    )


def _text(rng: random.Random, persons: list[Person], size: int) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        if rng.random() < 0.05:
            person = rng.choice(persons)
            piece = rng.choice([person.full_name, *person.aliases, *person.phones]) + " "
        elif rng.random() < 0.01:
            piece = rng.choice(["DE89 3704 0044 0532 0130 00 ", "4111 1111 1111 1111 ", "10.6231, 103.5210 "])
        else:
            piece = rng.choice(_SENTENCES)
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=500)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the figures as JSON (for bench/render.py)")
    args = parser.parse_args()
    rng = random.Random(1)
    persons = [_person(rng, i) for i in range(args.persons)]
    text = _text(rng, persons, int(args.megabytes * 1_000_000))

    timings: dict[str, list[float]] = {"build": [], "redact": [], "gate_text": [], "gate_html": []}
    for _ in range(args.repeat):
        started = time.perf_counter()
        redactor = Redactor(persons)
        built = time.perf_counter()
        result = redactor.redact(text)
        redacted = time.perf_counter()
        leaks = redactor.leaks(result.text)
        gated = time.perf_counter()
        html_leaks = redactor.leaks("<html><body><p>" + result.text.replace("&", "&amp;") + "</p></body></html>")
        gated_html = time.perf_counter()
        for key, value in (
            ("build", built - started),
            ("redact", redacted - built),
            ("gate_text", gated - redacted),
            ("gate_html", gated_html - gated),
        ):
            timings[key].append(value)

    print(f"persons: {len(persons)} ({sum(p.protected for p in persons)} protected), text: {len(text):,} chars")
    print(f"build redactor:    {statistics.median(timings['build']):6.2f} s")
    print(f"redact:            {statistics.median(timings['redact']):6.2f} s  ({len(result.redactions):,} redactions)")
    print(f"leak gate (text):  {statistics.median(timings['gate_text']):6.2f} s  ({len(leaks)} leaks)")
    print(f"leak gate (html):  {statistics.median(timings['gate_html']):6.2f} s  ({len(html_leaks)} leaks)")
    if args.out:
        figures = {k: spread(v) for k, v in timings.items()}
        args.out.write_text(
            json.dumps(
                {
                    "redaction": {
                        "persons": len(persons),
                        "chars": len(text),
                        "redactions": len(result.redactions),
                        "leaks_after_redaction": len(leaks) + len(html_leaks),
                        "seconds": figures,
                    }
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
