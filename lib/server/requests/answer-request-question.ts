import "server-only";
import type { Db } from "../../db/client";
import { isMatchedProgrammeType, matchingRules, profileKindFor } from "../../domain/matching-rules";
import { MAX_QUESTION_TEXT, replyProblem, resume } from "../../domain/request-questions";
import { can, type Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { requestQuestionAnsweredEmail } from "../../email/request-question-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { lockChoice, loadChoiceThread } from "./question-thread";

/**
 * The seeker replies to the question waiting on one of their request's choices. One transaction:
 * their User row, then the choice are locked (as the lapse job and the answers take them); under
 * the locks the request must be open and the choice pending and paused. The deadline resumes with
 * the working time that was left when the question was asked (not a fresh deadline), and the asked
 * person is e-mailed the reply in their language. Returns the new deadline.
 */
export async function answerRequestQuestion(
  prisma: Db,
  actor: Actor,
  input: { choiceId: string; answer: string },
  now: Date = new Date(),
): Promise<{ dueAt: Date }> {
  const answer = input.answer.trim();
  if (!answer) throw new FieldDomainError("replyRequired", "answer");
  if (answer.length > MAX_QUESTION_TEXT) throw new FieldDomainError("textTooLong", "answer");
  const dueAt = await prisma.$transaction(async (tx) => {
    const target = await tx.matchRequestChoice.findUnique({
      where: { id: input.choiceId },
      select: { request: { select: { seekerId: true, programme: { select: { type: true } } } } },
    });
    // Someone else's request is not revealed.
    if (!target || target.request.seekerId !== actor.id) throw new DomainError("notFound");
    const type = target.request.programme.type;
    if (!isMatchedProgrammeType(type) || !can(actor.roles, matchingRules(profileKindFor(type)).requestPermission))
      throw new DomainError("forbidden");
    await lockUser(tx, actor.id);
    await lockChoice(tx, input.choiceId);
    const choice = (await loadChoiceThread(tx, input.choiceId))!;
    const problem = replyProblem(choice, choice.questions, choice.request.status === "open");
    if (problem) throw new DomainError(problem);

    const resumed = resume(choice, now);
    const { count } = await tx.matchRequestChoice.updateMany({
      where: { id: choice.id, status: "pending", pausedAt: { not: null } },
      data: resumed,
    });
    if (count !== 1) throw new DomainError("requestNoLongerPending");
    const waiting = choice.questions.filter((q) => q.answeredAt === null);
    await tx.matchRequestQuestion.updateMany({
      where: { id: { in: waiting.map((q) => q.id) }, answeredAt: null },
      data: { answeredAt: now, answer },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "request.question.answer",
      targetType: "MatchRequestChoice",
      targetId: choice.id,
      data: { requestId: choice.requestId, questionId: waiting.at(-1)?.id ?? null, dueAt: resumed.dueAt.toISOString() },
    });
    await queueEmail(
      tx,
      requestQuestionAnsweredEmail(recipient(choice.profile.user), {
        clientName: choice.request.seeker.name,
        answer,
        dueAt: resumed.dueAt,
        url: engagementsUrl(),
      }),
    );
    return resumed.dueAt;
  }, TX_OPTIONS);
  void kickOutbox();
  return { dueAt };
}
