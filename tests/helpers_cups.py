"""A private cupsd with a cups-pdf queue, for the CUPS backend's tests (and CI).

:func:`private_cupsd` writes a ``cupsd.conf`` and a ``cups-files.conf`` into a temporary folder
that holds everything of its own (ServerRoot, RequestRoot, TempDir, CacheDir, StateDir, logs),
listens on a unix socket inside that folder only (no TCP port, no browsing, no web
interface, a policy that lets the local caller administer it), starts ``/usr/sbin/cupsd -f``
as a child process, waits (``lpstat -h SOCKET -r``, 10 ms steps, 10 s at most) until it
answers, and adds the queue ``kiosk-pdf`` (``cups-pdf:/``, the CUPS-PDF "noopt" PPD, enabled
and accepting). On exit it stops cupsd, removes the folder and the PDFs its jobs wrote.

What was found about cups-pdf (Debian 12, printer-driver-cups-pdf 3.0.1) under a private cupsd:

- It works, but only when cupsd runs as **root**: the backend
  ``/usr/lib/cups/backend/cups-pdf`` is mode 0700, which is how CUPS knows to run it as root
  (filters run as ``lp``). A cupsd of an ordinary user cannot run it, and the file cannot even
  be copied. The helper therefore needs root; see :func:`missing_prerequisites`.
- cups-pdf reads its settings from ``/etc/cups/cups-pdf.conf`` whatever cupsd's ServerRoot is
  (the path is compiled in; a device URI ``cups-pdf:/NAME`` reads ``/etc/cups/cups-pdf-NAME.conf``
  instead). Debian's file says ``Out ${HOME}/PDF``, so a job lands in the *submitting user's*
  home, ``/root/PDF`` here (created by cups-pdf, mode 0700, owned by the user). That folder is
  outside the temporary folder and shared with other cupsd instances on the machine, so every
  title carries a random per-session prefix (:meth:`CupsServer.unique_title`) and teardown
  deletes only files with that prefix. Without an ``Out`` line the default is
  ``/var/spool/cups-pdf/${USER}``; cups-pdf's own spool is ``/var/spool/cups-pdf/SPOOL``.
- The file is named after the title: ASCII characters other than letters, digits, ``-``,
  ``+`` and ``.`` become ``_``, leading and trailing ``_`` go, a short extension (``Cut 3``)
  is cut, 64 characters at most. The same title overwrites the earlier file.
- By default cups-pdf prefers the ``%%Title`` of the PostScript that CUPS made from the PDF
  (``TitlePref 0``), and reads it without terminating the string: a job titled ``t-media-fit``
  came out as ``t-media-fit___enable.pdf``, another as ``t-media-ps-none__ble.pdf``, a third
  cleanly (stack garbage, different from one run to the next).
  The queue is therefore created with ``-o TitlePref-default=1`` (a default job option that
  cups-pdf reads from its options), and the name is the ``lp -t`` title, every time.
- The chain is pdftopdf -> pdftops -> cups-pdf, which runs Ghostscript: the output is a new PDF
  (text extracted with pypdf comes back letter-spaced, "N I K 3 6 0 3 ..."). Without
  ``-o media=`` a slip lands centred on A4; with ``media=Custom.80x165mm`` the page is 226 x
  467 pt (CUPS rounds custom sizes down to whole points): 79.7 mm wide.
- ``lp`` answers in about 20 ms and the job is completed about 0.2-0.4 s later; wait for
  completion (``lpstat -W completed -o``), not for the file.
- On Linux the ``Sandboxing`` setting (a macOS sandbox profile) has no effect; ``Relaxed``
  is written anyway, ``User``/``Group`` are left at Debian's ``lp``/``lp``. The temporary
  folder is made 0755 so that filters running as ``lp`` reach the spool under it.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPDS = (
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
    Path("/usr/share/cups/model/CUPS-PDF_noopt.ppd"),
)
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CLIENT_COMMANDS = ("lp", "lpstat", "lpadmin", "cupsenable", "cupsdisable", "cupsaccept")
PRINTER = "kiosk-pdf"
START_TIMEOUT_S = 10.0
COMMAND_TIMEOUT_S = 10.0
_POLL_S = 0.01

CUPSD_CONF = """\
# Private cupsd for the kiosk's tests: a unix socket only, nothing on the network.
LogLevel warn
MaxLogSize 0
Listen {socket}
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
DefaultAuthType None
JobRetryInterval 1
<Location />
  Order allow,deny
  Allow localhost
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
Sandboxing Relaxed
"""


class CupsUnavailableForTests(Exception):
    """The private cupsd could not be started (the message says why)."""


def _cups_pdf_ppd() -> Path | None:
    return next((path for path in CUPS_PDF_PPDS if path.is_file()), None)


def missing_prerequisites() -> str | None:
    """Why a private cupsd with a cups-pdf queue cannot run here, or None when it can."""
    if not CUPSD.exists():
        return f"{CUPSD} is missing (Debian package cups)"
    missing = [command for command in CLIENT_COMMANDS if shutil.which(command) is None]
    if missing:
        return f"CUPS commands missing: {', '.join(missing)} (packages cups-client, cups-bsd)"
    if not CUPS_PDF_BACKEND.exists() or _cups_pdf_ppd() is None:
        return "cups-pdf is not installed (Debian package printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return (
            "cups-pdf's backend (mode 0700) only runs under a cupsd started as root; "
            "run these tests as root (as the CI container does)"
        )
    return None


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment["LC_ALL"] = "C"
    environment.pop("LANGUAGE", None)
    return environment


def cups_pdf_setting(key: str, default: str, config: Path = CUPS_PDF_CONF) -> str:
    """A setting of cups-pdf's configuration file as cups-pdf reads it (last one wins)."""
    value = default
    try:
        lines = config.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return value
    for line in lines:
        parts = line.strip().split(None, 1)
        if len(parts) == 2 and not parts[0].startswith("#") and parts[0].lower() == key.lower():
            value = parts[1]
    return value


