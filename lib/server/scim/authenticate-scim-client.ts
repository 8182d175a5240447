import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Db } from "../../db/client";
import { ScimError } from "../../domain/scim-user";
import { env } from "../../env";
import { clientKey } from "../auth/guard-email-sign-in";
import { allowHit } from "../rate-limit";
import type { ScimClient } from "./scim-person";

export const SCIM_AUTH_LIMITS = {
  /** Failed token attempts from one client (only when clients can be told apart: TRUST_PROXY). */
  failuresPerClient: { limit: 20, windowSeconds: 15 * 60 },
  /** A token's last use is written at most this often. */
  lastUsedEverySeconds: 60,
};

export const sha256Hex = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** Compares in constant time (both sides hashed first, so lengths never differ). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(createHash("sha256").update(given).digest(), createHash("sha256").update(expected).digest());
}

/**
 * The SCIM client a request's `Authorization: Bearer <token>` names: the SCIM_TOKEN setting, or
 * an admin-created token that is not revoked (stored as its SHA-256; its last use recorded at
 * most once a minute). Anything else is a 401. A client identified behind a trusted proxy that
 * keeps failing is refused for a while (429) before its tokens are even looked at; without a
 * trusted proxy nothing is counted, so a flood cannot lock the real provisioning client out (a
 * 256-bit token is not guessed anyway).
 */
export async function authenticateScimClient(prisma: Db, headers: Headers, now = new Date()): Promise<ScimClient> {
  const client = clientKey(headers, env().TRUST_PROXY);
  const key = client ? `scim:auth-failures:${client}` : null;
  const { limit, windowSeconds } = SCIM_AUTH_LIMITS.failuresPerClient;
  if (key) {
    const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
    if (bucket && bucket.count >= limit && bucket.windowStart.getTime() > now.getTime() - windowSeconds * 1000)
      throw new ScimError(429, "Too many failed attempts from this client. Try again later.");
  }
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(headers.get("authorization") ?? "");
  const token = match?.[1] ?? null;
  if (token) {
    const setting = env().SCIM_TOKEN;
    if (setting && sameSecret(token, setting)) return { tokenId: null, name: "SCIM_TOKEN" };
    const row = await prisma.scimToken.findUnique({
      where: { tokenHash: sha256Hex(token) },
      select: { id: true, name: true, revokedAt: true },
    });
    if (row && !row.revokedAt) {
      const since = new Date(now.getTime() - SCIM_AUTH_LIMITS.lastUsedEverySeconds * 1000);
      await prisma.scimToken.updateMany({
        where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: since } }] },
        data: { lastUsedAt: now },
      });
      return { tokenId: row.id, name: row.name };
    }
  }
  if (key) await allowHit(prisma, key, limit, windowSeconds);
  throw new ScimError(
    401,
    token
      ? "The bearer token is not valid or was revoked."
      : "A bearer token is required (Authorization: Bearer <token>).",
  );
}
