// The browser receives only part of the catalogue (lib/i18n/client-messages.ts): every namespace a
// client component translates with must be part of it, in both languages, or the page would show
// message keys instead of text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { CLIENT_NAMESPACES, clientMessages, pickMessages } from "@/lib/i18n/client-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Calls of useTranslations whose namespace is not written out, with the namespaces they may take. */
const COMPUTED_NAMESPACES: Record<string, string[]> = {
  // RequestNamespace: the coach request form and the mentor request form.
  "components/requests/request-form.tsx": ["requests", "mentorRequests"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

/** Every namespace useTranslations is called with in the app's sources, with the file calling it. */
function namespacesUsed() {
  const used: { file: string; namespace: string }[] = [];
  const computed: string[] = [];
  for (const file of ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const rel = path.relative(ROOT, file);
    for (const call of readFileSync(file, "utf8").matchAll(/\buseTranslations\(\s*([^)]*?)\s*\)/g)) {
      const literal = /^["'`]([\w.]+)["'`]$/.exec(call[1]);
      if (literal) used.push({ file: rel, namespace: literal[1] });
      else if (COMPUTED_NAMESPACES[rel])
        used.push(...COMPUTED_NAMESPACES[rel].map((namespace) => ({ file: rel, namespace })));
      else computed.push(`${rel}: useTranslations(${call[1]})`);
    }
  }
  return { used, computed };
}

const covered = (namespace: string) => CLIENT_NAMESPACES.some((n) => namespace === n || namespace.startsWith(`${n}.`));

describe("the messages sent to the browser", () => {
  it("cover every namespace that a component translates with through useTranslations", () => {
    const { used, computed } = namespacesUsed();
    expect(used.length).toBeGreaterThan(20);
    // A namespace worked out at run time: list what it may be in COMPUTED_NAMESPACES above.
    expect(computed).toEqual([]);
    const missing = used
      .filter((u) => !covered(u.namespace))
      .map((u) => `${u.file}: "${u.namespace}" (add it to CLIENT_NAMESPACES)`);
    expect(missing).toEqual([]);
  });

  it("name parts of the catalogue that exist in both languages", () => {
    for (const n of CLIENT_NAMESPACES) {
      expect(Object.keys(pickMessages(en, [n])), `${n} in en.json`).not.toEqual([]);
      expect(Object.keys(pickMessages(fr, [n])), `${n} in fr.json`).not.toEqual([]);
    }
  });

  it("carry those namespaces whole, and leave the server-only ones out", () => {
    const sent = clientMessages(en) as typeof en;
    expect(sent.errors).toEqual(en.errors);
    expect(sent.sessions.propose).toEqual(en.sessions.propose);
    expect(sent.missions.request).toEqual(en.missions.request);
    expect(sent).not.toHaveProperty("dashboard");
    expect(sent).not.toHaveProperty("email");
    expect(sent).not.toHaveProperty("sessionPlans");
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(en).length * 0.6);
  });
});
