// Outside production the app makes its own NEXTAUTH_SECRET once and keeps it
// in the git-ignored data folder, so sign-ins survive a restart and no secret
// is ever committed. Production must set NEXTAUTH_SECRET (lib/config/env.ts).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function developmentSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "dev-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
