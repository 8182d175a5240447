import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";

const REASONS = ["not-allowed", "left", "disabled", "email-taken", "no-email"] as const;
type Reason = (typeof REASONS)[number];

// Where single sign-on sends a person it may not let in (lib/server/auth/options.ts): why, and what to do.
export default async function SignInRefusedPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const known: Reason = REASONS.find((r) => r === reason) ?? "not-allowed";
  const t = await getTranslations("signUp");
  const reasons: Record<Reason, string> = {
    "not-allowed": t("refused.reasons.not-allowed"),
    left: t("refused.reasons.left"),
    disabled: t("refused.reasons.disabled"),
    "email-taken": t("refused.reasons.email-taken"),
    "no-email": t("refused.reasons.no-email"),
  };
  return (
    <Card padding="spacious" className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">{t("refused.title")}</h1>
      <p className="mt-3 text-slate-700" data-testid="refusal-reason">
        {reasons[known]}
      </p>
      <p className="mt-3 text-slate-700">{t("refused.contact")}</p>
      <Link href="/signin" className={`mt-6 inline-block ${link}`}>
        {t("refused.back")}
      </Link>
    </Card>
  );
}
