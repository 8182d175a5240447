import { defineConfig } from "prisma/config";

// Prisma 7: no connection URL in the schema. The app and the scripts pass a driver
// adapter to PrismaClient (see lib/db/). Migrations run through lib/db/migrations.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
