import "server-only";
import type { Db } from "../../db/client";
import { credentialsEditable } from "../../domain/coach-lifecycle";
import { checkCredentialDates, dayOf, defaultExpiry, parseDay } from "../../domain/credential-expiry";
import type { Actor } from "../../domain/roles";
import { MAX_TRAINING_HOURS, type CoachCredentialsInput } from "../../validation/coach-profile";
import { audit } from "../audit";
import { DomainError, FieldDomainError } from "../errors";
import { withOwnProfile } from "./own-profile";

/**
 * Staff status and credential: an ICF certification (ACC, PCC, MCC) or ICF-accredited training,
 * with its hours and whether it included observed live coaching. Only while HR does not have it.
 */
export async function saveCoachCredentials(
  prisma: Db,
  actor: Actor,
  input: CoachCredentialsInput,
  now: Date = new Date(),
): Promise<void> {
  const training = input.credentialKind === "icf_training";
  const hours = training ? input.trainingHours : null;
  if (hours !== null && (!Number.isInteger(hours) || hours < 0 || hours > MAX_TRAINING_HOURS))
    throw new DomainError("trainingHoursInvalid");
  const dates = credentialDates(input, now);
  await withOwnProfile(prisma, actor, async (tx, profile) => {
    if (!credentialsEditable(profile.status)) throw new DomainError("credentialsLocked");
    await tx.matchingProfile.update({
      where: { id: profile.id },
      data: {
        isFormerStaff: input.staffStatus === "former",
        credentialKind: input.credentialKind,
        trainingHours: hours,
        observedPractice: training ? input.observedPractice : null,
        ...dates,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "coach.saveCredentials",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: {
        credentialKind: input.credentialKind,
        trainingHours: hours,
        ...(dates
          ? {
              credentialDate: dates.credentialDate?.toISOString().slice(0, 10) ?? null,
              credentialExpiresOn: dates.credentialExpiresOn?.toISOString().slice(0, 10) ?? null,
            }
          : {}),
      },
    });
  });
}

/**
 * The credential's date and expiry to store: none when the form did not send them, both cleared when
 * the date is blank, else the date and its expiry (three years later unless given). An expiry before
 * the date, a date in the future or a credential already expired is refused beside its field.
 */
function credentialDates(input: CoachCredentialsInput, now: Date) {
  if (input.credentialDate === undefined && input.credentialExpiresOn === undefined) return undefined;
  const credentialDate = input.credentialDate ? parseDay(input.credentialDate) : null;
  if (!credentialDate) return { credentialDate: null, credentialExpiresOn: null };
  const given = input.credentialExpiresOn ? parseDay(input.credentialExpiresOn) : null;
  const credentialExpiresOn = given ?? defaultExpiry(credentialDate);
  const wrong = checkCredentialDates(credentialDate, credentialExpiresOn, now);
  if (wrong === "credentialDateInFuture") throw new FieldDomainError(wrong, "credentialDate");
  if (wrong) throw new FieldDomainError(wrong, "credentialExpiresOn");
  if (credentialExpiresOn.getTime() < dayOf(now).getTime())
    throw new FieldDomainError("credentialAlreadyExpired", "credentialExpiresOn");
  return { credentialDate, credentialExpiresOn };
}
