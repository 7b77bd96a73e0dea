#!/usr/bin/env python3
"""QuoteClaim benchmark: MB/s, documents/s and peak RSS of the release binary.

Builds, under bench/corpus/ (git-ignored):
  many/    copies of seeds/ (BENCH_MB megabytes in all, default 20)
  single-varied/  one large article of numbered seed paragraphs (BENCH_SINGLE_MB, default 10)
  rules10x/  generated rules: ten times the built-in count, each with its own cue
and runs `quoteclaim extract` RUNS times (default 5) per configuration:
--jobs 1 and --jobs 2, built-in rules and built-in plus generated rules.
Prints medians as a Markdown table. Speed is measured here, never in tests.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build", "release", "quoteclaim")
CORPUS = os.path.join(ROOT, "bench", "corpus")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
MANY_MB = float(os.environ.get("BENCH_MB", "20"))
SINGLE_MB = float(os.environ.get("BENCH_SINGLE_MB", "10"))


def seeds():
    folder = os.path.join(ROOT, "seeds")
    return [open(os.path.join(folder, name), "rb").read() for name in sorted(os.listdir(folder))]


def build_corpus():
    texts = seeds()
    many = os.path.join(CORPUS, "many")
    if not os.path.isdir(many):
        os.makedirs(many)
        total, copy = 0, 0
        while total < MANY_MB * 1e6:
            for index, text in enumerate(texts):
                with open(os.path.join(many, "%06d-%d.txt" % (copy, index)), "wb") as handle:
                    handle.write(text)
                total += len(text)
            copy += 1
    single = os.path.join(CORPUS, "single-varied")
    if not os.path.isdir(single):
        os.makedirs(single)
        # Each paragraph numbered: a paragraph repeated word for word is
        # page furniture to the normalizer, and would be skipped.
        paragraphs = [line for text in texts for line in text.split(b"\n") if line.strip()]
        with open(os.path.join(single, "large.txt"), "wb") as handle:
            written, number = 0, 0
            while written < SINGLE_MB * 1e6:
                line = b"Part %d. %s\n" % (number // len(paragraphs), paragraphs[number % len(paragraphs)])
                handle.write(line)
                written += len(line)
                number += 1
    return many, single


def generated_rules(count):
    """Claim rules with distinct invented cues, as a user adding hundreds would."""
    folder = os.path.join(CORPUS, "rules10x")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    lines = ["rules:"]
    for number in range(count):
        stem = "".join(consonants[(number * 7 + i * 3) % len(consonants)] + vowels[(number + i) % len(vowels)] for i in range(4))
        kind = ["warning", "denial", "report"][number % 3]
        lines += [
            "  - id: %s.generated-%04d" % (kind, number),
            "    kind: claim",
            "    class: %s" % kind,
            "    priority: %d" % (50 + number % 40),
            "    description: Generated for the benchmark.",
            "    patterns:",
            "      - '\\b(?<cue>%sed|%ses)\\s+(?:that|the|a)\\b'" % (stem, stem),
            "    examples:",
            "      - match: 'They %sed that it was so.'" % stem,
            "      - no_match: 'They said that it was so.'",
        ]
    with open(os.path.join(folder, "generated.yaml"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    return folder


def size_and_count(path):
    total, count = 0, 0
    for folder, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(folder, name))
            count += 1
    return total, count


def run(arguments):
    """Seconds and peak RSS (KB) of one run, measured by GNU time."""
    with tempfile.NamedTemporaryFile() as report:
        command = ["/usr/bin/time", "-f", "%e %M", "-o", report.name, BIN, "extract"] + arguments + ["--quiet", "--output", os.devnull]
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        seconds, rss = open(report.name).read().split()[-2:]
        return float(seconds), int(rss)


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release")
    many, single = build_corpus()
    rules_count = len([line for line in subprocess.run([BIN, "rules", "list"], capture_output=True, text=True).stdout.splitlines() if line.strip()])
    extra = generated_rules(10 * rules_count)
    configurations = [
        ("many files", many, 1, []), ("many files", many, 2, []),
        ("many files, 10x rules", many, 1, ["--rules", extra]), ("many files, 10x rules", many, 2, ["--rules", extra]),
        ("one large file", single, 1, ["--max-document-mb", "64"]),
    ]
    print("| input | jobs | MB | documents | median s | MB/s | documents/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for label, path, jobs, extra_arguments in configurations:
        size, count = size_and_count(path)
        results = [run([path, "--jobs", str(jobs)] + extra_arguments) for _ in range(RUNS)]
        seconds = statistics.median(r[0] for r in results)
        rss = statistics.median(r[1] for r in results) / 1024
        print("| %s | %d | %.1f | %d | %.2f | %.1f | %.0f | %.0f |" % (
            label, jobs, size / 1e6, count, seconds, size / 1e6 / seconds, count / seconds, rss))
        sys.stdout.flush()
    print("\nmedian of %d runs; built-in rules: %d, generated: %d" % (RUNS, rules_count, 10 * rules_count))


if __name__ == "__main__":
    main()
