import { notFound } from "next/navigation";
import { PERSON_FIELDS } from "@/lib/server/people/update-person";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PersonAccess } from "@/components/admin/person-access";
import { PersonForm } from "@/components/admin/person-form";
import { PersonRow } from "@/components/admin/person-row";
import { PageHeader } from "@/components/page-header";
import { BackLink } from "@/components/ui/back-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Cell, Row, Table } from "@/components/ui/table";
import { messageOrNull } from "@/lib/i18n/keys";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listPeopleFilterOptions } from "@/lib/server/people/list-people";
import { loadPerson } from "@/lib/server/people/load-person";
import { DomainError } from "@/lib/server/errors";

const FIELD_LABELS = PERSON_FIELDS;
type FieldLabel = (typeof FIELD_LABELS)[number];
const isField = (f: string): f is FieldLabel => (FIELD_LABELS as readonly string[]).includes(f);

export default async function AdminPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("manage:roles:any", `/admin/people/${id}`);
  const person = await loadPerson(db(), user, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "notFound") notFound();
    throw error;
  });
  const [t, ts, tr, tf, format, locale, options] = await Promise.all([
    getTranslations("people.person"),
    getTranslations("people.status"),
    getTranslations("roles"),
    getTranslations("people.person.fields"),
    getFormatter(),
    getLocale(),
    listPeopleFilterOptions(db()),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const actionLabel = (row: (typeof person.trail)[number]): string => {
    switch (row.action) {
      case "person.update":
      case "scim.user.update":
        return t(row.action === "person.update" ? "audit.update" : "audit.scimUpdate", {
          fields: row.changes.map((c) => (isField(c.field) ? tf(c.field) : c.field)).join(", "),
        });
      case "scim.user.create":
        return t("audit.scimCreate");
      case "scim.user.delete":
        return t("audit.scimDelete");
      case "person.export":
        return t("audit.export");
      case "person.leave":
        return t("audit.leave", { via: row.via ?? "admin" });
      case "person.disable":
        return t("audit.disable");
      case "person.enable":
        return t("audit.enable");
      case "person.provision":
        return t("audit.provision");
      case "role.grant":
      case "role.revoke":
        return t(row.action === "role.grant" ? "audit.grant" : "audit.revoke", {
          role: row.role ? (messageOrNull(tr, row.role) ?? row.role) : "",
        });
      default:
        return row.action;
    }
  };
  const title = person.name ?? person.email;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/people">{t("back")}</BackLink>
      <PageHeader title={title} lead={person.email} />
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <Badge tone={person.status === "active" ? "success" : person.status === "left" ? "warning" : "danger"}>
          {ts(person.status)}
        </Badge>
        {person.leftAt && <span>{t("leftOn", { date: when(person.leftAt) })}</span>}
        {!person.leftAt && person.disabledAt && <span>{t("disabledOn", { date: when(person.disabledAt) })}</span>}
      </p>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("formTitle")}</h2>
        <PersonForm
          personId={person.id}
          values={person.values}
          entities={options.entities.map((e) => ({
            value: e.id,
            label: `${e.code} — ${localized(e, "name", locale)}`,
          }))}
          dutyStations={options.dutyStations.map((s) => ({
            value: s.id,
            label: `${s.code} — ${localized(s, "name", locale)} (${s.timeZone})`,
          }))}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("rolesTitle")}</h2>
        <Table caption={t("rolesTitle")} captionHidden columns={[t("name"), t("email"), t("roles"), t("actions")]}>
          <PersonRow
            person={{
              id: person.id,
              name: person.name,
              email: person.email,
              roles: person.roles,
              status: person.status,
            }}
            withAccess={false}
          />
        </Table>
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("accessTitle")}</h2>
        <PersonAccess personId={person.id} name={title} status={person.status} />
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{t("auditTitle")}</h2>
        {person.trail.length === 0 ? (
          <p className="text-slate-600">{t("auditEmpty")}</p>
        ) : (
          <Table caption={t("auditTitle")} captionHidden columns={[t("auditWhen"), t("auditWho"), t("auditWhat")]}>
            {person.trail.map((row) => (
              <Row key={row.id} className="align-top">
                <Cell className="whitespace-nowrap py-2 pr-4 text-sm">{when(row.at)}</Cell>
                <Cell className="py-2 pr-4 text-sm">{row.actor ?? t("auditSystem")}</Cell>
                <Cell className="py-2 text-sm">
                  {actionLabel(row)}
                  {row.changes.some((c) => c.from || c.to) && (
                    <ul className="mt-1 space-y-0.5 text-slate-600">
                      {row.changes.map((c) => (
                        <li key={c.field}>
                          {isField(c.field) ? tf(c.field) : c.field}: {c.from || "—"} → {c.to || "—"}
                        </li>
                      ))}
                    </ul>
                  )}
                </Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
