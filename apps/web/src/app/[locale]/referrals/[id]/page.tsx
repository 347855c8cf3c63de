import { referralDeclineReasons, referralOutcomes } from "@puente/db/schema";
import { Alert, PageHeader, Section } from "@puente/ui";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { api } from "~/server/api";
import { hoursFormat, languageLabel, placeLabel } from "../labels";
import { AnswerForms, CloseForm, HoursForm, MessageForm, OfferForm, StepForm } from "./forms";
import { loadReferral } from "./load-referral";
import { Timeline } from "./timeline";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const referral = await loadReferral((await params).id);
  const t = await getTranslations("referrals.detail");
  return { title: t("reference", { code: referral.referenceCode }) };
}

/** One referral for its parties: facts, matches and offers (organization), answer forms (attorney), thread, hours, timeline. */
const doneKeys = ["offered", "accepted", "declined", "started", "closed", "withdrawn", "revoked", "messageSent", "hoursLogged", "opened"] as const;

export default async function ReferralPage({ params, searchParams }: { params: Params; searchParams: Promise<{ done?: string }> }) {
  const { locale: requested, id } = await params;
  const { done } = await searchParams;
  setRequestLocale(requested);
  const r = await loadReferral(id);
  const locale = await getLocale();
  const t = await getTranslations("referrals");
  const attorneys = await getTranslations("attorneys");
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" });
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const org = r.side === "organization";
  const matches = org && r.status === "open" ? await (await api()).referral.matches({ referralId: r.id }) : [];
  const versioned = { referralId: r.id, version: r.version };
  const holder = r.side === "attorney" && r.attorney === null && r.advocate !== null;
  const live = ["open", "offered", "accepted", "in_progress"].includes(r.status);
  const totalHours = r.hours.reduce((sum, h) => sum + Number(h.hours), 0);
  const urgency = [
    r.detained ? t("detail.detained") : null,
    r.hearingDate ? t("detail.hearing", { date: date(r.hearingDate) }) : null,
    r.filingDeadline ? t("detail.deadline", { date: date(r.filingDeadline) }) : null,
  ].filter(Boolean);
  return (
    <>
      <p>
        <Link href="/referrals">{t("detail.back")}</Link>
      </p>
      <PageHeader title={t("detail.reference", { code: r.referenceCode })} lead={t("detail.from", { organization: r.organizationName ?? "—" })} />
      {doneKeys.find((k) => k === done) ? <Alert tone="success">{t(`detail.done.${done as "offered"}`)}</Alert> : null}
      <p className="p-badges">
        <span className="p-badge">{t(`status.${r.status}`)}</span>
        {r.outcome ? <span className="p-badge p-badge--ok">{t(`outcome.${r.outcome}`)}</span> : null}
      </p>
      {r.status === "expired" && r.consentEndedOn ? <Alert tone="info">{t("detail.expiredNotice", { date: date(r.consentEndedOn) })}</Alert> : null}
      {(r.status === "accepted" || r.status === "in_progress") && r.consentEndedOn ? (
        <Alert tone="warning">{t("detail.consentEndedWarning", { date: date(r.consentEndedOn) })}</Alert>
      ) : null}
      <Section id="facts" title={t("detail.facts")}>
        <dl className="p-dl">
          <dt>{t("detail.caseTypes")}</dt>
          <dd>{r.caseTypes.map((c) => attorneys(`caseTypes.${c}`)).join(", ")}</dd>
          <dt>{t("detail.place")}</dt>
          <dd>{placeLabel(r.stateCode, r.countyFips, locale)}</dd>
          <dt>{t("detail.language")}</dt>
          <dd>
            {languageLabel(r.languageCode, locale)}
            {r.interpreterAvailable ? ` (${t("detail.interpreterYes")})` : ""}
          </dd>
          <dt>{t("detail.urgency")}</dt>
          <dd>{urgency.length ? urgency.join(" · ") : t("detail.noUrgency")}</dd>
          <dt>{t("detail.meetingMode")}</dt>
          <dd>{t(`meetingMode.${r.meetingMode}`)}</dd>
          {r.consent ? (
            <>
              <dt>{t("detail.consent")}</dt>
              <dd>
                {t("detail.consentGiven", { date: date(r.consent.givenOn), scope: t(`consentScope.${r.consent.scope}`) })}
                {r.consent.expiresOn ? `, ${t("detail.consentUntil", { date: date(r.consent.expiresOn) })}` : ""}
                {r.consent.revokedAt ? `. ${t("detail.consentRevoked", { date: moment(r.consent.revokedAt) })}` : ""}
              </dd>
            </>
          ) : null}
        </dl>
        <h3>{t("detail.summary")}</h3>
        <p>{r.summary}</p>
      </Section>
      {r.advocate || r.attorney ? (
        <Section id="contact" title={t("detail.contact")}>
          {r.advocate ? <p>{t("detail.advocateContact", { name: r.advocate.name ?? "—", email: r.advocate.email })}</p> : null}
          {r.attorney ? <p>{t("detail.attorneyContact", { name: r.attorney.name ?? "—", email: r.attorney.email })}</p> : null}
        </Section>
      ) : null}
      {r.myLiveOfferId && r.liveOffer === null && !holder ? (
        <Section id="answer" title={t("detail.answer")}>
          <p>{t("detail.yourOffer", { date: moment(r.offers.find((o) => o.id === r.myLiveOfferId)!.expiresAt) })}</p>
          <AnswerForms
            referralId={r.id}
            offerId={r.myLiveOfferId}
            reasons={referralDeclineReasons.map((reason) => ({ value: reason, label: t(`declineReason.${reason}`) }))}
          />
        </Section>
      ) : null}
      {org && r.status === "open" ? (
        <Section id="matches" title={t("detail.matches")}>
          <p className="p-muted">{t("detail.matchesLead")}</p>
          {matches.length === 0 ? (
            <p>{t("detail.noMatches")}</p>
          ) : (
            <>
              <OfferForm {...versioned} label={t("detail.offerDownTheList")} />
              <p className="p-muted">{t("detail.downTheListHint")}</p>
              <ol className="p-card-list">
                {matches.map((m) => (
                  <li key={m.attorneyId} className="p-card">
                    <h3>{m.name ?? "—"}</h3>
                    <p className="p-muted">{t("detail.score", { score: m.score })}</p>
                    <ul>
                      {m.factors.map((f) => (
                        <li key={f.factor}>{f.explanation}</li>
                      ))}
                    </ul>
                    <OfferForm {...versioned} attorneyId={m.attorneyId} label={t("detail.offerTo", { name: m.name ?? "—" })} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </Section>
      ) : null}
      {org && r.offers.length > 0 ? (
        <Section id="offers" title={t("detail.offers")}>
          <ul>
            {r.offers.map((o) => (
              <li key={o.id}>
                {t("detail.offerLine", { name: o.attorneyName ?? "—", state: t(`detail.offerState.${o.state}`) })}
                {o.state === "offered" ? ` · ${t("detail.expiresAt", { date: moment(o.expiresAt) })}` : ""}
                {o.declineReason ? ` · ${t(`declineReason.${o.declineReason}`)}` : ""}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {(org && (live || r.status === "draft")) || (holder && live) ? (
        <Section id="steps" title={t("detail.actions")}>
          <div className="p-actions">
            {org && r.status === "draft" ? <StepForm {...versioned} step="open" label={t("detail.open")} /> : null}
            {holder && r.status === "accepted" ? <StepForm {...versioned} step="start" label={t("detail.start")} /> : null}
            {org ? <StepForm {...versioned} step="withdraw" label={t("detail.withdraw")} danger /> : null}
            {org && r.consent && !r.consent.revokedAt ? <StepForm {...versioned} step="revokeConsent" label={t("detail.revokeConsent")} danger /> : null}
          </div>
          {(r.status === "accepted" || r.status === "in_progress") && (org || holder) ? (
            <CloseForm {...versioned} outcomes={referralOutcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))} />
          ) : null}
        </Section>
      ) : null}
      <Section id="messages" title={t("detail.messages")}>
        {r.messages.length === 0 ? <p>{t("detail.noMessages")}</p> : null}
        <ol className="p-card-list">
          {r.messages.map((m) => (
            <li key={m.id} className="p-card">
              <p className="p-muted">
                {m.authorName ?? "—"} · <time dateTime={m.at.toISOString()}>{moment(m.at)}</time>
              </p>
              <p>{m.body}</p>
            </li>
          ))}
        </ol>
        {live ? <MessageForm referralId={r.id} /> : null}
      </Section>
      <Section id="hours" title={t("detail.hours")}>
        {r.hours.length === 0 ? (
          <p>{t("detail.noHours")}</p>
        ) : (
          <>
            <ul>
              {r.hours.map((h) => (
                <li key={h.id}>
                  {date(h.workedOn)}: {t("dashboard.hoursValue", { hours: hoursFormat(Number(h.hours)) })}
                  {h.note ? ` · ${h.note}` : ""}
                </li>
              ))}
            </ul>
            <p>{t("detail.totalHours", { hours: hoursFormat(totalHours) })}</p>
          </>
        )}
        {holder && (r.status === "accepted" || r.status === "in_progress" || r.status === "closed") ? (
          <HoursForm referralId={r.id} today={new Date().toISOString().slice(0, 10)} />
        ) : null}
      </Section>
      <Section id="timeline" title={t("detail.timeline")}>
        <Timeline events={r.timeline} />
      </Section>
    </>
  );
}
