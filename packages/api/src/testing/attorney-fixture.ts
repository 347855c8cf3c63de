import type { ProfileInput } from "../attorneys/inputs";

/** A valid application; `bar` makes the bar number unique per test. */
export function application(bar: string, overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    affiliationKind: "nonprofit",
    affiliationName: "Test Legal Aid",
    barAdmissions: [{ state: "NC", number: bar, year: 2016 }],
    practiceAreas: ["u_visa", "vawa_self_petition"],
    languages: [
      { code: "es", proficiency: "fluent" },
      { code: "en", proficiency: "native" },
    ],
    regions: [{ state: "NC" }, { state: "NC", countyFips: "37119" }],
    remote: true,
    capacity: 4,
    mentors: false,
    ...overrides,
  };
}
