/** A query string of the filters that are set, in the order given, so the same filters make the same URL. */
export function queryString<Q extends Partial<Record<K, string | null | undefined>>, K extends string>(query: Q, keys: readonly K[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
