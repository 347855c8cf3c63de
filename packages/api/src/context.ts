import type { Actor } from "@puente/auth/actor";
import type { Database, Engine } from "@puente/db";
import type { Locale } from "@puente/i18n";

export interface Context {
  db: Database;
  engine: Engine;
  actor: Actor;
  /** The language of the page that made the call: errors and emails use it. */
  locale: Locale;
  /** Absolute origin for links in emails, e.g. https://puente.example.org */
  appUrl: string;
  clientIp: string | null;
}
