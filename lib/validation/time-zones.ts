// The zones people can pick from: the IANA names this platform knows.
export function timeZoneOptions(current?: string): { value: string; label: string }[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  if (current) zones.add(current);
  return [...zones].sort().map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
}
