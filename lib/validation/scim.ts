import { z } from "zod";

/** A SCIM token's name: what the admin calls the provisioning client it is for ("Entra ID – production"). */
export const SCIM_TOKEN_NAME_MAX = 100;

export const createScimTokenSchema = z.object({
  name: z.string().trim().min(1, "invalidInput").max(SCIM_TOKEN_NAME_MAX, "textTooLong"),
});
export const revokeScimTokenSchema = z.object({ tokenId: z.string().min(1).max(64) });
