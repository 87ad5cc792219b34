"""Pelayanan Tanpa Turun: the drive-thru and counter service lane kiosk of a kecamatan office."""

__version__ = "0.1.0"
