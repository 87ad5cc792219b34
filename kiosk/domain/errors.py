"""Typed errors of the domain. Their messages are Indonesian and fit to show an officer."""

from __future__ import annotations

from kiosk.domain.messages import Translatable


class DomainError(Translatable, ValueError):
    """Base of every rule violation; ``str(err)`` is an Indonesian message for the officer.

    Raised with a marked template and its parameters (:mod:`kiosk.domain.messages`):
    ``err.message`` is what the window shows, in its language.
    """


class InvalidNik(DomainError):
    """The text is not a valid NIK."""


class InvalidKK(DomainError):
    """The text is not a valid Nomor KK."""


class InvalidPlate(DomainError):
    """The text is not a valid vehicle plate."""


class InvalidPhone(DomainError):
    """The text is not a valid Indonesian mobile number."""
