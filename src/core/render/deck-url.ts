// Where a deck lives under a server or a built folder: one spelling for every link and redirect.

/** The deck's path segment in a URL: `讲话 稿` → `%E8%AE%B2%E8%AF%9D%20%E7%A8%BF`. */
export function deckUrlPath(name: string): string {
  return encodeURIComponent(name);
}
