// Where to send a person after signing in: only a path on this site. Browsers
// read "\" as "/", so "/\evil.example" and "/%5Cevil.example" would leave the
// site as surely as "//evil.example"; the path is resolved the way a browser
// would and kept only if it stays on our origin.
const BASE = "http://mend.invalid";

export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  // Control characters (tabs and newlines are stripped by browsers) and backslashes never belong in our paths.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return "/";
  }
  if (/^\/[\\/]/.test(decoded) || /[\u0000-\u001f\u007f\\]/.test(decoded)) return "/";
  const url = new URL(next, BASE);
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
