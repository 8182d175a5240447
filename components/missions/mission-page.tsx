import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CALL_MINUTES, CHECK_IN_ANSWER_WORKING_DAYS } from "@/lib/domain/check-ins";
import type { MissionParty } from "@/lib/domain/mission-lifecycle";
import { DEFAULT_TERMS, type ProposalTerms } from "@/lib/domain/mission-terms";
import { instantToLocalTime } from "@/lib/domain/session-schedule";
import { localized } from "@/lib/i18n/localized";
import type { MissionPerson, MissionView } from "@/lib/server/missions/load-mission";
import { AnswerCheckInForm, CheckInForm } from "./check-in-forms";
import {
  CoacheeRequestForm,
  ConsentButtons,
  HoldMilestoneButton,
  ScheduleMilestoneForm,
  ValidateRequestsButton,
} from "./framing-actions";
import { MissionStepper } from "./mission-stepper";
import {
  EndMissionForm,
  FollowUpEvaluationForm,
  IndicatorEvaluationForm,
  MidpointForm,
  StartClosingButton,
  SynthesisForm,
} from "./progress-actions";
import { ContractAcceptForm, ProposalForm, ProposalReviewForm } from "./proposal-actions";
import { ProposalTermsView } from "./proposal-terms";

const card = "rounded-lg bg-white p-5 shadow-sm";
const h2 = "text-xl font-semibold";
const badge = "rounded-full px-2.5 py-0.5 text-xs font-semibold";
const RESULT_TONE: Record<string, string> = {
  achieved: "bg-emerald-100 text-emerald-900",
  partly: "bg-amber-100 text-amber-900",
  not_achieved: "bg-red-100 text-red-900",
};
const CHECK_IN_TONE: Record<string, string> = {
  answered: "bg-emerald-100 text-emerald-900",
  open: "bg-sky-100 text-sky-900",
  overdue: "bg-red-100 text-red-900",
};

