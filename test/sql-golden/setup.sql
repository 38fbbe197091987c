-- Fixture views shared by every golden file (run first, in each file's session).
CREATE OR REPLACE TEMPORARY VIEW emp AS SELECT * FROM VALUES
  (1, 'Alice', 'eng', 120, 10.5D, DATE'2020-01-15', CAST(NULL AS INT)),
  (2, 'Bob', 'eng', 100, CAST(NULL AS DOUBLE), DATE'2021-03-01', 1),
  (3, 'Carol', 'sales', 90, 5.0D, DATE'2019-07-30', 1),
  (4, 'Dan', 'sales', 90, 2.5D, DATE'2022-11-11', 3),
  (5, 'Eve', 'hr', 70, CAST(NULL AS DOUBLE), DATE'2018-05-20', 1),
  (6, 'Frank', CAST(NULL AS STRING), 60, 1.0D, DATE'2023-02-28', CAST(NULL AS INT))
  AS emp(id, name, dept, salary, bonus, hired, manager);

CREATE OR REPLACE TEMPORARY VIEW dept AS SELECT * FROM VALUES
  ('eng', 3, 'Engineering'),
  ('sales', 1, 'Sales'),
  ('ops', 2, 'Operations')
  AS dept(dept, floor, dname);

CREATE OR REPLACE TEMPORARY VIEW nums AS SELECT * FROM VALUES
  (1, 10L, 1.5D, 'a'),
  (2, 20L, -2.25D, 'b'),
  (3, CAST(NULL AS BIGINT), 0.0D, CAST(NULL AS STRING)),
  (CAST(NULL AS INT), 40L, CAST(NULL AS DOUBLE), 'd'),
  (-5, -50L, 100.125D, 'e')
  AS nums(x, y, d, s);

CREATE OR REPLACE TEMPORARY VIEW strs AS SELECT * FROM VALUES
  (1, ' Hello '),
  (2, 'world'),
  (3, 'Spark SQL'),
  (4, ''),
  (5, CAST(NULL AS STRING)),
  (6, 'ação')
  AS strs(k, s);

CREATE OR REPLACE TEMPORARY VIEW orders AS SELECT * FROM VALUES
  (1, 'ana', 10.50BD, DATE'2024-01-01', array('a', 'b')),
  (2, 'ana', 20.00BD, DATE'2024-01-15', array('c')),
  (3, 'bia', 5.25BD, DATE'2024-02-01', array()),
  (4, 'caio', CAST(NULL AS DECIMAL(4,2)), DATE'2024-02-10', CAST(NULL AS ARRAY<STRING>)),
  (5, 'bia', 7.75BD, DATE'2024-03-05', array('a'))
  AS orders(oid, cust, amount, odate, items);
