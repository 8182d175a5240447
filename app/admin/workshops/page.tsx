import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass, link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { formatWorkshopTime } from "@/lib/email/workshop-emails";
import type { Locale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadAdminWorkshops } from "@/lib/server/workshops/load-admin-workshops";

export default async function AdminWorkshopsPage() {
  const user = await requirePermission("manage:programme:any", "/admin/workshops");
  const [t, ta, locale] = await Promise.all([
    getTranslations("workshops.admin"),
    getTranslations("workshops.audience"),
    getLocale() as Promise<Locale>,
  ]);
  const now = new Date();
  const workshops = await loadAdminWorkshops(db(), user, now);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <Link href="/admin/workshops/new" className={buttonClass()}>
          {t("new")}
        </Link>
      </p>
      <Card as="div">
        {workshops.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <Table
            caption={t("tableLabel")}
            captionHidden
            columns={[t("colTitle"), t("colWhen"), t("colAudiences"), t("colSeats"), t("colWaitlist")]}
          >
            {workshops.map((w) => (
              <Row key={w.id}>
                <RowHeader>
                  <Link href={`/admin/workshops/${w.id}`} className={link}>
                    {localized(w, "title", locale)}
                  </Link>{" "}
                  {w.cancelled ? (
                    <Badge tone="danger">{t("cancelled")}</Badge>
                  ) : w.startsAt.getTime() < now.getTime() ? (
                    <Badge>{t("past")}</Badge>
                  ) : null}
                </RowHeader>
                <Cell>{formatWorkshopTime(w.startsAt, locale, w.timeZone)}</Cell>
                <Cell>{w.audiences.map((a) => ta(a)).join(", ")}</Cell>
                <Cell>{t("seatsTaken", { taken: w.registered, seats: w.seats })}</Cell>
                <Cell>{w.waitlisted}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
