#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the code: every self.tr(...) / translate(...) of kiosk/ui,
# and the messages marked QT_TRANSLATE_NOOP("Messages", ...) below the window (kiosk/domain,
# kiosk/services, kiosk/store, kiosk/printing, kiosk/config.py: see kiosk/domain/messages.py).
#   scripts/update_translations.sh        (then translate new entries of kiosk_en.ts)
# Indonesian is the source language: kiosk_id.ts lists the strings (its plural forms too);
# kiosk_en.ts holds the English translations. Obsolete entries are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=.venv/bin/pyside6-lupdate
mapfile -t SOURCES < <(
    {
        find kiosk/ui -name '*.py'
        grep -rl --include='*.py' 'QT_TRANSLATE_NOOP(' \
            kiosk/domain kiosk/services kiosk/store kiosk/printing kiosk/config.py
    } | sort -u
)
for lang in id en; do
    "$LUPDATE" -silent -no-obsolete -locations none -source-language id -target-language "$lang" \
        "${SOURCES[@]}" -ts "resources/translations/kiosk_${lang}.ts"
done
echo "updated resources/translations/kiosk_id.ts and kiosk_en.ts"
