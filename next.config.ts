import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// The end-to-end tests and the benchmark build into their own folders, so `npm test` never
// replaces the build that a running `npm run demo` serves.
const distDir = process.env.BINOME_DIST_DIR ?? ".next";

/**
 * Next adds `<build folder>/types/**` to the tsconfig it builds with. A build into another folder
 * gets a tsconfig of its own (extending the project's, in the git-ignored .next-tsconfig/), so that
 * no build ever rewrites tsconfig.json.
 */
function tsconfigFor(folder: string): string {
  if (folder === ".next") return "tsconfig.json";
  const file = path.join(".next-tsconfig", `${path.basename(folder)}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify({ extends: "../tsconfig.json" }, null, 2) + "\n", { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return file;
}

const nextConfig: NextConfig = {
  distDir,
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (a CI gate): the build need not check them again,
  // which saves a minute on every first run and every test build.
  typescript: { ignoreBuildErrors: true, tsconfigPath: tsconfigFor(distDir) },
  // Reads its VTIMEZONE files next to its own code (__dirname): it must stay a plain node_modules package.
  serverExternalPackages: ["@touch4it/ical-timezones"],
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // Credential documents (at most 10 MB) are uploaded through server actions. The margin lets a
    // slightly larger file reach the action, which refuses it with a translated message.
    serverActions: { bodySizeLimit: "12mb" },
    // proxy.ts buffers request bodies up to this size (10 MB by default, which would cut a 10 MB
    // upload short): same limit as the server actions.
    proxyClientMaxBodySize: "12mb",
  },
  // Headers that do not depend on the request; the CSP (with its nonce) is set in proxy.ts.
  async headers() {
    return [
      {
        // Files (credential documents) set their own framing rules: the HR review page shows them inline.
        source: "/((?!api/files/).*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
