"use client";
// "How useful?" from 1 to 5 as five stars: native radio buttons (one Tab stop, arrow keys move,
// each announced as "4 out of 5: Useful"), drawn as stars filled up to the choice.
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldGroup, type FieldProblem } from "@/components/ui/field";
import { USEFULNESS_MAX, USEFULNESS_MIN } from "@/lib/domain/feedback";

const VALUES = Array.from({ length: USEFULNESS_MAX - USEFULNESS_MIN + 1 }, (_, i) => USEFULNESS_MIN + i);

export function UsefulnessStars({
  id,
  legend,
  value,
  registration,
  error,
}: {
  id: string;
  legend: string;
  value: unknown;
  registration: UseFormRegisterReturn;
  error?: FieldProblem;
}) {
  const t = useTranslations("feedback");
  const chosen = VALUES.includes(Number(value)) ? Number(value) : 0;
  const label = (n: number) => t(`scale.${n}` as "scale.1");
  return (
    <FieldGroup id={id} legend={legend} error={error}>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        {VALUES.map((n) => (
          <label
            key={n}
            className="group relative cursor-pointer rounded px-0.5 text-3xl leading-none has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-brand-600"
            title={t("panel.star", { value: n, label: label(n) })}
          >
            {/* The radio button covers its star, invisible: clicking the star is clicking it. */}
            <input
              type="radio"
              value={n}
              className="absolute inset-0 m-0 h-full w-full cursor-pointer appearance-none opacity-0"
              data-testid={`${id}-${n}`}
              {...registration}
            />
            {/* Filled and empty stars differ in shape as well as colour. */}
            <span aria-hidden className={n <= chosen ? "text-amber-600" : "text-slate-500 group-hover:text-amber-600"}>
              {n <= chosen ? "★" : "☆"}
            </span>
            <span className="sr-only">{t("panel.star", { value: n, label: label(n) })}</span>
          </label>
        ))}
        <span aria-hidden className="ml-2 text-sm font-medium text-slate-700">
          {chosen ? label(chosen) : ""}
        </span>
      </div>
    </FieldGroup>
  );
}

/** "4/5, Useful" with four filled stars, for an evaluation already given. */
export function UsefulnessValue({ value }: { value: number }) {
  const t = useTranslations("feedback");
  return (
    <span>
      <span aria-hidden className="mr-1 tracking-tight">
        {VALUES.map((n) => (
          <span key={n} className={n <= value ? "text-amber-600" : "text-slate-500"}>
            {n <= value ? "★" : "☆"}
          </span>
        ))}
      </span>
      {t("panel.usefulnessValue", { value, label: t(`scale.${value}` as "scale.1") })}
    </span>
  );
}
