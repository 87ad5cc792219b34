#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the code: every self.tr(...) / translate(...) of kiosk/ui.
#   scripts/update_translations.sh        (then translate new entries of kiosk_en.ts)
# Indonesian is the source language: kiosk_id.ts lists the strings (its plural forms too);
# kiosk_en.ts holds the English translations. Obsolete entries are dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=.venv/bin/pyside6-lupdate
mapfile -t SOURCES < <(find kiosk/ui -name '*.py' | sort)
for lang in id en; do
    "$LUPDATE" -silent -no-obsolete -locations none -source-language id -target-language "$lang" \
        "${SOURCES[@]}" -ts "resources/translations/kiosk_${lang}.ts"
done
echo "updated resources/translations/kiosk_id.ts and kiosk_en.ts"
