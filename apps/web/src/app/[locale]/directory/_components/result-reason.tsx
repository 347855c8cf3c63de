import type { RouterOutputs } from "@puente/api";
import { getLocale, getTranslations } from "next-intl/server";
import { stateLabel } from "../labels";

type Result = RouterOutputs["directory"]["search"]["results"][number];

/** Why this result is here, in words: distance, or the area it serves. */
export async function ResultReason({ result, areaState }: { result: Result; areaState: string | undefined }) {
  const t = await getTranslations("directory.result");
  const locale = await getLocale();
  const state = stateLabel(areaState ?? result.stateCode, locale);
  switch (result.reason) {
    case "distance":
      return <>{t("milesAway", { miles: result.distanceMiles ?? 0 })}</>;
    case "county":
      return <>{t("reasonCounty")}</>;
    case "state":
      return <>{t("reasonState", { state })}</>;
    case "nation":
      return <>{t("reasonNation")}</>;
    case "located":
      return <>{t("reasonLocated", { state })}</>;
    default:
      return result.distanceMiles !== null ? <>{t("milesAway", { miles: result.distanceMiles })}</> : null;
  }
}
