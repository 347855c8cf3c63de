"use client";

import { SelectField, TextArea, TextField } from "@puente/ui";
import { useTranslations } from "next-intl";
import {
  acceptAction,
  closeAction,
  declineAction,
  hoursAction,
  messageAction,
  offerAction,
  openAction,
  revokeConsentAction,
  startAction,
  withdrawAction,
} from "../actions";
import { ActionForm } from "../action-form";

type Option = { value: string; label: string };
interface Versioned {
  referralId: string;
  version: number;
}

export function OfferForm(props: Versioned & { attorneyId?: string; label: string }) {
  return (
    <ActionForm
      action={offerAction}
      submitLabel={props.label}
      tone={props.attorneyId ? "secondary" : "primary"}
      hidden={{
        referralId: props.referralId,
        expectedVersion: props.version,
        downTheList: props.attorneyId ? "false" : "true",
        ...(props.attorneyId ? { attorneyId: props.attorneyId } : {}),
      }}
    />
  );
}

const simpleActions = { open: openAction, start: startAction, withdraw: withdrawAction, revokeConsent: revokeConsentAction };

/** A change with no fields of its own: open, start, withdraw, consent withdrawn. */
export function StepForm(props: Versioned & { step: keyof typeof simpleActions; label: string; danger?: boolean }) {
  return (
    <ActionForm
      action={simpleActions[props.step]}
      submitLabel={props.label}
      tone={props.danger ? "danger" : "secondary"}
      hidden={{ referralId: props.referralId, expectedVersion: props.version }}
    />
  );
}

export function AnswerForms(props: { referralId: string; offerId: string; reasons: Option[] }) {
  const t = useTranslations("referrals.detail");
  return (
    <>
      <ActionForm action={acceptAction} submitLabel={t("accept")} hidden={{ referralId: props.referralId, offerId: props.offerId }}>
        {({ errors }) => (
          <label className="p-check">
            <input type="checkbox" name="conflictCheck" aria-invalid={errors?.conflictCheckConfirmed ? true : undefined} />
            <span>{t("conflictCheck")}</span>
          </label>
        )}
      </ActionForm>
      <ActionForm action={declineAction} submitLabel={t("decline")} tone="secondary" hidden={{ referralId: props.referralId, offerId: props.offerId }}>
        {({ errors, kept }) => (
          <>
            <SelectField id="reason" name="reason" label={t("declineReason")} options={props.reasons} defaultValue={kept("reason")} error={errors?.reason} />
            <TextField id="declineNote" name="note" label={t("declineNote")} maxLength={500} defaultValue={kept("note")} error={errors?.note} />
          </>
        )}
      </ActionForm>
    </>
  );
}

export function CloseForm(props: Versioned & { outcomes: Option[] }) {
  const t = useTranslations("referrals.detail");
  return (
    <ActionForm action={closeAction} submitLabel={t("close")} tone="secondary" hidden={{ referralId: props.referralId, expectedVersion: props.version }}>
      {({ errors, kept }) => (
        <SelectField id="outcome" name="outcome" label={t("outcome")} options={props.outcomes} defaultValue={kept("outcome")} error={errors?.outcome} />
      )}
    </ActionForm>
  );
}

export function MessageForm(props: { referralId: string }) {
  const t = useTranslations("referrals.detail");
  return (
    <ActionForm action={messageAction} submitLabel={t("send")} hidden={{ referralId: props.referralId }}>
      {({ errors, kept }) => (
        <TextArea id="body" name="body" label={t("message")} hint={t("messageHint")} maxLength={2000} defaultValue={kept("body")} error={errors?.body} />
      )}
    </ActionForm>
  );
}

export function HoursForm(props: { referralId: string; today: string }) {
  const t = useTranslations("referrals.detail");
  return (
    <ActionForm action={hoursAction} submitLabel={t("logHours")} hidden={{ referralId: props.referralId }}>
      {({ errors, kept }) => (
        <>
          <TextField
            id="workedOn"
            name="workedOn"
            type="date"
            max={props.today}
            defaultValue={kept("workedOn") ?? props.today}
            label={t("workedOn")}
            error={errors?.workedOn}
          />
          <TextField id="hours" name="hours" type="number" min={0.25} max={24} step={0.25} defaultValue={kept("hours")} label={t("hoursField")} error={errors?.hours} />
          <TextField id="hoursNote" name="note" label={t("hoursNote")} maxLength={300} defaultValue={kept("note")} error={errors?.note} />
        </>
      )}
    </ActionForm>
  );
}
