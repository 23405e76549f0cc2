import path from "node:path";
import { MIGRATIONS_DIR } from "./schema-engine";

// The schema as of the newest migration, kept beside the migrations because the
// engine cannot diff from the migrations folder itself (docs/decisions/002).
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
