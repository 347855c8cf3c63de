import { spansOf } from "../regex";
import type { Detector } from "../types";

/** North American numbers in the usual spellings: (404) 555-0134, 404-555-0134, +1 404.555.0134. */
const northAmerican = /(?<![\p{L}\p{N}])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\p{N}])/gu;

export const findPhones: Detector = (text) => spansOf(text, northAmerican, "phone");
