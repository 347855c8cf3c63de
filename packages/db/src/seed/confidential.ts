/**
 * How seeded members-class values are made recognizable, so tests can scan any page or API
 * answer for a leak.
 *
 * The scheme: every confidential value gets a serial `CONF-0001`, `CONF-0002`, … (scale data:
 * `CONF-S17-1`, …), and
 * - a confidential shelter's address line 2 is `Suite CONF-0007`;
 * - every staff contact's email (contacts are members-class) starts `conf-0008.`, e.g.
 *   `conf-0008.maria.garcia@casasegura.example.org`;
 * - confidential street lines ("1482 Magnolia Hollow Rd") come from a street pool no public
 *   address uses, and confidential phones from 555-0150…0199 while public phones use
 *   555-0100…0149 (both within the range reserved for fiction), so neither can be confused with
 *   a public value. Streets and phones cannot carry the marker itself: the demo exports them in
 *   `demoConfidentialMarkers` instead.
 * Scan case-insensitively: emails are lower case ("conf-"), address lines upper ("CONF-").
 */
export const CONFIDENTIAL_MARKER = "CONF-";

export function confidentialSuite(serial: string): string {
  return `Suite ${CONFIDENTIAL_MARKER}${serial}`;
}

export function confidentialEmail(serial: string, local: string, domain: string): string {
  return `${CONFIDENTIAL_MARKER.toLowerCase()}${serial.toLowerCase()}.${local}@${domain}`;
}

/** Phone numbers stay in 555-0100…0199, which the North American plan keeps for fiction. */
export function phoneNumber(areaCode: string, confidential: boolean, lastTwo: number): string {
  const line = (confidential ? 150 : 100) + (lastTwo % 50);
  return `(${areaCode}) 555-0${line}`;
}
