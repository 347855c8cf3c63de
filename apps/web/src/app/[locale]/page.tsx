import { isSignedIn } from "@puente/auth/actor";
import { PageHeader, Section } from "@puente/ui";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "~/i18n/navigation";
import { getActor } from "~/server/actor";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("home");
  const common = await getTranslations("common");
  const actor = await getActor();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      {isSignedIn(actor) ? (
        <p>
          {t("welcome", { name: actor.name ?? actor.email })} {t("yourAccount", { state: common(`accountStates.${actor.state}`) })}
        </p>
      ) : null}
      <Section id="what" title={t("whatTitle")}>
        <ul>
          <li>{t("directory")}</li>
          <li>{t("attorneys")}</li>
          <li>{t("strategy")}</li>
        </ul>
      </Section>
      <Section id="join" title={t("joinTitle")}>
        <p>{t("join")}</p>
        {isSignedIn(actor) ? null : (
          <p>
            <Link href="/sign-in" className="p-button p-button--primary">
              {t("signIn")}
            </Link>
          </p>
        )}
      </Section>
    </>
  );
}
