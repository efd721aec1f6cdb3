/**
 * The SQL of a demo record's id: derived from `text` (an SQL expression) by md5, so a seed is
 * repeatable, with the version (4) and variant bits of an RFC 9562 UUID set. A bare md5 is not a
 * UUID to the API's validators (`@IsUUID()`): a demo user's id refused as `?userId=` made My day
 * fail for every demo user.
 */
export function demoUuid(text: string): string {
  const hex = `md5(${text})`;
  return `overlay(overlay(${hex} placing '4' from 13) placing translate(substr(${hex}, 17, 1), '0123456789abcdef', '89ab89ab89ab89ab') from 17)::uuid`;
}
