/**
 * Where a sign-in may send the person afterwards: a path on this site only. Anything that a
 * browser could read as another origin ("//evil", "/\evil", "https://…", control characters)
 * falls back to the home page.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f]/.test(value)) return "/";
  const base = "http://binome.invalid";
  try {
    const url = new URL(value, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
