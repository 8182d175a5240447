import { getTranslations } from "next-intl/server";
import { ReferenceForm } from "@/components/admin/reference-form";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { REFERENCE_KINDS } from "@/lib/domain/reference-data";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listReferenceData } from "@/lib/server/people/list-reference-data";

export default async function AdminReferencePage() {
  const user = await requirePermission("manage:programme:any", "/admin/reference");
  const [t, lists] = await Promise.all([getTranslations("people.reference"), listReferenceData(db(), user)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {REFERENCE_KINDS.map((kind) => (
        <Card key={kind}>
          <section aria-labelledby={`${kind}-heading`} className="space-y-4">
            <h2 id={`${kind}-heading`} className="text-xl font-semibold">
              {t(`kinds.${kind}`)} <span className="text-base font-normal text-slate-600">({lists[kind].length})</span>
            </h2>
            <ul className="divide-y divide-slate-100">
              {lists[kind].map((row) => (
                <li key={row.id} className="py-3" data-testid="reference-row" data-code={row.code}>
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-mono font-semibold">{row.code}</span> — {row.nameEn} / {row.nameFr}
                      {"timeZone" in row && <span className="text-slate-600"> · {String(row.timeZone)}</span>}
                      <span className="text-sm text-slate-600"> · {t("people", { count: row.people })}</span>
                    </summary>
                    <div className="mt-3">
                      <ReferenceForm
                        kind={kind}
                        id={row.id}
                        label={t("renameLabel", { code: row.code })}
                        values={{
                          code: row.code,
                          nameEn: row.nameEn,
                          nameFr: row.nameFr,
                          timeZone: "timeZone" in row ? String(row.timeZone) : "",
                        }}
                      />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
            <div className="rounded border border-slate-200 bg-slate-50 p-4">
              <h3 className="mb-2 font-semibold">{t(`add.${kind}`)}</h3>
              <ReferenceForm kind={kind} label={t(`add.${kind}`)} />
            </div>
          </section>
        </Card>
      ))}
    </div>
  );
}
