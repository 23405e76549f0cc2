// How Mend names a person in a sentence. Pure: shared by the server, emails and the browser.

/**
 * "Laura" for Laura Bennett, "Dr. Reyes" for Dr. Maya Reyes: a title alone
 * ("Dr.") is not a name, so a title keeps the surname with it.
 */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts[0] === "") return name;
  return parts[0].endsWith(".") && parts.length > 1 ? `${parts[0]} ${parts[parts.length - 1]}` : parts[0];
}
