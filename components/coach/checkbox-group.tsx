"use client";
import type { FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FieldError } from "./form-parts";

/** A fieldset of checkboxes sharing one name: react-hook-form collects the checked values as an array. */
export function CheckboxGroup<T extends FieldValues>({
  legend,
  help,
  name,
  options,
  register,
  error,
  columns = 2,
}: {
  legend: string;
  help?: string;
  name: Path<T>;
  options: { value: string; label: string }[];
  register: UseFormRegister<T>;
  error?: string;
  columns?: 1 | 2 | 3;
}) {
  const grid = columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  const errorId = `${name}-error`;
  const helpId = `${name}-help`;
  return (
    <fieldset
      className="min-w-0"
      aria-describedby={[help ? helpId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {help && (
        <p id={helpId} className="text-xs text-slate-500">
          {help}
        </p>
      )}
      <div className={`mt-2 grid gap-x-4 gap-y-1.5 ${grid}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              value={o.value}
              className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
              {...register(name)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
