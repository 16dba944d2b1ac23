"""Demo data of the humanitarian residence guide and its checker: the content is in
demo_content.py; this loads it, once."""

from collections.abc import Callable

from acoge.core.demo import DemoLoader, localised, register

from .demo_content import CASES, QUESTIONS, REVIEWED, SERMIG
from .models import Case, CaseFact, CheckerOption, CheckerQuestion


def load(say: Callable[[str], None]) -> None:
    if Case.objects.exists():
        say("Demo humanitarian residence guide: already loaded.")
        return
    cases = {}
    for slug, order, review_by, official, title, summary, facts in CASES:
        case = Case.objects.create(
            slug=slug,
            order=order,
            official_url=official,
            last_reviewed=REVIEWED,
            review_by=review_by,
            **localised("title", title),
            **localised("summary", summary),
        )
        for index, (topic, text, source, confirmed) in enumerate(facts):
            CaseFact.objects.create(
                case=case,
                topic=topic,
                order=index,
                source_url=source,
                source_title=SERMIG if source else "",
                confirmed=confirmed,
                **localised("text", text),
            )
        cases[slug] = case
    options: dict[str, list[CheckerOption]] = {}
    for slug, order, multiple, after, text, hint, answers in QUESTIONS:
        question = CheckerQuestion.objects.create(
            slug=slug,
            order=order,
            multiple=multiple,
            asked_after=options[after[0]][after[1]] if after else None,
            **localised("text", text),
            **localised("hint", hint),
        )
        options[slug] = []
        for index, (label, case_slugs, none_applies) in enumerate(answers):
            option = CheckerOption.objects.create(
                question=question,
                order=index,
                none_applies=none_applies,
                **localised("label", label),
            )
            option.cases.set([cases[case_slug] for case_slug in case_slugs])
            options[slug].append(option)
    say(
        f"Demo humanitarian residence guide: {len(CASES)} cases, "
        f"a checker of {len(QUESTIONS)} questions."
    )


register(DemoLoader(name="permits", order=70, load=load))
