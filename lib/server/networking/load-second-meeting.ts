import "server-only";
import type { Db } from "../../db/client";
import { optionalStepsToDecide, type SessionStatus } from "../../domain/session-lifecycle";

export type SecondMeetingView = {
  /** The question is open: the first meeting is held, the second is not, the conversation runs. */
  open: boolean;
  /** What the viewer and the other person answered (null: not yet). */
  mine: boolean | null;
  theirs: boolean | null;
};

/**
 * The "is a second conversation useful?" panel of a networking engagement, for one of its two
 * people (the caller has loaded the engagement page for them: loadEngagementPage checks that).
 * Null for any other kind of engagement.
 */
export async function loadSecondMeeting(
  prisma: Db,
  viewerId: string,
  view: {
    id: string;
    status: string;
    programme: { type: string };
    sessions: readonly { stepKey: string; status: SessionStatus }[];
  },
): Promise<SecondMeetingView | null> {
  if (view.programme.type !== "networking") return null;
  const decisions = await prisma.continuationDecision.findMany({
    where: { engagementId: view.id },
    select: { userId: true, wantsToContinue: true },
  });
  const mine = decisions.find((d) => d.userId === viewerId);
  const theirs = decisions.find((d) => d.userId !== viewerId);
  return {
    open: view.status === "active" && optionalStepsToDecide(view.sessions),
    mine: mine ? mine.wantsToContinue : null,
    theirs: theirs ? theirs.wantsToContinue : null,
  };
}
