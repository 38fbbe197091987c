// Input files both sides read (the server runs on this machine, so paths are shared): CSV with
// a header and a custom separator, JSON lines, multi-line JSON, and text.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const INPUT = {
  csvHeader: "people.csv",
  csvSemicolon: "semicolon.csv",
  jsonLines: "events.jsonl",
  jsonMultiLine: "multi.json",
  text: "lines.txt",
  csvDir: "csvdir",
} as const;

export function writeInputs(dir: string): void {
  mkdirSync(path.join(dir, INPUT.csvDir), { recursive: true });
  const put = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  put(INPUT.csvHeader, "id,name,score,joined\n1,Ana,9.5,2020-01-02\n2,Bruno,,2021-03-04\n3,\"Silva, C\",7,\n4,NA,8.25,2019-12-31\n");
  put(INPUT.csvSemicolon, "a;b;when\n1;x;01/02/2020\n2;NULL;15/08/2021\n");
  put(INPUT.jsonLines, '{"id":1,"kind":"click","tags":["a","b"],"at":{"x":1.5}}\n{"id":2,"kind":null,"tags":[]}\n{"id":3,"kind":"view","extra":true}\n');
  put(INPUT.jsonMultiLine, '[\n  {"k": 1,\n   "v": "one"},\n  {"k": 2, "v": "two"}\n]\n');
  put(INPUT.text, "first line\n\nthird line with  spaces\nlast");
  put(path.join(INPUT.csvDir, "part-a.csv"), "x,y\n1,a\n2,b\n");
  put(path.join(INPUT.csvDir, "part-b.csv"), "x,y\n3,c\n");
}