def cups_pdf_stem(title: str, truncate: int = 64, cut: int = 3) -> str:
    """The file name (without ``.pdf``) cups-pdf gives a job titled ``title``.

    Debian sets ``DecodeHexStrings 1``, whose clean-up keeps non-ASCII characters; titles in
    the tests are plain ASCII, where both clean-ups agree.
    """
    name = "".join(c if not c.isascii() or c.isalnum() or c in "-+." else "_" for c in title).strip(
        "_"
    )
    dot = name.rfind(".")
    if dot > 0 and len(name) - dot <= cut + 1:
        name = name[:dot]
    return name[: max(truncate, 8)]


class CupsServer:
    """A running private cupsd: its socket, its cups-pdf queue, and where the PDFs land."""

    def __init__(self, root: Path, process: subprocess.Popen[bytes], printer: str) -> None:
        self.root = root
        self.socket = str(root / "cups.sock")
        self.printer = printer
        self.process = process
        self.user = pwd.getpwuid(os.getuid()).pw_name
        self.prefix = f"kt{secrets.token_hex(3)}"
        self._count = 0

    def __repr__(self) -> str:
        return f"CupsServer(socket={self.socket!r}, printer={self.printer!r})"

    # --- commands -----------------------------------------------------------------------------

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a CUPS command against this cupsd (``-h SOCKET`` added after the name)."""
        program, *arguments = command
        completed = subprocess.run(
            [program, "-h", self.socket, *arguments],
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            env=_environment(),
            check=False,
        )
        if check and completed.returncode != 0:
            raise CupsUnavailableForTests(
                f"{' '.join(command)} failed ({completed.returncode}): "
                f"{completed.stderr.strip() or completed.stdout.strip()}\n{self.log_tail()}"
            )
        return completed

    def disable(self, reason: str = "") -> None:
        """Pause the queue (``cupsdisable``): jobs are accepted and held."""
        self.run("cupsdisable", *(["-r", reason] if reason else []), self.printer)

    def enable(self) -> None:
        self.run("cupsenable", self.printer)

    def reject(self, reason: str = "") -> None:
        """Refuse new jobs (``cupsreject``)."""
        self.run("cupsreject", *(["-r", reason] if reason else []), self.printer)

    def accept(self) -> None:
        self.run("cupsaccept", self.printer)

    def cancel_all(self) -> None:
        """Cancel every job still waiting on the queue."""
        self.run("cancel", "-a", self.printer, check=False)

    # --- output -------------------------------------------------------------------------------

    def unique_title(self, label: str) -> str:
        """A job title no other job of any session uses (cups-pdf overwrites equal titles)."""
        self._count += 1
        return f"{self.prefix}-{label}-{self._count}"

    def output_dir(self) -> Path:
        """Where cups-pdf writes this user's jobs: ``Out`` of /etc/cups/cups-pdf.conf."""
        account = pwd.getpwnam(self.user)
        out = cups_pdf_setting("Out", "/var/spool/cups-pdf/${USER}")
        out = out.replace("${HOME}", account.pw_dir).replace("${USER}", self.user)
        return Path(out)

    def find_output(self, title: str) -> Path | None:
        """The PDF cups-pdf wrote for the job titled ``title``, or None."""
        folder = self.output_dir()
        truncate = int(cups_pdf_setting("Truncate", "64") or 64)
        cut = int(cups_pdf_setting("Cut", "3") or 3)
        stem = cups_pdf_stem(title, truncate, cut)
        exact = folder / f"{stem}.pdf"
        if exact.is_file():
            return exact
        # a cups-pdf that ignored TitlePref may add garbage after the title (see above)
        pattern = re.compile(re.escape(stem) + r"_[^/]*\.pdf")
        try:
            matches = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
        except OSError:
            return None
        return matches[0] if matches else None

    def remove_outputs(self) -> None:
        """Delete the PDFs written for this session's titles (and nothing else)."""
        folder = self.output_dir()
        try:
            for path in folder.glob(f"{self.prefix}-*.pdf"):
                path.unlink(missing_ok=True)
        except OSError:
            pass

    # --- diagnostics --------------------------------------------------------------------------

    def log_tail(self, lines: int = 30) -> str:
        log = self.root / "log" / "error_log"
        try:
            text = log.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return "(no cupsd error_log)"
        return "cupsd error_log:\n" + "\n".join(text)


