// Which namespaces of the catalogue each page of the app translates with through useTranslations,
// found by following the imports from its page.tsx (static imports and re-exports, `@/` paths and
// relative ones) through every module it reaches. Only modules that run in the browser need the
// messages there: a module marked "use client", and every module it imports (whatever it is,
// React bundles it for the browser). A module without the mark imported by a server component is
// a server component there, and translates on the server with the whole catalogue. Used by
// tests/unit/client-messages.test.ts to check lib/i18n/client-messages.ts's SEGMENT_NAMESPACES and
// SHELL_MESSAGES.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Calls of useTranslations whose namespace is not written out, with the namespaces they may take. */
export const COMPUTED_NAMESPACES: Record<string, string[]> = {
  // RequestNamespace: the coach request form and the mentor request form.
  "components/requests/request-form.tsx": ["requests", "mentorRequests"],
};

export type Use = { file: string; namespace: string };

/** The namespaces one file calls useTranslations with; unknown computed calls are returned apart. */
export function translationsOf(rel: string): { used: Use[]; computed: string[] } {
  const used: Use[] = [];
  const computed: string[] = [];
  for (const call of readFileSync(path.join(ROOT, rel), "utf8").matchAll(/\buseTranslations\(\s*([^)]*?)\s*\)/g)) {
    const literal = /^["'`]([\w.]+)["'`]$/.exec(call[1]);
    if (literal) used.push({ file: rel, namespace: literal[1] });
    else if (COMPUTED_NAMESPACES[rel])
      used.push(...COMPUTED_NAMESPACES[rel].map((namespace) => ({ file: rel, namespace })));
    else computed.push(`${rel}: useTranslations(${call[1]})`);
  }
  return { used, computed };
}

function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(path.join(ROOT, from)), specifier);
  else return undefined; // a package
  for (const candidate of [
    base,
    `${base}.tsx`,
    `${base}.ts`,
    path.join(base, "index.tsx"),
    path.join(base, "index.ts"),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate))
      return path.relative(ROOT, candidate);
  return undefined;
}

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/g;

/** The modules of the app that `file` imports (type-only imports left out). */
function importsOf(file: string): string[] {
  return [...readFileSync(path.join(ROOT, file), "utf8").matchAll(IMPORT)]
    .filter((m) => !/^(?:import|export)\s+type\s/.test(m[0]))
    .flatMap((m) => resolve(file, m[1]) ?? []);
}

/** Whether the module starts with the "use client" directive (after comments). */
export function marksClient(file: string): boolean {
  const source = readFileSync(path.join(ROOT, file), "utf8").replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use client["']/.test(source);
}

/**
 * The modules of the app reached from `entries` by imports, each with where it runs: in the
 * browser once a "use client" module is crossed, on the server before.
 */
export function reachable(entries: string[]): { file: string; client: boolean }[] {
  const seen = new Map<string, boolean>();
  const queue = entries.map((file) => ({ file, client: marksClient(file) }));
  while (queue.length) {
    const { file, client } = queue.pop()!;
    // A module seen on the server may still be reached from the browser: look at it again then.
    if (seen.has(file) && (seen.get(file) || !client)) continue;
    seen.set(file, client);
    for (const target of importsOf(file)) queue.push({ file: target, client: client || marksClient(target) });
  }
  return [...seen].map(([file, client]) => ({ file, client }));
}

/** The namespaces translated with in the browser by the modules reached from `entries`. */
export function namespacesReached(entries: string[]): Use[] {
  return reachable(entries)
    .filter((m) => m.client)
    .flatMap((m) => translationsOf(m.file).used);
}

/** The app's pages: route ("/engagements/[id]") → its page.tsx (relative to the project). */
export function pages(dir = "app", prefix = ""): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") found[prefix || "/"] = path.join(dir, entry.name);
    else if (entry.isDirectory() && entry.name !== "api")
      Object.assign(found, pages(path.join(dir, entry.name), `${prefix}/${entry.name}`));
  }
  return found;
}

/** Source files under app/, components/ and lib/ (generated code left out). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(path.join(ROOT, p)).isDirectory())
      return name === "generated" || name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
