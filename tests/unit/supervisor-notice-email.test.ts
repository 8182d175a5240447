// The courtesy e-mail a coach or mentor sends their supervisor: who, the role, the time it takes
// (from the session plans), that no approval is needed; in English and in French.
import { describe, expect, it } from "vitest";
import { COACHING_FIGURES, SESSION_PLANS } from "@/lib/domain/session-plans";
import { roleTimeFigures, supervisorNoticeEmail } from "@/lib/email/supervisor-notice-email";

const person = { name: "Carlos Mendes", email: "carlos.mendes@un.org" };
const programme = { nameEn: "Together Mentoring Programme", nameFr: "Programme de mentorat Ensemble" };

describe("the time a role takes", () => {
  it("adds up the coaching plan: an introduction and five monthly sessions of 45 minutes", () => {
    const f = roleTimeFigures(SESSION_PLANS.coaching);
    expect(f).toMatchObject({ ...COACHING_FIGURES, sessions: 5, minutes: 45, unit: "month", every: 1 });
    expect(f.hours).toBe(4.5);
    expect(f.months).toBe(5);
  });

  it("adds up the mentoring plan: nine sessions of an hour, about every two weeks", () => {
    const f = roleTimeFigures(SESSION_PLANS.mentoring);
    expect(f).toMatchObject({ total: 9, minutes: 60, unit: "week", every: 2, hours: 9, months: 4 });
  });
});

describe("the courtesy e-mail to a coach's or mentor's supervisor", () => {
  it("tells an English-speaking supervisor about a coach: the role, 1 to 3 clients, the sessions, supervision", () => {
    const mail = supervisorNoticeEmail(
      { to: "boss@un.org", name: "Sam Taylor", locale: "en" },
      { person, role: "coach", capacity: 2, programme: null },
    );
    expect(mail).toMatchObject({ kind: "supervisor-informed", to: "boss@un.org" });
    expect(mail.subject).toBe("For your information: Carlos Mendes volunteers as a peer coach");
    expect(mail.text).toContain("Hello Sam Taylor,");
    expect(mail.text).toContain("Carlos Mendes (carlos.mendes@un.org) has volunteered as a coach");
    expect(mail.text).toContain("between 1 and 3 clients at a time; Carlos Mendes has offered to take 2 clients.");
    expect(mail.text).toContain(
      "an introduction meeting, then 5 sessions of 45 minutes, one a month: about 4.5 hours per client, spread over about 5 months.",
    );
    expect(mail.text).toContain("monthly online supervision session");
    expect(mail.text).toContain("Your approval is not required.");
    expect(mail.html).toContain("<p>Your approval is not required.");
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/[{}]/);
  });

  it("writes the same to a French-speaking supervisor, greeted without a name when unknown", () => {
    const mail = supervisorNoticeEmail(
      { to: "cheffe@un.org", name: null, locale: "fr" },
      { person, role: "coach", capacity: 1, programme: null },
    );
    expect(mail.subject).toBe("Pour information : Carlos Mendes est coach bénévole");
    expect(mail.text).toMatch(/^Bonjour,\n/);
    expect(mail.text).toContain("entre 1 et 3 clients à la fois ; Carlos Mendes s'est proposé·e pour 1 client.");
    expect(mail.text).toContain(
      "une réunion d'introduction, puis 5 séances de 45 minutes, une par mois : environ 4,5 heures par client, réparties sur environ 5 mois.",
    );
    expect(mail.text).toContain("séance de supervision en ligne");
    expect(mail.text).toContain("Votre approbation n'est pas requise.");
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/[{}]/);
  });

  it("tells a supervisor about a mentor and the nine-session programme, in both languages", () => {
    const en = supervisorNoticeEmail(
      { to: "boss@un.org", name: null, locale: "en" },
      { person, role: "mentor", capacity: 3, programme },
    );
    expect(en.subject).toBe("For your information: Carlos Mendes volunteers as a mentor");
    expect(en.text).toContain("has volunteered as a mentor in the Together Mentoring Programme");
    expect(en.text).toContain("offered to mentor 3 colleagues at a time.");
    expect(en.text).toContain(
      "a programme of 9 themed sessions of 60 minutes, about one every 2 weeks: about 9 hours per mentee, spread over about 4 months.",
    );
    expect(en.text).not.toContain("supervision session");
    expect(en.text).toContain("Your approval is not required.");

    const fr = supervisorNoticeEmail(
      { to: "cheffe@un.org", name: "Awa Ndiaye", locale: "fr" },
      { person, role: "mentor", capacity: 1, programme },
    );
    expect(fr.subject).toBe("Pour information : Carlos Mendes est mentor bénévole");
    expect(fr.text).toContain("Bonjour Awa Ndiaye,");
    expect(fr.text).toContain("comme mentor dans le Programme de mentorat Ensemble");
    expect(fr.text).toContain("accompagner 1 collègue à la fois.");
    expect(fr.text).toContain(
      "un programme de 9 séances thématiques de 60 minutes, environ une toutes les 2 semaines : environ 9 heures par personne, réparties sur environ 4 mois.",
    );
    expect(fr.text).toContain("Votre approbation n'est pas requise.");
    for (const mail of [en, fr]) expect(`${mail.subject}\n${mail.text}`).not.toMatch(/[{}]/);
  });

  it("names a person without a name by their address", () => {
    const mail = supervisorNoticeEmail(
      { to: "boss@un.org", name: null, locale: "en" },
      { person: { name: null, email: "x@un.org" }, role: "mentor", capacity: 1, programme: null },
    );
    expect(mail.subject).toBe("For your information: x@un.org volunteers as a mentor");
    expect(mail.text).toContain("x@un.org has volunteered as a mentor and asked us");
  });
});
