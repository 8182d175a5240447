// Settings, read once and checked: a missing or malformed setting stops start-up with a
// message that names the variable (see README › Configuration).
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** A comma-separated list of values, lower-cased and trimmed; unset gives an empty list. */
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

/** The server's heap ceiling by default (SERVER_HEAP_MB), in MB. */
export const DEFAULT_SERVER_HEAP_MB = 512;

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    NEXTAUTH_URL: z.url("must be the app's public URL, e.g. http://localhost:3000").optional(),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -base64 32)").optional(),
    DEMO_MODE: flag,
    /** 1 when a reverse proxy in front of the app sets X-Forwarded-For (the last hop is trusted). */
    TRUST_PROXY: flag,
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    EMAIL_FROM: z.string().min(3).default("Binôme <no-reply@binome.example.org>"),
    DATA_DIR: z.string().default("data"),
    /** Default: <DATA_DIR>/uploads */
    UPLOADS_DIR: z.string().optional(),
    /** Default: <DATA_DIR>/outbox */
    OUTBOX_DIR: z.string().optional(),
    /** Where uploaded files go: the local folder UPLOADS_DIR (one server) or object storage speaking the S3 API (several). */
    STORAGE: z.enum(["local", "s3"], "must be local or s3").default("local"),
    /** Unset with STORAGE=s3: Amazon S3 itself. */
    S3_ENDPOINT: z.url("must be the object storage's URL, e.g. https://s3.eu-west-1.amazonaws.com").optional(),
    S3_REGION: z.string().optional(),
    S3_BUCKET: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "must be a bucket name (3 to 63 lower-case letters, digits, dots, hyphens)",
      )
      .optional(),
    /** Unset: the S3 client's default credentials (environment, instance or pod role). */
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** 1 for servers that want the bucket in the path (MinIO and most S3-compatible servers). */
    S3_FORCE_PATH_STYLE: flag,
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("Single sign-on"),
    /** Issuers whose first sign-in creates the person (comma-separated); unset: OIDC_ISSUER. */
    OIDC_ALLOWED_ISSUERS: list,
    /** Names of the ID-token / userinfo claims that carry a person's HR attributes. */
    OIDC_CLAIM_STAFF_INDEX: z.string().default("employee_id"),
    OIDC_CLAIM_ENTITY: z.string().default("department"),
    OIDC_CLAIM_DUTY_STATION: z.string().default("office_location"),
    OIDC_CLAIM_APPOINTMENT_TYPE: z.string().default("employee_type"),
    OIDC_CLAIM_SUPERVISOR: z.string().default("manager_email"),
    OIDC_CLAIM_LANGUAGES: z.string().default("languages"),
    /** E-mail domains whose staff may be created at first sign-in (comma-separated, e.g. un.org). */
    SIGNUP_ALLOWED_DOMAINS: list,
    /** A SCIM bearer token for automated set-ups (tokens created by admins work too); at least 32 characters. */
    SCIM_TOKEN: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)").optional(),
    /** Days after a person left before an admin may erase their personal data. */
    RETENTION_DAYS_AFTER_LEAVING: z.coerce.number().int().min(0).default(365),
    /** Seconds a stopping instance (SIGTERM) lets the requests in flight finish (scripts/server-lifecycle.cjs). */
    SHUTDOWN_GRACE_SECONDS: z.coerce
      .number("must be a number of seconds, e.g. 25")
      .int("must be a whole number of seconds")
      .min(0)
      .max(3600)
      .default(25),
    /** Seconds between two passes of the timed jobs (lib/server/jobs.ts): lapsed offers and requests, reminders. */
    JOBS_INTERVAL_SECONDS: z.coerce
      .number("must be a number of seconds, e.g. 60")
      .int("must be a whole number of seconds")
      .min(5)
      .max(3600)
      .default(60),
    /** This instance's name in the request logs; unset: the host name and process id. */
    INSTANCE_ID: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,64}$/, "must be a short name of letters, digits, '.', '_', ':' or '-'")
      .optional(),
    /**
     * Ceiling of the server's JavaScript heap (V8's old generation, `--max-old-space-size`) in MB,
     * set by scripts/serve.ts; 0: V8's own limit (docs/decisions/0008-server-memory-bound.md).
     */
    SERVER_HEAP_MB: z.coerce
      .number("must be a number of megabytes, e.g. 512")
      .int("must be a whole number of megabytes")
      .refine((mb) => mb === 0 || mb >= 128, "must be 0 (V8's own limit) or at least 128")
      .default(DEFAULT_SERVER_HEAP_MB),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (oidc > 0 && oidc < 3)
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    if (env.NODE_ENV === "production" && !env.DEMO_MODE && !env.NEXTAUTH_SECRET)
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
    const s3 = ["S3_ENDPOINT", "S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    if (env.STORAGE === "s3") {
      for (const name of ["S3_BUCKET", "S3_REGION"] as const)
        if (!env[name])
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: `is required when STORAGE=s3${name === "S3_REGION" ? " (e.g. eu-west-1; any name for a server without regions)" : ""}`,
          });
      if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY)
        ctx.addIssue({
          code: "custom",
          path: [env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
          message:
            "set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together (or neither, to use the default credentials)",
        });
    } else {
      // Object storage half configured would silently keep files on this server only.
      for (const name of s3)
        if (env[name])
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "is set but STORAGE is not s3: set STORAGE=s3 to use object storage",
          });
    }
  });

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string; OUTBOX_DIR: string; UPLOADS_DIR: string };

export class SettingsError extends Error {}

const emptyToUndefined = (source: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));

/** Parses settings; throws a SettingsError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(emptyToUndefined(source));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join(".") || "settings"}: ${i.message}`);
    throw new SettingsError(`Invalid settings (see .env.example):\n${lines.join("\n")}`);
  }
  // Outside production a fixed development secret keeps zero set-up; production requires one.
  return {
    ...result.data,
    NEXTAUTH_SECRET: result.data.NEXTAUTH_SECRET ?? "binome-development-secret-not-for-production",
    OUTBOX_DIR: result.data.OUTBOX_DIR ?? `${result.data.DATA_DIR}/outbox`,
    UPLOADS_DIR: result.data.UPLOADS_DIR ?? `${result.data.DATA_DIR}/uploads`,
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
