import { isVetted, type Actor } from "@puente/auth/actor";

/** Which class of directory fields a reader may see (DESIGN.md, Data classes). */
export type Audience = "public" | "members";

export function audienceOf(actor: Actor): Audience {
  return isVetted(actor) ? "members" : "public";
}
