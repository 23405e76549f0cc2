// The counselor's exercise library: the built-in exercises and their own, each
// at its latest version, grouped by strategy in the page.
import { prisma } from "@/lib/db/client";
import { requireCounselor, requireLibraryExercise } from "./exercise-access";
import { readVersion, versionSelect, type ExerciseVersionView } from "./exercise-version";

export type LibraryEntry = { id: string; builtIn: boolean; archived: boolean; latest: ExerciseVersionView };

export async function listLibrary(options: { actor: unknown; includeArchived?: boolean }): Promise<LibraryEntry[]> {
  const actor = requireCounselor(options.actor);
  const rows = await prisma.exercise.findMany({
    where: {
      OR: [{ builtInKey: { not: null } }, { ownerId: actor.id }],
      ...(options.includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      builtInKey: true,
      archivedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: versionSelect },
    },
  });
  return rows
    .filter((r) => r.versions.length > 0)
    .map((r) => ({
      id: r.id,
      builtIn: r.builtInKey !== null,
      archived: r.archivedAt !== null,
      latest: readVersion(r.versions[0]),
    }));
}

/** One library exercise at its latest version (built-in or the counselor's own). */
export async function getLibraryExercise(options: { actor: unknown; exerciseId: unknown }): Promise<LibraryEntry> {
  const { exercise } = await requireLibraryExercise(options.actor, options.exerciseId, { mustOwn: false });
  const version = await prisma.exerciseVersion.findFirstOrThrow({
    where: { exerciseId: exercise.id },
    orderBy: { version: "desc" },
    select: versionSelect,
  });
  return {
    id: exercise.id,
    builtIn: exercise.builtInKey !== null,
    archived: exercise.archivedAt !== null,
    latest: readVersion(version),
  };
}
