// Prisma CLI configuration. Only `prisma generate` is used through the CLI here;
// migrations go through lib/db/schema-engine.ts (docs/decisions/002-...).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