def _write_config(root: Path) -> None:
    for folder in ("spool", "spool/tmp", "cache", "state", "log", "ppd"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=root / "cups.sock"))
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def _wait_running(server: CupsServer) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        if server.process.poll() is not None:
            output = (server.root / "log" / "cupsd.out").read_text(errors="replace").strip()
            raise CupsUnavailableForTests(
                f"cupsd exited with status {server.process.returncode}: {output}\n"
                f"{server.log_tail()}"
            )
        answer = server.run("lpstat", "-r", check=False)
        if answer.stdout.strip() == "scheduler is running":
            return
        if time.monotonic() >= deadline:
            raise CupsUnavailableForTests(
                f"cupsd did not answer on {server.socket} within {START_TIMEOUT_S:g} s\n"
                f"{server.log_tail()}"
            )
        time.sleep(_POLL_S)


@contextmanager
def private_cupsd(printer: str = PRINTER) -> Iterator[CupsServer]:
    """Start a private cupsd with a cups-pdf queue named ``printer``; stop it afterwards.

    Raises CupsUnavailableForTests when a prerequisite is missing or cupsd does not start.
    """
    reason = missing_prerequisites()
    if reason is not None:
        raise CupsUnavailableForTests(reason)
    ppd = _cups_pdf_ppd()
    assert ppd is not None
    # a unix socket path must stay under 108 bytes: fall back to /tmp for a long TMPDIR
    parent = tempfile.gettempdir() if len(tempfile.gettempdir()) < 60 else "/tmp"
    root = Path(tempfile.mkdtemp(prefix="kiosk-cupsd-", dir=parent))
    root.chmod(0o755)
    process: subprocess.Popen[bytes] | None = None
    server: CupsServer | None = None
    try:
        _write_config(root)
        with open(root / "log" / "cupsd.out", "wb") as output:
            process = subprocess.Popen(
                [CUPSD, "-f", "-c", root / "cupsd.conf", "-s", root / "cups-files.conf"],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=_environment(),
            )
        server = CupsServer(root, process, printer)
        _wait_running(server)
        server.run(
            "lpadmin", "-p", printer, "-v", "cups-pdf:/", "-P", str(ppd),
            "-o", "TitlePref-default=1", "-E",
        )  # fmt: skip
        yield server
    finally:
        if process is not None:
            _stop(process)
        if server is not None:
            server.remove_outputs()
        shutil.rmtree(root, ignore_errors=True)
