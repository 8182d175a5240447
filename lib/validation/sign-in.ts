// Shared by the sign-in form (zodResolver) and the server (route wrapper).
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "emailRequired" })
    .max(254, { error: "emailInvalid" })
    .pipe(z.email({ error: "emailInvalid" }))
    .transform((e) => e.toLowerCase()),
});
export type SignInInput = z.input<typeof signInSchema>;
