"""The CUPS backend: PDFs go to a CUPS queue through the ``lp`` and ``lpstat`` commands.

No pycups: the commands of Debian's ``cups-client`` package are enough, and every call goes
through :func:`run_command` (one place for the locale, the server, the timeout and the errors),
so the module is easy to test and never hangs: a command that does not answer within the
timeout (10 s by default) is killed and reported as a :class:`PrintError` (``submit``) or an
OFFLINE status (``status``).

``server`` is a cupsd address (``host:port``) or the path of its unix socket; it is passed to
every command with ``-h``. Without it the system's default applies (``CUPS_SERVER``,
``~/.cups/client.conf``, ``/etc/cups/client.conf``, then the local scheduler).

Paper: a roll document asks for exactly its own size, ``-o media=Custom.80x165mm`` (from
:func:`kiosk.printing.backends.media_of`), an A4 document ``-o media=A4``. Without a media
option the queue's default paper applies (usually A4) and a slip is centred on a sheet. With
the right media no scaling option (``fit-to-page``) is needed: CUPS' ``pdftopdf`` leaves a
page that fits the paper unscaled ("print-scaling=auto"). CUPS turns the millimetres into
whole points: on a cups-pdf queue an 80 mm roll comes out 226 pt (79.7 mm) wide.

A paused printer (``cupsdisable``) still *accepts* jobs: ``lp`` succeeds and the job waits in
the spooler until the printer is enabled again, then prints by itself. The print queue service
upstream does not submit while :meth:`CupsPrinter.status` is not READY, so the officer is never
told "printed" for a slip that waits on a stopped printer. A printer that rejects jobs
(``cupsreject``) refuses them at ``lp``: :meth:`CupsPrinter.submit` raises :class:`PrintError`.

This module imports no Qt and nothing outside the standard library.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.domain.messages import QT_TRANSLATE_NOOP, Message
from kiosk.printing.backends import PrintError, PrinterState, PrinterStatus

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "CommandResult",
    "CupsPrinter",
    "CupsUnavailable",
    "job_completed",
    "list_printers",
    "lp_media",
    "run_command",
    "wait_completed",
]

DEFAULT_TIMEOUT_S = 10.0
_POLL_S = 0.02  # between two looks at a job in wait_completed

UNREACHABLE = QT_TRANSLATE_NOOP("Messages", "Layanan cetak (CUPS) tidak dapat dihubungi.")
_CLIENT_MISSING = QT_TRANSLATE_NOOP(
    "Messages",
    "Perintah cetak {command} tidak ditemukan: paket cups-client belum terpasang di komputer ini.",
)
_NO_ANSWER = QT_TRANSLATE_NOOP(
    "Messages", "Layanan cetak (CUPS) tidak menjawab dalam {seconds:g} detik."
)


@dataclass(frozen=True)
class CommandResult:
    """What a finished command printed, decoded, and its exit status."""

    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return f"{self.stdout}\n{self.stderr}"


class CupsUnavailable(PrintError):
    """The command could not run or did not answer in time (its message is Indonesian)."""


def _environment() -> dict[str, str]:
    """The process environment with English messages, which the parsers below read."""
    environment = dict(os.environ)
    environment["LC_ALL"] = "C"
    environment["LANG"] = "C"
    environment.pop("LANGUAGE", None)
    return environment


def run_command(
    command: Sequence[str],
    *,
    server: str | None = None,
    input: bytes | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> CommandResult:
    """Run a CUPS client command (``lp``, ``lpstat``...) against ``server``; never hang.

    ``-h server`` goes right after the command name (``lpstat`` acts on its options in order,
    so the server must come first). Messages are forced to English (``LC_ALL=C``) for parsing.
    Raises :class:`CupsUnavailable` when the command is missing or does not finish within
    ``timeout_s`` (it is then killed). A non-zero exit status is returned, not raised.
    """
    program, *arguments = command
    argv = [program, *(["-h", server] if server else []), *arguments]
    try:
        completed = subprocess.run(
            argv,
            input=input if input is not None else b"",
            capture_output=True,
            timeout=timeout_s,
            env=_environment(),
            check=False,
        )
    except FileNotFoundError as error:
        raise CupsUnavailable(_CLIENT_MISSING, command=repr(program)) from error
    except subprocess.TimeoutExpired as error:
        raise CupsUnavailable(_NO_ANSWER, seconds=timeout_s) from error
    except OSError as error:
        raise CupsUnavailable(
            QT_TRANSLATE_NOOP("Messages", "Perintah cetak {command} gagal dijalankan: {error}."),
            command=repr(program),
            error=error,
        ) from error
    return CommandResult(
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


_ROLL_MEDIA = re.compile(r"^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm$")
_MEDIA_NAME = re.compile(r"^[A-Za-z0-9._-]+$")


def lp_media(media: str) -> str:
    """The value of ``lp -o media=`` for a backend media string ("" when none is given).

    ``"80x165mm"`` becomes ``"Custom.80x165mm"`` (a roll cut to the document's length), a
    named paper (``"A4"``) stays as it is. Anything else is refused (ValueError) rather than
    slipped into the option string, where a space would start another option.
    """
    if not media:
        return ""
    if _ROLL_MEDIA.match(media):
        return f"Custom.{media}"
    if _MEDIA_NAME.match(media):
        return media
    raise ValueError(f"media must look like 'A4' or '80x165mm', not {media!r}")


_REQUEST_ID = re.compile(r"request id is (\S+)")
_JOB_LINE = re.compile(r"^(\S+)\s")
_SCHEDULER_DOWN = "scheduler is not running"
_UNKNOWN_DESTINATION = ("invalid destination name", "does not exist", "unknown destination")
_NOT_ACCEPTING = "not accepting"
# printer-state-messages that CUPS sets by itself and that would tell the officer nothing
_PLAIN_MESSAGES = frozenset({"", "paused", "rejecting jobs", "reason unknown", "ready to print."})
# printer-state-reasons meaning the printer cannot print now, with what to tell the officer
_BLOCKING_REASONS = {
    "offline": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} tidak terhubung (offline). Periksa kabel dan daya printer."
    ),
    "shutdown": QT_TRANSLATE_NOOP("Messages", "Printer {name} sedang dimatikan. Nyalakan printer."),
    "timed-out": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} tidak menjawab (offline). Periksa kabel dan daya printer."
    ),
    "media-empty": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} kehabisan kertas. Pasang gulungan kertas baru."
    ),
    "media-needed": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} kehabisan kertas. Pasang gulungan kertas baru."
    ),
    "media-jam": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} kertasnya macet. Buka printer dan bereskan kertas."
    ),
    "door-open": QT_TRANSLATE_NOOP("Messages", "Printer {name} penutupnya terbuka. Tutup printer."),
    "cover-open": QT_TRANSLATE_NOOP(
        "Messages", "Printer {name} penutupnya terbuka. Tutup printer."
    ),
}


def _blocking_reason(reasons: Sequence[str]) -> str | None:
    """The first reason that stops printing: an ``-error`` (or suffix-less) condition, or an
    offline report (CUPS backends report a printer that went away as ``offline-report``)."""
    for reason in reasons:
        base, _, severity = reason.rpartition("-")
        if severity not in {"error", "warning", "report"}:
            base, severity = reason, "error"
        if base in _BLOCKING_REASONS and (severity == "error" or base == "offline"):
            return base
    return None


@dataclass(frozen=True)
class _QueueState:
    enabled: bool | None = None
    accepting: bool | None = None
    message: str = ""
    reasons: tuple[str, ...] = ()


def _parse_queue(destination: str, text: str) -> _QueueState:
    """Read ``lpstat -l -p DEST -a DEST`` output (C locale)."""
    enabled: bool | None = None
    accepting: bool | None = None
    message = ""
    reasons: tuple[str, ...] = ()
    lines = text.splitlines()
    for index, line in enumerate(lines):
        words = line.split()
        if len(words) >= 3 and words[0] == "printer" and words[1] == destination:
            if " disabled since " in line:
                enabled = False
            elif " enabled since " in line:
                enabled = True
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if following.startswith("\t") and not following.strip().startswith("Form mounted:"):
                message = following.strip()
        elif words and words[0] == destination and len(words) >= 3:
            if line.startswith(f"{destination} not accepting requests"):
                accepting = False
            elif line.startswith(f"{destination} accepting requests"):
                accepting = True
        elif line.strip().startswith("Alerts:"):
            reasons = tuple(r for r in line.split(":", 1)[1].split() if r != "none")
    return _QueueState(enabled, accepting, message, reasons)


class CupsPrinter:
    """A CUPS queue (a thermal roll printer or an A4 printer), driven with ``lp``/``lpstat``.

    ``submit`` hands the PDF to ``lp`` on its standard input and returns the spooler's job id
    (``"struk-123"``). It returns once CUPS has *accepted* the job, typically in 20 ms; the
    printing itself follows (about 0.2 s on a cups-pdf queue). A job sent to a paused printer
    is accepted and held until the printer is enabled, then prints by itself (see the module
    docstring: upstream does not submit while :meth:`status` is not READY). A rejecting
    printer, an unknown destination or an unreachable cupsd raise :class:`PrintError` with a
    message for the officer.

    ``status`` asks ``lpstat -r -l -p DEST -a DEST`` (one command, a few milliseconds):

    - READY: enabled and accepting, and no reason that stops printing;
    - PAUSED: disabled (``cupsdisable``) or not accepting (``cupsreject``);
    - OFFLINE: cupsd unreachable, the destination unknown, no answer in time, or a printer
      condition that stops printing (offline, out of paper, jammed, cover open);
    - UNKNOWN: the answer could not be read.
    """

    def __init__(
        self,
        destination: str,
        *,
        server: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        if not destination or any(c.isspace() or c in "/#" for c in destination):
            # CUPS queue names have no spaces, "/" or "#"; "name/instance" is not a queue
            raise ValueError(f"not a CUPS destination name: {destination!r}")
        self.destination = destination
        self.server = server
        self.timeout_s = timeout_s
        self.name = f"{destination} (CUPS)"

    def __repr__(self) -> str:
        server = f", server={self.server!r}" if self.server else ""
        return f"CupsPrinter({self.destination!r}{server})"

    def _run(self, command: Sequence[str], input: bytes | None = None) -> CommandResult:
        return run_command(command, server=self.server, input=input, timeout_s=self.timeout_s)

    # --- submit -------------------------------------------------------------------------------

    def submit(self, pdf: bytes, *, title: str, copies: int = 1, media: str = "") -> str:
        """Send ``pdf`` to the queue and return CUPS' job id (``"DEST-123"``).

        Raises ValueError when ``pdf`` is not a PDF, ``copies`` is below 1 or ``media`` is not
        a paper name, and PrintError (Indonesian message) when CUPS does not take the job.
        """
        if not pdf.startswith(b"%PDF-"):
            raise ValueError("CupsPrinter.submit expects PDF bytes")
        if copies < 1:
            raise ValueError(f"copies must be at least 1, not {copies}")
        command = ["lp", "-d", self.destination, "-t", title or "dokumen", "-n", str(copies)]
        paper = lp_media(media)
        if paper:
            command += ["-o", f"media={paper}"]
        try:
            result = self._run(command, input=pdf)
        except CupsUnavailable as error:
            raise PrintError(
                QT_TRANSLATE_NOOP("Messages", "Dokumen tidak terkirim ke printer {name}: {error}"),
                name=repr(self.destination),
                error=error,
            ) from error
        match = _REQUEST_ID.search(result.stdout)
        if result.returncode == 0 and match:
            return match.group(1)
        raise PrintError(self._refusal(result))

    def _refusal(self, result: CommandResult) -> Message:
        """Why ``lp`` did not take the job, for the officer."""
        text = result.output.lower()
        name = repr(self.destination)
        if _NOT_ACCEPTING in text:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Printer {name} sedang menolak pekerjaan cetak (ditolak di spooler). "
                    "Aktifkan kembali penerimaan (cupsaccept), lalu tekan Cetak Ulang.",
                ),
                name=name,
            )
        if any(marker in text for marker in _UNKNOWN_DESTINATION):
            # lp says "does not exist" for an unreachable cupsd too: ask the scheduler
            if not self._scheduler_running():
                return Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layanan cetak (CUPS) tidak dapat dihubungi. Dokumen belum tercetak; "
                        "tekan Cetak Ulang setelah pulih.",
                    )
                )
            return self._unknown_message()
        detail = (result.stderr.strip() or result.stdout.strip()).splitlines()
        if detail:
            return Message(
                QT_TRANSLATE_NOOP("Messages", "Dokumen tidak diterima printer {name}: {reason}"),
                name=name,
                reason=detail[-1],
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "Dokumen tidak diterima printer {name}: kode keluar {code}"
            ),
            name=name,
            code=result.returncode,
        )

    def _scheduler_running(self) -> bool:
        try:
            return "scheduler is running" in self._run(["lpstat", "-r"]).stdout
        except CupsUnavailable:
            return False

    def _unknown_message(self) -> Message:
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Printer {name} tidak dikenal oleh sistem. Periksa nama printer di "
                "pengaturan kios dan daftar printer CUPS.",
            ),
            name=repr(self.destination),
        )

    # --- status -------------------------------------------------------------------------------

    def status(self) -> PrinterStatus:
        """The queue's state now; never raises, never waits longer than the timeout."""
        name = self.destination
        command = ["lpstat", "-r", "-l", "-p", name, "-a", name]
        try:
            result = self._run(command)
        except CupsUnavailable as error:
            return PrinterStatus(PrinterState.OFFLINE, error.message)
        if _SCHEDULER_DOWN in result.stdout.lower():
            return PrinterStatus(PrinterState.OFFLINE, Message(UNREACHABLE))
        if any(marker in result.stderr.lower() for marker in _UNKNOWN_DESTINATION):
            return PrinterStatus(PrinterState.OFFLINE, self._unknown_message())
        state = _parse_queue(name, result.stdout)
        if result.returncode != 0 or state.enabled is None or state.accepting is None:
            detail = result.stderr.strip() or result.stdout.strip()
            if detail:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Status printer {name} tidak dapat dibaca: {detail}"
                    ),
                    name=repr(name),
                    detail=detail.splitlines()[0],
                )
            else:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Status printer {name} tidak dapat dibaca: tanpa keterangan"
                    ),
                    name=repr(name),
                )
            return PrinterStatus(PrinterState.UNKNOWN, message)
        return self._judge(state)

    def _judge(self, state: _QueueState) -> PrinterStatus:
        name = repr(self.destination)

        def status(state_now: PrinterState, template: str) -> PrinterStatus:
            message = Message(template, name=name)
            if state.message.lower() not in _PLAIN_MESSAGES:
                note = Message(
                    QT_TRANSLATE_NOOP("Messages", "Keterangan spooler: {note}"), note=state.message
                )
                message = Message.joined((message, note))
            return PrinterStatus(state_now, message)

        if not state.enabled and not state.accepting:
            return status(
                PrinterState.PAUSED,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Printer {name} sedang dihentikan (paused) dan menolak pekerjaan cetak di "
                    "spooler. Aktifkan kembali printer dan penerimaan pekerjaan (cupsenable, "
                    "cupsaccept).",
                ),
            )
        if not state.enabled:
            return status(
                PrinterState.PAUSED,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Printer {name} sedang dihentikan (paused) di spooler. Aktifkan kembali "
                    "printer; slip menunggu dan akan dicetak otomatis.",
                ),
            )
        if not state.accepting:
            return status(
                PrinterState.PAUSED,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Printer {name} sedang menolak pekerjaan cetak baru di spooler. Aktifkan "
                    "kembali penerimaan (cupsaccept); slip menunggu dan akan dicetak otomatis.",
                ),
            )
        blocking = _blocking_reason(state.reasons)
        if blocking is not None:
            return status(PrinterState.OFFLINE, _BLOCKING_REASONS[blocking])
        return PrinterStatus(PrinterState.READY)


