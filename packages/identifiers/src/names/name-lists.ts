import { faker as english } from "@faker-js/faker/locale/en";
import { faker as spanish } from "@faker-js/faker/locale/es";
import { faker as french } from "@faker-js/faker/locale/fr";
import { faker as mexican } from "@faker-js/faker/locale/es_MX";
import { faker as portuguese } from "@faker-js/faker/locale/pt_BR";
import { memo } from "../memo";

/**
 * Given names and surnames from Faker's curated locale data (English, Spanish, Mexican Spanish,
 * Brazilian Portuguese, French: the languages of the survivors Puente's members serve most).
 * It is the maintained, multilingual list on npm; the SSA baby-name packages need native SQLite.
 */
const locales = [english, spanish, mexican, portuguese, french];

function collect(
  pick: (person: PersonDefinitions) => Array<readonly string[] | undefined>,
): Set<string> {
  const names = new Set<string>();
  for (const locale of locales) {
    const person = locale.rawDefinitions.person as PersonDefinitions | undefined;
    if (!person) continue;
    for (const list of pick(person)) for (const name of list ?? []) addSpellings(names, name);
  }
  return names;
}

interface PersonDefinitions {
  first_name?: {
    generic?: readonly string[];
    female?: readonly string[];
    male?: readonly string[];
  };
  last_name?: { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] };
}

/** "María" is also written "Maria": keep both, since advocates type without accents too. */
function addSpellings(names: Set<string>, name: string) {
  for (const part of name.split(/\s+/)) {
    if (!/^\p{Lu}\p{Ll}/u.test(part)) continue;
    names.add(part);
    names.add(part.normalize("NFD").replace(/\p{M}/gu, ""));
  }
}

export const givenNames = memo(() =>
  collect((person) => [
    person.first_name?.generic,
    person.first_name?.female,
    person.first_name?.male,
  ]),
);

export const surnames = memo(() =>
  collect((person) => [
    person.last_name?.generic,
    person.last_name?.female,
    person.last_name?.male,
  ]),
);

/** Accents removed, for comparing what people type with the lists. */
export function bare(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "");
}
