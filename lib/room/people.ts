// The people who can be in a room. Pure: shared by the server and the browser.
export type RoomPerson = { userId: string; name: string; role: "COUNSELOR" | "PARENT" | "TEEN" };

import { shortName } from "@/lib/people/names";

export { shortName };

export function firstName(people: RoomPerson[], userId: string | null): string {
  const person = people.find((p) => p.userId === userId);
  return person ? shortName(person.name) : "Someone";
}
