// Local paths for SparkContext inputs and outputs: plain paths and file:// URIs. Other schemes
// (hdfs://, s3a://, ...) are refused with a pointer to remote sessions. Inputs may be files,
// directories (their visible files), globs (*, ?, [..], {a,b}) and comma-separated lists.

import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export function resolveLocalPath(p: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(p);
  if (m && !(m[1]!.length === 1 && /^[a-zA-Z]:[\\/]/.test(p))) {
    const scheme = m[1]!.toLowerCase();
    if (scheme === "file") return p.startsWith("file://") ? fileURLToPath(p) : resolve(p.slice(5));
    throw new Error(`Scheme "${scheme}" is not supported locally (${p}) — use a remote Spark session (SparkSession.builder.remote("sc://host:15002")) to read or write ${scheme}:// paths`);
  }
  return resolve(p);
}

const hidden = (name: string) => name.startsWith("_") || name.startsWith(".");

/** Expands inputs to a sorted list of files. Throws Hadoop's message when nothing matches. */
export function listInputFiles(spec: string): string[] {
  const out: string[] = [];
  for (const raw of spec.split(",").map((s) => s.trim()).filter((s) => s.length > 0)) {
    const p = resolveLocalPath(raw);
    const matches = /[*?[{]/.test(p) ? expandGlob(p) : existsSync(p) ? [p] : [];
    if (matches.length === 0) throw new Error(`Input path does not exist: file:${p}`);
    for (const m of matches) {
      const st = statSync(m);
      if (st.isDirectory()) {
        for (const name of readdirSync(m).sort()) {
          const f = join(m, name);
          if (!hidden(name) && statSync(f).isFile()) out.push(f);
        }
      } else out.push(m);
    }
  }
  return out;
}

function expandGlob(pattern: string): string[] {
  const parts = pattern.split(sep);
  let bases = [isAbsolute(pattern) ? sep : "."];
  for (const part of parts) {
    if (part === "") continue;
    const next: string[] = [];
    if (!/[*?[{]/.test(part)) {
      for (const b of bases) if (existsSync(join(b, part))) next.push(join(b, part));
    } else {
      const re = globToRegExp(part);
      for (const b of bases) {
        if (!existsSync(b) || !statSync(b).isDirectory()) continue;
        for (const name of readdirSync(b).sort()) if (re.test(name) && !hidden(name)) next.push(join(b, name));
      }
    }
    bases = next;
  }
  return bases;
}

function globToRegExp(g: string): RegExp {
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const j = g.indexOf("]", i);
      re += j > i ? "[" + g.slice(i + 1, j).replace(/^\^|^!/, "^") + "]" : "\\[";
      if (j > i) i = j;
    } else if (c === "{") {
      const j = g.indexOf("}", i);
      if (j > i) {
        re += "(?:" + g.slice(i + 1, j).split(",").map(escape).join("|") + ")";
        i = j;
      } else re += "\\{";
    } else re += escape(c);
  }
  return new RegExp("^" + re + "$");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
