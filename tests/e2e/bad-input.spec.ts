// Bad input as an attacker (or a broken client) sends it to the built app: malformed addresses,
// control characters in ids, ids that name nothing, foreign or missing origins, oversized and
// undecodable bodies, odd headers and methods. Each gets the answer it should — 400, 403, 404,
// 413, or the page or refusal a person would get — and none gets a 500. The pages a person may
// see are in their language.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, msg, query, test } from "./fixtures";

const DIST_DIR = process.env.BINOME_DIST_DIR || ".next-e2e";

type Case = {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** Signed in as the spec's own client unless false. */
  signedIn?: boolean;
  status: number;
  /** Text the answer must contain (what the person or the form reads). */
  says?: string;
};

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest.node as Record<string, { exportedName?: string }>).find(
    ([, a]) => a.exportedName === name,
  );
  if (!found) throw new Error(`No action ${name} in the build`);
  return found[0];
}

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

test("malformed addresses, ids, headers and bodies get a 400, 403, 404 or 413 — never a 500", async ({
  baseURL,
  make,
}) => {
  test.setTimeout(240_000);
  const base = baseURL!;
  // A client of the test's own, signed in through a database session of an hour.
  const amina = await make.staff("Amina Diallo", { roles: ["client"] });
  const token = randomBytes(32).toString("hex");
  await query(
    `insert into "Session" (id, "sessionToken", "userId", expires) values ($1, $2, $3, now() + interval '1 hour')`,
    [`e2e_bad_${token.slice(0, 12)}`, token, amina.id],
  );
  const note = actionId("saveSessionNoteAction");
  const propose = actionId("proposeSessionTimeAction");
  const action = (id: string, body: Case["body"], contentType?: string, extra: Record<string, string> = {}) => ({
    method: "POST",
    path: "/engagements",
    headers: {
      "next-action": id,
      origin: base,
      ...(contentType ? { "content-type": contentType } : {}),
      ...extra,
    },
    body,
  });
  const text = "text/plain;charset=UTF-8";
  const big = new Uint8Array(13 * 1024 * 1024);
  const fr = { cookie: "NEXT_LOCALE=fr" };

  const cases: Case[] = [
    // --- %-escapes that do not decode: 400, in the person's language ---------------------------
    ...[
      "/engagements/%E0%A4%A",
      "/coaches/%E0%A4%A",
      "/programmes/%E0%A4%A",
      "/mentors/%",
      "/missions/%ZZ",
      "/networking/%E0",
      "/hr/credentials/%C3%28",
      "/admin/cohorts/%FF/edit",
      "/api/files/credentials/%E0%A4%A",
      "/api/files/photos/%",
      "/engagements/%E0%A4%A/attestation",
      "/admin/programmes/%80",
      "/api/auth/signin/%E0",
      "/%E0%A4%A",
    ].map((p) => ({ name: `malformed ${p}`, path: p, status: 400, says: msg("en", "errors.badRequestTitle") })),
    {
      name: "malformed, in French",
      path: "/coaches/%E0%A4%A",
      headers: fr,
      status: 400,
      says: msg("fr", "errors.badRequestTitle"),
    },
    // --- control characters in an id: no such record, 404 --------------------------------------
    ...[
      "/api/files/credentials/%00",
      "/api/files/photos/%00",
      "/admin/cohorts/%00/csv/sessions",
      "/engagements/%00",
      "/coaches/%00",
      "/mentors/%0A",
      "/missions/%1F",
      "/programmes/%7F",
      "/networking/%0D%0A",
      "/hr/credentials/%00",
      "/engagements/abc%00def/attestation",
      "/dev/outbox/%00",
      "/api/auth/%00",
    ].map((p) => ({ name: `control character ${p}`, path: p, status: 404, says: msg("en", "notFound.title") })),
    { name: "NUL, in French", path: "/engagements/%00", headers: fr, status: 404, says: msg("fr", "notFound.title") },
    // --- ids that name nothing (or nothing Amina may see) ----------------------------------------
    { name: "unknown document", path: "/api/files/credentials/nope", status: 404, says: msg("en", "errors.notFound") },
    { name: "unknown photo", path: "/api/files/photos/nope", status: 404 },
    { name: "SQL in a document id", path: "/api/files/credentials/%27%20or%201%3D1%20--", status: 404 },
    { name: "overlong photo id", path: `/api/files/photos/${"x".repeat(65)}`, status: 404 },
    { name: "a path in a document id", path: "/api/files/credentials/..%2F..%2Fetc%2Fpasswd", status: 404 },
    { name: "a path in an engagement id", path: "/engagements/..%2F..%2Fetc%2Fpasswd", status: 404 },
    { name: "unknown engagement", path: "/engagements/does-not-exist", status: 404, says: msg("en", "notFound.title") },
    { name: "unknown coach", path: "/coaches/does-not-exist", status: 404 },
    { name: "unknown mission", path: "/missions/nope", status: 404 },
    { name: "unknown colleague", path: "/networking/nope", status: 404 },
    { name: "unknown programme", path: "/programmes/nope", status: 404 },
    { name: "unknown attestation", path: "/engagements/nope/attestation", status: 404 },
    { name: "unknown invitation", path: "/engagements/nope/sessions/nope/ics", status: 404 },
    { name: "HR's review, not HR", path: "/hr/credentials/nope", status: 403 },
    { name: "a cohort's figures, not an admin", path: "/admin/cohorts/nope/csv/sessions", status: 403 },
    { name: "a document, signed out", path: "/api/files/credentials/nope", signedIn: false, status: 401 },
    // --- query strings are read leniently ---------------------------------------------------------
    { name: "malformed filters", path: "/coaches?languages=%E0%A4%A&q=%00", status: 200 },
    { name: "a 5000-character search", path: `/coaches?q=${"x".repeat(5000)}`, status: 200 },
    { name: "malformed callbackUrl", path: "/signin?callbackUrl=%E0%A4%A", signedIn: false, status: 200 },
    // --- where a server action comes from: 403 ----------------------------------------------------
    {
      name: "action without Origin",
      ...action(note, "[]", text, { origin: "" }),
      status: 403,
      says: msg("en", "errors.originRefused"),
    },
    { name: "action from another site", ...action(note, "[]", text, { origin: "http://evil.example" }), status: 403 },
    { name: "action with Origin null", ...action(note, "[]", text, { origin: "null" }), status: 403 },
    { name: "action with a malformed Origin", ...action(note, "[]", text, { origin: "garbage" }), status: 403 },
    { name: "action from another port", ...action(note, "[]", text, { origin: "http://localhost:1" }), status: 403 },
    {
      name: "form post (no script) from another site",
      method: "POST",
      path: "/engagements",
      headers: { origin: "http://evil.example" },
      body: form({ [`$ACTION_ID_${note}`]: "" }),
      status: 403,
      says: msg("en", "forbidden.title"),
    },
    {
      name: "form post (no script) without Origin",
      method: "POST",
      path: "/engagements",
      body: form({ [`$ACTION_ID_${note}`]: "" }),
      status: 403,
    },
    // --- bodies -----------------------------------------------------------------------------------
    { name: "13 MB to an action", ...action(note, big, text), status: 413 },
    {
      name: "13 MB to the sign-in form",
      method: "POST",
      path: "/api/auth/signin/email",
      body: big,
      signedIn: false,
      status: 413,
      says: msg("en", "errors.payloadTooLargeTitle"),
    },
    { name: "13 MB to a page", method: "POST", path: "/about", body: big, status: 413 },
    { name: "action body not JSON", ...action(note, "garbage{", text), status: 400 },
    { name: "action body a JSON object", ...action(note, '{"not":"arguments"}', text), status: 400 },
    { name: "action body empty", ...action(note, "", text), status: 400 },
    { name: "action body without a type", ...action(note, "garbage{"), status: 400 },
    { name: "action reference to a missing part", ...action(note, '["$Q1"]', text), status: 400 },
    {
      name: "action nested 20,000 levels",
      ...action(note, `[${"[".repeat(20000)}${"]".repeat(20000)}]`, text),
      status: 400,
    },
    {
      name: "action multipart that does not parse",
      ...action(note, "nonsense", "multipart/form-data; boundary=zzz"),
      status: 400,
    },
    { name: "action multipart without its arguments", ...action(note, form({ x: "1" })), status: 400 },
    { name: "action multipart arguments not JSON", ...action(note, form({ "0": "garbage{" })), status: 400 },
    { name: "action id garbage", ...action("garbage", "[]", text), status: 400 },
    {
      name: "action with values of the wrong types: the form's refusal",
      ...action(note, '[{"sessionId":5,"body":null}]', text),
      status: 200,
      says: msg("en", "errors.invalidInput"),
    },
    {
      name: "action with a NUL in an id: the form's refusal",
      ...action(note, '[{"sessionId":"\\u0000","body":"x"}]', text),
      status: 200,
      says: msg("en", "errors.invalidInput"),
    },
    {
      name: "a session on 31 December 9999: refused beside the time field",
      ...action(
        propose,
        JSON.stringify([
          {
            sessionId: "s1",
            startsAtLocal: "9999-12-31T10:00",
            timeZone: "Europe/Zurich",
            mode: "video",
            location: "https://meet.example.org/a",
          },
        ]),
        text,
      ),
      status: 200,
      says: msg("en", "errors.sessionTimeTooFar"),
    },
    // --- headers and methods ----------------------------------------------------------------------
    { name: "Accept-Language garbage", path: "/", headers: { "accept-language": "*;q=abc,,;;q=" }, status: 200 },
    { name: "an unknown language cookie", path: "/", headers: { cookie: "NEXT_LOCALE=xx" }, status: 200 },
    {
      name: "a session cookie that names no session",
      path: "/",
      headers: { cookie: `next-auth.session-token=${"z".repeat(300)}` },
      signedIn: false,
      status: 200,
      says: msg("en", "landing.title"),
    },
    { name: "a 20 KB cookie", path: "/", headers: { cookie: `junk=${"a".repeat(20_000)}` }, status: 431 },
    { name: "OPTIONS", method: "OPTIONS", path: "/", status: 400 },
    { name: "PATCH a photo", method: "PATCH", path: "/api/files/photos/x", status: 405 },
    { name: "POST a photo", method: "POST", path: "/api/files/photos/x", headers: { origin: base }, status: 405 },
    {
      name: "a sign-in request whose body is not a form",
      method: "POST",
      path: "/api/auth/signin/email",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "%%%",
      signedIn: false,
      status: 302,
    },
    {
      name: "a sign-in link with a NUL token",
      path: "/api/auth/callback/email?token=%00&email=x",
      signedIn: false,
      status: 302,
    },
  ];
  expect(cases.length).toBeGreaterThanOrEqual(60);

  const results: string[] = [];
  for (const c of cases) {
    const { origin, cookie, ...headers } = c.headers ?? {};
    const cookies = [c.signedIn === false ? "" : `next-auth.session-token=${token}`, cookie ?? ""].filter(Boolean);
    const response = await fetch(`${base}${c.path}`, {
      method: c.method ?? "GET",
      redirect: "manual",
      headers: {
        ...headers,
        ...(origin ? { origin } : {}),
        ...(cookies.length ? { cookie: cookies.join("; ") } : {}),
      },
      body: c.body as BodyInit | undefined,
    });
    const body = await response.text();
    results.push(`${response.status} ${c.name}`);
    expect.soft(response.status, `${c.name}: ${body.slice(0, 200)}`).toBe(c.status);
    if (c.says) expect.soft(body, c.name).toContain(c.says);
  }
  expect(results.filter((r) => r.startsWith("500"))).toEqual([]);
});