# --- the spooler as a whole ------------------------------------------------------------------


def list_printers(server: str | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[str]:
    """The destinations the system knows (``lpstat -e``), in its order; ``[]`` when none.

    Raises PrintError (Indonesian) when cupsd cannot be asked (``lpstat -e`` alone would just
    print nothing, so ``-r`` asks whether the scheduler runs first).
    """
    result = run_command(["lpstat", "-r", "-e"], server=server, timeout_s=timeout_s)
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if not lines or lines[0] != "scheduler is running":
        raise PrintError(UNREACHABLE)
    return [line for line in lines[1:] if " " not in line]


def job_completed(
    job_id: str, server: str | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S
) -> bool:
    """Whether CUPS has finished with ``job_id`` (listed by ``lpstat -W completed -o``).

    "Finished" is what CUPS' "completed" list holds: printed, but also cancelled or aborted
    (``lpstat`` does not tell them apart). Raises PrintError when cupsd cannot be asked.
    """
    result = run_command(["lpstat", "-W", "completed", "-o"], server=server, timeout_s=timeout_s)
    if _SCHEDULER_DOWN in result.output.lower():
        raise PrintError(UNREACHABLE)
    for line in result.stdout.splitlines():
        match = _JOB_LINE.match(line)
        if match and match.group(1) == job_id:
            return True
    return False


def wait_completed(
    job_id: str,
    timeout_s: float,
    server: str | None = None,
    *,
    poll_s: float = _POLL_S,
) -> bool:
    """Poll until ``job_id`` is finished (True) or ``timeout_s`` has passed (False).

    Each look is one short ``lpstat`` call (its own timeout is what is left of ``timeout_s``,
    at least a second), with ``poll_s`` (20 ms) between looks.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        left = deadline - time.monotonic()
        if job_completed(job_id, server, timeout_s=max(left, 1.0)):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(min(poll_s, max(deadline - time.monotonic(), 0.0)))
