"""Reusable touch widgets: on-screen keypad and keyboard, service tiles, form fields."""
