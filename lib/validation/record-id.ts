// The one check of a record id, used by route handlers (ids in the address) and by the schemas of
// server actions (ids in forms): ids are made by the database (cuid) or the seed (uuid-shaped,
// prefixed), so letters, digits, "_" and "-", at most 64 characters. Anything else (a NUL byte, a
// "%", a path) names no record: it is refused before any query.
import { z } from "zod";

export const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID.test(value);
}

/** A required record id in a form's values (surrounding spaces are ignored). */
export const recordId = z.string().trim().regex(RECORD_ID);
