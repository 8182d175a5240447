"use client";
// An evaluation already given, read-only, for its author only.
import { useFormatter, useTranslations } from "next-intl";
import type { HelpedChoice } from "@/lib/domain/feedback";
import { UsefulnessValue } from "./usefulness-stars";

export function SessionEvaluationSummary({
  mine,
  justSent,
}: {
  mine: { usefulness: number; helped: HelpedChoice[]; comment: string | null; createdAt?: Date };
  justSent?: boolean;
}) {
  const t = useTranslations("feedback");
  const format = useFormatter();
  const list = mine.helped.map((h) => t(`helped.${h}`)).join(", ");
  return (
    <div className="text-sm text-slate-700" data-testid="own-evaluation">
      {justSent && (
        <p role="status" className="mb-2 font-medium text-emerald-700">
          ✓ {t("panel.sent")}
        </p>
      )}
      <p className="font-semibold text-slate-900">
        {t("panel.mine")}
        {mine.createdAt && (
          <span className="font-normal text-slate-500">
            {" "}
            · {t("panel.givenOn", { date: format.dateTime(new Date(mine.createdAt), { dateStyle: "medium" }) })}
          </span>
        )}
      </p>
      <ul className="mt-1 space-y-0.5">
        <li>
          <UsefulnessValue value={mine.usefulness} />
        </li>
        <li>{list ? t("panel.helpedValue", { list }) : t("panel.helpedNone")}</li>
        {mine.comment && (
          <li>
            <span className="sr-only">{t("panel.commentValue")}: </span>
            <blockquote className="mt-1 whitespace-pre-line border-l-2 border-slate-300 pl-3 italic">
              {mine.comment}
            </blockquote>
          </li>
        )}
      </ul>
      <p className="mt-1 text-xs text-slate-500">{t("panel.onlyYou")}</p>
    </div>
  );
}
