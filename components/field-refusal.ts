import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Puts an action's refusal beside the fields it names (as react-hook-form errors of type
 * "server", already translated) and focuses the first of them. Returns false when it names none
 * of `fields`: the form then shows the refusal on its own.
 */
export function showFieldRefusal<T extends FieldValues>(
  result: ActionResult,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (result.ok) return false;
  const byField: Record<string, unknown> =
    "fieldErrors" in result && result.fieldErrors && typeof result.fieldErrors === "object"
      ? result.fieldErrors
      : "field" in result && typeof result.field === "string"
        ? { [result.field]: result.error }
        : {};
  const named = fields.filter((f) => typeof byField[f] === "string");
  named.forEach((f, i) => setError(f, { type: "server", message: byField[f] as string }, { shouldFocus: i === 0 }));
  return named.length > 0;
}
