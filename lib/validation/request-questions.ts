// Forms of a question before answering a request: each schema is used by the form (zodResolver)
// and by its server action (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";
import { MAX_QUESTION_TEXT } from "../domain/request-questions";

const id = z.string().trim().max(64);

/** The asked person's question about a request addressed to them (its choice). */
export const askRequestQuestionSchema = z.object({
  choiceId: id.min(1),
  question: z.string().trim().min(1, "questionRequired").max(MAX_QUESTION_TEXT, "textTooLong"),
});
export type AskRequestQuestionInput = z.infer<typeof askRequestQuestionSchema>;

/** The seeker's reply to the question waiting on one of their request's choices. */
export const answerRequestQuestionSchema = z.object({
  choiceId: id.min(1),
  answer: z.string().trim().min(1, "replyRequired").max(MAX_QUESTION_TEXT, "textTooLong"),
});
export type AnswerRequestQuestionInput = z.infer<typeof answerRequestQuestionSchema>;
