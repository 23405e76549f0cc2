// Double-booking: does any proposed slot overlap one of the counselor's
// existing sessions? Pure; touching ends (17:00–17:50, 17:50–18:40) do not clash.
export type Slot = { startsAt: Date; endsAt: Date };

export function findClash<T extends Slot>(proposed: Slot[], existing: T[]): { proposed: Slot; existing: T } | null {
  for (const slot of proposed) {
    const hit = existing.find((e) => e.startsAt < slot.endsAt && slot.startsAt < e.endsAt);
    if (hit) return { proposed: slot, existing: hit };
  }
  return null;
}
