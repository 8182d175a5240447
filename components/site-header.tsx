import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { navigationFor } from "@/lib/domain/navigation";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { getCurrentUserUnlessUnavailable } from "@/lib/server/auth/current-user";
import { outboxPageEnabled } from "@/lib/server/outbox-page";
import { LanguageSwitch } from "./language-switch";
import { buttonClass } from "./ui/styles";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [signedIn, t, tc, tp, locale] = await Promise.all([
    getCurrentUserUnlessUnavailable(),
    getTranslations("nav"),
    getTranslations("common"),
    getTranslations("privacy"),
    getLocale(),
  ]);
  // While the database cannot be reached nobody is known: neither the menu nor "Sign in" (the page says why).
  const unavailable = signedIn === "unavailable";
  const user = unavailable ? null : signedIn;
  const items = user ? navigationFor(user.roles) : [];
  return (
    <header className="site-header">
      <div className="site-bar py-3">
        <Link href="/" className="site-brand">
          {tc("appName")}
          {env().DEMO_MODE && (
            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase text-amber-800">
              {tc("demo")}
            </span>
          )}
        </Link>
        {user && (
          <nav aria-label={t("label")} className="site-nav">
            {items.map((item) => (
              <Link key={item.href} href={item.href}>
                {t(item.labelKey)}
              </Link>
            ))}
            {outboxPageEnabled() && <Link href="/dev/outbox">{t("outbox")}</Link>}
          </nav>
        )}
        <div className="site-tools">
          <LanguageSwitch current={isLocale(locale) ? locale : "en"} />
          {user ? (
            <>
              {/* The person's name leads to what Binôme holds about them (/account). */}
              <Link href="/account" className="site-account">
                <span className="sm:hidden">{tp("menuLink")}</span>
                <span className="hidden sm:inline">
                  <span className="sr-only">{tp("menuLink")}: </span>
                  <span data-testid="signed-in-as">{user.name ?? user.email}</span>
                </span>
              </Link>
              <SignOutButton label={tc("signOut")} />
            </>
          ) : unavailable ? null : (
            <Link href="/signin" className={buttonClass("primary", "sm")}>
              {tc("signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
