"""Typed errors of the domain. Their messages are Indonesian and fit to show an officer."""

from __future__ import annotations


class DomainError(ValueError):
    """Base of every rule violation; ``str(err)`` is an Indonesian message for the officer."""


class InvalidNik(DomainError):
    """The text is not a valid NIK."""


class InvalidKK(DomainError):
    """The text is not a valid Nomor KK."""


class InvalidPlate(DomainError):
    """The text is not a valid vehicle plate."""


class InvalidPhone(DomainError):
    """The text is not a valid Indonesian mobile number."""
