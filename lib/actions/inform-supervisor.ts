"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "../server/db";
import { informSupervisor, SupervisorNoticeRefusal } from "../server/profiles/inform-supervisor";
import { informSupervisorSchema } from "../validation/inform-supervisor";
import { runAction, type ActionResult } from "./run-action";

const PAGE = { coach: "/coach/profile", mentor: "/mentor/profile" } as const;

/**
 * A coach or mentor sends their supervisor the courtesy e-mail from their profile page. The verb
 * checks the caller and their own profile; its own refusals read from "informSupervisor.errors".
 */
export async function informSupervisorAction(values: unknown): Promise<ActionResult> {
  let refusal: SupervisorNoticeRefusal | null = null;
  let sentTo = "";
  const result = await runAction(informSupervisorSchema, values, async (input, user) => {
    try {
      sentTo = (await informSupervisor(db(), user, input)).to;
      revalidatePath(PAGE[input.role]);
    } catch (error) {
      if (!(error instanceof SupervisorNoticeRefusal)) throw error;
      refusal = error;
    }
  });
  const t = await getTranslations("informSupervisor");
  if (refusal) return { ok: false, error: t(`errors.${(refusal as SupervisorNoticeRefusal).code}`) };
  return result.ok ? { ok: true, message: t("sentNow", { email: sentTo }) } : result;
}
