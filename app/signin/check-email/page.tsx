import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { outboxPageEnabled } from "@/lib/server/outbox-page";
import { env } from "@/lib/env";

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  const t = await getTranslations("signIn");
  const tn = await getTranslations("nav");
  return (
    <Card padding="spacious" className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
      <p className="mt-3 text-slate-700">{email ? t("checkLead", { email }) : t("checkLeadNoEmail")}</p>
      {!env().SMTP_URL && outboxPageEnabled() && (
        <Alert tone="warning" className="mt-4">
          {t("checkOutbox")}{" "}
          <Link href="/dev/outbox" className="font-medium underline">
            {tn("outbox")}
          </Link>
        </Alert>
      )}
      <Link href="/signin" className={`mt-6 inline-block ${link}`}>
        {t("tryAgain")}
      </Link>
    </Card>
  );
}
