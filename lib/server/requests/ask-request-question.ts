import "server-only";
import type { Db } from "../../db/client";
import { askProblem, MAX_QUESTION_TEXT, pause } from "../../domain/request-questions";
import type { Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { requestQuestionAskedEmail } from "../../email/request-question-emails";
import { engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient } from "../recipients";
import { lockChoice, loadChoiceThread } from "./question-thread";
import { lockOwnChoiceProfile } from "./routing";

/**
 * The person asked in a request (coach, mentor, networking colleague) answers with a question
 * instead of accepting or declining. One transaction: their profile, the seeker's User row, then
 * the choice are locked (the order every request verb takes); under the locks the choice must be
 * pending, not overdue, with no question waiting and fewer than MAX_QUESTIONS asked. The deadline
 * pauses with the working time left; the seeker is e-mailed the question in their language.
 */
export async function askRequestQuestion(
  prisma: Db,
  actor: Actor,
  input: { choiceId: string; question: string },
  now: Date = new Date(),
): Promise<{ questionId: string }> {
  const question = input.question.trim();
  if (!question) throw new FieldDomainError("questionRequired", "question");
  if (question.length > MAX_QUESTION_TEXT) throw new FieldDomainError("textTooLong", "question");
  const questionId = await prisma.$transaction(async (tx) => {
    const { seekerId } = await lockOwnChoiceProfile(tx, actor, input.choiceId);
    await lockUser(tx, seekerId);
    await lockChoice(tx, input.choiceId);
    const choice = (await loadChoiceThread(tx, input.choiceId))!;
    const problem = askProblem(choice, choice.questions, choice.request.status === "open", now);
    if (problem) throw new DomainError(problem);

    const paused = pause({ dueAt: choice.dueAt! }, now);
    const { count } = await tx.matchRequestChoice.updateMany({
      where: { id: choice.id, status: "pending", pausedAt: null },
      data: paused,
    });
    if (count !== 1) throw new DomainError("requestNoLongerPending");
    const created = await tx.matchRequestQuestion.create({
      data: { choiceId: choice.id, askedAt: now, question },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "request.question.ask",
      targetType: "MatchRequestChoice",
      targetId: choice.id,
      data: { requestId: choice.requestId, questionId: created.id, remainingSeconds: paused.remainingSeconds },
    });
    await queueEmail(
      tx,
      requestQuestionAskedEmail(recipient(choice.request.seeker), {
        coachName: choice.profile.user.name,
        question,
        url: engagementsUrl(),
      }),
    );
    return created.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { questionId };
}
