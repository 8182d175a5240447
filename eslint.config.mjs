// Lint rules: Next.js's recommended set (React, hooks, accessibility, Core Web Vitals) with
// typescript-eslint's, plus the project's own few. `npm run lint` fails on any finding.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
      eqeqeq: ["error", "smart"],
    },
  },
  {
    // Links go through components/ui/link.tsx, which prefetches a page only when the reader is
    // about to follow the link (next/link's own prefetches every link in view, a server render each).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["components/ui/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link." }] },
      ],
    },
  },
  {
    // Command-line scripts and tests talk to the terminal.
    files: ["scripts/**", "tests/**", "prisma/seed/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
  globalIgnores([
    ".next*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "coverage/**",
  ]),
]);
