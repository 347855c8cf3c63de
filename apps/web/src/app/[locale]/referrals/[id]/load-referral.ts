import { isTRPCError } from "@puente/api";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { api } from "~/server/api";

/** The referral for one of its parties, or the 404 everyone else gets (it hides that the referral exists). */
export const loadReferral = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await (await api()).referral.byId({ referralId: id });
  } catch (error) {
    if (isTRPCError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
