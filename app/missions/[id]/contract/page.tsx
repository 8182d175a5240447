import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CommitmentsText } from "@/components/coach/commitments-text";
import { PrintButton } from "@/components/print-button";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { eyebrow, link } from "@/components/ui/styles";
import { ProposalTermsView } from "@/components/missions/proposal-terms";
import { localized } from "@/lib/i18n/localized";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadMissionContract, type ContractView } from "@/lib/server/missions/load-mission-contract";

// Printing: only the contract (no site header), and the annexed charter in full (not in its scroll box).
const PRINT_CSS = `@media print {
  body > header, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .contract-annex [role="region"] { max-height: none !important; overflow: visible !important; border: 0 !important; background: none !important; }
  .contract { box-shadow: none !important; }
}`;

const CLAUSE = ["p1", "p2", "p3", "p4", "p5"] as const;

export default async function MissionContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ version?: string }>;
}) {
  const { id } = await params;
  const { version } = await searchParams;
  const user = await requireUser(`/missions/${encodeURIComponent(id)}/contract`);
  const wanted = version && /^\d{1,4}$/.test(version) ? Number(version) : undefined;
  let contract: ContractView | null;
  try {
    contract = await loadMissionContract(db(), user, id, wanted);
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
  const [t, format, locale] = await Promise.all([getTranslations("missions.contract"), getFormatter(), getLocale()]);
  const [tp, tl] = await Promise.all([getTranslations("missions.party"), getTranslations("missions")]);
  if (!contract) {
    return (
      <div className="space-y-4">
        <Card as="div" className="text-slate-700">
          {t("none")}
        </Card>
        <BackLink href={`/missions/${id}`}>{t("backToMission")}</BackLink>
      </div>
    );
  }
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: user.timeZone });
  const c = contract;
  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <BackLink href={`/missions/${c.missionId}`}>{t("backToMission")}</BackLink>
        <div className="flex flex-wrap items-center gap-3">
          {c.versions.length > 1 && (
            <nav aria-label={t("versions")} className="flex gap-2 text-sm">
              {c.versions.map((v) =>
                v === c.version ? (
                  <span key={v} aria-current="page" className="font-semibold">
                    {t("versionShort", { version: v })}
                  </span>
                ) : (
                  <Link key={v} href={`/missions/${c.missionId}/contract?version=${v}`} className={link}>
                    {t("versionShort", { version: v })}
                  </Link>
                ),
              )}
            </nav>
          )}
          <PrintButton label={t("print")} />
        </div>
      </div>
      <Card as="article" padding="spacious" className="contract space-y-6" aria-labelledby="contract-title">
        <header className="border-b border-slate-200 pb-4">
          <p className={eyebrow.brand}>{localized(c.programme, "name", locale)}</p>
          <h1 id="contract-title" className="text-2xl font-bold">
            {t("documentTitle")}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("versionLine", { version: c.version, date: day(c.createdAt), proposal: c.proposalVersion })} ·{" "}
            <strong>{t(`status.${c.status}`)}</strong>
          </p>
          {c.status === "superseded" && (
            <Alert tone="warning" className="mt-2">
              {t("supersededNote")}
            </Alert>
          )}
        </header>
        <section aria-labelledby="contract-parties">
          <h2 id="contract-parties" className="text-lg font-semibold">
            1. {t("parties")}
          </h2>
          <dl className="mt-2 grid gap-1 sm:grid-cols-2">
            {(["coachee", "sponsor", "coach", "hr"] as const).map((p) =>
              c.parties[p] ? (
                <div key={p}>
                  <dt className="inline font-medium">{tl("labelled", { label: tp(p) })} </dt>
                  <dd className="inline">{c.parties[p]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
        <section aria-labelledby="contract-terms">
          <h2 id="contract-terms" className="text-lg font-semibold">
            2. {t("terms")}
          </h2>
          <div className="mt-2">
            <ProposalTermsView terms={c.terms} />
          </div>
          <p className="mt-3 text-sm text-slate-700">{t("milestonesClause", { months: c.terms.followUpMonths })}</p>
        </section>
        <section aria-labelledby="contract-clause">
          <h2 id="contract-clause" className="text-lg font-semibold">
            3. {t("clauseTitle")}
          </h2>
          <div className="mt-2 space-y-2 text-slate-800" data-testid="confidentiality-clause">
            {CLAUSE.map((p) => (
              <p key={p}>{t(`clause.${p}`)}</p>
            ))}
          </div>
        </section>
        <section aria-labelledby="contract-acceptances">
          <h2 id="contract-acceptances" className="text-lg font-semibold">
            4. {t("acceptances")}
          </h2>
          <ul className="mt-2 space-y-1">
            {(["coachee", "sponsor", "coach"] as const).map((p) => {
              const a = c.acceptances.find((x) => x.party === p);
              return (
                <li key={p}>
                  {a
                    ? `✓ ${t("acceptedBy", { name: a.name ?? "—", role: tp(p), date: day(a.acceptedAt) })}`
                    : `○ ${t("awaiting", { name: c.parties[p] ?? "—", role: tp(p) })}`}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="contract-annex" className="contract-annex break-before-page">
          <h2 id="contract-annex" className="text-lg font-semibold">
            {t("annexTitle")}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("annexLead", { version: c.commitmentsVersion })}</p>
          <CommitmentsText />
        </section>
      </Card>
    </div>
  );
}
