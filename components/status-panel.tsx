import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The 401, 403 and 404 pages: a code, a title, a sentence and the way home. The root layout sends them in
 * every page's payload (Next's boundaries), so their look is one class (.status-panel, app/globals.css).
 */
export async function StatusPanel({
  namespace,
  tone,
}: {
  namespace: "forbidden" | "notFound" | "unauthorized";
  tone: string;
}) {
  const [t, tc] = await Promise.all([getTranslations(namespace), getTranslations("common")]);
  return (
    <div className="status-panel">
      <p className={tone}>{t("code")}</p>
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <Link href="/">{tc("backHome")}</Link>
    </div>
  );
}
