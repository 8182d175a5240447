import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";

/** The 403 and 404 pages: a code, a title, a sentence and the way home. */
export async function StatusPanel({ namespace, tone }: { namespace: "forbidden" | "notFound"; tone: string }) {
  const [t, tc] = await Promise.all([getTranslations(namespace), getTranslations("common")]);
  return (
    <Card as="div" padding="spacious" className="mx-auto max-w-xl text-center">
      <p className={`text-sm font-semibold uppercase tracking-wide ${tone}`}>{t("code")}</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("lead")}</p>
      <Link href="/" className={`mt-6 inline-block ${buttonClass()}`}>
        {tc("backHome")}
      </Link>
    </Card>
  );
}
