// The framework's floor for the page benchmark: a minimal Next.js app, built with the project's own
// `next`, `react` and `react-dom` (a temporary folder outside the project — inside it, Next would take
// the project's proxy.ts and instrumentation.ts as its own — whose node_modules links to the
// project's), whose one page reads the request headers and nothing else: dynamic like every page of
// Binôme, with no database, no session, no messages. Served by `next start` on the same machine,
// measured in the same alternating rounds as Binôme's pages.
//
// Beside it, `/floor/markup/<name>` renders on the same bare framework the markup a page of Binôme
// sent (its <body> without scripts, as React elements; its internal links as next/link): what the
// framework alone costs to render, stream and compress what that page shows, with no database,
// session, messages or component of Binôme. A page's cost above its markup's is Binôme's own.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type DefaultTreeAdapterTypes, parse } from "parse5";
import { freePort } from "../lib/db/embedded";
import type { BenchApp } from "./bench";

export const FLOOR_PATH = "/floor";
/** The bare framework's page that renders the markup saved under `name` (see `saveMarkup`). */
export const markupPath = (name: string) => `/floor/markup/${name}`;
/** The same markup with what every page of Binôme must do first (see the "required" page below). */
export const requiredPath = (name: string) => `/floor/required/${name}`;

const FILES: Record<string, string> = {
  "package.json": `{ "private": true }\n`,
  // The linked node_modules lies outside the folder: Turbopack reads files from the whole disk.
  "next.config.mjs": `export default { distDir: ".build", turbopack: { root: "/" } };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/floor/markup-tree.js": `import { readFileSync } from "node:fs";
import path from "node:path";
import Link from "next/link";
import { createElement, Fragment } from "react";

// A tree is read once; its React elements are made on every request, as a page's components make theirs.
const trees = new Map();
function tree(name) {
  if (!trees.has(name))
    trees.set(name, JSON.parse(readFileSync(path.join(process.cwd(), "markup", name + ".json"), "utf8")));
  return trees.get(name);
}

function element(node) {
  if (typeof node === "string") return node;
  const [tag, props, children] = node;
  return tag === "a" && props.href?.startsWith("/")
    ? createElement(Link, { ...props, prefetch: false }, ...children.map(element))
    : createElement(tag, props, ...children.map(element));
}

export function markup(name) {
  return createElement(Fragment, null, ...tree(name).map(element));
}
`,
  "app/floor/markup/[name]/page.jsx": `import { headers } from "next/headers";
import { markup } from "../../markup-tree";

export default async function MarkupPage({ params }) {
  await headers();
  return markup((await params).name);
}
`,
  // What every page of Binôme must do beyond showing its markup, done as plainly as the framework
  // allows: the proxy gives the page its CSP nonce (as proxy.ts does); the page checks the session
  // and runs the statement the page itself needs, each in one SQL statement through pg: Binôme's own
  // statements (saveMarkup, saveSessionQuery), without Prisma.
  "proxy.js": `import { NextResponse } from "next/server";

export const config = { matcher: "/floor/required/:path*" };

export function proxy(request) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = \`default-src 'self'; script-src 'self' 'nonce-\${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'\`;
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "private, no-store, max-age=0");
  return response;
}
`,
  "app/floor/required/[name]/page.jsx": `import { readFileSync } from "node:fs";
import path from "node:path";
import { cookies } from "next/headers";
import pg from "pg";
import { markup } from "../../markup-tree";

const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 10 });

const statements = new Map();
function statement(name) {
  if (!statements.has(name))
    statements.set(name, JSON.parse(readFileSync(path.join(process.cwd(), "markup", name + ".sql.json"), "utf8")));
  return statements.get(name);
}

export default async function RequiredPage({ params }) {
  const { name } = await params;
  const token = (await cookies()).get("next-auth.session-token")?.value;
  const session = await pool.query(statement("session").text, [token]);
  if (session.rows.length === 0) throw new Error("Not signed in.");
  const { text, values } = statement(name);
  await pool.query(text, values);
  return markup(name);
}
`,
  "app/floor/page.jsx": `import { headers } from "next/headers";

export default async function FloorPage() {
  const h = await headers();
  return (
    <main>
      <h1>Floor</h1>
      <p>{h.get("user-agent")?.length ?? 0}</p>
    </main>
  );
}
`,
};

const nextBin = path.resolve("node_modules/next/dist/bin/next");

/** Writes and builds the minimal app (a few seconds), then serves it; `stop` ends it. */
export async function startFloorApp(
  log: (line: string) => void = console.log,
  /** The benchmark's PostgreSQL database, for the "required" pages' statements. */
  databaseUrl = "",
): Promise<
  BenchApp & {
    saveMarkup: (name: string, html: string, statement?: { text: string; values: unknown[] }) => void;
    saveSessionQuery: (text: string) => void;
  }
> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "binome-bench-floor-"));
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  log("Building the bare Next.js page (the framework's floor)…");
  const build = spawnSync(process.execPath, [nextBin, "build", dir], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`The bare page did not build:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, [nextBin, "start", dir, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", FLOOR_DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  /**
   * Keeps a page's HTML for `markupPath(name)` and, with the SQL statement the page runs besides
   * the session check, for `requiredPath(name)`; both read them at their first request.
   */
  const saveMarkup = (name: string, html: string, statement?: { text: string; values: unknown[] }) => {
    mkdirSync(path.join(dir, "markup"), { recursive: true });
    writeFileSync(path.join(dir, "markup", `${name}.json`), JSON.stringify(markupTree(html)));
    if (statement) writeFileSync(path.join(dir, "markup", `${name}.sql.json`), JSON.stringify(statement));
  };
  /** Keeps the session check's statement (its one value is the cookie's token) for the "required" pages. */
  const saveSessionQuery = (text: string) => {
    mkdirSync(path.join(dir, "markup"), { recursive: true });
    writeFileSync(path.join(dir, "markup", "session.sql.json"), JSON.stringify({ text, values: [] }));
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bare page stopped:\n${output.slice(-20).join("\n")}`);
    try {
      const res = await fetch(base + FLOOR_PATH);
      await res.arrayBuffer();
      if (res.ok) return { base, pid: child.pid!, output, stop, saveMarkup, saveSessionQuery };
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`The bare page did not start within two minutes:\n${output.slice(-20).join("\n")}`);
}

/** An element as JSON: its tag, its React props and its children. */
export type MarkupNode = string | [tag: string, props: Record<string, unknown>, children: MarkupNode[]];

// HTML attributes whose React prop is not their name (the dashed ones become camelCase below).
const PROP_NAMES: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  maxlength: "maxLength",
  minlength: "minLength",
  autocomplete: "autoComplete",
  autofocus: "autoFocus",
  readonly: "readOnly",
  novalidate: "noValidate",
  colspan: "colSpan",
  rowspan: "rowSpan",
  srcset: "srcSet",
  crossorigin: "crossOrigin",
  fetchpriority: "fetchPriority",
  enctype: "encType",
  datetime: "dateTime",
  spellcheck: "spellCheck",
  inputmode: "inputMode",
  enterkeyhint: "enterKeyHint",
  charset: "charSet",
};
const BOOLEAN_ATTRIBUTES = new Set(["hidden", "disabled", "required", "open", "multiple", "readonly", "inert"]);

const camel = (name: string) => name.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());

function styleObject(style: string) {
  const entries = style
    .split(";")
    .map((rule) => rule.split(/:(.*)/s).map((part) => part.trim()))
    .filter(([name, value]) => name && value);
  return Object.fromEntries(entries.map(([name, value]) => [name.startsWith("--") ? name : camel(name), value]));
}

function isElement(node: DefaultTreeAdapterTypes.ChildNode): node is DefaultTreeAdapterTypes.Element {
  return "tagName" in node;
}

/** The option a select shows selected, among its options and optgroups. */
function selectedValue(select: DefaultTreeAdapterTypes.Element): string | undefined {
  for (const child of select.childNodes.filter(isElement)) {
    if (child.tagName === "optgroup") {
      const inGroup = selectedValue(child);
      if (inGroup !== undefined) return inGroup;
    } else if (child.tagName === "option" && child.attrs.some((a) => a.name === "selected")) {
      const value = child.attrs.find((a) => a.name === "value")?.value;
      return value ?? child.childNodes.map((n) => ("value" in n ? n.value : "")).join("");
    }
  }
}

function toNode(node: DefaultTreeAdapterTypes.ChildNode): MarkupNode | null {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  // Scripts (the Server Components payload, the framework's own) and Suspense placeholders are
  // what the bare framework writes itself; comments are React's text separators.
  if (!isElement(node) || node.tagName === "script" || node.tagName === "template") return null;
  const props: Record<string, unknown> = {};
  for (const { name, value } of node.attrs) {
    if (name === "style") props.style = styleObject(value);
    else if (node.tagName === "option" && name === "selected") continue;
    else if ((node.tagName === "input" || node.tagName === "textarea") && name === "value") props.defaultValue = value;
    else if (node.tagName === "input" && name === "checked") props.defaultChecked = true;
    else if (BOOLEAN_ATTRIBUTES.has(name)) props[PROP_NAMES[name] ?? name] = true;
    else if (name.startsWith("aria-") || name.startsWith("data-")) props[name] = value;
    else props[PROP_NAMES[name] ?? camel(name)] = value;
  }
  if (node.tagName === "select") {
    const value = selectedValue(node);
    if (value !== undefined) props.defaultValue = value;
  }
  const children = node.childNodes.map(toNode).filter((n): n is MarkupNode => n !== null);
  if (node.tagName === "textarea") return [node.tagName, { ...props, defaultValue: children.join("") }, []];
  return [node.tagName, props, children];
}

/** A page's <body> as JSON elements for the bare framework: scripts, comments and placeholders left out. */
export function markupTree(html: string): MarkupNode[] {
  const document = parse(html);
  const root = document.childNodes.find(
    (n): n is DefaultTreeAdapterTypes.Element => isElement(n) && n.tagName === "html",
  );
  const body = root?.childNodes.find((n): n is DefaultTreeAdapterTypes.Element => isElement(n) && n.tagName === "body");
  if (!body) throw new Error("The page has no body.");
  return body.childNodes.map(toNode).filter((n): n is MarkupNode => n !== null);
}