/** The step-by-step view of one mission, for one of its parties: only what they may read, only their actions. */
export async function MissionPage({
  view,
  timeZone,
  requested,
}: {
  view: MissionView;
  timeZone: string;
  requested: boolean;
}) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("missions"),
    getTranslations("checkIns"),
    getFormatter(),
    getLocale(),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone }) : "");
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long", timeZone }) : "");
  const name = (p: MissionPerson | null) => (p ? (p.name ?? p.email) : "");
  const personOf = (party: MissionParty) =>
    party === "coachee"
      ? view.people.coachee
      : party === "coach"
        ? view.people.coach
        : party === "sponsor"
          ? view.people.sponsor
          : view.people.hr;
  const coachee = name(view.people.coachee);
  const sponsor = name(view.people.sponsor);
  const { can, party } = view;
  const latest = view.proposals[0];
  const inReview = view.proposals.find((p) => p.status === "in_review");
  const openContract = view.contracts.find((c) => c.status === "open");
  const currentStep = view.steps.find((s) => s.state === "current")?.step;
  const initialTerms: ProposalTerms = latest ?? {
    ...DEFAULT_TERMS,
    organisationObjectives: "",
    coacheeObjectives: "",
    indicators: [],
    cost: "",
  };
  const showProposalForm = can.submitProposal;
  const revising = view.proposals.length > 0;
  const finalMessage =
    view.status === "declined"
      ? t("ending.declined", { coachee, date: day(view.ending.declinedAt) })
      : view.status === "refused"
        ? t("ending.refused", { coach: name(view.people.coach), date: day(view.ending.refusedAt) })
        : view.status === "stopped"
          ? t("ending.stopped", { coach: name(view.people.coach), date: day(view.ending.stoppedAt) })
          : view.status === "completed"
            ? t("ending.completed", { date: day(view.closedAt) })
            : null;
  const hasActions =
    can.writeCoacheeRequest ||
    can.validateRequests ||
    can.decideConsent ||
    can.decline ||
    showProposalForm ||
    Boolean(can.reviewProposalId) ||
    Boolean(can.acceptContractId) ||
    can.recordMidpoint ||
    can.startClosing ||
    can.evaluateIndicators ||
    can.writeSynthesis ||
    can.evaluateFollowUp;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/missions" className="text-brand-700 underline">
          ← {t("backToList")}
        </Link>
      </p>
      <header>
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-600">
          {localized(view.programme, "name", locale)}
        </p>
        <h1 className="text-3xl font-bold">{t("pageTitle", { coachee })}</h1>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" data-testid="mission-people">
          {(["coachee", "coach", "sponsor", "hr"] as const).map((p) =>
            personOf(p) ? (
              <div key={p}>
                <dt className="inline font-medium">{t("labelled", { label: t(`party.${p}`) })} </dt>
                <dd className="inline">
                  {name(personOf(p))}
                  {p === party && <span className="ml-1 text-slate-500">({t("you")})</span>}
                </dd>
              </div>
            ) : null,
          )}
        </dl>
      </header>

      {requested && (
        <p role="status" className="rounded border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900">
          ✓ {t("requestedFlash", { coachee })}
        </p>
      )}

      {(party === "sponsor" || party === "hr") && (
        <p
          className="rounded border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
          data-testid="sponsor-confidentiality"
        >
          {t("confidentiality.sponsor", { coachee })}
        </p>
      )}
      {party === "coachee" && (
        <p className="rounded border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          {t("confidentiality.coachee", { sponsor })}
        </p>
      )}

      <section aria-labelledby="where" className={card}>
        <h2 id="where" className="sr-only">
          {t("stepper.label")}
        </h2>
        <MissionStepper steps={view.steps} />
        <div className="mt-4 border-t border-slate-100 pt-4" data-testid="mission-next">
          {finalMessage ? (
            <p className="font-medium text-slate-900">{finalMessage}</p>
          ) : (
            <>
              {currentStep && (
                <p className="text-slate-800">
                  <strong>{t(`steps.${currentStep}.title`)}</strong> — {t(`steps.${currentStep}.hint`)}
                </p>
              )}
              <ul className="mt-2 space-y-1">
                {view.next.map((n) =>
                  n.party === party ? (
                    <li key={`${n.party}-${n.key}`} className="font-semibold text-amber-900">
                      ➜ {t("nextYou", { action: t(`next.you.${n.key}`) })}
                    </li>
                  ) : (
                    <li key={`${n.party}-${n.key}`} className="text-slate-700">
                      {t("nextOther", {
                        name: name(personOf(n.party)),
                        role: t(`party.${n.party}`),
                        action: t(`next.other.${n.key}`),
                      })}
                    </li>
                  ),
                )}
              </ul>
            </>
          )}
        </div>
      </section>

      {hasActions && (
        <section aria-labelledby="your-actions" className={`${card} border-l-4 border-amber-400`}>
          <h2 id="your-actions" className={h2}>
            {t("yourActions")}
          </h2>
          <div className="mt-3 space-y-4">
            {can.writeCoacheeRequest && (
              <CoacheeRequestForm
                missionId={view.id}
                text={view.coacheeRequest.text}
                shared={view.coacheeRequest.shared}
                sponsorName={sponsor}
              />
            )}
            {can.validateRequests && <ValidateRequestsButton missionId={view.id} ready={view.coacheeRequest.written} />}
            {(can.decideConsent || can.decline) && (
              <ConsentButtons missionId={view.id} canConsent={can.decideConsent} />
            )}
            {showProposalForm &&
              (inReview && !inReview.reviews.some((r) => r.decision === "commented") ? (
                // A version is under review without comments: revising stays possible, folded away.
                <details className="rounded border border-slate-200 p-3">
                  <summary className="cursor-pointer font-medium text-slate-700">{t("proposal.revise")}</summary>
                  <div className="mt-3">
                    <ProposalForm missionId={view.id} initial={initialTerms} revising={revising} />
                  </div>
                </details>
              ) : (
                <ProposalForm missionId={view.id} initial={initialTerms} revising={revising} />
              ))}
            {can.reviewProposalId && inReview && (
              <ProposalReviewForm proposalId={can.reviewProposalId} version={inReview.version} />
            )}
            {can.acceptContractId && openContract && (
              <>
                <p className="text-sm">
                  <Link href={`/missions/${view.id}/contract`} className="font-semibold text-brand-700 underline">
                    {t("contract.read", { version: openContract.version })}
                  </Link>
                </p>
                <ContractAcceptForm
                  contractId={can.acceptContractId}
                  version={openContract.version}
                  canRequestChanges={can.requestContractChanges}
                />
              </>
            )}
            {can.recordMidpoint && <MidpointForm missionId={view.id} />}
            {can.startClosing && <StartClosingButton missionId={view.id} />}
            {can.evaluateIndicators && <IndicatorEvaluationForm missionId={view.id} indicators={view.indicators} />}
            {can.writeSynthesis && view.synthesis && (
              <SynthesisForm
                missionId={view.id}
                synthesis={view.synthesis.text ?? ""}
                recommendations={view.synthesis.recommendations ?? ""}
                presented={Boolean(view.synthesis.presentedAt)}
                canPresent={can.presentSynthesis}
                sponsorName={sponsor}
              />
            )}
            {can.evaluateFollowUp && view.followUp && (
              <FollowUpEvaluationForm missionId={view.id} initial={view.followUp} sponsorName={sponsor} />
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="requests" className={card}>
        <h2 id="requests" className={h2}>
          {t("request.title")}
        </h2>
        <h3 className="mt-3 font-semibold">{t("request.organisation", { sponsor })}</h3>
        <blockquote className="mt-1 whitespace-pre-line border-l-4 border-brand-600 pl-3 text-slate-800">
          {view.organisationRequest}
        </blockquote>
        <h3 className="mt-4 font-semibold">{t("request.coachee", { coachee })}</h3>
        {view.coacheeRequest.text ? (
          <>
            <blockquote
              className="mt-1 whitespace-pre-line border-l-4 border-emerald-600 pl-3 text-slate-800"
              data-testid="coachee-request"
            >
              {view.coacheeRequest.text}
            </blockquote>
            {(party === "coachee" || party === "coach") && (
              <p className="mt-1 text-xs text-slate-500">
                {view.coacheeRequest.shared
                  ? t("request.sharedWith", { sponsor })
                  : t("request.notShared", { sponsor })}
              </p>
            )}
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-600">
            {view.coacheeRequest.written ? t("request.private", { coachee }) : t("request.notYet", { coachee })}
          </p>
        )}
        {view.coacheeRequest.validatedAt && (
          <p className="mt-3 text-sm text-emerald-800">
            ✓ {t("request.validated", { coach: name(view.people.coach), date: day(view.coacheeRequest.validatedAt) })}
          </p>
        )}
      </section>

      <section aria-labelledby="milestones" className={card}>
        <h2 id="milestones" className={h2}>
          {t("milestones.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("milestones.lead")}</p>
        <ul className="mt-3 divide-y divide-slate-100">
          {view.milestones.map((m) => (
            <li key={m.kind} className="py-3" data-testid={`milestone-${m.kind}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">{t(`milestones.${m.kind}`)}</p>
                <span
                  className={`${badge} ${m.status === "held" ? "bg-emerald-100 text-emerald-900" : m.status === "scheduled" ? "bg-sky-100 text-sky-900" : "bg-slate-100 text-slate-700"}`}
                >
                  {m.status === "held"
                    ? t("milestones.heldOn", { date: day(m.heldAt) })
                    : m.status === "scheduled"
                      ? t("milestones.scheduledFor", { date: when(m.scheduledAt) })
                      : t("milestones.notScheduled")}
                </span>
              </div>
              <p className="text-xs text-slate-500">
                {t("milestones.with", { people: m.attendees.map((p) => name(personOf(p))).join(", ") })}
              </p>
              {(can.schedule.includes(m.kind) || can.hold.some((kind) => kind === m.kind)) && (
                <div className="mt-2 flex flex-wrap items-end gap-4">
                  {can.schedule.includes(m.kind) && (
                    <ScheduleMilestoneForm
                      missionId={view.id}
                      kind={m.kind}
                      current={m.scheduledAt ? instantToLocalTime(m.scheduledAt, timeZone) : ""}
                      timeZone={timeZone}
                    />
                  )}
                  {can.hold.some((kind) => kind === m.kind) && m.kind !== "midpoint_review" && (
                    <HoldMilestoneButton missionId={view.id} kind={m.kind} label={t(`milestones.hold.${m.kind}`)} />
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      {latest && (
        <section aria-labelledby="proposal" className={card}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="proposal" className={h2}>
              {t("proposal.title", { version: latest.version })}
            </h2>
            <span className={`${badge} bg-slate-100 text-slate-700`}>{t(`proposal.status.${latest.status}`)}</span>
          </div>
          <p className="mt-1 text-sm text-slate-600">{t("proposal.sentOn", { date: day(latest.createdAt) })}</p>
          <div className="mt-3">
            <ProposalTermsView terms={latest} />
          </div>
          <h3 className="mt-4 font-semibold">{t("proposal.reviews")}</h3>
          {latest.reviews.length === 0 ? (
            <p className="text-sm text-slate-600">{t("proposal.noReview")}</p>
          ) : (
            <ul className="mt-1 space-y-2">
              {latest.reviews.map((r) => (
                <li key={r.party} className="text-sm">
                  <span
                    className={`${badge} ${r.decision === "approved" ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"}`}
                  >
                    {t(`proposal.decision.${r.decision}`)}
                  </span>{" "}
                  {t("proposal.reviewBy", { name: r.name ?? "—", role: t(`party.${r.party}`), date: day(r.createdAt) })}
                  {r.comment && (
                    <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-400 pl-3 text-slate-700">
                      {r.comment}
                    </blockquote>
                  )}
                </li>
              ))}
            </ul>
          )}
          {view.proposals.length > 1 && (
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer font-medium text-slate-700">
                {t("proposal.earlier", { count: view.proposals.length - 1 })}
              </summary>
              <ul className="mt-2 space-y-4">
                {view.proposals.slice(1).map((p) => (
                  <li key={p.id} className="rounded border border-slate-200 p-3">
                    <p className="font-semibold">
                      {t("proposal.title", { version: p.version })} · {t(`proposal.status.${p.status}`)}
                    </p>
                    <ProposalTermsView terms={p} headingLevel={4} />
                    {p.reviews
                      .filter((r) => r.comment)
                      .map((r) => (
                        <blockquote
                          key={r.party}
                          className="mt-2 whitespace-pre-line border-l-4 border-amber-400 pl-3 text-slate-700"
                        >
                          {t("proposal.commentBy", { name: r.name ?? "—" })} {r.comment}
                        </blockquote>
                      ))}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      {view.contracts.length > 0 && (
        <section aria-labelledby="contract" className={card}>
          <h2 id="contract" className={h2}>
            {t("contract.title")}
          </h2>
          <ul className="mt-3 space-y-3">
            {view.contracts.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 p-3" data-testid={`contract-${c.status}`}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/missions/${view.id}/contract?version=${c.version}`}
                    className="font-semibold text-brand-700 underline"
                  >
                    {t("contract.version", { version: c.version })}
                  </Link>
                  <span
                    className={`${badge} ${c.status === "accepted" ? "bg-emerald-100 text-emerald-900" : c.status === "open" ? "bg-sky-100 text-sky-900" : "bg-slate-100 text-slate-600"}`}
                  >
                    {t(`contract.status.${c.status}`)}
                  </span>
                </div>
                <ul className="mt-2 text-sm text-slate-700">
                  {(["coachee", "sponsor", "coach"] as const).map((p) => {
                    const a = c.acceptances.find((x) => x.party === p);
                    return (
                      <li key={p}>
                        {a
                          ? `✓ ${t("contract.acceptedBy", { name: a.name ?? "—", role: t(`party.${p}`), date: day(a.acceptedAt) })}`
                          : `○ ${t("contract.awaiting", { name: name(personOf(p)), role: t(`party.${p}`) })}`}
                      </li>
                    );
                  })}
                </ul>
                {c.changesRequestedBy && (
                  <p className="mt-2 text-sm text-slate-700">
                    {t("contract.changesAsked", { role: t(`party.${c.changesRequestedBy}`) })}
                    {c.changesComment && (
                      <span className="block whitespace-pre-line border-l-4 border-amber-400 pl-3">
                        {c.changesComment}
                      </span>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.midpoint && (
        <section aria-labelledby="midpoint" className={card}>
          <h2 id="midpoint" className={h2}>
            {t("midpoint.title")}
          </h2>
          <p className="mt-2 font-medium">{t(`midpoint.outcome.${view.midpoint.decision}`)}</p>
          {view.midpoint.note && <p className="mt-1 whitespace-pre-line text-slate-700">{view.midpoint.note}</p>}
        </section>
      )}

      {view.indicators.length > 0 && (
        <section aria-labelledby="indicators" className={card}>
          <h2 id="indicators" className={h2}>
            {t("indicators.title")}
          </h2>
          <ol className="mt-3 space-y-3">
            {view.indicators.map((i) => (
              <li key={i.id} data-testid="indicator">
                <p className="font-medium">
                  {i.position}. {i.description}
                </p>
                {i.result ? (
                  <p className="mt-1 text-sm">
                    <span className={`${badge} ${RESULT_TONE[i.result]}`}>{t(`indicators.results.${i.result}`)}</span>
                    {i.evidence && <span className="ml-2 text-slate-700">{i.evidence}</span>}
                  </p>
                ) : (
                  <p className="mt-1 text-sm text-slate-500">{t("indicators.notEvaluated")}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {view.synthesis?.text && (!can.writeSynthesis || party !== "coachee") && (
        <section aria-labelledby="synthesis" className={card}>
          <h2 id="synthesis" className={h2}>
            {t("synthesis.title", { coachee })}
          </h2>
          {!view.synthesis.presentedAt && (
            <p className="mt-1 text-xs text-slate-500">{t("synthesis.draft", { sponsor })}</p>
          )}
          <h3 className="mt-3 font-semibold">{t("synthesis.synthesis")}</h3>
          <p className="mt-1 whitespace-pre-line text-slate-800">{view.synthesis.text}</p>
          <h3 className="mt-3 font-semibold">{t("synthesis.recommendations")}</h3>
          <p className="mt-1 whitespace-pre-line text-slate-800">{view.synthesis.recommendations}</p>
        </section>
      )}

      {view.followUp?.impact && (
        <section aria-labelledby="follow-up" className={card}>
          <h2 id="follow-up" className={h2}>
            {t("followUp.title")}
          </h2>
          <p className="mt-2">
            <span className={`${badge} bg-slate-100 text-slate-800`}>
              {t(`followUp.impacts.${view.followUp.impact}`)}
            </span>
          </p>
          <p className="mt-2 whitespace-pre-line text-slate-800">{view.followUp.note}</p>
          {(party === "coachee" || party === "coach") && (
            <p className="mt-1 text-xs text-slate-500">
              {view.followUp.shared ? t("request.sharedWith", { sponsor }) : t("request.notShared", { sponsor })}
            </p>
          )}
        </section>
      )}

      {(view.ending.refusalReason || view.ending.stopReason) && (
        <section aria-labelledby="ending" className={`${card} border-l-4 border-red-400`}>
          <h2 id="ending" className={h2}>
            {t("ending.title")}
          </h2>
          <h3 className="mt-2 font-semibold">{t("ending.reason")}</h3>
          <p className="whitespace-pre-line text-slate-800">{view.ending.refusalReason ?? view.ending.stopReason}</p>
          {view.ending.stopAlternatives && (
            <>
              <h3 className="mt-2 font-semibold">{t("ending.alternatives")}</h3>
              <p className="whitespace-pre-line text-slate-800">{view.ending.stopAlternatives}</p>
            </>
          )}
        </section>
      )}

      {view.sessions && (
        <section aria-labelledby="sessions" className={card}>
          <h2 id="sessions" className={h2}>
            {t("sessions.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("sessions.lead", { other: party === "coach" ? coachee : name(view.people.coach) })}
          </p>
          <p className="mt-2 font-medium">
            {t("sessions.progress", { done: view.sessions.completed, total: view.sessions.total })}
          </p>
          <p className="mt-2">
            <Link
              href={`/engagements/${view.sessions.engagementId}`}
              className="font-semibold text-brand-700 underline"
            >
              {t("sessions.open")}
            </Link>
          </p>
        </section>
      )}

      {view.checkIns && (can.createCheckIn || view.checkIns.length > 0) && (
        <section aria-labelledby="check-ins" className={card}>
          <h2 id="check-ins" className={h2}>
            {tc("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {tc("lead", { min: CALL_MINUTES.min, max: CALL_MINUTES.max, days: CHECK_IN_ANSWER_WORKING_DAYS })}
          </p>
          {can.createCheckIn && (
            <div className="mt-3">
              <CheckInForm missionId={view.id} coachName={name(view.people.coach)} />
            </div>
          )}
          {view.checkIns.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{tc("none")}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {view.checkIns.map((c) => (
                <li
                  key={c.id}
                  className={`rounded border p-3 ${c.state === "overdue" ? "border-red-300 bg-red-50" : "border-slate-200"}`}
                  data-testid={`check-in-${c.state}`}
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="text-sm font-medium">
                      {tc(`kinds.${c.kind}`)} · {tc("sentOn", { date: when(c.createdAt) })}
                    </p>
                    <span className={`${badge} ${CHECK_IN_TONE[c.state]}`}>
                      {tc(`states.${c.state}`, { date: when(c.dueAt) })}
                    </span>
                  </div>
                  <p className="mt-1 whitespace-pre-line text-slate-800">{c.body}</p>
                  {c.preferredTimes && (
                    <p className="mt-1 text-sm text-slate-600">
                      {tc("preferredTimesShown", { times: c.preferredTimes })}
                    </p>
                  )}
                  {c.answer ? (
                    <div className="mt-2 border-l-4 border-emerald-500 pl-3">
                      <p className="text-xs text-slate-500">{tc("answeredOn", { date: when(c.answeredAt) })}</p>
                      <p className="whitespace-pre-line text-slate-800">{c.answer}</p>
                    </div>
                  ) : (
                    can.answerCheckIns && (
                      <div className="mt-2">
                        <AnswerCheckInForm checkInId={c.id} />
                      </div>
                    )
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {(can.refuse || can.stop) && (
        <section aria-labelledby="coach-ending" className={card}>
          <h2 id="coach-ending" className="text-base font-semibold">
            {t("ending.coachTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t(can.refuse ? "ending.refuse.lead" : "ending.stop.lead")}</p>
          <div className="mt-3">
            <EndMissionForm missionId={view.id} kind={can.refuse ? "refuse" : "stop"} />
          </div>
        </section>
      )}
    </div>
  );
}
