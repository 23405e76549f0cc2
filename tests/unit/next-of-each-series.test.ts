import { describe, expect, it } from "vitest";
import { nextOfEachSeries, type AssignmentListItem } from "@/lib/exercises/list-assignments";

const item = (id: string, batchId: string, dueDate: string, assignee = "laura"): AssignmentListItem => ({
  id,
  title: "Weekly hope check",
  strategy: "PATIENCE",
  minutes: 3,
  familyId: "f1",
  assignee: { id: assignee, name: assignee },
  dueDate,
  dueAt: new Date(`${dueDate}T23:59:59Z`),
  shown: "DUE",
  sharedWithFamily: false,
  submissionCount: 0,
  batchId,
});

describe("nextOfEachSeries", () => {
  it("keeps one line per series, its earliest open week, with how many follow and until when", () => {
    const shown = nextOfEachSeries([
      item("a1", "hope", "2027-11-26"),
      item("b1", "appreciations", "2027-11-28"),
      item("a2", "hope", "2027-12-03"),
      item("a3", "hope", "2027-12-10"),
    ]);
    expect(shown.map((s) => [s.id, s.later])).toEqual([
      ["a1", { count: 2, lastDueDate: "2027-12-10" }],
      ["b1", undefined],
    ]);
  });

  it("keeps each member's weeks apart when one series was given to two members (the counselor's view of shared items)", () => {
    const shown = nextOfEachSeries([
      item("a1", "hope", "2027-11-26", "laura"),
      item("s1", "hope", "2027-11-26", "sam"),
    ]);
    expect(shown.map((s) => s.id)).toEqual(["a1", "s1"]);
  });

  it("does not change the items it was given", () => {
    const items = [item("a1", "hope", "2027-11-26"), item("a2", "hope", "2027-12-03")];
    nextOfEachSeries(items);
    expect(items[0].later).toBeUndefined();
  });
});
