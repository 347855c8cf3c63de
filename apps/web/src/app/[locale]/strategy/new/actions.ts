"use server";

import { enforcementPrograms, type EnforcementProgram } from "@puente/db/schema";
import { findCounty } from "@puente/geo";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "~/i18n/navigation";
import { runAction } from "~/server/action-result";
import { keepTypedOnError, submittedValues, type FormResult } from "~/server/form-values";
import { api } from "~/server/api";

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** Form fields → the create input; a county typed by name is looked up in the chosen state. */
export async function createNote(_previous: FormResult, form: FormData): Promise<FormResult> {
  const t = await getTranslations("strategy.form");
  const state = text(form, "state").toUpperCase();
  const countyName = text(form, "county");
  const county = countyName ? findCounty(countyName, state) : undefined;
  if (countyName && (!county || county.stateCode !== state)) {
    return {
      status: "error",
      message: t("unknownCounty"),
      fieldErrors: { county: t("unknownCounty") },
      values: submittedValues(form),
    };
  }
  const visibility = text(form, "visibility") === "group" ? "group" : "network";
  let created: { id: string; status: string } | undefined;
  const result = await runAction(async () => {
    created = await (
      await api()
    ).strategy.create({
      categoryId: text(form, "categoryId"),
      title: text(form, "title"),
      visibility,
      groupId: visibility === "group" ? text(form, "groupId") || undefined : undefined,
      whatTried: text(form, "whatTried"),
      triedOn: text(form, "triedOn"),
      withWhom: text(form, "withWhom") as "sheriff",
      withWhomDetail: text(form, "withWhomDetail"),
      outcome: text(form, "outcome") as "worked",
      lessons: text(form, "lessons"),
      body: text(form, "body"),
      jurisdictions: state ? [{ state, countyFips: county?.fips }] : [],
      programs: form
        .getAll("programs")
        .filter((p): p is EnforcementProgram =>
          enforcementPrograms.includes(p as EnforcementProgram),
        ),
      languages: form.getAll("languages").map(String),
    });
  }, t("posted"));
  if (result.status === "error" && result.fieldErrors) {
    // The form has one place field each for state and county.
    const fe = result.fieldErrors;
    const stateError = fe.jurisdictions ?? fe["jurisdictions.0.state"];
    const countyError = fe["jurisdictions.0.countyFips"];
    if (stateError) fe.state ??= stateError;
    if (countyError) fe.county ??= countyError;
  }
  if (result.status === "success" && created) {
    redirect({
      href: `/strategy/${created.id}?posted=${created.status}`,
      locale: await getLocale(),
    });
  }
  // A refused note comes back as it was typed.
  return keepTypedOnError(result, form);
}
