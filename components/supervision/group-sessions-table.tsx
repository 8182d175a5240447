import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { link } from "@/components/ui/styles";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import { localized } from "@/lib/i18n/localized";
import type { SupervisionSessionRow } from "@/lib/server/supervision/supervision-session-row";

/** Group supervision sessions as a table: when, supervisor, seats taken, status; each links to its page. */
export async function GroupSessionsTable({
  caption,
  rows,
  timeZone,
}: {
  caption: string;
  rows: SupervisionSessionRow[];
  /** The reader's zone: times are shown in it, named. */
  timeZone: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("supervisionGroups"), getFormatter(), getLocale()]);
  return (
    <Table
      wrapperClassName="mt-3"
      caption={caption}
      captionHidden
      columns={[t("columns.when"), t("columns.supervisor"), t("columns.seats"), t("columns.status")]}
    >
      {rows.map((s) => (
        <Row key={s.id} data-testid="group-session">
          <RowHeader className="py-2 pr-4 text-left font-normal">
            <Link href={`/supervision/sessions/${s.id}`} className={link}>
              {format.dateTime(s.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
            </Link>
            <span className="block text-sm text-slate-600">
              {t("minutes", { minutes: s.durationMinutes })} · {timeZone.replace(/_/g, " ")}
              {s.programme && ` · ${localized(s.programme, "name", locale)}`}
            </span>
          </RowHeader>
          <Cell>{s.supervisorName}</Cell>
          <Cell data-testid="seats-taken">
            {s.attended === null
              ? t("seatsTaken", { taken: s.taken, seats: s.seats })
              : t("attendedOf", { attended: s.attended, taken: s.taken })}
          </Cell>
          <Cell className="py-2">
            <Badge tone={s.status === "cancelled" ? "danger" : s.status === "held" ? "success" : "neutral"}>
              {t(`status.${s.status}`)}
            </Badge>
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
