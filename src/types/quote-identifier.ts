// Identifier quoting as Spark applies it when printing schemas as SQL/DDL: a name is left bare
// only when it is a plain identifier (letter or underscore, then letters, digits, underscores);
// anything else is wrapped in backticks with inner backticks doubled.

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function quoteIdentifierIfNeeded(name: string): string {
  if (PLAIN_IDENTIFIER.test(name)) return name;
  return "`" + name.replace(/`/g, "``") + "`";
}

/** Escapes a string for a single-quoted SQL literal the way Spark writes COMMENT clauses. */
export function escapeSingleQuoted(text: string): string {
  return text.replace(/'/g, "\\'");
}
