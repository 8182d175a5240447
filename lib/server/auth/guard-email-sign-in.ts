import "server-only";
import { signInSchema } from "../../validation/sign-in";
import { db } from "../db";
import { allowHit } from "../rate-limit";

export const SIGN_IN_LIMITS = {
  perAddress: { limit: 5, windowSeconds: 15 * 60 },
  perClient: { limit: 30, windowSeconds: 15 * 60 },
};

function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

/**
 * Runs before next-auth handles an e-mail sign-in request: refuses a malformed address and
 * rate-limits per address and per client. Returns the answer to send instead, or null to proceed.
 * Unknown and known addresses count alike, so the limits reveal nothing either.
 */
export async function guardEmailSignIn(request: Request): Promise<Response | null> {
  const form = await request.formData().catch(() => null);
  const wantsJson = form?.get("json") === "true";
  const refuse = (error: string, status: number) => {
    const url = new URL(`/signin?error=${error}`, process.env.NEXTAUTH_URL ?? request.url).toString();
    return wantsJson ? Response.json({ url }, { status }) : Response.redirect(url, 302);
  };
  const parsed = signInSchema.safeParse({ email: String(form?.get("email") ?? "") });
  if (!parsed.success) return refuse("InvalidEmail", 400);
  const { perAddress, perClient } = SIGN_IN_LIMITS;
  const [addressOk, clientOk] = await Promise.all([
    allowHit(db(), `sign-in:address:${parsed.data.email}`, perAddress.limit, perAddress.windowSeconds),
    allowHit(db(), `sign-in:client:${clientAddress(request)}`, perClient.limit, perClient.windowSeconds),
  ]);
  return addressOk && clientOk ? null : refuse("RateLimited", 429);
}
