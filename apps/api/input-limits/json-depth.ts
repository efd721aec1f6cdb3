/**
 * How deeply a JSON text nests objects and arrays, read from its bytes before it is parsed
 * (brackets inside strings do not count). Stops as soon as `limit` is passed: the answer is then
 * `limit + 1`. Linear in the length, no recursion.
 */
export function jsonDepth(bytes: Uint8Array, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // a backslash escapes the next byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) {
      inString = true;
    } else if (b === 0x7b || b === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
    }
  }
  return deepest;
}
