"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isDemoPersona } from "../domain/demo-personas";
import { env } from "../env";
import { audit } from "../server/audit";
import { createSession, sessionCookieName } from "../server/auth/sessions";
import { db } from "../server/db";

/** One-click sign-in as a demo persona; exists only when DEMO_MODE=1. */
export async function signInAsDemoPersona(email: string): Promise<{ error: string }> {
  const t = await getTranslations("errors");
  if (!env().DEMO_MODE) return { error: t("demoDisabled") };
  if (!isDemoPersona(email)) return { error: t("demoUnknown") };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) return { error: t("demoUnknown") };
  const { sessionToken, expires } = await createSession(db(), user.id);
  await audit(db(), {
    actorId: user.id,
    action: "auth.sign-in",
    targetType: "User",
    targetId: user.id,
    data: { provider: "demo" },
  });
  (await cookies()).set(sessionCookieName(), sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    expires,
    secure: sessionCookieName().startsWith("__Secure-"),
  });
  redirect("/");
}
