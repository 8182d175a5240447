"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "../server/db";
import { createScimToken } from "../server/scim/create-scim-token";
import { revokeScimToken } from "../server/scim/revoke-scim-token";
import { createScimTokenSchema, revokeScimTokenSchema } from "../validation/scim";
import { formToObject, runAction, type ActionRefusal, type ActionResult } from "./run-action";

/** A new token is answered once, with its value: the page shows it then, and never again. */
export type CreateScimTokenResult = { ok: true; name: string; token: string } | ActionRefusal;

export async function createScimTokenAction(
  _: CreateScimTokenResult | null,
  form: FormData,
): Promise<CreateScimTokenResult> {
  const raw = formToObject(form);
  const parsed = createScimTokenSchema.safeParse(raw);
  if (!parsed.success) {
    const t = await getTranslations("adminProvisioning");
    const error = t("nameInvalid");
    return { ok: false, error, field: "name", fieldErrors: { name: error } };
  }
  let created: { token: string } | null = null;
  const result = await runAction(createScimTokenSchema, raw, async (input, user) => {
    created = await createScimToken(db(), user, input);
  });
  if (!result.ok) return result;
  revalidatePath("/admin/provisioning");
  return { ok: true, name: parsed.data.name, token: created!.token };
}

export async function revokeScimTokenAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(revokeScimTokenSchema, formToObject(form), (input, user) =>
    revokeScimToken(db(), user, input),
  );
  if (result.ok) revalidatePath("/admin/provisioning");
  return result;
}
