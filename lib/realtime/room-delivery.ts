// Puts what the room's domain functions return onto the wire: each stored
// message to the audience lib/room/audience.ts names, floor states to the room,
// and a timer per live room for its next time-driven change (a turn or a
// cool-down running out), which runs the room clock.
import { audienceOf } from "@/lib/room/audience";
import { nextDeadline, type FloorState } from "@/lib/room/floor";
import type { StoredMessage } from "@/lib/room/room-store";
import { announcedOrigin } from "@/lib/room/send-batch";
import { reportUnlessShuttingDown } from "@/lib/process/shutdown";
import { sessionRoom, userRoom } from "./events";
import type { RealtimeServer } from "./create-realtime-server";

/** The whole server (through the adapter) or only this process's sockets (`io.local`). */
type Emitter = Pick<RealtimeServer["local"], "to">;

/** Emits a stored message to the audience audienceOf names, through `target`. */
export function deliverMessage(target: Emitter, message: StoredMessage, counselorId: string): void {
  const sessionId = message.sessionId;
  for (const delivery of audienceOf(message, counselorId)) {
    if (delivery.to === "user")
      target.to(userRoom(delivery.userId)).emit("room:message", { sessionId, message: delivery.view });
    else
      target
        .to([sessionRoom(sessionId), ...(delivery.also ?? []).map(userRoom)])
        .except(delivery.except.map(userRoom))
        .emit("room:message", { sessionId, message: delivery.view });
  }
}

type ClockStep = (
  sessionId: string,
) => Promise<{ state: FloorState; event: StoredMessage; counselorId: string } | null>;

export class RoomDelivery {
  private clocks = new Map<string, NodeJS.Timeout>();

  /** `origin`: this server's name on the rows it sends (BatchedSend.origin). */
  constructor(
    private readonly io: RealtimeServer,
    private readonly advanceClock: ClockStep,
    private readonly origin: string,
  ) {}

  deliver(message: StoredMessage, counselorId: string): void {
    const announced = announcedOrigin(message);
    // Not announced: through the adapter, to every process.
    if (announced === undefined) return deliverMessage(this.io, message, counselorId);
    // Scaled out, a batched send's row is announced after its commit and the other servers deliver it from
    // there (room-rows.ts); this server's sockets get it now, without a round trip through PostgreSQL.
    // A row announced for another origin is that server's to deliver (never twice).
    if (announced === this.origin) deliverMessage(this.io.local, message, counselorId);
  }

  state(sessionId: string, state: FloorState): void {
    this.io.to(sessionRoom(sessionId)).emit("room:state", { sessionId, state });
    this.schedule(sessionId, state);
  }

  tellCounselor(
    sessionId: string,
    counselorId: string,
    entry: { userId: string; outcome: string; categories: string[] },
  ): void {
    this.io.to(userRoom(counselorId)).emit("room:moderation", { sessionId, entry });
  }

  ended(sessionId: string): void {
    this.clear(sessionId);
    this.io.to(sessionRoom(sessionId)).emit("room:ended", { sessionId });
  }

  async presence(sessionId: string): Promise<void> {
    try {
      const sockets = await this.io.in(sessionRoom(sessionId)).fetchSockets();
      this.io
        .to(sessionRoom(sessionId))
        .emit("room:presence", { sessionId, userIds: [...new Set(sockets.map((s) => s.data.user.id))] });
    } catch (error) {
      // Scaled out, fetchSockets rejects when another process does not answer within 5 s (a busy or dying peer).
      // Callers do not await presence: unhandled, that rejection would end this process. The next join or leave re-announces it.
      reportUnlessShuttingDown("[realtime] presence not announced", error instanceof Error ? error.message : error);
    }
  }

  /** On join: applies what ran out while nobody was connected, then keeps the timer going. Returns the new state if it changed. */
  async catchUpClock(sessionId: string, state: FloorState): Promise<FloorState | null> {
    const changed = await this.advanceClock(sessionId);
    if (changed) {
      this.deliver(changed.event, changed.counselorId);
      this.state(sessionId, changed.state);
      return changed.state;
    }
    this.schedule(sessionId, state);
    return null;
  }

  close(): void {
    this.clocks.forEach((t) => clearTimeout(t));
    this.clocks.clear();
  }

  private clear(sessionId: string): void {
    clearTimeout(this.clocks.get(sessionId));
    this.clocks.delete(sessionId);
  }

  private schedule(sessionId: string, state: FloorState): void {
    this.clear(sessionId);
    const deadline = nextDeadline(state);
    if (!deadline) return;
    const delay = Math.max(0, new Date(deadline).getTime() - Date.now()) + 50;
    this.clocks.set(
      sessionId,
      setTimeout(() => {
        this.clocks.delete(sessionId);
        void this.tick(sessionId);
      }, delay),
    );
  }

  private async tick(sessionId: string): Promise<void> {
    try {
      const changed = await this.advanceClock(sessionId);
      if (!changed) return;
      this.deliver(changed.event, changed.counselorId);
      this.state(sessionId, changed.state);
    } catch (error) {
      console.error("Room clock failed", error);
    }
  }
}
