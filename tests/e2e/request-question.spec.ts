// A question before answering a request, as the two people see it: Amina (client, in English)
// asks Carlos; Carlos (coach, in French) asks her a question instead of answering at once — his
// deadline pauses; Amina sees the question on her request card and replies; Carlos sees the reply
// beside the request and accepts. Both pages are axe-clean in both languages. The programme,
// cohort and people are the test's own.
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { chooseLanguage, expect, msg, named, outboxEmailsTo, signedInPage, test } from "./fixtures";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const prefixOf = (locale: "en" | "fr", key: string, values?: Record<string, string>) =>
  msg(locale, key, values).split("{")[0].trim();
const axeClean = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

test("the coach asks a question before answering, the client replies, the coach accepts", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(180_000);
  const programme = await make.programme({ nameEn: named("UN Peer Coaching Programme") });
  const cohort = await make.cohort({ programmeId: programme.id });
  const amina = await make.staff("Amina Diallo", { roles: ["client"], enrolIn: cohort.id });
  const carlos = await make.coach({ name: named("Carlos Mendes"), preferredLanguage: "fr" });
  const t = (key: string, values?: Record<string, string>) => msg("en", key, values);
  const tf = (key: string, values?: Record<string, string>) => msg("fr", key, values);
  const tag = randomBytes(3).toString("hex");
  const message = `I lead a new team and would like to work on delegating. (${tag})`;
  const question = `Souhaitez-vous vous concentrer sur la délégation ou aussi sur le feedback ? (${tag})`;
  const reply = `Mostly delegation, and giving feedback to two senior colleagues. (${tag})`;
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const c = await signedInPage(browser, baseURL!, carlos, "fr");
  const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name), fullPage: true });
  try {
    // --- Amina asks Carlos ------------------------------------------------------------------
    const p = a.page;
    await p.goto(`/requests/new?coach=${carlos.profileId}`);
    const form = p.getByRole("form", { name: t("requests.title") });
    await form.getByLabel(t("requests.message")).fill(message);
    await form.getByRole("button", { name: t("requests.submit") }).click();
    await expect(p).toHaveURL((url) => url.pathname === "/engagements");
    const mine = () => p.getByTestId("my-request").getByRole("listitem").filter({ hasText: carlos.name });
    await expect(mine()).toContainText(prefixOf("en", "engagements.client.choice.pending"));

    // --- Carlos, in French, asks a question -------------------------------------------------
    const cp = c.page;
    await cp.goto("/engagements");
    const incoming = cp.getByTestId("incoming-request").filter({ hasText: amina.name });
    await expect(incoming).toContainText(message);
    await incoming.getByRole("button", { name: tf("requestQuestions.ask") }).click();
    const ask = incoming.getByRole("form", { name: tf("requestQuestions.ask") });
    await expect(ask).toContainText(tf("requestQuestions.askHint", { max: "3", left: "3" }));
    // An empty question is refused beside the field, in French.
    await ask.getByRole("button", { name: tf("requestQuestions.send") }).click();
    await expect(ask).toContainText(tf("errors.questionRequired"));
    await ask.getByLabel(tf("requestQuestions.askLabel", { name: amina.name })).fill(question);
    await ask.getByRole("button", { name: tf("requestQuestions.send") }).click();
    await expect(incoming.getByTestId("question-thread")).toContainText(question);
    await expect(incoming).toContainText(prefixOf("fr", "requestQuestions.waitingForReply", { name: amina.name }));
    await expect(incoming).toContainText(tf("requestQuestions.noReplyYet"));
    // While the question waits, no second one; accepting and declining stay possible.
    await expect(incoming.getByRole("button", { name: tf("requestQuestions.ask") })).toHaveCount(0);
    await expect(
      incoming.getByRole("button", { name: `${tf("engagements.coach.accept")} — ${amina.name}` }),
    ).toBeVisible();
    await axeClean(cp);
    await shot(cp, "coach-fr-question-waiting.png");

    // Amina is told by e-mail, in her language, with the question.
    await expect
      .poll(async () => (await outboxEmailsTo(amina.email)).map((e) => e.subject))
      .toContain(t("email.requestQuestions.asked.subject", { coach: carlos.name }));

    // --- Amina sees the question on her request card, in both languages, and replies ---------
    await p.goto("/engagements");
    await expect(mine()).toContainText(t("requestQuestions.pausedBadge"));
    await expect(mine().getByTestId("question-thread")).toContainText(question);
    await axeClean(p);
    await shot(p, "client-en-question.png");
    await chooseLanguage(a.context, baseURL!, "fr");
    await p.reload();
    await expect(mine()).toContainText(tf("requestQuestions.pausedBadge"));
    await axeClean(p);
    await shot(p, "client-fr-question.png");
    await chooseLanguage(a.context, baseURL!, "en");
    await p.reload();
    await mine()
      .getByLabel(t("requestQuestions.replyLabel", { name: carlos.name }))
      .fill(reply);
    await mine()
      .getByRole("button", { name: t("requestQuestions.sendReply") })
      .click();
    await expect(mine().getByTestId("question-thread")).toContainText(reply);
    await expect(mine()).toContainText(prefixOf("en", "engagements.client.choice.pending"));
    await expect(mine().getByRole("button", { name: t("requestQuestions.sendReply") })).toHaveCount(0);

    // --- Carlos sees the reply beside the request, then accepts -------------------------------
    await cp.reload();
    await expect(incoming.getByTestId("question-thread")).toContainText(reply);
    await expect(incoming).toContainText(tf("requestQuestions.replied", { name: amina.name }));
    await expect(incoming).toContainText(prefixOf("fr", "engagements.coach.due"));
    await expect(incoming.getByRole("button", { name: tf("requestQuestions.ask") })).toBeVisible();
    await axeClean(cp);
    await shot(cp, "coach-fr-replied.png");
    await chooseLanguage(c.context, baseURL!, "en");
    await cp.reload();
    await expect(incoming).toContainText(t("requestQuestions.replied", { name: amina.name }));
    await axeClean(cp);
    await shot(cp, "coach-en-replied.png");
    await chooseLanguage(c.context, baseURL!, "fr");
    await cp.reload();
    await incoming.getByRole("button", { name: `${tf("engagements.coach.accept")} — ${amina.name}` }).click();
    await expect(cp.getByTestId("incoming-request").filter({ hasText: amina.name })).toHaveCount(0);
    await expect(
      cp
        .getByRole("region", { name: tf("engagements.active.title") })
        .getByTestId("engagement-active")
        .filter({ hasText: amina.name }),
    ).toHaveCount(1);
    await expect
      .poll(async () => (await outboxEmailsTo(carlos.email)).map((e) => e.subject))
      .toContain(tf("email.requestQuestions.answered.subject", { client: amina.name }));
  } finally {
    await a.context.close();
    await c.context.close();
  }
});
