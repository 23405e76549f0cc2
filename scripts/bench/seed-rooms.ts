// N families, each with a counselor, a parent, a teen and a live room, for the room benchmarks.
import { initialFloorState } from "../../lib/room/floor";

type Person = { id: string; role: "COUNSELOR" | "PARENT" | "TEEN" };
export type Room = { sessionId: string; people: Person[] };

export async function seedRooms(url: string, count: number): Promise<Room[]> {
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../../lib/db/client");
  const rooms: Room[] = [];
  const users = [];
  const families = [];
  const sessions = [];
  const states = [];
  const start = new Date(Date.now() + 60_000);
  for (let r = 0; r < count; r++) {
    const people: Person[] = [
      { id: `bc${r}`, role: "COUNSELOR" },
      { id: `bp${r}`, role: "PARENT" },
      { id: `bt${r}`, role: "TEEN" },
    ];
    for (const p of people)
      users.push({ id: p.id, email: `${p.id}@bench.test`, name: `${p.role} ${r}`, role: p.role, passwordHash: "x" });
    families.push({ id: `bf${r}`, name: `Family ${r}`, counselorId: people[0].id });
    sessions.push({
      id: `bs${r}`,
      familyId: `bf${r}`,
      counselorId: people[0].id,
      title: "Bench",
      startsAt: start,
      endsAt: new Date(start.getTime() + 3600_000),
      timeZone: "UTC",
      status: "LIVE" as const,
    });
    states.push({ sessionId: `bs${r}`, state: initialFloorState() });
    rooms.push({ sessionId: `bs${r}`, people });
  }
  await prisma.user.createMany({ data: users });
  await prisma.family.createMany({ data: families });
  await prisma.familyMember.createMany({
    data: rooms.flatMap((room, r) => [
      { familyId: `bf${r}`, userId: room.people[1].id, role: "PARENT" as const },
      { familyId: `bf${r}`, userId: room.people[2].id, role: "TEEN" as const },
    ]),
  });
  await prisma.session.createMany({ data: sessions });
  await prisma.roomState.createMany({ data: states });
  await prisma.$disconnect();
  return rooms;
}
