"""Post-level accuracy against a gold JSONL file (``{"id", "text", "labels"}`` per line)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from auditor.errors import InputError
from auditor.model import CATEGORIES


@dataclass
class GoldPost:
    id: str
    text: str
    labels: frozenset[str]


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    per_category: dict[str, CategoryScore]
    n_posts: int
    n_negatives: int
    negatives_flagged: int
    errors: list[tuple[GoldPost, frozenset[str]]] = field(default_factory=list)

    @property
    def micro(self) -> CategoryScore:
        total = CategoryScore()
        for s in self.per_category.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total

    @property
    def macro_f1(self) -> float:
        return sum(s.f1 for s in self.per_category.values()) / len(self.per_category)

    @property
    def negative_rate(self) -> float:
        return self.negatives_flagged / self.n_negatives if self.n_negatives else 0.0

    def to_dict(self) -> dict:
        return {
            "per_category": {
                c: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                    "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for c, s in self.per_category.items()
            },
            "micro_f1": self.micro.f1,
            "macro_f1": self.macro_f1,
            "n_posts": self.n_posts,
            "hard_negatives": self.n_negatives,
            "hard_negatives_flagged": self.negatives_flagged,
            "hard_negative_rate": self.negative_rate,
        }


def read_gold(path: Path) -> Iterator[GoldPost]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: 読み込めません ({exc.__class__.__name__})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            labels = frozenset(d["labels"])
            yield GoldPost(str(d["id"]), str(d["text"]), labels)
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: id, text, labels を持つ JSON 行ではありません") from exc
        unknown = labels - set(CATEGORIES)
        if unknown:
            raise InputError(f"{path}:{n}: 未知のカテゴリ {sorted(unknown)}")


def evaluate(
    gold: Iterable[GoldPost],
    predict: Callable[[list[str]], Iterable[frozenset[str]]],
) -> EvalReport:
    gold = list(gold)
    per = {c: CategoryScore() for c in CATEGORIES}
    report = EvalReport(per, len(gold), 0, 0)
    for g, pred in zip(gold, predict([g.text for g in gold]), strict=True):
        for c in CATEGORIES:
            if c in pred and c in g.labels:
                per[c].tp += 1
            elif c in pred:
                per[c].fp += 1
            elif c in g.labels:
                per[c].fn += 1
        if not g.labels:
            report.n_negatives += 1
            report.negatives_flagged += bool(pred)
        if pred != g.labels:
            report.errors.append((g, pred))
    return report
