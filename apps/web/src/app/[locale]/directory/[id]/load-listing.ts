import { isTRPCError } from "@puente/api";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { api } from "~/server/api";

/** The listing for this request, or the localized 404 for a malformed or unknown id. */
export const loadListing = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await (await api()).directory.byId({ organizationId: id });
  } catch (error) {
    if (isTRPCError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
