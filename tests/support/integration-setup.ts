// Gives each test worker its own database, cloned from the migrated template,
// before any test module imports the Prisma client.
import { afterAll, inject } from "vitest";
import { createDatabaseIfMissing, databaseUrl } from "@/lib/db/provision";
import { disconnectDatabase } from "@/lib/db/client";

const workerDb = `mend_test_w${process.env.VITEST_POOL_ID ?? "0"}`;
await createDatabaseIfMissing(inject("adminUrl"), workerDb, inject("templateDb"));
process.env.DATABASE_URL = databaseUrl(inject("adminUrl"), workerDb);
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-Qm7vX2pL9wKc4TfR";
process.env.NEXTAUTH_URL ??= "http://localhost:3999";

afterAll(async () => {
  await disconnectDatabase();
});
