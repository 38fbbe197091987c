import { SparkSession } from "../../src/index.js";
import type { DataFrame } from "../../src/api/dataframe.js";

/** A fresh session per test file (UTC so timestamps print deterministically). */
export function testSession(): SparkSession {
  return SparkSession.builder.master("local[2]").config("spark.sql.session.timeZone", "UTC").create();
}

export function vendas(spark: SparkSession): DataFrame {
  return spark.createDataFrame(
    [
      ["SP", "café", 12.5, 3],
      ["SP", "pão", 0.75, 10],
      ["RJ", "café", 13.0, 2],
      ["RJ", "leite", 4.2, 0],
      ["BH", "queijo", null, 1],
    ],
    "loja STRING, produto STRING, valor DOUBLE, qtd INT",
  );
}

/** Trims the text block's first newline so expected tables can be written as template strings. */
export const table = (s: string): string => s.replace(/^\n/, "");
