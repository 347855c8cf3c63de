import { randomUUID } from "node:crypto";

/**
 * Access-walk inputs for the attorneys procedures (see ../samples.ts). The profile is valid, so
 * the first admitted caller applies and later ones get a domain refusal (already applied, or
 * the bar number is someone else's), never a validation error.
 */
export function attorneySamples(_organizationId: string): Record<string, unknown> {
  const nobody = () => randomUUID();
  const profile = {
    affiliationKind: "solo",
    barAdmissions: [{ state: "GA", number: "WALK-1", year: 2015 }],
    practiceAreas: ["u_visa"],
    languages: [{ code: "es", proficiency: "fluent" }],
    regions: [{ state: "GA" }],
    remote: true,
    capacity: 3,
    mentors: false,
  };
  return {
    "attorney.submitApplication": profile,
    "attorney.updateProfile": profile,
    "attorney.mine": undefined,
    "attorney.byId": { userId: nobody() },
    "attorney.search": { practiceArea: "u_visa", language: "es", limit: 5 },
    "attorney.setAvailability": { accepting: true, pausedUntil: null },
    "attorney.applications": undefined,
    "attorney.verifyBarAdmission": { admissionId: nobody() },
    "attorney.rejectBarAdmission": { admissionId: nobody() },
    "attorney.approve": { userId: nobody() },
    "attorney.reject": { userId: nobody(), reason: "Access walk" },
  };
}
