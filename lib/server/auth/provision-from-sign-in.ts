import "server-only";
import type { AppointmentType } from "../../domain/eligibility";
import {
  claimNamesFrom,
  mayCreateAtSignIn,
  readHrClaims,
  type ClaimProblem,
  type SignUpPolicy,
} from "../../domain/sso-claims";
import { env, type Env } from "../../env";
import type { Prisma } from "../../generated/prisma/client";
import { logInfo, logWarn } from "../../log";
import { audit } from "../audit";
import { db } from "../db";

/** Who is signing in: through single sign-on with the provider's claims, or with a sign-in link. */
export type SignInIdentity =
  | {
      via: "oidc";
      /** The ID token's `iss`. */
      issuer: string | undefined;
      /** The provider's stable id of the person (`sub`): finds them again whatever their e-mail. */
      subject: string;
      email: string;
      name?: string | null;
      /** The ID token's claims merged with the userinfo answer. */
      claims: Record<string, unknown>;
    }
  | { via: "email"; email: string };

export type ProvisionOutcome =
  | { ok: true; userId: string; created: boolean }
  | {
      ok: false;
      /**
       * not-allowed: unknown, and neither their issuer nor their domain may create people;
       * left / disabled: the person left the organisation or was disabled;
       * email-taken: their staff index number is another record's than their new address's.
       */
      reason: "not-allowed" | "left" | "disabled" | "email-taken";
    };

type Settings = Pick<
  Env,
  | "OIDC_ISSUER"
  | "OIDC_ALLOWED_ISSUERS"
  | "SIGNUP_ALLOWED_DOMAINS"
  | "OIDC_CLAIM_STAFF_INDEX"
  | "OIDC_CLAIM_ENTITY"
  | "OIDC_CLAIM_DUTY_STATION"
  | "OIDC_CLAIM_APPOINTMENT_TYPE"
  | "OIDC_CLAIM_SUPERVISOR"
  | "OIDC_CLAIM_LANGUAGES"
>;

const PERSON = {
  id: true,
  email: true,
  name: true,
  disabledAt: true,
  leftAt: true,
  staffIndexNumber: true,
  entityId: true,
  dutyStationId: true,
  appointmentType: true,
  supervisorId: true,
  languages: true,
} satisfies Prisma.UserSelect;
type Person = Prisma.UserGetPayload<{ select: typeof PERSON }>;

/** The person's attributes as they should be after this sign-in (only what the claims carry). */
type Refresh = {
  email?: string;
  name?: string;
  staffIndexNumber?: string;
  entityId?: string;
  dutyStationId?: string;
  appointmentType?: AppointmentType;
  supervisorId?: string;
  languages?: string[];
};

/**
 * Runs at every sign-in, before next-auth opens the session. Finds the person (single sign-on:
 * by their linked provider account, then staff index number, then e-mail; a link: by e-mail);
 * keeps out those who left or were disabled; creates an unknown person when the settings allow it
 * (their issuer or domain for single sign-on, their domain for a link — created by a link, they
 * have no appointment type: their eligibility waits for HR data or an admin); and refreshes the
 * HR attributes the claims carry. A code the database does not know is ignored and logged, never
 * a reason to refuse. A creation or a change writes a "person.provision" audit row.
 */
export async function provisionFromSignIn(
  identity: SignInIdentity,
  settings: Settings = env(),
): Promise<ProvisionOutcome> {
  try {
    return await provision(identity, settings);
  } catch (error) {
    // Two first sign-ins of one person at once: the second finds the record the first created.
    if ((error as { code?: unknown } | null)?.code === "P2002") return provision(identity, settings);
    throw error;
  }
}

