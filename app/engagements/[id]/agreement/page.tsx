import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AcceptAgreementForm } from "@/components/agreements/accept-agreement-form";
import { AgreementText } from "@/components/agreements/agreement-text";
import { CommitmentsText } from "@/components/coach/commitments-text";
import { PrintButton } from "@/components/print-button";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { eyebrow } from "@/components/ui/styles";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import { AGREEMENT_SIDES, agreementRole, hasCharterAnnex, type AgreementSide } from "@/lib/domain/engagement-agreement";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadEngagementAgreement, type AgreementView } from "@/lib/server/agreements/load-engagement-agreement";

// Printing: only the agreement (no site header, no form), and the annexed charter in full.
const PRINT_CSS = `@media print {
  body > header, body > footer, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .agreement-annex [role="region"] { max-height: none !important; overflow: visible !important; border: 0 !important; background: none !important; }
  .agreement { box-shadow: none !important; }
}`;

export default async function EngagementAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("view:engagement:own", `/engagements/${encodeURIComponent(id)}/agreement`);
  let view: AgreementView | null;
  try {
    view = await loadEngagementAgreement(db(), user, id);
  } catch (error) {
    // Not one of the engagement's two people: it does not exist for them.
    if (error instanceof DomainError) notFound();
    throw error;
  }
  // Networking conversations and tripartite missions have no such agreement (a mission has its contract).
  if (!view) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("agreement"), getFormatter(), getLocale()]);
  const v = view;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: user.timeZone });
  const role = (side: AgreementSide) => t(`roles.${agreementRole(v.kind, side)}`);
  // One acceptance per person and version: the current version's are listed above, the others here.
  const earlier = v.acceptances.filter((a) => a.version !== v.version);
  const mine = v.state[v.me].current;
  const annex = hasCharterAnnex(v.kind);
  // The charter's version recorded with the current acceptances (the same for both), else today's.
  const annexVersion =
    v.acceptances.find((a) => a.version === v.version && a.commitmentsVersion)?.commitmentsVersion ??
    COMMITMENTS_VERSION;

  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <BackLink href={`/engagements/${v.engagementId}`}>{t("back")}</BackLink>
        <PrintButton label={t("print")} />
      </div>
      <Card as="article" padding="spacious" className="agreement space-y-6" aria-labelledby="agreement-title">
        <header className="border-b border-slate-200 pb-4">
          <p className={eyebrow.brand}>{localized(v.programme, "name", locale)}</p>
          <h1 id="agreement-title" className="text-2xl font-bold">
            {t(`documentTitle.${v.kind}`)}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t("versionLine", { version: v.version })}</p>
          <p className="mt-3 text-slate-700">{t(`lead.${v.kind}`)}</p>
        </header>
        <section aria-labelledby="agreement-parties">
          <h2 id="agreement-parties" className="text-lg font-semibold">
            1. {t("parties")}
          </h2>
          <ul className="mt-2 space-y-1">
            {AGREEMENT_SIDES.map((side) => (
              <li key={side}>
                <span className="font-medium">{v.names[side]}</span> ({role(side)})
              </li>
            ))}
          </ul>
        </section>
        <AgreementText kind={v.kind} plan={v.programme.sessionPlan} firstNumber={2} />
        <section aria-labelledby="agreement-acceptances">
          <h2 id="agreement-acceptances" className="text-lg font-semibold">
            6. {t("acceptances")}
          </h2>
          <ul className="mt-2 space-y-1" data-testid="agreement-acceptances">
            {AGREEMENT_SIDES.map((side) => {
              const s = v.state[side];
              const values = { name: v.names[side], role: role(side), version: v.version };
              return (
                <li key={side}>
                  {s.current
                    ? `✓ ${t("acceptedBy", { ...values, date: day(s.current.acceptedAt) })}`
                    : s.outdated
                      ? `○ ${t("outdated", { ...values, old: s.outdated.version, date: day(s.outdated.acceptedAt) })}`
                      : `○ ${t("awaiting", values)}`}
                </li>
              );
            })}
          </ul>
          {earlier.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t("history")}</h3>
              <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid="agreement-history">
                {earlier.map((a) => (
                  <li key={`${a.side}-${a.version}-${a.acceptedAt.toISOString()}`}>
                    {t("acceptedBy", {
                      name: a.name,
                      role: role(a.side),
                      version: a.version,
                      date: day(a.acceptedAt),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="agreement-accept" className="print:hidden">
          <h2 id="agreement-accept" className="text-lg font-semibold">
            {t("acceptTitle")}
          </h2>
          <div className="mt-2">
            {mine ? (
              <Alert tone="success" role="none" data-testid="agreement-accepted">
                ✓ {t("youAccepted", { version: v.version, date: day(mine.acceptedAt) })}
              </Alert>
            ) : v.status !== "active" ? (
              <p className="text-slate-700">{t("closed")}</p>
            ) : (
              <AcceptAgreementForm
                engagementId={v.engagementId}
                version={v.version}
                labels={{ confirm: t(`confirm.${v.kind}`), button: t("accept"), pending: t("accepting") }}
              />
            )}
          </div>
        </section>
        {annex && (
          <section aria-labelledby="agreement-annex" className="agreement-annex break-before-page">
            <h2 id="agreement-annex" className="text-lg font-semibold">
              {t("annexTitle")}
            </h2>
            <p className="mb-2 text-sm text-slate-600">{t("annexLead", { version: annexVersion })}</p>
            <CommitmentsText />
          </section>
        )}
      </Card>
    </div>
  );
}
