import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { freePort } from "@/lib/db/free-port";
import { checkHealth } from "@/lib/health/check-health";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers 200 with db ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("reports db error when the database does not answer", async () => {
    const unreachable = createPrismaClient(`postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`);
    try {
      expect(await checkHealth({ db: unreachable, timeoutMs: 5_000 })).toEqual({ status: "error", db: "error" });
    } finally {
      await unreachable.$disconnect();
    }
  });
});