async function provision(identity: SignInIdentity, settings: Settings): Promise<ProvisionOutcome> {
  const email = identity.email.toLowerCase();
  const policy: SignUpPolicy = {
    allowedIssuers: settings.OIDC_ALLOWED_ISSUERS,
    defaultIssuer: settings.OIDC_ISSUER,
    allowedDomains: settings.SIGNUP_ALLOWED_DOMAINS,
  };
  const { attributes, problems } =
    identity.via === "oidc"
      ? readHrClaims(identity.claims, claimNamesFrom(settings))
      : { attributes: {}, problems: [] as ClaimProblem[] };

  return db().$transaction(async (tx) => {
    // Who this is.
    const linked =
      identity.via === "oidc"
        ? await tx.account.findUnique({
            where: { provider_providerAccountId: { provider: "oidc", providerAccountId: identity.subject } },
            select: { user: { select: PERSON } },
          })
        : null;
    const byIndex =
      !linked && attributes.staffIndexNumber
        ? await tx.user.findUnique({ where: { staffIndexNumber: attributes.staffIndexNumber }, select: PERSON })
        : null;
    const byEmail = await tx.user.findUnique({ where: { email }, select: PERSON });
    const person: Person | null = linked?.user ?? byIndex ?? byEmail;
    if (byIndex && byEmail && byIndex.id !== byEmail.id) {
      // The new address already belongs to someone else: next-auth would sign them in instead.
      logWarn("sign-in.provision.email-taken", { userId: byIndex.id, otherUserId: byEmail.id });
      return { ok: false, reason: "email-taken" } as const;
    }
    if (person?.leftAt) return { ok: false, reason: "left" } as const;
    if (person?.disabledAt) return { ok: false, reason: "disabled" } as const;
    if (!person && !mayCreateAtSignIn({ ...identity, email }, policy))
      return { ok: false, reason: "not-allowed" } as const;

    // What the claims say, with codes turned into rows; unknown ones are ignored and logged.
    const ignored: string[] = problems.map((p) => p.attribute);
    const wanted: Refresh = {};
    if (identity.via === "oidc") {
      const name = identity.name?.trim();
      if (name) wanted.name = name;
      if (attributes.staffIndexNumber) {
        const holder =
          byIndex ??
          (await tx.user.findUnique({
            where: { staffIndexNumber: attributes.staffIndexNumber },
            select: { id: true },
          }));
        if (!holder || holder.id === person?.id) wanted.staffIndexNumber = attributes.staffIndexNumber;
        else ignored.push("staffIndexNumber");
      }
      if (attributes.entityCode) {
        const entity = await tx.entity.findFirst({
          where: { code: { equals: attributes.entityCode, mode: "insensitive" } },
          select: { id: true },
        });
        if (entity) wanted.entityId = entity.id;
        else ignored.push("entityCode");
      }
      if (attributes.dutyStationCode) {
        const station = await tx.dutyStation.findFirst({
          where: { code: { equals: attributes.dutyStationCode, mode: "insensitive" } },
          select: { id: true },
        });
        if (station) wanted.dutyStationId = station.id;
        else ignored.push("dutyStationCode");
      }
      if (attributes.appointmentType) wanted.appointmentType = attributes.appointmentType;
      if (attributes.supervisorEmail && attributes.supervisorEmail !== email) {
        const supervisor = await tx.user.findUnique({
          where: { email: attributes.supervisorEmail },
          select: { id: true },
        });
        if (supervisor && supervisor.id !== person?.id) wanted.supervisorId = supervisor.id;
        else ignored.push("supervisorEmail");
      }
      if (attributes.languages) wanted.languages = attributes.languages;
    }
    if (ignored.length) logWarn("sign-in.provision.claims-ignored", { userId: person?.id, ignored: ignored.join(",") });

    if (!person) {
      const created = await tx.user.create({
        data: { email, emailVerified: null, ...wanted },
        select: { id: true },
      });
      await audit(tx, {
        actorId: created.id,
        action: "person.provision",
        targetType: "User",
        targetId: created.id,
        data: { via: identity.via, created: true, fields: Object.keys(wanted).sort(), ignored },
      });
      logInfo("sign-in.provision.created", { userId: created.id, via: identity.via });
      return { ok: true, userId: created.id, created: true } as const;
    }

    // A person found by their account or staff index number keeps it when their address changed
    // (unless the new address is someone else's: then the old one stays, and it is logged).
    if (person.email !== email) {
      if (!byEmail) wanted.email = email;
      else logWarn("sign-in.provision.email-kept", { userId: person.id });
    }
    const changes = changedFields(person, wanted);
    if (changes.length) {
      const data = Object.fromEntries(changes.map((field) => [field, wanted[field]])) as Refresh;
      await tx.user.update({ where: { id: person.id }, data });
      await audit(tx, {
        actorId: person.id,
        action: "person.provision",
        targetType: "User",
        targetId: person.id,
        data: { via: identity.via, created: false, fields: changes, ignored },
      });
    }
    return { ok: true, userId: person.id, created: false } as const;
  });
}

function changedFields(person: Person, wanted: Refresh): (keyof Refresh)[] {
  return (Object.keys(wanted) as (keyof Refresh)[])
    .filter((field) => {
      const next = wanted[field];
      const current = person[field];
      if (Array.isArray(next)) return next.join(",") !== [...(current as string[])].sort().join(",");
      return next !== current;
    })
    .sort();
}
