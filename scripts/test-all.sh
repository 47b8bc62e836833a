#!/usr/bin/env bash
# npm test: every test, from a fresh checkout. Installs what the tests need (Chromium) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
bash scripts/ensure-chromium.sh

echo "== Types"
npx tsc --noEmit

echo "== Unit tests"
npx vitest run

echo "== Content check (content/)"
npx tsx scripts/check.ts --quiet

if [ -d ../shared/seeds/expected ]; then
  echo "== The user's documents against their answer keys"
  node ../shared/tools/score-extraction.mjs ../shared/seeds ../shared/seeds/expected
fi

echo "== Build (content/)"
npm run build --silent

echo "== Browser tests"
npx playwright test
