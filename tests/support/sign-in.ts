// Server actions and route handlers outside Next.js: they read the request's cookies and headers,
// translate their answers and revalidate pages. installRequestScope() gives them a request of the
// test's own (call it before importing them; setUpApp({ requests: true }) does); signIn() then
// signs a person in the way a browser is: a database session row, and its token in the
// request's session cookie — so getCurrentUser(), runAction and the routes find the person as
// they would in a request, disabled people and expired sessions included.
import { vi } from "vitest";
import type { Db } from "../../lib/db/client";
import { createSession, sessionCookieName } from "../../lib/server/auth/sessions";

/** The cookies and headers of the request the next action or route call runs in. */
export const request = { cookies: new Map<string, string>(), headers: new Headers() };

function cookieStore() {
  const entry = (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined);
  return {
    get: (name: string | { name: string }) => entry(typeof name === "string" ? name : name.name),
    getAll: () => [...request.cookies.keys()].map((name) => entry(name)!),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string) => request.cookies.delete(name),
  };
}

let installed = false;
/**
 * Mocks what only exists inside a Next.js request: cookies() and headers() read `request`;
 * getTranslations() uses the app's own request configuration (i18n/request.ts: the language
 * cookie, then the signed-in person's language, then Accept-Language); revalidatePath() does
 * nothing. Affects the modules imported after it.
 */
export function installRequestScope(): void {
  if (installed) return;
  installed = true;
  vi.doMock("next/headers", () => ({
    cookies: async () => cookieStore(),
    headers: async () => request.headers,
  }));
  vi.doMock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
  vi.doMock("next-intl/server", async () => {
    const { createTranslator } = await import("next-intl");
    const requestConfig = async () => {
      const { default: config } = await import("../../i18n/request");
      return config({ requestLocale: Promise.resolve(undefined) } as never);
    };
    return {
      getRequestConfig: <T>(create: T) => create,
      getLocale: async () => (await requestConfig()).locale,
      getTranslations: async (namespace?: string) => {
        const { locale, messages } = await requestConfig();
        return createTranslator({ locale: locale!, messages: messages as never, namespace: namespace as never });
      },
    };
  });
}

/** Signs `person` in for the calls that follow (a new database session); returns its token. */
export async function signIn(prisma: Pick<Db, "session">, person: { id: string }): Promise<string> {
  const { sessionToken } = await createSession(prisma, person.id);
  request.cookies.set(sessionCookieName(), sessionToken);
  return sessionToken;
}

/** Forgets the session cookie (the session row stays, as when a browser drops its cookie). */
export function signOut(): void {
  request.cookies.delete(sessionCookieName());
}

/** A new request: no cookies, no headers. */
export function resetRequest(): void {
  request.cookies.clear();
  request.headers = new Headers();
}
