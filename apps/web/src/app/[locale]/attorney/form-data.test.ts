import { describe, expect, it } from "vitest";
import { formFieldErrors, parseProfileForm, submittedValues } from "./form-data";

function form(entries: Array<[string, string]>) {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("the attorney form's data", () => {
  const parsed = parseProfileForm(
    form([
      ["affiliationKind", "solo"],
      ["bar.0.state", ""],
      ["bar.0.number", ""],
      ["bar.1.state", "NC"],
      ["bar.1.number", "NC-1"],
      ["bar.1.year", "2018"],
      ["practiceArea", "u_visa"],
      ["lang.es", "fluent"],
      ["lang.en", ""],
      ["region.0.state", "GA"],
      ["region.0.county", "Fulton County"],
      ["region.1.state", "NC"],
      ["region.1.county", "Nowhere"],
      ["region.2.state", "TX"],
      ["remote", "on"],
      ["capacity", "4"],
    ]),
  );

  it("drops blank rows, resolves county names to FIPS codes and keeps only languages in use", () => {
    expect(parsed.input).toEqual({
      affiliationKind: "solo",
      affiliationName: undefined,
      barAdmissions: [{ state: "NC", number: "NC-1", year: "2018" }],
      practiceAreas: ["u_visa"],
      languages: [{ code: "es", proficiency: "fluent" }],
      regions: [
        { state: "GA", countyFips: "13121" },
        // Unknown text goes on to the API, which refuses it with a message.
        { state: "NC", countyFips: "Nowhere" },
        { state: "TX", countyFips: undefined },
      ],
      remote: true,
      capacity: "4",
      mentors: false,
    });
  });

  it("maps the API's field errors back to the slots the rows came from", () => {
    expect(
      formFieldErrors(parsed, {
        "barAdmissions.0.number": "bad number",
        "regions.1.countyFips": "unknown county",
        "languages.0.proficiency": "bad level",
        capacity: "bad capacity",
      }),
    ).toEqual({
      "bar.1.number": "bad number",
      "region.1.county": "unknown county",
      "lang.es": "bad level",
      capacity: "bad capacity",
    });
  });

  it("gives a refused form back as typed, rows in the slots they were typed in", () => {
    const values = submittedValues(
      form([
        ["affiliationKind", "solo"],
        ["bar.0.state", ""],
        ["bar.1.state", "NC"],
        ["bar.1.number", "NC-1"],
        ["lang.es", "fluent"],
        ["lang.en", ""],
        ["region.0.county", "Wake"],
        ["capacity", "x"],
      ]),
    );
    expect(values.barAdmissions).toEqual([
      { state: "", number: "", year: "" },
      { state: "NC", number: "NC-1", year: "" },
    ]);
    expect(values.regions).toEqual([{ state: "", county: "Wake" }]);
    expect(values.languages).toEqual({ es: "fluent", en: "" });
    expect(values).toMatchObject({ affiliationKind: "solo", capacity: "x", remote: false, practiceAreas: [] });
  });
});
