"""Survey answers are stored with service and day only, and give the period's IKM."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from kiosk.domain.skm import CODES
from kiosk.domain.visit import Channel
from kiosk.services import Kiosk
from kiosk.store.models import SurveyResponse


def test_responses_are_stored_without_identity_and_give_the_ikm(kiosk: Kiosk, clock) -> None:
    kiosk.survey.submit("KTP_RUSAK", Channel.DRIVE_THRU, dict.fromkeys(CODES, 4))
    kiosk.survey.submit("SKTM", Channel.LOKET, dict.fromkeys(CODES, 3) | {"U9": None})
    assert kiosk.survey.submit("SKTM", Channel.LOKET, {}) is None  # skipped entirely
    columns = set(SurveyResponse._meta.fields)
    assert not columns & {"nik", "name", "phone", "plate", "visit", "request"}
    day = date(2021, 7, 27)
    assert kiosk.survey.ikm(day, day).ikm == Decimal("88.89")  # (8 x 3.5 + 4) / 9 x 25
    assert kiosk.survey.ikm(day, day, "KTP_RUSAK").grade == "A"
    clock.moment += timedelta(days=1)
    kiosk.survey.submit("KIA", Channel.DRIVE_THRU, dict.fromkeys(CODES, 1))
    assert kiosk.survey.ikm(day, day).responses == 2
    assert kiosk.survey.ikm(day, day + timedelta(days=1)).responses == 3
