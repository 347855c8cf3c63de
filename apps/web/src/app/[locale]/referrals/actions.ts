"use server";

import { describeError, isTRPCError } from "@puente/api";
import type { CaseType, ReferralConsentScope, ReferralDeclineReason, ReferralMeetingMode, ReferralOutcome } from "@puente/db/schema";
import { findCounty } from "@puente/geo";
import { isLocale } from "@puente/i18n";
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import { api } from "~/server/api";
import { type FormResult, submittedValues } from "~/server/form-values";

const text = (form: FormData, name: string) => {
  const value = String(form.get(name) ?? "").trim();
  return value === "" ? undefined : value;
};
const referralId = (form: FormData) => String(form.get("referralId") ?? "");
const expectedVersion = (form: FormData) => Number(form.get("expectedVersion") ?? -1);

/**
 * Runs a referral change. A refusal stays on the form with what was typed; success reloads the
 * referral's page with `?done=`, because the form that was used often disappears with the change
 * (an answered offer).
 */
async function change(form: FormData, call: () => Promise<unknown>, doneKey: string): Promise<FormResult> {
  const t = await getTranslations("referrals.detail.done");
  const result = await runAction(call, t(doneKey as "offered"));
  if (result.status === "error") return { ...result, values: submittedValues(form) };
  if (result.status !== "success") return result;
  revalidatePath("/[locale]/referrals", "page");
  return redirect({ href: `/referrals/${referralId(form)}?done=${doneKey}`, locale: await getLocale() });
}

export async function createReferralAction(_previous: FormResult, form: FormData): Promise<FormResult> {
  const stateCode = text(form, "stateCode") ?? "";
  const countyName = text(form, "county");
  // A county is typed by name; an unknown one becomes a FIPS code that names nothing, so the
  // domain refuses it with its own message instead of silently widening to the whole state.
  const countyFips = countyName ? (findCounty(countyName, stateCode)?.fips ?? "00000") : undefined;
  const caller = await api();
  let created: { id: string };
  try {
    created = await caller.referral.create({
      organizationId: text(form, "organizationId") ?? "",
      caseTypes: form.getAll("caseTypes").map(String) as CaseType[],
      stateCode,
      countyFips,
      languageCode: text(form, "languageCode") ?? "",
      interpreterAvailable: form.get("interpreterAvailable") === "on",
      detained: form.get("detained") === "on",
      hearingDate: text(form, "hearingDate"),
      filingDeadline: text(form, "filingDeadline"),
      meetingMode: (text(form, "meetingMode") ?? "either") as ReferralMeetingMode,
      summary: text(form, "summary") ?? "",
      offerHours: Number(text(form, "offerHours") ?? 72),
      consent: text(form, "consentGivenOn")
        ? {
            givenOn: text(form, "consentGivenOn")!,
            scope: (text(form, "consentScope") ?? "share_with_matched_attorneys") as ReferralConsentScope,
            expiresOn: text(form, "consentExpiresOn"),
          }
        : undefined,
      open: form.get("open") === "on",
    });
  } catch (error) {
    if (!isTRPCError(error)) throw error;
    const requested = await getLocale();
    const { message, fieldErrors } = describeError(error, isLocale(requested) ? requested : "en");
    return { status: "error", message, fieldErrors, values: submittedValues(form) };
  }
  revalidatePath("/[locale]/referrals", "page");
  return redirect({ href: `/referrals/${created.id}`, locale: await getLocale() });
}

export async function openAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(form, () => caller.referral.open({ referralId: referralId(form), expectedVersion: expectedVersion(form) }), "opened");
}

export async function offerAction(_p: FormResult, form: FormData) {
  const caller = await api();
  const attorneyId = text(form, "attorneyId");
  return change(
    form,
    () =>
      caller.referral.offer({
        referralId: referralId(form),
        expectedVersion: expectedVersion(form),
        attorneyId,
        downTheList: form.get("downTheList") === "true",
      }),
    "offered",
  );
}

export async function acceptAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(
    form,
    () => caller.referral.accept({ offerId: text(form, "offerId") ?? "", conflictCheckConfirmed: (form.get("conflictCheck") === "on") as true }),
    "accepted",
  );
}

export async function declineAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(
    form,
    () =>
      caller.referral.decline({
        offerId: text(form, "offerId") ?? "",
        reason: (text(form, "reason") ?? "") as ReferralDeclineReason,
        note: text(form, "note"),
      }),
    "declined",
  );
}

export async function startAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(form, () => caller.referral.start({ referralId: referralId(form), expectedVersion: expectedVersion(form) }), "started");
}

export async function closeAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(
    form,
    () =>
      caller.referral.close({
        referralId: referralId(form),
        expectedVersion: expectedVersion(form),
        outcome: (text(form, "outcome") ?? "") as ReferralOutcome,
      }),
    "closed",
  );
}

export async function withdrawAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(form, () => caller.referral.withdraw({ referralId: referralId(form), expectedVersion: expectedVersion(form) }), "withdrawn");
}

export async function revokeConsentAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(form, () => caller.referral.revokeConsent({ referralId: referralId(form), expectedVersion: expectedVersion(form) }), "revoked");
}

export async function messageAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(form, () => caller.referral.postMessage({ referralId: referralId(form), body: text(form, "body") ?? "" }), "messageSent");
}

export async function hoursAction(_p: FormResult, form: FormData) {
  const caller = await api();
  return change(
    form,
    () =>
      caller.referral.logHours({
        referralId: referralId(form),
        workedOn: text(form, "workedOn") ?? "",
        hours: Number(text(form, "hours") ?? "0"),
        note: text(form, "note"),
      }),
    "hoursLogged",
  );
}
