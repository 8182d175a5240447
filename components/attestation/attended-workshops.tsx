// The workshops a person attended, on their attestation: title, date and hours, with the total.
// Nothing is shown when there are none.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";

export type AttendedWorkshopRow = { id: string; titleEn: string; titleFr: string; startsAt: Date; hours: number };

export async function AttendedWorkshops({ workshops }: { workshops: readonly AttendedWorkshopRow[] }) {
  if (workshops.length === 0) return null;
  const [t, format, locale] = await Promise.all([
    getTranslations("workshops.attestation"),
    getFormatter(),
    getLocale(),
  ]);
  const total = workshops.reduce((sum, w) => sum + w.hours, 0);
  return (
    <section aria-labelledby="attended-workshops" className="mt-8" data-testid="attended-workshops">
      <h2 id="attended-workshops" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <table className="mt-3 w-full text-left">
        <thead className="border-b border-slate-300 text-sm text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("colTitle")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("colDate")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("colHours")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {workshops.map((w) => (
            <tr key={w.id}>
              <th scope="row" className="py-3 pr-4 font-semibold text-slate-900">
                {localized(w, "title", locale)}
              </th>
              <td className="py-3 pr-4">{format.dateTime(w.startsAt, { dateStyle: "long" })}</td>
              <td className="py-3 text-right tabular-nums">{t("hours", { hours: w.hours })}</td>
            </tr>
          ))}
        </tbody>
        {workshops.length > 1 && (
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <td colSpan={3} className="py-3 text-right">
                {t("total", { hours: total })}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
