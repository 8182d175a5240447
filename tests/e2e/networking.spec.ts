// A networking conversation, as the two colleagues see it: Julien (in French) opts in on
// /networking; Amina (in English) finds him there and asks for a conversation, with a message
// stating the shared interest (asking twice is refused in place); he accepts on /engagements; once
// the first meeting has taken place, she marks it held, both give the one-minute evaluation, and he
// says a second conversation is not needed: the conversation is complete. Both are the spec's own
// people (networking needs no role and no cohort: the seeded networking programme is only read).
import type { Locator } from "@playwright/test";
import { expect, msg, query, signedInPage, test } from "./fixtures";

const en = (key: string, values?: Record<string, string>) => msg("en", key, values);
const fr = (key: string, values?: Record<string, string>) => msg("fr", key, values);

/** Gives the one-minute evaluation in a session card's panel. */
async function evaluate(card: Locator, t: (key: string, values?: Record<string, string>) => string, stars: string) {
  const panel = card.getByRole("region", { name: t("feedback.panel.title") });
  await panel
    .getByRole("group", { name: t("feedback.panel.usefulness") })
    .getByRole("radio", { name: t("feedback.panel.star", { value: stars, label: t(`feedback.scale.${stars}`) }) })
    .check();
  await panel.getByRole("button", { name: t("feedback.panel.submit") }).click();
  await expect(panel.getByRole("status")).toHaveText(`✓ ${t("feedback.panel.sent")}`);
}

