/**
 * A query string of the values given, empty ones left out: `limit=30&q=acme`; a list repeats its
 * name (`custom=seats:10..&custom=vip:true`).
 */
export function queryString(
  params: Record<string, string | string[] | number | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    for (const one of Array.isArray(value) ? value : [value])
      if (one !== undefined && one !== null && one !== '') search.append(key, String(one));
  return search.toString();
}

/** The values that are set, for the typed client's query: an empty field (or list) filters nothing. */
export function setValues<T extends Record<string, string | string[] | number | undefined>>(
  params: T,
): Partial<T> {
  return Object.fromEntries(
    Object.entries(params).filter(
      ([, value]) =>
        value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  ) as Partial<T>;
}
