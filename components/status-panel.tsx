import Link from "@/components/ui/link";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/messages";
import { perLocale } from "@/lib/i18n/per-locale";

type Status = "forbidden" | "notFound" | "unauthorized";

// Their text, once per language (lib/i18n/per-locale.ts): the root layout renders the three
// panels on every request, as Next's boundaries.
const text = perLocale((locale) => {
  const messages = messagesFor(locale);
  const panel = (status: Status) => {
    const t = createTranslator({ locale, messages, namespace: status, timeZone: "UTC" });
    return { code: t("code"), title: t("title"), lead: t("lead") };
  };
  const common = createTranslator({ locale, messages, namespace: "common", timeZone: "UTC" });
  return {
    forbidden: panel("forbidden"),
    notFound: panel("notFound"),
    unauthorized: panel("unauthorized"),
    backHome: common("backHome"),
  };
});

/**
 * The 401, 403 and 404 pages: a code, a title, a sentence and the way home. The root layout sends
 * them in every page's payload (Next's boundaries), so their look is one class (.status-panel,
 * app/globals.css).
 */
export async function StatusPanel({ namespace, tone }: { namespace: Status; tone: string }) {
  const all = text(await getLocale());
  const { code, title, lead } = all[namespace];
  return (
    <div className="status-panel">
      <p className={tone}>{code}</p>
      <h1>{title}</h1>
      <p>{lead}</p>
      <Link href="/">{all.backHome}</Link>
    </div>
  );
}
