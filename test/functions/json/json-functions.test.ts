// JSON functions; expected outputs recorded from PySpark 4.1 (show with truncate=false).
import { test } from "node:test";
import assert from "node:assert/strict";
import { testSession } from "../../api/helpers.js";

const spark = testSession();
const show = (sql: string) => spark.sql(sql).showString(20, 0);

test("get_json_object paths, number normalization, nulls and invalid JSON", async () => {
  assert.equal(
    await show(`SELECT get_json_object('{"a":{"b":[1,2,{"c":"x"}]},"d":1.50,"e":null}', '$.a.b[2].c') AS c, get_json_object('{"a":{"b":[1,2]}}', '$.a.b') AS b, get_json_object('{"d":1.50}', '$.d') AS d, get_json_object('{"e":null}', '$.e') AS e, get_json_object('not json', '$.a') AS bad`),
    "+---+-----+---+----+----+\n|c  |b    |d  |e   |bad |\n+---+-----+---+----+----+\n|x  |[1,2]|1.5|NULL|NULL|\n+---+-----+---+----+----+\n",
  );
});

test("from_json into a struct; malformed input gives a struct of nulls", async () => {
  assert.equal(
    await show(`SELECT from_json('{"a":1,"b":"x","c":[1,2]}', 'a INT, b STRING, c ARRAY<INT>') AS s`),
    "+--------------+\n|s             |\n+--------------+\n|{1, x, [1, 2]}|\n+--------------+\n",
  );
  assert.equal(
    await show(`SELECT from_json('{"a":"oops"}', 'a INT') AS s, from_json('garbage', 'a INT') AS g`),
    "+------+------+\n|s     |g     |\n+------+------+\n|{NULL}|{NULL}|\n+------+------+\n",
  );
});

test("to_json omits null fields", async () => {
  assert.equal(
    await show(`SELECT to_json(named_struct('a', 1, 'b', 'x', 'c', CAST(NULL AS INT), 'd', 1.5D, 'e', array(1,2))) AS j`),
    '+---------------------------------+\n|j                                |\n+---------------------------------+\n|{"a":1,"b":"x","d":1.5,"e":[1,2]}|\n+---------------------------------+\n',
  );
});

test("schema_of_json and json_tuple", async () => {
  assert.equal(
    await show(`SELECT schema_of_json('{"a":1,"b":[1.5],"c":{"d":"x"}}') AS s`),
    "+---------------------------------------------------------+\n|s                                                        |\n+---------------------------------------------------------+\n|STRUCT<a: BIGINT, b: ARRAY<DOUBLE>, c: STRUCT<d: STRING>>|\n+---------------------------------------------------------+\n",
  );
  assert.equal(
    await show(`SELECT json_tuple('{"a":1,"b":"x"}', 'a', 'b', 'z')`),
    "+---+---+----+\n|c0 |c1 |c2  |\n+---+---+----+\n|1  |x  |NULL|\n+---+---+----+\n",
  );
});
