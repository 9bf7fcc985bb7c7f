"""Exact-match scoring of Search-QA answers (the Search-R1 `qa_em` rule, ENVIRONMENTS.md §C3).

An answer is the text inside the LAST <answer>...</answer> of the scored transcript. It is compared
with every gold target after SQuAD normalisation (lower-case, drop punctuation, drop the articles
a/an/the, collapse whitespace):
- exact match (EM): normalised prediction == normalised target;
- substring match (sub-EM): normalised target occurs inside the normalised prediction.
A transcript without a complete answer block scores `format_score` (0.0 by default).
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterable

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_ANSWER_BLOCK = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)
_DROP_PUNCTUATION = str.maketrans("", "", string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower-case, strip punctuation, remove articles, collapse whitespace."""
    text = str(text).lower()
    text = text.translate(_DROP_PUNCTUATION)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def gold_targets(ground_truth) -> list[str]:
    """The list of acceptable answers, whatever container the data arrived in.

    Accepts {"target": [...]} (the parquet reward_model / env_kwargs form; parquet gives numpy
    arrays), a bare list/tuple/array of strings, or a single string.
    """
    if isinstance(ground_truth, dict):
        if "target" not in ground_truth:
            raise ValueError(f"ground_truth dict needs a 'target' key, got keys {sorted(ground_truth)}")
        ground_truth = ground_truth["target"]
    if isinstance(ground_truth, (str, bytes)):
        return [ground_truth.decode() if isinstance(ground_truth, bytes) else ground_truth]
    if ground_truth is None:
        return []
    return [str(target) for target in ground_truth]


def extract_answer(text: str | None) -> str | None:
    """Content of the last complete <answer> block, stripped; None if there is none.

    The same as `_ANSWER_BLOCK.findall(text)[-1]` (non-overlapping, left to right), in linear time:
    the regex rescans to the end of the text from every unclosed "<answer>" (quadratic).
    """
    text = text or ""
    last, position = None, 0
    while True:
        start = text.find("<answer>", position)
        if start == -1:
            break
        end = text.find("</answer>", start + len("<answer>"))
        if end == -1:
            break  # no later "<answer>" can be closed either
        last, position = text[start + len("<answer>"):end], end + len("</answer>")
    return last.strip() if last is not None else None


def em_check(prediction: str, targets: Iterable[str]) -> bool:
    pred = normalize_answer(prediction)
    return any(pred == normalize_answer(target) for target in targets)


def subem_check(prediction: str, targets: Iterable[str]) -> bool:
    pred = normalize_answer(prediction)
    return any(normalize_answer(target) in pred for target in targets)


def compute_score(transcript: str | None, ground_truth, *, format_score: float = 0.0,
                  score: float = 1.0, substring: bool = False) -> float:
    """`score` if the last answer in `transcript` matches a target (EM, or sub-EM), else `format_score`."""
    answer = extract_answer(transcript)
    if answer is None:
        return format_score
    check = subem_check if substring else em_check
    return score if check(answer, gold_targets(ground_truth)) else format_score
