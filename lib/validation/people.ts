import { z } from "zod";
import { ROLES } from "../domain/roles";

export const roleChangeSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });
export const disableSchema = z.object({
  userId: z.string().min(1),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
