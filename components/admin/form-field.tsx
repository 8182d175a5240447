"use client";
import type { FieldError as RhfFieldError } from "react-hook-form";
import { FieldError, labelClass } from "@/components/coach/form-parts";

/** A labelled field with its help and its error (a zod key, or a server refusal already translated). */
export function FormField({
  id,
  label,
  help,
  error,
  children,
  className,
}: {
  id: string;
  label: string;
  help?: string;
  error?: RhfFieldError;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
  className?: string;
}) {
  const describedBy = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
          {help}
        </p>
      )}
      <FieldMessage id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldMessage({
  id,
  error,
}: {
  id: string;
  error?: Pick<RhfFieldError, "message"> & { type?: string };
}) {
  if (!error?.message) return null;
  if (error.type !== "server") return <FieldError id={id} message={error.message} />;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {error.message}
    </p>
  );
}
