/**
 * 32-bit FNV-1a over UTF-16 code units, in base 36 (at most 7 characters). Small, fast and
 * stable across runs and platforms: what map ids and shortened marker ids need (not security).
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
