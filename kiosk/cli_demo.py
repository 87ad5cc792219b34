"""``kiosk demo``: register demo visits through the same use cases as the window."""

from __future__ import annotations

import sys

from kiosk.domain.clock import today_local
from kiosk.domain.officers import DEMO_OFFICER
from kiosk.domain.visit import Channel
from kiosk.services import Kiosk
from kiosk.services.demo import DemoVisits


def run_demo(
    kiosk: Kiosk,
    *,
    visits: int,
    seed: int | None = None,
    channel: str | None = None,
    officer: str | None = None,
    print_slips: bool = True,
) -> int:
    """Register ``visits`` visits and print each one's queue number at the start of its line.

    They are registered as the built-in demo officer (marked so in the audit log) unless
    ``officer`` names someone.
    """
    if visits < 0:
        print("kiosk demo: --visits tidak boleh negatif", file=sys.stderr)
        return 2
    source = DemoVisits(kiosk.catalogue, seed=seed, today=today_local())
    chosen = Channel(channel) if channel else None
    for _ in range(visits):
        draft = source.next_visit(chosen)
        registered = kiosk.registration.register(draft, officer=officer or DEMO_OFFICER)
        services = ", ".join(r.service_code for r in draft.requests)
        if print_slips:
            outcome = kiosk.prints.print_job(registered.slip_job_id)
            printed = "slip dicetak" if outcome.ok else f"slip GAGAL: {outcome.error}"
        else:
            printed = "slip menunggu"
        print(f"{registered.number}\t{draft.plate or '-'}\t{services}\t{printed}", flush=True)
    return 0
