// SET (overridden settings), SET -v (documented settings), SET key (value or <undefined>),
// SET key=value (changes the session conf; static settings are refused).
import type { DataFrame } from "../../api/dataframe.js";
import { AnalysisException } from "../../errors/spark-error.js";
import type { SetStatement } from "../../sql/statement.js";
import { CONF_DEFAULTS } from "../conf.js";
import { command, stringCols, type StatementContext } from "./context.js";
import { HIDDEN_CONFS, STATIC_CONFS } from "./conf-snapshot.js";

export function runSet(ctx: StatementContext, stmt: SetStatement): DataFrame {
  const conf = ctx.state.conf;
  if (stmt.verbose) {
    return command(ctx, stringCols("key", "value", "meaning", "Since version"), () =>
      Object.keys(CONF_DEFAULTS)
        .filter((k) => k.startsWith("spark.sql."))
        .sort()
        .map((k) => [k, conf.getOption(k) ?? "<undefined>", "", ""]),
    );
  }
  if (stmt.key === undefined) {
    return command(ctx, stringCols("key", "value"), () =>
      Object.entries(conf.getAll())
        .filter(([k, v]) => !HIDDEN_CONFS.has(k) && CONF_DEFAULTS[k] !== v)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  }
  const key = stmt.key;
  if (stmt.value === undefined) {
    return command(ctx, stringCols("key", "value"), () => [[key, conf.getOption(key) ?? "<undefined>"]]);
  }
  const value = stmt.value;
  return command(ctx, stringCols("key", "value"), () => {
    if (STATIC_CONFS.has(key)) throw new AnalysisException("CANNOT_MODIFY_STATIC_CONFIG", { key: `"${key}"` });
    conf.set(key, value);
    return [[key, value]];
  });
}
