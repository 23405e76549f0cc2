// RoomDelivery's presence announcement when scaled out: a peer process that
// does not answer fetchSockets in time must not end this process (callers do
// not await presence, so a rejection would be unhandled).
import { describe, expect, it, vi } from "vitest";
import { RoomDelivery } from "@/lib/realtime/room-delivery";
import type { RealtimeServer } from "@/lib/realtime/create-realtime-server";

describe("RoomDelivery.presence", () => {
  it("resolves, announcing nothing, when another process does not answer in time", async () => {
    const emit = vi.fn();
    // Only the two calls presence() makes; a whole Socket.IO server (with an adapter whose peer
    // times out) is what live-room-scale-out.integration.test.ts runs, this pins the rejection path.
    const io = {
      in: () => ({ fetchSockets: () => Promise.reject(new Error("timeout reached: missing 1 responses")) }),
      to: () => ({ emit }),
    } as unknown as RealtimeServer;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(new RoomDelivery(io, async () => null, "this-server").presence("session-1")).resolves.toBeUndefined();
    expect(emit).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledWith("[realtime] presence not announced", "timeout reached: missing 1 responses");
    errors.mockRestore();
  });
});
