import { z } from "zod";

/** The erasure form: the person's id (a hidden field of the confirmation). */
export const anonymisePersonSchema = z.object({ userId: z.string().trim().min(1).max(64) });
