// The e-mails the demo story's events sent, made by the product's own templates (lib/email), so
// their texts are the product's, in each recipient's language and time zone. Stored as already
// sent (status sent, sentAt just after the event), each with a stable id: re-seeding finds them
// again instead of writing them twice. /dev/outbox lists them.
import type { SessionFacts } from "../../lib/calendar/session-ics";
import type { MilestoneKind } from "../../lib/domain/mission-lifecycle";
import { coachSubmittedEmail } from "../../lib/email/coach-submitted-email";
import { credentialChangesRequestedEmail, credentialRejectedEmail } from "../../lib/email/credential-emails";
import { missionEmail, type MissionEmailEvent } from "../../lib/email/mission-emails";
import type { EmailMessage } from "../../lib/email/outbox";
import {
  clientAcceptedEmail,
  clientMovedOnEmail,
  coachAskedEmail,
  engagementEndedEmail,
  type Recipient,
} from "../../lib/email/request-emails";
import { sessionProposedEmail, sessionScheduledEmail } from "../../lib/email/session-emails";
import type { SeedData, SeedPerson } from "./data";
import { storyId, type StoryEngagement, type StoryRequest } from "./story";

export type SeedOutboxEmail = { id: string; createdAt: Date; message: EmailMessage };

const DAY = 86_400_000;

/**
 * The outbox of the story. `profileIdOf` gives a coach profile's stored id (HR's link to a
 * registration names it); `appUrl` is the app's public address.
 */
