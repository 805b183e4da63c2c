-- Literals, arithmetic and conditionals, checked against Trino 476.
SELECT 1 + 2, 7 / 2, 7 % 3, -5 / 2, 1.5e0 * 2;
> 3 | 3 | 1 | -2 | 3.0

SELECT CAST(true AS varchar), CAST(1.5e0 AS varchar), CAST(TIMESTAMP '2023-01-22 16:53:53' AS timestamp(3));
> true | 1.5E0 | 2023-01-22 16:53:53.000

SELECT CASE WHEN 1 > 2 THEN 'a' ELSE 'bcd' END;
> bcd

SELECT 1 / 0;
> error DIVISION_BY_ZERO

SELECT try(1 / 0), if(1 < 2, 'yes', 'no'), coalesce(NULL, 3), nullif(1, 1);
> NULL | yes | 3 | NULL

SELECT lower('ABC'), upper('abc'), length('héllo');
> abc | ABC | 5

SELECT x FROM (VALUES 3, 1, 2) AS t(x) ORDER BY x DESC;
> 3
> 2
> 1

SELECT element_at(MAP(ARRAY['a', 'b'], ARRAY['1', '2']), 'b'), element_at(MAP(ARRAY['a'], ARRAY['1']), 'z');
> 2 | NULL

SELECT transform(ARRAY[1, 2, 3], x -> x * 10), filter(ARRAY[1, 2, 3], x -> x > 1);
> [10, 20, 30] | [2, 3]

SELECT nosuch FROM (VALUES 1) AS t(x);
> error COLUMN_NOT_FOUND at 1:8

SELECT lower(1);
> error FUNCTION_NOT_FOUND at 1:8

SELEC 1;
> error SYNTAX_ERROR at 1:1

DELETE FROM t;
> error NOT_SUPPORTED at 1:1

-- What the Trino JDBC driver's DatabaseMetaData sends.
SELECT TABLE_CAT FROM system.jdbc.catalogs ORDER BY TABLE_CAT;
> system
> tarn

SELECT TABLE_SCHEM, TABLE_CATALOG FROM system.jdbc.schemas WHERE TABLE_CATALOG = 'tarn' AND TABLE_SCHEM LIKE 'def%' ESCAPE '\' ORDER BY TABLE_CATALOG, TABLE_SCHEM;
> default | tarn

SELECT CAST(NULL AS varchar) TABLE_CAT, CAST(NULL AS smallint) KEY_SEQ WHERE false;
> empty

SELECT PROCEDURE_CAT, PROCEDURE_SCHEM, PROCEDURE_NAME, null, null, null, REMARKS, PROCEDURE_TYPE, SPECIFIC_NAME FROM system.jdbc.procedures ORDER BY PROCEDURE_CAT, PROCEDURE_SCHEM, PROCEDURE_NAME, SPECIFIC_NAME LIMIT 0;
> empty

SHOW CATALOGS;
> system
> tarn

-- Trino does not turn strings into numbers implicitly.
SELECT 'a' = 1;
> error TYPE_MISMATCH at 1:8

SELECT '9' + 1;
> error TYPE_MISMATCH at 1:8
