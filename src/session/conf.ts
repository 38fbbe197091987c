// RuntimeConfig: spark.conf.get/set/unset with Spark's defaults for the settings we read.

export const CONF_DEFAULTS: Readonly<Record<string, string>> = {
  "spark.app.name": "faisca",
  "spark.master": "local[*]",
  "spark.sql.ansi.enabled": "true",
  "spark.sql.session.timeZone": Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
  "spark.sql.shuffle.partitions": "200",
  "spark.sql.caseSensitive": "false",
  "spark.sql.codegen.wholeStage": "true",
  "spark.faisca.codegen.enabled": "true",
  "spark.sql.warehouse.dir": "spark-warehouse",
  "spark.sql.files.maxPartitionBytes": "134217728",
  "spark.sql.autoBroadcastJoinThreshold": "10485760",
  "spark.sql.adaptive.enabled": "true",
  "spark.sql.optimizer.excludedRules": "",
  "spark.sql.sources.partitionOverwriteMode": "static",
  "spark.faisca.batchSize": "4096",
};

export class RuntimeConfig {
  private readonly values = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  get(key: string, fallback?: string): string {
    const v = this.values.get(key) ?? CONF_DEFAULTS[key] ?? fallback;
    if (v === undefined) {
      throw new Error(`[SQL_CONF_NOT_FOUND] The SQL config "${key}" cannot be found. Please verify that the config exists. SQLSTATE: 42K0I`);
    }
    return v;
  }

  getOption(key: string): string | undefined {
    return this.values.get(key) ?? CONF_DEFAULTS[key];
  }

  set(key: string, value: string | number | boolean): void {
    this.values.set(key, String(value));
  }

  unset(key: string): void {
    this.values.delete(key);
  }

  isModifiable(key: string): boolean {
    return !key.startsWith("spark.master") && !key.startsWith("spark.executor");
  }

  getAll(): Record<string, string> {
    return { ...CONF_DEFAULTS, ...Object.fromEntries(this.values) };
  }

  bool(key: string): boolean {
    return this.get(key).toLowerCase() === "true";
  }
}
