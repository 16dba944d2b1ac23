"""Themes in a consultation's open answers, for staff who read them: the answers that speak of
the same thing, grouped (like Pol.is opinion groups, for free text), each group named by its
words and shown with the few answers that say it best.

`group()` takes (key, text) pairs, the keys being answer ids, and touches no database. Words
are folded and stemmed as site search does (`core.search`: "Contratos" and "contrato" are one
word) and the stop words of the language left out (stopwords/<language>.txt: Snowball's for
es and en, a short list still to be reviewed for ht); with `language=AUTO` each answer is read
in its own language, told by the function words it uses (`language_of`), so answers in Spanish
and Haitian Creole are grouped together without "mwen" or "nan" becoming a theme's words.
Each answer is weighted by TF-IDF over the words that at least two answers use, and the
answers are grouped with k-means (scikit-learn) on those vectors; the number of themes, 2 to
`max_groups`, is the one with the best silhouette score (cosine), an answer in a group too
small to show counting 0. A theme's words are the heaviest of its centroid, each shown in the
form its answers use most; its quotes are the answers closest to the centroid, preferring a
sentence to a single word.

A theme is never shown about fewer than `min_size` answers (callers pass the published-count
threshold, `stats.tables.min_count()`): a smaller group, a blank answer and an answer that
shares no word with another are `ungrouped`. Every key comes back once, in the given order.
The same answers and seed give the same grouping, whatever their order.

A grouping is a reading aid, not a result: it shows which answers look alike, not what people
think; the answers themselves are read before a theme goes into a report.
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import snowballstemmer
from scipy.sparse import csr_matrix
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_samples
from sklearn.preprocessing import normalize

from acoge.core.search import STEMMERS, fold

LANGUAGES = ("es", "en", "ht")
AUTO = "auto"  # each answer's own language (language_of): answers in several languages at once
STOPWORDS = Path(__file__).parent / "stopwords"
MIN_SHARED = 2  # a word weighs only when this many answers use it
MIN_TERMS = 3  # fewer shared words than this: no themes
TERMS = 5
QUOTES = 3
SHORT_ANSWER = 4  # words; a shorter answer is a weaker quote
LONG_ANSWER = 80  # words; so is a longer one
LSA_ABOVE = 300  # shared words; above this, answers are clustered on LSA components
LSA_COMPONENTS = 100
SILHOUETTE_SAMPLE = 2000  # answers scored when choosing the number of themes

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # letters, joined by apostrophes (m'ap, don't)
_APOSTROPHES = str.maketrans("’ʼ", "''")

type Space = csr_matrix | np.ndarray  # what k-means runs on


@dataclass(frozen=True)
class Theme[K: Hashable]:
    """Answers about one thing: its words, heaviest first; the keys of its answers, in the
    order given; and up to QUOTES of them to read as examples, most representative first."""

    terms: list[str]
    members: list[K]
    quotes: list[K]


@dataclass(frozen=True)
class Grouping[K: Hashable]:
    """The themes, largest first (then by their words), and the keys of the answers in none,
    in the order given."""

    themes: list[Theme[K]]
    ungrouped: list[K]


@dataclass(frozen=True)
class _Answer[K: Hashable]:
    position: int
    key: K
    text: str
    surfaces: list[str]  # her words, lowercased, stop words left out
    stems: list[str]  # the same words folded and stemmed
    length: int  # every word, stop words included


def group[K: Hashable](
    texts: Sequence[tuple[K, str]],
    *,
    language: str = "es",
    seed: int = 0,
    min_size: int = 5,
    max_groups: int = 8,
) -> Grouping[K]:
    """The themes of the answers `texts`, (key, text) pairs in `language` (es, en or ht), or
    each in its own (`AUTO`: told by `language_of`)."""
    if language not in LANGUAGES and language != AUTO:
        raise ValueError(f"no stop words for language {language!r}")
    if min_size < 1 or max_groups < 2:
        raise ValueError("min_size must be at least 1 and max_groups at least 2")
    answers = _analyse(texts, language)
    # In the order of their texts, so that the order given changes nothing.
    usable = sorted((answer for answer in answers if answer.stems), key=lambda a: a.text)
    vocabulary = _shared(usable)
    usable = [answer for answer in usable if vocabulary.intersection(answer.stems)]
    most = min(max_groups, len(usable) // min_size, _distinct(usable, vocabulary))
    if len(vocabulary) < MIN_TERMS or most < 2:
        return Grouping(themes=[], ungrouped=[answer.key for answer in answers])

    vectorizer = TfidfVectorizer(
        analyzer=_as_given, vocabulary=sorted(vocabulary), sublinear_tf=True
    )
    weights = csr_matrix(vectorizer.fit_transform([answer.stems for answer in usable]))
    labels = _labels(weights, seed=seed, most=most, min_size=min_size)
    readable = _readable(usable, vectorizer.get_feature_names_out())
    themes: list[Theme[K]] = []
    grouped: set[int] = set()
    for label in np.unique(labels):
        rows = np.flatnonzero(labels == label)
        if len(rows) < min_size:
            continue
        members = sorted((usable[row] for row in rows), key=lambda a: a.position)
        centroid = np.asarray(weights[rows].mean(axis=0)).ravel()
        themes.append(
            Theme(
                terms=_terms(centroid, readable),
                members=[answer.key for answer in members],
                quotes=_quotes(weights, rows, centroid, usable),
            )
        )
        grouped.update(answer.position for answer in members)
    themes.sort(key=lambda theme: (-len(theme.members), theme.terms))
    return Grouping(
        themes=themes,
        ungrouped=[answer.key for answer in answers if answer.position not in grouped],
    )


def language_of(text: str, default: str = "es") -> str:
    """The language an answer is written in, es, en or ht, told by its function words: the one
    whose stop words it uses most (`default` on a tie, or when it uses none). Answers are
    grouped in their own language, so that "mwen", "nan" and "pou" are not a theme's words."""
    said = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()
    words = [fold(part) for token in _WORD.findall(said) for part in token.split("'")]
    scores = {language: 0 for language in LANGUAGES}
    for word in words:
        for language in LANGUAGES:
            scores[language] += word in _stop_words(language)
    best = max(LANGUAGES, key=lambda language: (scores[language], language == default))
    return best if scores[best] else default


