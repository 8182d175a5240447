"use client";
// Small shared pieces of the mission forms.
import { primaryButton, useErrorText } from "@/components/coach/form-parts";

export const dangerButton =
  "rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60";
export const panel = "space-y-3 rounded border border-slate-200 bg-slate-50 p-4";

export function Alert({ text }: { text?: string }) {
  return text ? (
    <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {text}
    </p>
  ) : null;
}

/** A field's error: a zod message is a catalogue key; a server refusal (`server`) arrives translated. */
export function FieldMessage({ id, message, server = false }: { id: string; message?: string; server?: boolean }) {
  const text = useErrorText()(message);
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {server ? message : text}
    </p>
  );
}

/** A form's send button, with "✓ Saved"-style confirmation once the last save went through. */
export function SubmitRow({
  pending,
  label,
  done,
  doneText,
}: {
  pending: boolean;
  label: string;
  done: boolean;
  doneText: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={pending} className={primaryButton}>
        {label}
      </button>
      {done && !pending && (
        <p role="status" className="text-sm font-medium text-emerald-700">
          ✓ {doneText}
        </p>
      )}
    </div>
  );
}
