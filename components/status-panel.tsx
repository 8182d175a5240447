import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The 403 and 404 pages: a code, a title, a sentence and the way home. */
export async function StatusPanel({ namespace, tone }: { namespace: "forbidden" | "notFound"; tone: string }) {
  const [t, tc] = await Promise.all([getTranslations(namespace), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-xl rounded-lg bg-white p-8 text-center shadow-sm">
      <p className={`text-sm font-semibold uppercase tracking-wide ${tone}`}>{t("code")}</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("lead")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {tc("backHome")}
      </Link>
    </div>
  );
}
