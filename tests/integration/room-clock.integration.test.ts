import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { controlRoom } from "@/lib/room/control-room";
import { advanceRoomClock } from "@/lib/room/advance-room-clock";
import { liveFamily } from "../support/room";

describe("the room clock", () => {
  it("moves a timed round-robin turn on when it runs out, records it, and does nothing before", async () => {
    const { counselor, mom, son, sessionId } = await liveFamily();
    const start = new Date();
    await controlRoom({
      actor: counselor,
      input: { sessionId, action: { type: "SET_MODE", mode: "ROUND_ROBIN", order: [son.id, mom.id], turnSeconds: 30 } },
      now: start,
    });
    expect(await advanceRoomClock({ sessionId, now: new Date(start.getTime() + 10_000) })).toBeNull();
    const changed = await advanceRoomClock({ sessionId, now: new Date(start.getTime() + 31_000) });
    expect(changed?.state.holder).toBe(mom.id);
    expect(changed?.counselorId).toBe(counselor.id);
    expect(changed?.event.text).toBe("Time's up: it is Laura's turn.");
    const room = await prisma.roomState.findUniqueOrThrow({ where: { sessionId } });
    expect((room.state as { holder: string }).holder).toBe(mom.id);
  });

  it("ends a cool-down by itself", async () => {
    const { counselor, son, sessionId } = await liveFamily();
    const start = new Date();
    await controlRoom({
      actor: counselor,
      input: { sessionId, action: { type: "COOL_DOWN", userId: son.id, minutes: 2 } },
      now: start,
    });
    const changed = await advanceRoomClock({ sessionId, now: new Date(start.getTime() + 121_000) });
    expect(changed?.event.text).toBe("The cool-down is over.");
    expect(changed?.state.coolDownUntil).toEqual({});
  });
});
