// The golden file format (read here and by generate_expected.py):
//
//   -- known-failure: <reason>      (optional, any number of comment lines before -- query)
//   -- query
//   SELECT ...                      (one or more lines, no blank line inside)
//   -- expected                     (then the show() text, up to the next blank line)
//   +---+
//   ...
// or
//   -- error ERROR_CLASS            (Spark raised; UNKNOWN = an error without a class)

export interface GoldenCase {
  readonly sql: string;
  /** show() text without the final newline, or "-- error CLASS". */
  readonly expected: string;
  readonly knownFailure?: string;
}

export function parseGoldenFile(text: string): GoldenCase[] {
  const lines = text.split("\n");
  const out: GoldenCase[] = [];
  let knownFailure: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const mark = /^-- known-failure:\s*(.*)$/.exec(line);
    if (mark) {
      knownFailure = mark[1]!.trim();
      i++;
      continue;
    }
    if (line.trim() !== "-- query") {
      i++;
      continue;
    }
    i++;
    const sql: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== "" && !lines[i]!.startsWith("-- expected") && !lines[i]!.startsWith("-- error")) sql.push(lines[i++]!);
    let expected: string;
    if (lines[i]?.startsWith("-- error")) {
      expected = lines[i++]!.trim();
    } else if (lines[i]?.startsWith("-- expected")) {
      i++;
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== "") rows.push(lines[i++]!);
      expected = rows.join("\n");
    } else {
      throw new Error(`golden case without expected output: ${sql.join(" ")}`);
    }
    out.push({ sql: sql.join("\n"), expected, ...(knownFailure !== undefined ? { knownFailure } : {}) });
    knownFailure = undefined;
  }
  return out;
}