export function demoOutbox(
  data: SeedData,
  ctx: { appUrl: string; profileIdOf: (email: string) => string },
): SeedOutboxEmail[] {
  const base = ctx.appUrl.replace(/\/+$/, "");
  const people = new Map(data.people.map((p) => [p.email, p]));
  const personOf = (email: string): SeedPerson => {
    const p = people.get(email);
    if (!p) throw new Error(`Seed outbox names an unknown person: ${email}`);
    return p;
  };
  const to = (email: string): Recipient => {
    const p = personOf(email);
    return { to: p.email, name: p.name, locale: p.preferredLanguage, timeZone: p.timeZone };
  };
  const nameOf = (email: string) => personOf(email).name;
  const entityName = (email: string, locale: "en" | "fr") => {
    const e = data.entities.find((x) => x.code === personOf(email).entityCode);
    return e ? (locale === "fr" ? e.nameFr : e.nameEn) : null;
  };
  const programmeName = (slug: string, locale: "en" | "fr") => {
    const p = data.programmes.find((x) => x.slug === slug)!;
    return locale === "fr" ? p.nameFr : p.nameEn;
  };
  const engagementsUrl = `${base}/engagements`;
  const out: SeedOutboxEmail[] = [];
  const add = (label: string, createdAt: Date, message: EmailMessage) =>
    out.push({ id: storyId(`outbox/${label}/${message.to}`), createdAt, message });

  // Requests: each coach (or mentor) asked, each answer the client heard of. The 2023 pilot's
  // e-mails are long gone; the current cohorts' are here.
  const { story, mentoring, mission } = data;
  const requests: StoryRequest[] = [...story.requests.filter((r) => r.cohortSlug !== "pilot-2023"), mentoring.request];
  for (const r of requests) {
    r.choices.forEach((c, i) => {
      if (!c.askedAt || !c.dueAt) return;
      const coach = to(c.coachEmail);
      add(
        `request/${r.id}/asked/${c.rank}`,
        c.askedAt,
        coachAskedEmail(coach, {
          clientName: nameOf(r.clientEmail),
          entity: entityName(r.clientEmail, coach.locale),
          programme: programmeName(r.programmeSlug, coach.locale),
          message: r.message,
          dueAt: c.dueAt,
          url: engagementsUrl,
        }),
      );
      if (c.status === "accepted" && c.answeredAt) {
        add(
          `request/${r.id}/accepted`,
          c.answeredAt,
          clientAcceptedEmail(to(r.clientEmail), { coachName: nameOf(c.coachEmail), url: engagementsUrl }),
        );
      }
      const next = r.choices[i + 1];
      if (c.status === "declined" && c.answeredAt && next?.dueAt) {
        add(
          `request/${r.id}/moved-on/${c.rank}`,
          c.answeredAt,
          clientMovedOnEmail(to(r.clientEmail), {
            coachName: nameOf(c.coachEmail),
            why: "declined",
            reason: c.declineReason,
            nextCoachName: nameOf(next.coachEmail),
            dueAt: next.dueAt,
            url: engagementsUrl,
          }),
        );
      }
    });
  }

  // An engagement of the current cohort ended early: the other person was told why.
  for (const e of story.engagements) {
    if (e.status !== "ended" || e.cohortSlug === "pilot-2023" || !e.endedAt || !e.endedByEmail || !e.endReason)
      continue;
    const other = e.endedByEmail === e.clientEmail ? e.coachEmail : e.clientEmail;
    add(
      `engagement/${e.id}/ended`,
      e.endedAt,
      engagementEndedEmail(to(other), {
        endedByName: nameOf(e.endedByEmail),
        reason: e.endReason,
        url: engagementsUrl,
      }),
    );
  }

  // The next sessions agreed: the proposal to the other person, then the invitation (with its
  // calendar file) to both when it was accepted a day later.
  const scheduled = (e: StoryEngagement) => {
    const s = e.sessions.find((x) => x.status === "scheduled");
    if (!s || !s.startsAt || !s.proposedAt || !s.proposedByEmail || !s.mode || !s.timeZone) return;
    const proposer = s.proposedByEmail;
    const other = proposer === e.coachEmail ? e.clientEmail : e.coachEmail;
    const url = `${base}/engagements/${e.id}`;
    add(
      `session/${s.id}/proposed`,
      s.proposedAt,
      sessionProposedEmail(to(other), {
        proposerName: nameOf(proposer),
        stepKey: s.stepKey,
        position: s.position,
        startsAt: s.startsAt,
        durationMinutes: s.durationMinutes,
        mode: s.mode,
        location: s.location,
        replacesAgreedTime: false,
        url,
      }),
    );
    const agreedAt = new Date(s.proposedAt.getTime() + DAY - 2 * 3_600_000);
    const facts: SessionFacts = {
      sessionId: s.id,
      stepKey: s.stepKey,
      position: s.position,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      timeZone: s.timeZone,
      mode: s.mode,
      location: s.location,
      sequence: 0,
      coach: { name: nameOf(e.coachEmail), email: e.coachEmail },
      client: { name: nameOf(e.clientEmail), email: e.clientEmail },
      pageUrl: url,
    };
    for (const [me, them] of [
      [other, proposer],
      [proposer, other],
    ]) {
      add(
        `session/${s.id}/scheduled`,
        agreedAt,
        sessionScheduledEmail(to(me), { otherName: nameOf(them), facts, update: false, stamp: agreedAt }),
      );
    }
  };
  for (const e of [...story.engagements, mentoring.engagement]) if (e.status === "active") scheduled(e);

  // HR's decisions on registrations, and HR told of each registration waiting for review.
  for (const p of data.people) {
    const c = p.coachProfile;
    if (!c?.submittedAt) continue;
    const coach = { to: p.email, name: p.name, locale: p.preferredLanguage };
    if (c.status === "submitted") {
      for (const hr of data.people.filter((x) => x.roles.includes("hr_reviewer"))) {
        add(
          `credential/${p.email}/submitted`,
          c.submittedAt,
          coachSubmittedEmail(hr.preferredLanguage, {
            to: hr.email,
            reviewerName: hr.name,
            coachName: p.name,
            url: `${base}/hr/credentials/${ctx.profileIdOf(p.email)}`,
          }),
        );
      }
    }
    if (c.status === "changes_requested" && c.reviewedAt && c.reviewMessage) {
      add(
        `credential/${p.email}/changes`,
        c.reviewedAt,
        credentialChangesRequestedEmail(coach, { message: c.reviewMessage, profileUrl: `${base}/coach/profile` }),
      );
    }
    if (c.status === "rejected" && c.reviewedAt && c.reviewMessage) {
      add(`credential/${p.email}/rejected`, c.reviewedAt, credentialRejectedEmail(coach, { reason: c.reviewMessage }));
    }
  }

  // The mission's steps, to the parties each step concerns (as lib/server/missions does).
  const m = mission.mission;
  const t = mission.times;
  const parties = { coachee: m.coacheeEmail, sponsor: m.sponsorEmail, hr: m.hrEmail, coach: m.coachEmail } as const;
  type Party = keyof typeof parties;
  const missionUrl = `${base}/missions/${m.id}`;
  const names = { coachee: nameOf(m.coacheeEmail), sponsor: nameOf(m.sponsorEmail), coach: nameOf(m.coachEmail) };
  const notify = (
    when: Date,
    event: MissionEmailEvent,
    list: Party[],
    o: { actor?: Party; milestone?: MilestoneKind; at?: Date; version?: number; url?: string } = {},
  ) => {
    for (const party of list) {
      if (party === o.actor) continue;
      const email = parties[party];
      add(
        `mission/${event}/${o.milestone ?? o.version ?? ""}`,
        when,
        missionEmail(
          to(email),
          event,
          {
            ...names,
            actor: o.actor ? nameOf(parties[o.actor]) : null,
            milestone: o.milestone,
            when: o.at ?? null,
            version: o.version,
          },
          o.url ?? missionUrl,
        ),
      );
    }
  };
  const milestone = (kind: MilestoneKind) => mission.milestones.find((x) => x.kind === kind)!;
  notify(t.requested, "requested", ["coachee"], { actor: "sponsor" });
  notify(t.requested, "requestedCoach", ["coach"], { actor: "sponsor" });
  notify(t.requested, "requestedHr", ["hr"], { actor: "sponsor" });
  notify(t.coacheeRequest, "coacheeRequestWritten", ["coach"], { actor: "coachee" });
  notify(t.validated, "requestsValidated", ["coachee", "sponsor", "hr"], { actor: "coach" });
  notify(t.preliminaryScheduled, "milestoneScheduled", ["sponsor", "hr", "coach"], {
    actor: "coach",
    milestone: "preliminary_meeting",
    at: milestone("preliminary_meeting").scheduledAt!,
  });
  notify(t.coacheeMeetingScheduled, "milestoneScheduled", ["coachee", "coach"], {
    actor: "coach",
    milestone: "coachee_meeting",
    at: milestone("coachee_meeting").scheduledAt!,
  });
  notify(t.consented, "consented", ["coach", "sponsor", "hr"], { actor: "coachee" });
  notify(t.proposal1, "proposalSubmitted", ["coachee", "sponsor", "hr"], { actor: "coach", version: 1 });
  notify(t.commented, "proposalCommented", ["coach"], { actor: "hr", version: 1 });
  notify(t.proposal2, "proposalSubmitted", ["coachee", "sponsor", "hr"], { actor: "coach", version: 2 });
  notify(t.approved, "contractReady", ["coachee", "sponsor", "hr", "coach"], { version: 1 });
  notify(t.accepted, "contractAccepted", ["coachee", "sponsor", "hr", "coach"], { version: 1 });
  notify(t.midpointScheduledOn, "milestoneScheduled", ["coachee", "sponsor", "coach"], {
    actor: "coach",
    milestone: "midpoint_review",
    at: milestone("midpoint_review").scheduledAt!,
  });
  for (const c of mission.checkIns) {
    notify(c.createdAt, "checkInCreated", ["coach"], { actor: "coachee", at: c.dueAt });
    notify(c.answeredAt, "checkInAnswered", ["coachee"], { actor: "coach" });
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
