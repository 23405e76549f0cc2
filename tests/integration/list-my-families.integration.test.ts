import { describe, expect, it } from "vitest";
import { listMyFamilies } from "@/lib/families/list-my-families";
import { createFamily, createUser } from "../support/factories";

async function twoFamilies() {
  const counselor = await createUser({ role: "COUNSELOR", name: "Dr. Reyes" });
  const otherCounselor = await createUser({ role: "COUNSELOR", name: "Dr. Other" });
  const mom = await createUser({ role: "PARENT", name: "Laura" });
  const son = await createUser({ role: "TEEN", name: "Sam" });
  const stranger = await createUser({ role: "PARENT", name: "Stranger" });
  const family = await createFamily({
    counselorId: counselor.id,
    name: "Bennett family",
    description: "Private intake notes",
    members: [
      { userId: mom.id, role: "PARENT" },
      { userId: son.id, role: "TEEN" },
    ],
  });
  const otherFamily = await createFamily({
    counselorId: otherCounselor.id,
    name: "Other family",
    members: [{ userId: stranger.id, role: "PARENT" }],
  });
  return { counselor, otherCounselor, mom, son, stranger, family, otherFamily };
}

describe("listMyFamilies", () => {
  it("shows a counselor their own families with members and private description", async () => {
    const { counselor, family } = await twoFamilies();
    const families = await listMyFamilies({ actor: counselor });
    expect(families).toHaveLength(1);
    expect(families[0]).toMatchObject({
      id: family.id,
      name: "Bennett family",
      description: "Private intake notes",
      counselor: { name: "Dr. Reyes" },
    });
    expect(families[0].members.map((m) => [m.name, m.role])).toEqual([
      ["Laura", "PARENT"],
      ["Sam", "TEEN"],
    ]);
  });

  it("shows a parent and a teen their family and counselor, without the counselor's private description", async () => {
    const { mom, son, family } = await twoFamilies();
    for (const member of [mom, son]) {
      const families = await listMyFamilies({ actor: member });
      expect(families.map((f) => f.id)).toEqual([family.id]);
      expect(families[0].description).toBeNull();
      expect(families[0].counselor.name).toBe("Dr. Reyes");
    }
  });

  it("never shows another counselor's family or its members", async () => {
    const { counselor, mom, otherFamily } = await twoFamilies();
    for (const actor of [counselor, mom]) {
      const families = await listMyFamilies({ actor });
      expect(families.map((f) => f.id)).not.toContain(otherFamily.id);
      expect(JSON.stringify(families)).not.toContain("Stranger");
    }
  });

  it("refuses a missing or malformed actor instead of listing everything", async () => {
    await twoFamilies();
    for (const actor of [undefined, null, {}, { id: "", role: "COUNSELOR" }, { id: undefined, role: "PARENT" }]) {
      await expect(listMyFamilies({ actor })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
  });
});
