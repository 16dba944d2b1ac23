"""Citizen consultations under Law 20.500 (art. 73): informed, pluralist and representative.

A `Consultation` has a questionnaire of `Question`s (single or multiple choice, a 5-point
agreement scale, short or long open text; a question may be shown only after an earlier
answer) that staff write in es, en and ht, and that is frozen once it opens. Each answer sent
is a `Response` (online, or entered by staff from a paper questionnaire) of `Answer` rows; it
is never linked to a person: no contact, no address, only the day. The optional statistics
answers are a `StatsAnswer` of the response, so results can be crossed by gender, age,
nationality group and region, always through the stats app's suppression. With single-use
`ParticipationCode`s (printed on cards for a dialogue or an organisation), each code answers
once; the receipt code she gets proves her answer was counted, and nothing more.

The models live by kind: questionnaires.py (the consultation, its questions and documents),
answers.py (responses, answers, codes and verified contacts, the tally and themes) and
dialogues.py (dialogues in person); every name is importable from here.
"""

from .answers import (
    Answer,
    ContactCheck,
    Grouping,
    Moderation,
    ParticipationCode,
    Response,
    StatsAnswer,
    Tally,
    VerifiedContact,
)
from .dialogues import Conclusion, Dialogue, DialogueAttendee, SecondEntry
from .questionnaires import (
    RESERVED_STEPS,
    BackgroundDocument,
    Channel,
    Consultation,
    Modality,
    Option,
    Participation,
    Question,
)

__all__ = [
    "RESERVED_STEPS",
    "Answer",
    "BackgroundDocument",
    "Channel",
    "Conclusion",
    "Consultation",
    "ContactCheck",
    "Dialogue",
    "DialogueAttendee",
    "Grouping",
    "Modality",
    "Moderation",
    "Option",
    "Participation",
    "ParticipationCode",
    "Question",
    "Response",
    "SecondEntry",
    "StatsAnswer",
    "Tally",
    "VerifiedContact",
]
