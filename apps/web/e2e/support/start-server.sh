#!/usr/bin/env bash
# Playwright's webServer: a fresh embedded database and mailbox, a production build in its own
# folder (NEXT_DIST_DIR=.next-e2e, set by playwright.config.ts), then `next start`.
# E2E_SKIP_BUILD=1 reuses the existing e2e build (faster while writing tests); CI always builds.
set -euo pipefail
cd "$(dirname "$0")/../.."

rm -rf "$PGLITE_DIR" "$MAIL_DIR"
mkdir -p "$MAIL_DIR"

if [ "${E2E_SKIP_BUILD:-}" != "1" ] || [ ! -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  # The build points next-env.d.ts at its own route types. Put the developer's file back and drop
  # those types, so that `tsc` never checks a stale copy of the e2e build's routes.
  saved_env_dts="$(mktemp)"
  had_env_dts=0
  if [ -f next-env.d.ts ]; then cp next-env.d.ts "$saved_env_dts" && had_env_dts=1; fi
  pnpm --filter @puente/web build
  if [ "$had_env_dts" = 1 ]; then cp "$saved_env_dts" next-env.d.ts; else rm -f next-env.d.ts; fi
  rm -f "$saved_env_dts"
  rm -rf "$NEXT_DIST_DIR/types" "$NEXT_DIST_DIR/dev/types"
fi

pnpm --filter @puente/db prepare-database
exec ./node_modules/.bin/next start --port "$PORT"
