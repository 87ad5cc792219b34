"""Messages for the officer, written in Indonesian and shown in the window's language.

Below the window (domain, services, store, settings, printing) a message is a template with
named ``{placeholders}``, marked where it is written::

    raise InvalidPlate(QT_TRANSLATE_NOOP("Messages", "Nomor pada plat tidak boleh 0."))
    raise NotAllowed(QT_TRANSLATE_NOOP("Messages", "Petugas bernama {name} sudah ada."), name=name)

``QT_TRANSLATE_NOOP`` does nothing here (no Qt below the window); ``pyside6-lupdate`` finds the
calls by that name (``scripts/update_translations.sh``) and lists the templates in the
translation files, context ``Messages``. The template must be a literal string there, never an
f-string: ``tests/domain/test_messages.py`` checks every raise.

A :class:`Message` is the Indonesian text itself (a ``str``: logs, the command line, the audit
log and printed documents read it as they always did) and keeps its template and parameters, so
that the window translates the template and fills in the parameters in its own language
(``kiosk.ui.i18n.message_text`` / ``error_text``).

Parameters that are data (a name, a plate, a number, a file) stay as they are. Parameters that
are words are passed as what they are, not as Indonesian text: another :class:`Message`, an enum
with a ``label`` (a status, a role, a sex), a service of the catalogue, a date or a time; the
window words each in its language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from kiosk.domain.clock import format_time

CONTEXT = "Messages"
"""The one translation context of every message marked below the window."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it as it is."""
    return text


def indonesian(value: object) -> object:
    """A parameter as the Indonesian text shows it: words by their Indonesian word, a list
    joined with commas; data (numbers above all, for their format specs) as they are."""
    if isinstance(value, Enum):  # (before str: a StrEnum is one)
        label = getattr(value, "label", None)
        if label is not None:
            return label() if callable(label) else label
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime):
        return format_time(value)
    if isinstance(value, date):
        from kiosk.domain.people import format_date_id  # (people imports this module)

        return format_date_id(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(indonesian(item)) for item in value)
    name_id = getattr(value, "name_id", None)  # a service of the catalogue
    if isinstance(name_id, str):
        return name_id
    return value


class Message(str):
    """An Indonesian text for the officer that knows its ``template`` and ``params``.

    ``Message(template, **params)`` is ``template.format(**params)`` (each parameter as
    :func:`indonesian` shows it). :meth:`joined` puts several messages one after the other
    (``parts``); its own ``template`` is then empty.
    """

    template: str
    params: Mapping[str, object]
    parts: tuple[str, ...]
    separator: str

    def __new__(cls, template: str, /, **params: object) -> Message:
        text = template.format_map({key: indonesian(value) for key, value in params.items()})
        message = super().__new__(cls, text)
        message.template = template
        message.params = params
        message.parts = ()
        message.separator = ""
        return message

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = " ") -> Message:
        """Several messages (or plain texts) as one, ``separator`` between them."""
        parts = tuple(parts)
        message = str.__new__(cls, separator.join(parts))
        message.template = ""
        message.params = {}
        message.parts = parts
        message.separator = separator
        return message

    @classmethod
    def of(cls, text: str) -> Message:
        """``text`` as a message: itself if it is one, else a text shown as it is (data)."""
        if isinstance(text, Message):
            return text
        return cls.joined((str(text),))

    def to_json(self) -> str:
        """The message as JSON text, to keep in the database and show later in the language of
        the window that reads it (:meth:`from_json`). Parameters that are messages (or errors
        with one) stay messages; numbers and texts stay as they are; any other parameter is
        kept as its Indonesian text."""
        return json.dumps(_to_plain(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Message:
        """The message :meth:`to_json` kept."""
        return _from_plain(json.loads(text))

    def __reduce__(self) -> tuple[Any, ...]:
        if self.parts:
            return (Message.joined, (self.parts, self.separator))
        return (_message, (self.template, dict(self.params)))


def _message(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


class Translatable:
    """Mixin of an exception whose text is a :class:`Message` for the officer.

    ``Error(template, **params)`` (or ``Error(message)``): ``err.message`` is the message,
    ``str(err)`` its Indonesian text, ``err.template`` and ``err.params`` what the window
    translates.
    """

    message: Message

    def __init__(self, template: str, /, **params: object) -> None:
        if isinstance(template, Message) and not params:
            self.message = template
        else:
            self.message = Message(template, **params)
        super().__init__(str(self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> Mapping[str, object]:
        return self.message.params

    def __reduce__(self) -> tuple[Any, ...]:
        return (_error, (type(self), self.message), dict(self.__dict__))


def _error(cls: type[Translatable], message: Message) -> Translatable:
    error = cls.__new__(cls)
    Translatable.__init__(error, message)
    return error


def _to_plain(message: Message) -> dict[str, object]:
    if message.parts:
        parts = [_to_plain(part) if isinstance(part, Message) else part for part in message.parts]
        return {"parts": parts, "separator": message.separator}
    return {
        "template": message.template,
        "params": {key: _plain_parameter(value) for key, value in message.params.items()},
    }


def _plain_parameter(value: object) -> object:
    if isinstance(value, BaseException):
        value = message_of(value)
    if isinstance(value, Message):
        return {"message": _to_plain(value)}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(indonesian(value))


def _from_plain(plain: dict[str, Any]) -> Message:
    if "parts" in plain:
        parts = [
            _from_plain(part) if isinstance(part, dict) else str(part) for part in plain["parts"]
        ]
        return Message.joined(parts, plain.get("separator", " "))
    params = {
        key: _from_plain(value["message"]) if isinstance(value, dict) else value
        for key, value in plain.get("params", {}).items()
    }
    return Message(plain["template"], **params)


def message_of(error: BaseException) -> Message:
    """The message of an exception: its own, or its text as it is (an unmarked error)."""
    message = getattr(error, "message", None)
    if isinstance(message, Message):
        return message
    return Message.of(str(error))
