import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoPersonas } from "@/components/demo-personas";
import { SignInForm } from "@/components/sign-in-form";
import { SsoButton } from "@/components/sso-button";
import { Card } from "@/components/ui/card";
import { DEMO_PERSONA_EMAILS, demoPersonaKey, demoPersonaRank } from "@/lib/domain/demo-personas";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const destination = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(destination);
  const [t, tr] = await Promise.all([getTranslations("signIn"), getTranslations("roles")]);
  const settings = env();
  const personas = settings.DEMO_MODE
    ? (
        await db().user.findMany({
          where: { email: { in: [...DEMO_PERSONA_EMAILS] } },
          select: { email: true, name: true, roles: { select: { role: true } } },
        })
      )
        .sort((a, b) => demoPersonaRank(a.email) - demoPersonaRank(b.email))
        .map((u) => {
          const key = demoPersonaKey(u.email);
          return {
            email: u.email,
            name: u.name ?? u.email,
            roles: u.roles.map((r) => tr(r.role)),
            hint: key ? t(`try.${key}`) : "",
          };
        })
    : [];
  return (
    <div className="mx-auto grid max-w-4xl gap-8 md:grid-cols-2">
      <Card padding="roomy">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-slate-600">{t("lead")}</p>
        <div className="mt-6">
          <SignInForm callbackUrl={destination} initialError={error} />
        </div>
        {settings.OIDC_ISSUER && (
          <div className="mt-6 space-y-3">
            <p className="text-center text-sm text-slate-600">{t("or")}</p>
            <SsoButton label={t("sso", { name: settings.OIDC_NAME })} callbackUrl={destination} />
          </div>
        )}
      </Card>
      {personas.length > 0 && <DemoPersonas personas={personas} />}
    </div>
  );
}
