// The zones people can pick from: every IANA name this platform knows, each with a
// name a person recognises ("Eastern Time — New York (UTC−05:00)"). The stored
// value stays the IANA id; the label is only for choosing.

export type TimeZoneChoice = { value: string; label: string; offsetMinutes: number };

function zoneName(zone: string, at: Date, style: "longGeneric" | "longOffset"): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** "GMT-05:00" → minutes east of UTC (-300); "GMT" alone is UTC. */
function offsetMinutes(gmt: string): number {
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(gmt);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** UTC−05:00 with a real minus sign, as a clock would print it. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** One zone's friendly label at a moment (offsets move with daylight saving). */
export function describeTimeZone(zone: string, at: Date = new Date()): TimeZoneChoice {
  const offset = offsetMinutes(zoneName(zone, at, "longOffset"));
  if (zone === "UTC")
    return { value: zone, label: `Coordinated Universal Time (${formatOffset(0)})`, offsetMinutes: 0 };
  const city = (zone.split("/").pop() ?? zone).replaceAll("_", " ");
  const generic = zoneName(zone, at, "longGeneric");
  // Zones without a name of their own come back as "GMT-03:00": the city says enough.
  const label = generic && !generic.startsWith("GMT") ? `${generic} — ${city}` : city;
  return { value: zone, label: `${label} (${formatOffset(offset)})`, offsetMinutes: offset };
}

/** A zone's name without an offset, for a page that spans many dates ("Eastern Time — New York"). */
export function timeZoneName(zone: string): string {
  return describeTimeZone(zone).label.replace(/ \(UTC[^)]*\)$/, "");
}

/** Every zone, west to east, then by name; `current` is kept even if this platform no longer lists it. */
export function timeZoneOptions(current?: string, at: Date = new Date()): TimeZoneChoice[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  if (current) zones.add(current);
  return [...zones]
    .map((zone) => describeTimeZone(zone, at))
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label));
}

/** Lower-case, without accents or punctuation, so "sao paulo" finds "São Paulo" and "utc-5" finds "UTC−05:00". */
function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replaceAll("−", "-")
    .toLowerCase()
    .replace(/[_/]/g, " ");
}

/** The choices whose label or id contain every word typed, in their order. */
export function filterTimeZones(choices: TimeZoneChoice[], query: string): TimeZoneChoice[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return choices;
  return choices.filter((choice) => {
    // Also "utc+5" and "utc+5:30", as people type them.
    const abs = Math.abs(choice.offsetMinutes);
    const short = `${choice.offsetMinutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
    const haystack = normalize(`${choice.label} ${choice.value} utc${short} gmt${short}`);
    return words.every((word) => haystack.includes(word));
  });
}
