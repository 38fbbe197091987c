// Writes a run's results as bench/results/<date>-sf<N>.{md,json,svg}.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem, platform, release } from "node:os";
import { join } from "node:path";
import { RATIO_PAIRS } from "./engines.js";
import type { MicroResults } from "./micro-run.js";
import { RESULTS_DIR } from "./paths.js";
import { geomean } from "./stats.js";
import type { QueryResult, TpchResults } from "./tpch-run.js";

export interface RunReport {
  date: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memGiB: number; os: string; node: string };
  tpch: TpchResults | null;
  micro: MicroResults | null;
  notes: string[];
}

export function machineInfo(): RunReport["machine"] {
  const c = cpus();
  return { cpus: c.length, cpuModel: c[0]?.model ?? "?", memGiB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, node: process.version };
}

const fmtMs = (ms: number | null | undefined) => (ms == null ? "–" : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const fmtMiB = (b: number | null | undefined) => (b == null || b === 0 ? "–" : `${(b / 2 ** 20).toFixed(0)} MiB`);
const fmtRatio = (r: number | null) => (r == null ? "–" : r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);
const esc = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

function cellText(r: QueryResult | undefined, pick: (r: QueryResult) => number | null, fmt: (x: number | null) => string): string {
  if (!r) return "";
  if (r.status === "ok" || r.status === "unverified") return fmt(pick(r)) + (r.status === "unverified" ? " (unverified)" : "");
  return r.status === "mismatch" ? "**wrong**" : r.status === "timeout" ? "timeout" : "fail";
}

export type Metric = "warmMs" | "coldE2eMs";

/** Faísca/peer ratio for one query (null unless both answered correctly). */
export function ratio(t: TpchResults, faisca: string, peer: string, q: string, m: Metric): number | null {
  const a = t.results[faisca]?.[q];
  const b = t.results[peer]?.[q];
  if (!a || !b || a.status !== "ok" || (b.status !== "ok" && b.status !== "unverified")) return null;
  const x = a[m];
  const y = b[m];
  return x != null && y != null && y > 0 ? x / y : null;
}

function tpchTable(t: TpchResults, m: Metric, title: string): string[] {
  const engines = t.engines.map((e) => e.id);
  const pairs = RATIO_PAIRS.filter((p) => engines.includes(p.faisca) && engines.includes(p.peer));
  const head = [...t.engines.map((e) => e.label), ...pairs.map((p) => `${p.faisca}/${p.peer}`)];
  const lines = [`### ${title}`, "", `| query | ${head.join(" | ")} |`, `|---|${head.map(() => "---:").join("|")}|`];
  for (const q of t.queries) {
    const cells = t.engines.map((e) => cellText(t.results[e.id]?.[q], (r) => r[m], fmtMs));
    const ratios = pairs.map((p) => fmtRatio(ratio(t, p.faisca, p.peer, q, m)));
    lines.push(`| ${q} | ${[...cells, ...ratios].join(" | ")} |`);
  }
  const gm = pairs.map((p) => {
    const rs = t.queries.map((q) => ratio(t, p.faisca, p.peer, q, m)).filter((x): x is number => x !== null);
    return rs.length === 0 ? "–" : `${fmtRatio(geomean(rs))} (${rs.length} q)`;
  });
  const ok = t.engines.map((e) => `${t.queries.filter((q) => t.results[e.id]?.[q]?.status === "ok").length}/${t.queries.length} ok`);
  lines.push(`| **geomean** | ${[...ok, ...gm].join(" | ")} |`, "");
  return lines;
}

function memoryTable(t: TpchResults): string[] {
  if (!t.isolate) {
    const lines = ["### Peak RSS (one process per engine ran all queries)", "", "| engine | peak RSS | start-up |", "|---|---:|---:|"];
    for (const e of t.engines) lines.push(`| ${e.label} | ${fmtMiB(Math.max(0, ...e.processPeakRssBytes))} | ${fmtMs(e.startupMs.length ? e.startupMs.reduce((a, b) => a + b) / e.startupMs.length : null)} |`);
    return [...lines, ""];
  }
  const lines = ["### Peak RSS per query (whole process tree, median of runs)", "", `| query | ${t.engines.map((e) => e.label).join(" | ")} |`, `|---|${t.engines.map(() => "---:").join("|")}|`];
  for (const q of t.queries) lines.push(`| ${q} | ${t.engines.map((e) => cellText(t.results[e.id]?.[q], (r) => r.peakRssBytes, fmtMiB)).join(" | ")} |`);
  return [...lines, ""];
}

function failures(t: TpchResults): string[] {
  const lines = ["### Failures and wrong answers", "", "| engine | query | status | first line of the error / what differs |", "|---|---|---|---|"];
  let n = 0;
  for (const e of t.engines) {
    for (const q of t.queries) {
      const r = t.results[e.id]?.[q];
      if (!r || r.status === "ok") continue;
      n++;
      lines.push(`| ${e.id} | ${q} | ${r.status} | ${esc((r.message ?? "").slice(0, 300))} |`);
    }
  }
  return n === 0 ? ["All engines answered all queries and agreed with DuckDB.", ""] : [...lines, ""];
}

export function renderMarkdown(r: RunReport): string {
  const L: string[] = [`# Faísca benchmark — ${r.date}`, "", `Command: \`${r.command}\``, ""];
  L.push(`Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memGiB} GiB, ${r.machine.os}, Node ${r.machine.node}.`, "");
  for (const n of r.notes) L.push(`- ${n}`);
  if (r.notes.length) L.push("");
  const t = r.tpch;
  if (t) {
    L.push(`## TPC-H sf${t.sf} (${t.format}; median of ${t.runs} run${t.runs > 1 ? "s" : ""}; ${t.isolate ? "one process per query and run" : "one process per engine and run"})`, "");
    L.push("Engines:", "");
    for (const e of t.engines) L.push(`- **${e.label}** (\`${e.id}\`): ${[e.version, e.format && `reads ${e.format}`, e.note].filter(Boolean).join("; ")}`);
    L.push("");
    L.push("Cells are times; **wrong** = answer differs from DuckDB's, fail = error (see below). Ratios are Faísca time / peer time (below 1 = Faísca faster), only where both answered correctly.", "");
    L.push(...tpchTable(t, "warmMs", "Warm (second run in the same process, same files, no caching)"));
    L.push(...tpchTable(t, "coldE2eMs", t.isolate ? "Cold end to end (process start → first result, including file reading)" : "Cold (engine start-up + first run including file reading)"));
    L.push(...memoryTable(t), ...failures(t));
  }
  if (r.micro) L.push(...renderMicro(r.micro));
  return L.join("\n") + "\n";
}

function renderMicro(m: MicroResults): string[] {
  const engines = m.engines;
  const L = [`## Micro-benchmarks (${m.rows.toLocaleString("en-US")} in-memory rows; median of ${m.runs})`, ""];
  L.push(`| benchmark | unit | ${engines.map((e) => e.label).join(" | ")} | faisca/duckdb | faisca/duckdb-1t |`);
  L.push(`|---|---|${engines.map(() => "---:").join("|")}|---:|---:|`);
  for (const b of m.benches) {
    const vals = engines.map((e) => {
      const c = b.results[e.id];
      if (!c) return "";
      if (c.status !== "ok") return c.status === "mismatch" ? "**wrong**" : c.status;
      return c.value == null ? "–" : c.value >= 100 ? c.value.toFixed(0) : c.value.toFixed(2);
    });
    const ratioTo = (peer: string) => {
      const a = b.results.faisca;
      const p = b.results[peer];
      if (!a || !p || a.status !== "ok" || p.status !== "ok" || a.value == null || p.value == null) return "–";
      // Higher is better for MB/s: the ratio is always "how many times slower is Faísca".
      return fmtRatio(b.higherIsBetter ? p.value / a.value : a.value / p.value);
    };
    L.push(`| ${b.name} | ${b.unit} | ${vals.join(" | ")} | ${ratioTo("duckdb")} | ${ratioTo("duckdb-1t")} |`);
  }
  L.push("", "Ratios are Faísca cost / peer cost (ns/row, ms) or peer throughput / Faísca throughput (MB/s): above 1 = Faísca slower.", "");
  const fails = m.benches.flatMap((b) => Object.entries(b.results).filter(([, c]) => c.status !== "ok").map(([e, c]) => `| ${e} | ${b.name} | ${c.status} | ${esc((c.message ?? "").slice(0, 300))} |`));
  if (fails.length) L.push("| engine | benchmark | status | message |", "|---|---|---|---|", ...fails, "");
  for (const b of m.benches) if (b.description) L.push(`- **${b.name}**: ${b.description}`);
  L.push("");
  return L;
}

const COLORS = ["#e4572e", "#29335c", "#f3a712", "#669bbc", "#a8c686", "#7d5ba6", "#888888"];

/** Warm time per query relative to DuckDB's, log scale, one bar per engine. */
export function renderSvg(t: TpchResults): string {
  const engines = t.engines.filter((e) => e.id !== "duckdb");
  const rowH = 6 + engines.length * 7;
  const left = 50;
  const width = 760;
  const plotW = width - left - 20;
  const top = 40;
  const height = top + t.queries.length * rowH + 60;
  const lo = Math.log10(0.1);
  const hi = Math.log10(1000);
  const x = (r: number) => left + ((Math.min(Math.max(Math.log10(r), lo), hi) - lo) / (hi - lo)) * plotW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="10">`,
    `<text x="${left}" y="16" font-size="13">TPC-H sf${t.sf} warm time relative to DuckDB (log scale; left of 1× = faster than DuckDB)</text>`,
  ];
  for (const tick of [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000]) {
    out.push(`<line x1="${x(tick)}" y1="${top - 4}" x2="${x(tick)}" y2="${height - 50}" stroke="${tick === 1 ? "#000" : "#ddd"}"/>`);
    out.push(`<text x="${x(tick)}" y="${top - 8}" text-anchor="middle">${tick}×</text>`);
  }
  t.queries.forEach((q, qi) => {
    const y0 = top + qi * rowH;
    out.push(`<text x="${left - 6}" y="${y0 + rowH / 2 + 3}" text-anchor="end">${q}</text>`);
    engines.forEach((e, ei) => {
      const r = ratio(t, e.id, "duckdb", q, "warmMs");
      const y = y0 + 3 + ei * 7;
      if (r === null) out.push(`<text x="${left + 2}" y="${y + 6}" fill="${COLORS[ei % COLORS.length]}" font-size="7">${t.results[e.id]?.[q]?.status ?? ""}</text>`);
      else out.push(`<rect x="${left}" y="${y}" width="${Math.max(1, x(r) - left).toFixed(1)}" height="6" fill="${COLORS[ei % COLORS.length]}"><title>${e.label} ${q}: ${r.toFixed(2)}× DuckDB</title></rect>`);
    });
  });
  engines.forEach((e, ei) => {
    const lx = left + (ei % 4) * 175;
    const ly = height - 34 + Math.floor(ei / 4) * 14;
    out.push(`<rect x="${lx}" y="${ly - 8}" width="10" height="8" fill="${COLORS[ei % COLORS.length]}"/><text x="${lx + 14}" y="${ly}">${e.label.replaceAll("&", "&amp;")}</text>`);
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}

/** Writes the three files; returns the markdown path. */
export function writeReport(r: RunReport, sf: number): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = join(RESULTS_DIR, `${r.date}-sf${sf}`);
  writeFileSync(`${base}.json`, JSON.stringify(r, null, 1) + "\n");
  let md = renderMarkdown(r);
  if (r.tpch) {
    writeFileSync(`${base}.svg`, renderSvg(r.tpch));
    md = md.replace("## TPC-H", `![warm time relative to DuckDB](./${r.date}-sf${sf}.svg)\n\n## TPC-H`);
  }
  writeFileSync(`${base}.md`, md);
  return `${base}.md`;
}
