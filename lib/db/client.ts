// The one Prisma client of this process, cached on globalThis in every
// environment: with a custom server, Next's bundle and server.ts load this
// module separately, and each copy must not open a pool of its own.
// It is created on first use, not on import, because server.ts resolves
// DATABASE_URL (possibly starting an embedded server) after its imports run,
// and `next build` imports route modules with no database at all.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { disconnectHotSql } from "./sql";

const globalForPrisma = globalThis as { mendPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10, connectionTimeoutMillis: 5_000 }) });
}

function instance(): PrismaClient {
  if (globalForPrisma.mendPrisma) return globalForPrisma.mendPrisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set: server.ts (or the test setup) must resolve the database before the Prisma client is used.",
    );
  }
  globalForPrisma.mendPrisma = createPrismaClient(connectionString);
  return globalForPrisma.mendPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** Closes this process's database pools (Prisma's and the hot path's). */
export async function disconnectDatabase(): Promise<void> {
  const client = globalForPrisma.mendPrisma;
  globalForPrisma.mendPrisma = undefined;
  await Promise.all([client?.$disconnect(), disconnectHotSql()]);
}

export type { PrismaClient };
