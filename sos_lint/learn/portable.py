"""Scores the shipped classifiers from plain JSON numbers, so `check` never imports scikit-learn.

Training (devtools/train.py) fits scikit-learn pipelines and exports what they learned: each
TF-IDF block's vocabulary and IDF weights, the rule features' names and min-max scaling, and the
logistic regression's weights. This module repeats exactly what those fitted pipelines do at
predict time, in plain Python; devtools and tests check it against scikit-learn's predict_proba.
Why: importing scikit-learn (and SciPy through it) took most of a one-statement check's start-up
time and half its memory, and a pickle only loads with the scikit-learn release that wrote it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain
from operator import mul
from typing import Sequence

_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's _VectorizerMixin._white_spaces


class TextBlock:
    """A fitted TfidfVectorizer (word or char_wb analyzer, lowercase, sublinear tf, l2 norm)."""

    def __init__(self, spec: dict):
        self.analyzer = spec["analyzer"]
        self.low, self.high = spec["ngram_range"]
        self.token_pattern = re.compile(spec.get("token_pattern") or r"(?u)\b\w\w+\b")
        self.vocabulary: dict[str, int] = spec["vocabulary"]
        self.idf: list[float] = spec["idf"]
        self.sublinear_tf = spec["sublinear_tf"]
        self.lowercase = spec["lowercase"]
        self.offset = 0  # first column of this block in the joined feature vector
        self._word_columns: dict[str, tuple[int, ...]] = {}  # char_wb: a word's known grams' columns

    def _grams(self, text: str) -> list[str]:
        if self.lowercase:
            text = text.lower()
        if self.analyzer == "word":
            tokens = self.token_pattern.findall(text)
            grams = list(tokens) if self.low == 1 else []
            for n in range(max(self.low, 2), min(self.high + 1, len(tokens) + 1)):
                grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
            return grams
        grams = []
        for word in _WHITE_SPACES.sub(" ", text).split():
            word = f" {word} "
            size = len(word)
            for n in range(self.low, self.high + 1):
                if size <= n:  # a word no longer than n is counted once, and so are larger n
                    grams.append(word[:n])
                    break
                grams += [word[i:i + n] for i in range(size - n + 1)]
        return grams

    def _columns_of_word(self, word: str) -> tuple[int, ...]:
        """The columns of one word's character grams (char_wb), in _grams' order, unknown grams
        left out; kept per word, as the same words come back in statement after statement."""
        columns = self._word_columns.get(word)
        if columns is None:
            get = self.vocabulary.get
            padded = f" {word} "
            size = len(padded)
            grams = []
            for n in range(self.low, self.high + 1):
                if size <= n:
                    grams.append(padded[:n])
                    break
                grams += [padded[i:i + n] for i in range(size - n + 1)]
            columns = tuple(column for column in map(get, grams) if column is not None)
            if len(self._word_columns) > 200_000:
                self._word_columns.clear()
            self._word_columns[word] = columns
        return columns

    def vector(self, text: str) -> dict[int, float]:
        # Counted in the order the grams first appear, as before: the sums below add in that
        # order, so every float comes out bit for bit the same.
        if self.analyzer == "word":
            counts = Counter(map(self.vocabulary.get, self._grams(text)))
            counts.pop(None, None)  # grams not in the vocabulary
        else:  # char_wb: the grams of each word in turn, as _grams makes them
            words = _WHITE_SPACES.sub(" ", text.lower() if self.lowercase else text).split()
            counts = Counter(chain.from_iterable(map(self._columns_of_word, words)))
        idf, log = self.idf, math.log
        if self.sublinear_tf:
            values = {column: (1.0 + log(count)) * idf[column] for column, count in counts.items()}
        else:
            values = {column: float(count) * idf[column] for column, count in counts.items()}
        norm = math.sqrt(sum([v * v for v in values.values()]))
        offset = self.offset
        return {offset + c: v / norm for c, v in values.items()} if norm else {}


class RuleBlock:
    """A fitted DictVectorizer (dense) followed by MinMaxScaler(clip=True)."""

    def __init__(self, spec: dict):
        self.columns: dict[str, int] = spec["vocabulary"]
        self.scale: list[float] = spec["scale"]
        self.minimum: list[float] = spec["min"]
        self.low, self.high = spec["feature_range"]
        self.offset = 0

    def vector(self, features: dict) -> dict[int, float]:
        raw = [0.0] * len(self.columns)
        for name, value in features.items():
            column = self.columns.get(name)
            if column is not None:
                raw[column] += float(value)
        return {self.offset + c: min(max(v * self.scale[c] + self.minimum[c], self.low), self.high)
                for c, v in enumerate(raw)}


class LinearModel:
    """Feature blocks side by side (a FeatureUnion) into a binary logistic regression."""

    def __init__(self, spec: dict):
        self.blocks = []
        offset = 0
        for block in spec["blocks"]:
            made = TextBlock(block) if block["type"] == "text" else RuleBlock(block)
            made.offset = offset
            offset += len(made.vocabulary if isinstance(made, TextBlock) else made.columns)
            self.blocks.append(made)
        self.coef: list[float] = spec["coef"]
        self.intercept: float = spec["intercept"]
        self.classes: list[str] = spec["classes"]
        if len(self.coef) != offset:
            raise ValueError("the model's weights do not match its features")

    def probability(self, item, label: str) -> float:
        """P(label) for one input: a text, or {"text": ..., "rules": {...}} for the quality model."""
        text = item["text"] if isinstance(item, dict) else item
        total = self.intercept
        for block in self.blocks:
            values = block.vector(text) if isinstance(block, TextBlock) else block.vector(item["rules"])
            total += sum(map(mul, map(self.coef.__getitem__, values), values.values()))
        positive = 1.0 / (1.0 + math.exp(-total)) if total >= 0 else math.exp(total) / (1.0 + math.exp(total))
        return positive if label == self.classes[1] else 1.0 - positive

    def probabilities(self, items: Sequence, label: str) -> list[float]:
        return [self.probability(item, label) for item in items]
