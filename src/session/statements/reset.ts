// RESET [key]: back to the value the session started with (or the default).
import type { DataFrame } from "../../api/dataframe.js";
import type { ResetStatement } from "../../sql/statement.js";
import { CONF_DEFAULTS } from "../conf.js";
import { noResult, type StatementContext } from "./context.js";
import { HIDDEN_CONFS, initialConf, STATIC_CONFS } from "./conf-snapshot.js";

export function runReset(ctx: StatementContext, stmt: ResetStatement): DataFrame {
  return noResult(ctx, () => {
    const conf = ctx.state.conf;
    const initial = initialConf(conf);
    const keys = stmt.key !== undefined ? [stmt.key] : Object.keys(conf.getAll());
    for (const k of keys) {
      if (STATIC_CONFS.has(k) || HIDDEN_CONFS.has(k) || k === "spark.master" || k === "spark.app.name") continue;
      const v = initial[k];
      if (v === undefined || v === CONF_DEFAULTS[k]) conf.unset(k);
      else conf.set(k, v);
    }
  });
}
