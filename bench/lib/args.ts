// Command-line options of `npm run bench -- ...`.

export interface BenchArgs {
  quick: boolean;
  sf: number;
  /** Query names (q01..q22) and micro-benchmark names to run; empty = all. */
  only: string[];
  runs: number;
  engines: string[] | null;
  /** One process per (engine, query, run): honest cold time and peak memory per query. */
  isolate: boolean;
  format: "parquet" | "csv";
  tpch: boolean;
  micro: boolean;
  /** Rows of the in-memory micro-benchmark table. */
  rows: number;
  timeoutSec: number;
  /** Bytes of CSV for the ingest micro-benchmark (full mode: ≥ 1 GB). */
  csvIngestSf: number;
}

export const USAGE = `npm run bench -- [options]
  --quick             small data (sf 0.01, 1M micro rows), one run, shared processes: a CI smoke run
  --sf N              TPC-H scale factor (default 1; quick 0.01)
  --only a,b,...      only these queries / micro-benchmarks (q01,q6,groupby-int-low,csv-ingest,...)
  --runs N            repetitions, median reported (default 3; quick 1)
  --engines a,b,...   duckdb,duckdb-1t,faisca,faisca-1,faisca-df,polars,pyspark
  --format F          parquet (default) or csv for the TPC-H files
  --isolate | --shared  one process per query and run (default in full mode) or per engine (quick)
  --no-tpch | --no-micro
  --rows N            rows of the in-memory micro-benchmark table (default 10M; quick 1M)
  --timeout S         seconds before one engine process is killed (default 900; quick 120)`;

export function parseArgs(argv: string[]): BenchArgs {
  const quick = argv.includes("--quick");
  const a: BenchArgs = {
    quick,
    sf: quick ? 0.01 : 1,
    only: [],
    runs: quick ? 1 : 3,
    engines: null,
    isolate: !quick,
    format: "parquet",
    tpch: true,
    micro: true,
    rows: quick ? 1_000_000 : 10_000_000,
    timeoutSec: quick ? 120 : 900,
    csvIngestSf: quick ? 0.01 : 1.5,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case "--quick":
        break;
      case "--sf":
        a.sf = Number(next());
        break;
      case "--only":
        a.only = next().split(",").map((s) => normalizeName(s.trim())).filter((s) => s !== "");
        break;
      case "--runs":
        a.runs = Math.max(1, Number(next()));
        break;
      case "--engines":
        a.engines = next().split(",").map((s) => s.trim());
        break;
      case "--format":
        a.format = next() === "csv" ? "csv" : "parquet";
        break;
      case "--isolate":
        a.isolate = true;
        break;
      case "--shared":
        a.isolate = false;
        break;
      case "--no-tpch":
        a.tpch = false;
        break;
      case "--no-micro":
        a.micro = false;
        break;
      case "--rows":
        a.rows = Number(next());
        break;
      case "--timeout":
        a.timeoutSec = Number(next());
        break;
      case "--help":
      case "-h":
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (!(a.sf > 0)) throw new Error("--sf must be a positive number");
  return a;
}

/** "q1" / "Q01" / "1" → "q01"; other names unchanged (lower case). */
export function normalizeName(s: string): string {
  const m = /^q?(\d{1,2})$/i.exec(s);
  return m ? `q${m[1].padStart(2, "0")}` : s.toLowerCase();
}