def _analyse[K: Hashable](texts: Sequence[tuple[K, str]], language: str) -> list[_Answer[K]]:
    stemmers: dict[str, Any] = {}  # one a call and language: a stemmer keeps state
    answers = []
    for position, (key, text) in enumerate(texts):
        own = language_of(text) if language == AUTO else language
        stop = _stop_words(own)
        if own not in stemmers:
            name = STEMMERS.get(own)
            stemmers[own] = snowballstemmer.stemmer(name) if name else None
        stemmer = stemmers[own]
        said = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower()
        tokens = _WORD.findall(said)
        surfaces = [word for token in tokens for word in _content_words(token, stop)]
        folded = [fold(word) for word in surfaces]
        stems = stemmer.stemWords(folded) if stemmer else folded
        answers.append(_Answer(position, key, text, surfaces, stems, len(tokens)))
    return answers


def _content_words(token: str, stop: frozenset[str]) -> list[str]:
    """A token that is not a stop word, or the words it joins with apostrophes that are not
    ("children's": children; "m'ap": none), of two letters or more."""
    if fold(token) in stop:
        return []
    return [part for part in token.split("'") if len(part) > 1 and fold(part) not in stop]


@cache
def _stop_words(language: str) -> frozenset[str]:
    lines = (STOPWORDS / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    words = (line.strip() for line in lines)
    return frozenset(fold(word) for word in words if word and not word.startswith("#"))


def _shared(answers: Sequence[_Answer]) -> set[str]:
    """The stems that at least MIN_SHARED answers use."""
    counts = Counter(stem for answer in answers for stem in set(answer.stems))
    return {stem for stem, count in counts.items() if count >= MIN_SHARED}


def _distinct(answers: Sequence[_Answer], vocabulary: set[str]) -> int:
    """How many different vectors the answers make: k-means finds no more groups than that."""
    return len(
        {
            frozenset(Counter(s for s in answer.stems if s in vocabulary).items())
            for answer in answers
        }
    )


def _as_given(stems: list[str]) -> list[str]:
    """The analyser of the vectoriser: answers reach it analysed already."""
    return stems


def _labels(weights: csr_matrix, *, seed: int, most: int, min_size: int) -> np.ndarray:
    """The group of each answer, in the number of groups (2 to `most`) with the best
    silhouette score of what is shown; the fewer groups on a tie."""
    space = _space(weights, seed)
    best, best_score = np.zeros(space.shape[0], dtype=int), -np.inf
    for k in range(2, most + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(space)
        score = _shown_silhouette(space, labels, seed=seed, min_size=min_size)
        if score > best_score:
            best, best_score = labels, score
    return best


def _shown_silhouette(space: Space, labels: np.ndarray, *, seed: int, min_size: int) -> float:
    """The mean silhouette (cosine) of the answers, an answer left ungrouped (its group too
    small) counting 0, as an answer alone does: plain silhouette keeps rising with more,
    smaller groups of short texts, which would all be hidden. Scored on a sample of
    SILHOUETTE_SAMPLE answers when there are more."""
    rows = np.arange(space.shape[0])
    if len(rows) > SILHOUETTE_SAMPLE:
        rows = np.sort(np.random.default_rng(seed).choice(rows, SILHOUETTE_SAMPLE, replace=False))
    if len(np.unique(labels[rows])) < 2:
        return -np.inf
    scores = silhouette_samples(space[rows], labels[rows], metric="cosine")
    scores[np.bincount(labels)[labels[rows]] < min_size] = 0
    return float(scores.mean())


def _space(weights: csr_matrix, seed: int) -> Space:
    """What is clustered: the TF-IDF rows (unit length, so that k-means follows the cosine), or
    with a large vocabulary their LSA components, made unit length again."""
    if weights.shape[1] <= LSA_ABOVE:
        return weights
    components = min(LSA_COMPONENTS, weights.shape[0] - 1)
    return normalize(
        TruncatedSVD(n_components=components, random_state=seed).fit_transform(weights)
    )


def _readable(answers: Sequence[_Answer], stems: Sequence[str]) -> list[str]:
    """For each stem of the vocabulary, the form the answers use most (on a tie, one written
    with accents, then the first alphabetically)."""
    forms: dict[str, Counter[str]] = {stem: Counter() for stem in stems}
    for answer in answers:
        for surface, stem in zip(answer.surfaces, answer.stems, strict=True):
            if stem in forms:
                forms[stem][surface] += 1
    return [
        min(forms[stem].items(), key=lambda item: (-item[1], fold(item[0]) == item[0], item[0]))[0]
        for stem in stems
    ]


def _terms(centroid: np.ndarray, readable: Sequence[str]) -> list[str]:
    """The TERMS heaviest words of a centroid (alphabetical order of stems on a tie)."""
    order = np.argsort(-centroid, kind="stable")[:TERMS]
    return [readable[index] for index in order if centroid[index] > 0]


def _quotes[K: Hashable](
    weights: csr_matrix, rows: np.ndarray, centroid: np.ndarray, answers: Sequence[_Answer[K]]
) -> list[K]:
    """Up to QUOTES keys of the group's answers nearest its centroid (cosine, the rows being
    unit length), a short or very long answer weighing less; one of identical answers."""
    similarity = weights[rows] @ (centroid / np.linalg.norm(centroid))
    scored = sorted(
        zip(similarity * [_length_weight(answers[row].length) for row in rows], rows, strict=True),
        key=lambda item: (-item[0], answers[item[1]].text, answers[item[1]].position),
    )
    quotes: list[K] = []
    seen: set[str] = set()
    for _score, row in scored:
        said = " ".join(fold(answers[row].text).split())
        if said not in seen:
            seen.add(said)
            quotes.append(answers[row].key)
        if len(quotes) == QUOTES:
            break
    return quotes


def _length_weight(words: int) -> float:
    """A quote is an answer of a sentence or a few: one word says little, a page is hard to read
    as an example."""
    if words < SHORT_ANSWER:
        return words / SHORT_ANSWER
    if words > LONG_ANSWER:
        return LONG_ANSWER / words
    return 1.0
