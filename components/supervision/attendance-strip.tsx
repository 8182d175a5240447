import { getFormatter, getTranslations } from "next-intl/server";
import { monthStart, type MonthAttendance } from "@/lib/domain/supervision";

const TONE = {
  attended: "bg-emerald-700 text-white",
  missed: "bg-red-100 text-red-900 border border-red-300",
  notDue: "bg-slate-100 text-slate-600",
} as const;

/** The last months, oldest first: attended (✓), missed (✕) or not due yet (–). */
export async function AttendanceStrip({ months }: { months: MonthAttendance[] }) {
  const [t, format] = await Promise.all([getTranslations("supervision"), getFormatter()]);
  return (
    <ol className="flex gap-1" aria-label={t("stripLabel")}>
      {months.map((m) => {
        const label = format.dateTime(monthStart(m.month), { month: "short", year: "numeric", timeZone: "UTC" });
        return (
          <li
            key={`${m.month.year}-${m.month.month}`}
            className={`flex h-8 w-12 flex-col items-center justify-center rounded text-[10px] leading-tight ${TONE[m.state]}`}
            title={`${label}: ${t(`states.${m.state}`)}`}
          >
            <span aria-hidden className="font-bold">
              {m.state === "attended" ? "✓" : m.state === "missed" ? "✕" : "–"}
            </span>
            <span aria-hidden>{format.dateTime(monthStart(m.month), { month: "short", timeZone: "UTC" })}</span>
            <span className="sr-only">
              {label}: {t(`states.${m.state}`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
