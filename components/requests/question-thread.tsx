// The questions asked before answering a request and the seeker's replies, oldest first (shown to
// both: beside the incoming request for the asked person, on the request card for the seeker).
import { useTranslations } from "next-intl";
import type { QuestionDto } from "@/lib/server/engagements/load-engagements";

export function QuestionThread({
  questions,
  when,
  headingLevel = 3,
}: {
  questions: QuestionDto[];
  /** A date as the reader reads it (their language and time zone). */
  when: (d: Date) => string;
  headingLevel?: 3 | 4;
}) {
  const t = useTranslations("requestQuestions");
  if (questions.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <section className="mt-3 w-full text-sm" data-testid="question-thread">
      <Heading className="font-medium text-slate-800">{t("thread")}</Heading>
      <ol className="mt-2 space-y-3">
        {questions.map((q) => (
          <li key={q.id} className="space-y-1">
            <p className="text-slate-600">{t("question", { date: when(q.askedAt) })}</p>
            <blockquote className="whitespace-pre-line border-l-4 border-amber-500 pl-3 text-slate-800">
              {q.question}
            </blockquote>
            {q.answer !== null && q.answeredAt ? (
              <>
                <p className="text-slate-600">{t("reply", { date: when(q.answeredAt) })}</p>
                <blockquote className="whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-800">
                  {q.answer}
                </blockquote>
              </>
            ) : (
              <p className="italic text-slate-600">{t("noReplyYet")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
