import { spansOf } from "../regex";
import type { Detector } from "../types";

// Local part, "@" (also the written-out "at" is not handled: too many false positives), domain with a TLD.
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

export const findEmails: Detector = (text) => spansOf(text, email, "email");
