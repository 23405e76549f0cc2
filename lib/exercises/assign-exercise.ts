// The counselor gives an exercise to one or more members of their family, due
// on a date in each member's own zone, optionally every week until a date.
// Each member gets one row per due date, all pointing at the exercise's
// current version, and an email through the outbox.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { publicUrl } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { requireFamilyCounselor } from "@/lib/families/family-access";
import { sendEmails } from "@/lib/mail/send-email";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { utcToZoned } from "@/lib/scheduling/local-time";
import { AssignExerciseInput } from "./assignment-input";
import { expandDueDates, MAX_REPEATS } from "./repeat";
import { formatDueDate } from "./due-date-text";
import { shortName } from "@/lib/people/names";

const invalid = (fieldErrors: Record<string, string[]>) =>
  new AppError("INVALID", "Please correct the highlighted fields.", { fieldErrors });

export async function assignExercise(options: {
  actor: unknown;
  familyId: unknown;
  input: unknown;
  now?: Date;
}): Promise<{ assignmentIds: string[]; batchId: string }> {
  const access = await requireFamilyCounselor(options.actor, options.familyId);
  const now = options.now ?? new Date();
  const parsed = AssignExerciseInput.safeParse(options.input);
  if (!parsed.success) throw invalid(fieldErrorsOf(parsed.error));
  const values = parsed.data;

  // Only built-in exercises and the counselor's own live ones; anything else reads as "not in your library".
  const exercise = await prisma.exercise.findFirst({
    where: {
      id: values.exerciseId,
      archivedAt: null,
      OR: [{ builtInKey: { not: null } }, { ownerId: access.counselorId }],
    },
    select: { versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, title: true } } },
  });
  const version = exercise?.versions[0];
  if (!version) throw invalid({ exerciseId: ["Choose an exercise from your library."] });

  const members = await prisma.familyMember.findMany({
    where: { familyId: access.familyId, userId: { in: values.assigneeIds } },
    select: { user: { select: { id: true, name: true, email: true, timeZone: true } } },
  });
  // Someone not in this family (another family's member, a made-up id) is refused without saying which.
  if (members.length !== new Set(values.assigneeIds).size)
    throw invalid({ assigneeIds: ["Choose members of this family."] });

  const plans = [];
  for (const { user } of members) {
    if (values.dueDate < utcToZoned(now, user.timeZone).date)
      throw invalid({
        dueDate: [
          `Choose today or a later date (it is already ${utcToZoned(now, user.timeZone).date} for ${user.name}).`,
        ],
      });
    let dates;
    try {
      dates = expandDueDates({
        firstDate: values.dueDate,
        repeatUntil: values.repeatUntil ?? null,
        zone: user.timeZone,
      });
    } catch {
      throw invalid({ repeatUntil: [`An exercise can repeat at most ${MAX_REPEATS} times.`] });
    }
    plans.push({ user, dates });
  }

  const batchId = randomUUID();
  const created = await prisma.exerciseAssignment.createManyAndReturn({
    data: plans.flatMap(({ user, dates }) =>
      dates.map((d) => ({
        familyId: access.familyId,
        versionId: version.id,
        assigneeId: user.id,
        assignedById: access.actor.id,
        batchId,
        dueDate: d.dueDate,
        timeZone: user.timeZone,
        dueAt: d.dueAt,
        note: values.note,
        sharedWithFamily: values.shared,
      })),
    ),
    select: { id: true },
  });

  const counselor = await prisma.user.findUniqueOrThrow({ where: { id: access.counselorId }, select: { name: true } });
  await sendEmails(
    plans.map(({ user, dates }) => ({
      to: user.email,
      kind: "exercise-assigned",
      subject: `New exercise: ${version.title}`,
      text: [
        `Hi ${shortName(user.name)},`,
        "",
        `${counselor.name} gave you an exercise: “${version.title}”.`,
        `Due ${formatDueDate(dates[0].dueDate)}${dates.length > 1 ? `, then every week until ${formatDueDate(dates[dates.length - 1].dueDate)}` : ""} (end of the day, ${user.timeZone}).`,
        // The note stays in Mend: an inbox (a shared family computer, a lock screen) is not the place for it.
        ...(values.note ? ["", `${counselor.name} left a note for you with it in Mend.`] : []),
        "",
        `Your exercises: ${publicUrl()}/exercises`,
      ].join("\n"),
    })),
  );
  return { assignmentIds: created.map((c) => c.id), batchId };
}
