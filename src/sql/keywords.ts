// Keyword classes. Spark's keywords are case-insensitive and most are "non-reserved": they can
// name columns and tables. We reject as bare identifiers only the ANSI reserved words (Spark's
// behaviour with spark.sql.ansi.enforceReservedKeywords=true) and, for aliases written without AS,
// also the words that can follow a select item or a relation.

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** ANSI SQL reserved keywords as Spark lists them (cannot be unquoted column/table names). */
export const RESERVED = words(`
  ALL AND ANY AS AUTHORIZATION BOTH CASE CAST CHECK COLLATE COLUMN CONSTRAINT CREATE CROSS
  CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DISTINCT ELSE END ESCAPE EXCEPT FALSE
  FETCH FILTER FOR FOREIGN FROM FULL GRANT GROUP HAVING IN INNER INTERSECT INTO IS JOIN LATERAL
  LEADING LEFT NATURAL NOT NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PRIMARY REFERENCES RIGHT
  SELECT SESSION_USER SOME TABLE THEN TIME TO TRAILING TRUE UNION UNIQUE UNKNOWN USER USING WHEN
  WHERE WITH
`);

/** Words that end a select item / relation, so they are never taken as an alias without AS. */
export const NOT_IMPLICIT_ALIAS = new Set([
  ...RESERVED,
  ...words(`
    LIMIT WINDOW QUALIFY CLUSTER DISTRIBUTE SORT SEMI ANTI MINUS PIVOT UNPIVOT TABLESAMPLE
    LIKE ILIKE RLIKE REGEXP BETWEEN DIV OVER INSERT VALUES LATERAL EXCEPT SETMINUS
  `),
]);

/** Reserved words that still start an expression (literals, special forms, functions). */
export const RESERVED_EXPRESSION_STARTS = words(`
  CASE CAST NOT NULL TRUE FALSE CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER USER
  SESSION_USER
`);
