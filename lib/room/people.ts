// The people who can be in a room. Pure: shared by the server and the browser.
export type RoomPerson = { userId: string; name: string; role: "COUNSELOR" | "PARENT" | "TEEN" };

/** How the room names someone: "Laura" for Laura Bennett, "Dr. Reyes" for Dr. Maya Reyes. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[0].endsWith(".") && parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : parts[0];
}

export function firstName(people: RoomPerson[], userId: string | null): string {
  const person = people.find((p) => p.userId === userId);
  return person ? shortName(person.name) : "Someone";
}
