// Everything a session's queries share: conf, catalog, parser, UDFs, cache, operation queue.

import os from "node:os";
import type { FunctionContext } from "../functions/function-definition.js";
import type { Expr } from "../plan/expr/unresolved.js";
import type { LogicalPlan } from "../plan/logical/unresolved.js";
import type { RPlan } from "../plan/logical/resolved.js";
import type { DataType } from "../types/data-type.js";
import { RuntimeConfig } from "./conf.js";
import { SessionCatalog } from "./catalog.js";
import { OperationQueue } from "./operation-queue.js";
import { CacheManager } from "./cache-manager.js";
import { tablePlan } from "./table-plan.js";
import { codegenExplain } from "./codegen-explain.js";

export interface SqlParser {
  parseQuery(sql: string): LogicalPlan;
  parseExpression(sql: string): Expr;
  parseDataType(sql: string): DataType;
}

export interface UdfEntry {
  fn: (...a: unknown[]) => unknown;
  returnType: DataType;
  deterministic: boolean;
}

export function parseMaster(master: string): { cores: number; maxFailures: number } {
  if (master === "local") return { cores: 1, maxFailures: 1 };
  const m = /^local\[(\*|\d+)(?:,\s*(\d+))?\]$/.exec(master);
  if (!m) return { cores: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), maxFailures: 1 };
  const cores = m[1] === "*" ? Math.max(1, os.availableParallelism?.() ?? os.cpus().length) : Number(m[1]);
  return { cores, maxFailures: m[2] ? Number(m[2]) : 1 };
}

export class SessionState {
  readonly catalog: SessionCatalog;
  readonly queue = new OperationQueue();
  readonly udfs = new Map<string, UdfEntry>();
  readonly cache = new CacheManager();

  constructor(
    readonly conf: RuntimeConfig,
    readonly parser: SqlParser,
  ) {
    this.catalog = new SessionCatalog(() => this.conf.bool("spark.sql.caseSensitive"));
  }

  get defaultParallelism(): number {
    const p = this.conf.getOption("spark.default.parallelism");
    return p ? Number(p) : parseMaster(this.conf.get("spark.master")).cores;
  }

  functionContext(): FunctionContext {
    return {
      ansi: this.conf.bool("spark.sql.ansi.enabled"),
      timeZone: this.conf.get("spark.sql.session.timeZone"),
      conf: (key, fallback) => this.conf.getOption(key) ?? fallback,
    };
  }

  lookupRelationPlan(nameParts: readonly string[]): LogicalPlan | null {
    const found = this.catalog.lookupRelation(nameParts);
    if (!found) return null;
    return "kind" in found ? found : tablePlan(found);
  }

  async codegenSource(plan: RPlan): Promise<string> {
    return codegenExplain(plan);
  }
}
