#!/usr/bin/env bash
# npm test: every test, from a fresh checkout. Installs what the tests need (Chromium) itself.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund
bash scripts/ensure-chromium.sh
mkdir -p .e2e
: > .e2e/skipped.txt
skip() { echo "SKIPPED: $1"; echo "$1" >> .e2e/skipped.txt; }
# Each phase says how long the one before it took, so a slow step shows where the time goes.
phase() {
  [ -n "${PHASE:-}" ] && echo "   ($PHASE: $((SECONDS - PHASE_AT)) s)" | tee -a .e2e/phases.txt
  PHASE=$1 PHASE_AT=$SECONDS
  [ -n "$1" ] && echo "== $1"
  return 0
}
: > .e2e/phases.txt

phase "Format and lint (Biome)"
npx biome ci --error-on-warnings .

phase "Types"
npx tsc --noEmit

phase "Unit tests"
npx vitest run --reporter=default --reporter=json --outputFile=.e2e/vitest.json

phase "Content check (content/)"
npx tsx --conditions=react-server scripts/check.ts --quiet

SEEDS=../shared/seeds
if [ -d "$SEEDS/expected" ]; then
  phase "The user's documents against their answer keys"
  node ../shared/tools/score-extraction.mjs "$SEEDS" "$SEEDS/expected"
else
  skip "the seed answer-key score (no $SEEDS/expected)"
fi

phase "Development corpus (real public documents; runs when their texts are in tests/corpus/docs)"
corpus=$(npx tsx --conditions=react-server scripts/score-corpus.ts | tail -1)
echo "$corpus"
case "$corpus" in SKIPPED*) echo "the development corpus score (its texts are not in tests/corpus/docs)" >> .e2e/skipped.txt ;; esac

build_into() { # build_into <content dir> <out dir> [build flags]
  local dir=$1 dest=$2
  shift 2
  CONTENT_DIR="$dir" npx tsx --conditions=react-server scripts/build.ts "$@" > .e2e/build.log 2>&1 || { cat .e2e/build.log; exit 1; }
  grep -E "^catalog:|^history:|postbuild:" .e2e/build.log || true
  rm -rf "$dest" && cp -r out "$dest"
}

phase "Build: hostile documents (tests/fixtures/hostile)"
build_into tests/fixtures/hostile .e2e/out-hostile --lenient
# The same code builds three times: Next.js type-checks it in the first build only.
export NEXT_TYPECHECKED=1
phase "Build: a content folder with git history (tests/history-repo.ts)"
HISTORY_SRC=$(mktemp -d)/history
npx tsx --conditions=react-server tests/history-repo.ts "$HISTORY_SRC"
build_into "$HISTORY_SRC" .e2e/out-history
rm -rf "$(dirname "$HISTORY_SRC")"
if [ -d "$SEEDS" ]; then
  phase "Build: the user's documents ($SEEDS)"
  build_into "$SEEDS" .e2e/out-seeds
else
  skip "the seed-document site and its browser tests (no $SEEDS)"
  export E2E_SITES=site,hostile,history
fi
phase "Build: content/"
npm run build --silent > .e2e/build.log 2>&1 || { cat .e2e/build.log; exit 1; }
grep -E "^catalog:|^history:|postbuild:" .e2e/build.log || true
unset NEXT_TYPECHECKED

phase "Links"
npx tsx --conditions=react-server scripts/check-links.ts out .e2e/out-hostile .e2e/out-history $([ -d .e2e/out-seeds ] && echo .e2e/out-seeds)

phase "Byte budgets (first-load JS and HTML per page)"
npx tsx --conditions=react-server scripts/check-budgets.ts out .e2e/out-hostile .e2e/out-history $([ -d .e2e/out-seeds ] && echo .e2e/out-seeds)

phase "Browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME=.e2e/playwright.json npx playwright test --reporter=list,json

phase "Lighthouse (accessibility, best practices, SEO gated; performance reported)"
npm run --silent audit -- --gate

phase ""
echo "   (total: $SECONDS s)" | tee -a .e2e/phases.txt
node scripts/test-summary.mjs .e2e/vitest.json .e2e/playwright.json
