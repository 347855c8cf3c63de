import { describeError, isTRPCError } from "@puente/api";
import { isSignedIn } from "@puente/auth/actor";
import { isLocale } from "@puente/i18n";
import { Alert, PageHeader } from "@puente/ui";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { getActor } from "~/server/actor";
import { api } from "~/server/api";
import { AcceptForm } from "./accept-form";

export async function generateMetadata() {
  const t = await getTranslations("organization");
  return { title: t("inviteTitle") };
}

async function preview(token: string) {
  try {
    return { ok: true as const, invitation: await (await api()).invitation.preview({ token }) };
  } catch (error) {
    if (!isTRPCError(error)) throw error;
    const locale = await getLocale();
    return { ok: false as const, message: describeError(error, isLocale(locale) ? locale : "en").message };
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("organization");
  const result = await preview(token);
  if (!result.ok) {
    return (
      <>
        <PageHeader title={t("inviteTitle")} />
        <Alert tone="error">{result.message}</Alert>
      </>
    );
  }
  const { organizationName, email } = result.invitation;
  const actor = await getActor();
  return (
    <>
      <PageHeader
        title={t("accept.title", { organization: organizationName })}
        lead={t("accept.body", { organization: organizationName, email })}
      />
      {isSignedIn(actor) ? (
        <AcceptForm token={token} />
      ) : (
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`${locale === "es" ? "/es" : ""}/invitations/${token}`)}`} className="p-button p-button--primary">
            {t("accept.signInFirst", { email })}
          </Link>
        </p>
      )}
    </>
  );
}