test("Julien opts in, Amina asks him for a conversation, he accepts; after the first meeting he finds a second one not needed", async ({
  browser,
  baseURL,
  make,
}) => {
  test.setTimeout(240_000);
  const julien = await make.staff("Julien Dubois", {
    preferredLanguage: "fr",
    timeZone: "Europe/Zurich",
    entityId: await make.entityId("UNOG"),
    dutyStationId: await make.dutyStationId("GVA"),
    languages: ["fr", "en"],
  });
  const amina = await make.staff("Amina Diallo", {
    roles: ["client"],
    timeZone: "America/New_York",
    entityId: await make.entityId("DPPA"),
    dutyStationId: await make.dutyStationId("NYC"),
    languages: ["en", "fr"],
  });
  const j = await signedInPage(browser, baseURL!, julien, "fr");
  const a = await signedInPage(browser, baseURL!, amina, "en");
  const topics =
    "Gérer une petite équipe à Genève, les conférences multilingues et la mobilité entre lieux d'affectation.";
  const firstFr = fr("sessionPlans.networking.first-meeting.title");
  const firstEn = en("sessionPlans.networking.first-meeting.title");
  try {
    // --- Julien opts in, in French -----------------------------------------------------------
    const jp = j.page;
    await jp.goto("/networking");
    await expect(jp.getByRole("heading", { level: 1, name: fr("networking.title") })).toBeVisible();
    const own = jp.getByRole("region", { name: fr("networking.own.title") });
    const form = own.getByRole("form", { name: fr("networking.own.title") });
    // Nothing said about the topics: refused in place, in French.
    await form.getByRole("button", { name: fr("networking.own.optIn") }).click();
    await expect(form.getByText(fr("errors.networkingTopicsRequired"))).toBeVisible();
    await form.getByLabel(fr("networking.own.topicsFr")).fill(topics);
    await form.getByRole("checkbox", { name: "anglais", exact: true }).check();
    await form.getByRole("button", { name: fr("networking.own.optIn") }).click();
    await expect(own.getByTestId("own-networking-status")).toHaveText(fr("networking.own.open"));

    // --- Amina finds him and asks, in English --------------------------------------------------
    const ap = a.page;
    await ap.goto("/networking");
    await ap
      .getByRole("search", { name: en("networking.filters.label") })
      .getByLabel(en("directory.filters.search"))
      .fill(julien.name);
    await ap.getByRole("button", { name: en("networking.filters.apply") }).click();
    await expect(ap).toHaveURL((url) => url.pathname === "/networking" && url.searchParams.get("q") === julien.name);
    await ap.getByRole("link", { name: en("networking.card.view", { name: julien.name }) }).click();
    await expect(ap.getByRole("heading", { level: 1 })).toHaveText(julien.name);
    await expect(ap.getByRole("region", { name: en("networking.profile.topics") })).toContainText(topics);
    const ask = ap.getByRole("form", { name: en("networking.ask.title") });
    const message =
      "We both work with multilingual conferences; I would like to hear how your team in Geneva organises them.";
    await ask.getByLabel(en("networking.ask.message")).fill(message);
    await expect(ask).toContainText(`${message.length} of 500 characters`);
    await ask.getByRole("button", { name: en("networking.ask.submit") }).click();
    await expect(ap.getByRole("status")).toContainText(en("networking.ask.sent", { name: julien.name }));
    // Asking again while the first request is open: refused in place, what she typed kept.
    await ap.reload();
    await ask.getByLabel(en("networking.ask.message")).fill(message);
    await ask.getByRole("button", { name: en("networking.ask.submit") }).click();
    await expect(ask.getByRole("alert")).toHaveText(en("errors.requestAlreadyOpenWith"));
    await expect(ask.getByLabel(en("networking.ask.message"))).toHaveValue(message);

    // --- Julien accepts on /engagements ---------------------------------------------------------
    await jp.goto("/engagements");
    const incoming = jp.getByRole("region", { name: fr("engagements.kinds.networking.providerTitle") });
    await expect(incoming).toContainText(message);
    await incoming.getByRole("button", { name: `${fr("engagements.coach.accept")} — ${amina.name}` }).click();
    await expect(incoming.getByText(message)).toHaveCount(0);
    const [engagement] = await query<{ id: string }>(
      `select e.id from "Engagement" e join "MatchingProfile" p on p.id = e."profileId" where p."userId" = $1 and p.kind = 'networking' and e.status = 'active'`,
      [julien.id],
    );
    const sessions = await query<{ id: string; stepKey: string }>(
      `select id, "stepKey" from "EngagementSession" where "engagementId" = $1 order by position`,
      [engagement.id],
    );
    expect(sessions.map((s) => s.stepKey)).toEqual(["networking.first-meeting", "networking.second-meeting"]);

    // --- the first meeting took place an hour ago (agreed by e-mail): Amina marks it held ----------
    await query(
      `update "EngagementSession" set status = 'scheduled', "startsAt" = now() - interval '1 hour', "timeZone" = 'Europe/Zurich', mode = 'video', location = 'https://meet.example.org/julien-amina' where id = $1`,
      [sessions[0].id],
    );
    await ap.goto(`/engagements/${engagement.id}`);
    await expect(ap.getByRole("heading", { name: en("networking.page.planTitle") })).toBeVisible();
    const hers = ap.locator(`#session-${sessions[0].id}`);
    await hers.getByRole("checkbox", { name: `${en("sessions.select")} — ${firstEn}` }).check();
    await ap
      .getByRole("form", { name: en("sessions.complete.label") })
      .getByRole("button", { name: en("sessions.complete.button") })
      .click();
    await expect(hers).toContainText(en("sessions.status.completed"));
    await evaluate(hers, en, "5");
    // Still running: the second meeting is decided, not assumed.
    const herPanel = ap.getByRole("region", { name: en("networking.second.title") });
    await expect(herPanel).toBeVisible();

    // --- Julien evaluates too, then finds a second conversation not needed ----------------------
    await jp.goto(`/engagements/${engagement.id}`);
    const his = jp.locator(`#session-${sessions[0].id}`);
    await expect(his.getByRole("heading", { name: firstFr })).toBeVisible();
    await evaluate(his, fr, "4");
    const panel = jp.getByRole("region", { name: fr("networking.second.title") });
    await panel.getByRole("button", { name: fr("networking.second.no") }).click();
    await expect(panel).toContainText(fr("networking.second.noWarn", { name: amina.name }));
    await panel.getByRole("button", { name: fr("networking.second.confirmNo") }).click();
    await expect(jp.getByTestId("next-step")).toContainText(fr("networking.page.allDone"));
    await expect(panel).toHaveCount(0);
    await expect(jp.locator(`#session-${sessions[1].id}`)).toContainText(fr("sessions.status.cancelled"));
    // A conversation has no closing evaluation.
    await expect(jp.getByTestId("closing-evaluation-panel")).toHaveCount(0);

    // --- Amina sees it complete, in English; she was told by e-mail -----------------------------
    await ap.reload();
    await expect(ap.getByTestId("next-step")).toContainText(en("networking.page.allDone"));
    await expect(ap.getByRole("region", { name: en("networking.second.title") })).toHaveCount(0);
    const [told] = await query<{ subject: string }>(
      `select subject from "OutboxEmail" where "to" = $1 and kind = 'networking-second-not-needed' order by "createdAt" desc limit 1`,
      [amina.email],
    );
    expect(told.subject).toBe(en("networking.email.secondNotNeeded.subject", { name: julien.name }));
    const [status] = await query<{ status: string }>(`select status from "Engagement" where id = $1`, [engagement.id]);
    expect(status.status).toBe("completed");
  } finally {
    await Promise.all([j.context.close(), a.context.close()]);
  }
});
