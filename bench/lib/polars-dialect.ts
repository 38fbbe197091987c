// The one dialect difference the harness bridges for Polars' SQL: Spark's `interval '3' month`
// is Polars' `interval '3 months'`. Nothing query-specific.
export function polarsDialect(sql: string): string {
  return sql.replace(/interval\s+'(\d+)'\s+(day|month|year)s?\b/gi, (_m, n: string, u: string) => `interval '${n} ${u.toLowerCase()}s'`);
}
