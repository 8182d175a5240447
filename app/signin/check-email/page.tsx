import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { outboxPageEnabled } from "@/lib/server/outbox-page";
import { env } from "@/lib/env";

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  const t = await getTranslations("signIn");
  const tn = await getTranslations("nav");
  return (
    <section className="mx-auto max-w-xl rounded-lg bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
      <p className="mt-3 text-slate-700">{email ? t("checkLead", { email }) : t("checkLeadNoEmail")}</p>
      {!env().SMTP_URL && outboxPageEnabled() && (
        <p className="mt-4 rounded bg-amber-50 p-3 text-sm text-amber-900">
          {t("checkOutbox")}{" "}
          <Link href="/dev/outbox" className="font-medium underline">
            {tn("outbox")}
          </Link>
        </p>
      )}
      <Link href="/signin" className="mt-6 inline-block text-brand-700 underline">
        {t("tryAgain")}
      </Link>
    </section>
  );
}
