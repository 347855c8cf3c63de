import { hasRole, isMember, isSignedIn, type Actor } from "@puente/auth/actor";

export type NavigationKey =
  | "home"
  | "directory"
  | "strategy"
  | "attorneys"
  | "attorneyProfile"
  | "organization"
  | "profile"
  | "vetting"
  | "listingReview"
  | "attorneyReview"
  | "referrals"
  | "referralTotals"
  | "notifications"
  | "strategyModeration"
  | "admin"
  | "devMail";

export interface NavigationItem {
  key: NavigationKey;
  href: string;
  /** Unread notifications, shown beside the label. */
  count?: number;
}

/** What the signed-in role may use, and nothing else: hidden links are not a security boundary, the procedures are. */
export function navigationFor(
  actor: Actor,
  options: { mailPreview: boolean; unreadNotifications?: number },
): NavigationItem[] {
  const items: NavigationItem[] = [
    { key: "home", href: "/" },
    { key: "directory", href: "/directory" },
  ];
  if (isMember(actor)) items.push({ key: "strategy", href: "/strategy" });
  if (isMember(actor)) items.push({ key: "attorneys", href: "/attorneys" });
  if (isMember(actor)) items.push({ key: "referrals", href: "/referrals" });
  if (isMember(actor)) items.push({ key: "organization", href: "/organization" });
  if (isSignedIn(actor)) items.push({ key: "profile", href: "/profile" });
  if (isMember(actor)) items.push({ key: "notifications", href: "/notifications", count: options.unreadNotifications });
  if (hasRole(actor, "attorney")) items.push({ key: "attorneyProfile", href: "/attorney" });
  if (hasRole(actor, "moderator")) {
    items.push({ key: "vetting", href: "/moderation/vetting" });
    items.push({ key: "listingReview", href: "/moderation/listings" });
    items.push({ key: "attorneyReview", href: "/moderation/attorneys" });
    items.push({ key: "referralTotals", href: "/moderation/referrals" });
    items.push({ key: "strategyModeration", href: "/moderation/strategy" });
  }
  if (hasRole(actor, "admin")) items.push({ key: "admin", href: "/admin" });
  if (options.mailPreview) items.push({ key: "devMail", href: "/dev/mail" });
  return items;
}
