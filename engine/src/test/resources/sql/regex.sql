-- Regular expression functions, checked against Trino 476 (which uses Joni with Java syntax; Tarn uses
-- java.util.regex with Unicode case folding and POSIX bracket classes translated).

-- regexp_like: a match anywhere
SELECT regexp_like('abc', 'b'), regexp_like('abc', '^b'), regexp_like('abc', 'c$'), regexp_like('', ''), regexp_like('abc', ''), regexp_like(NULL, 'a'), regexp_like('a', NULL);
> types boolean, boolean, boolean, boolean, boolean, boolean, boolean
> true | false | true | true | true | NULL | NULL

SELECT regexp_like('é', '^\w$'), regexp_like('٣', '^\d$'), regexp_like(chr(160), '^\s$'), regexp_like('a' || chr(10) || 'b', '^b'), regexp_like('a' || chr(10), 'a$'), regexp_like('a' || chr(10) || 'b', 'a.b'), regexp_like('É', '(?i)é'), regexp_like('a' || chr(10) || 'b', 'a$');
> false | false | false | false | true | false | true | false

SELECT regexp_like('abc', '[[:alpha:]]+'), regexp_like('123', '^[[:digit:]]+$'), regexp_like('a1', '^[[:alnum:]]+$'), regexp_like('x', '\p{L}'), regexp_like('aaa', '^a{2}$'), regexp_like('A', '\p{Lu}'), regexp_like('aa', '(?<x>a)\k<x>'), regexp_like('a b', '[[:space:]]'), regexp_like('ab', '^[[:upper:]]');
> true | true | true | true | false | true | true | true | false

SELECT regexp_like('é', '^[[:alpha:]]$'), regexp_like('É', '^[[:upper:]]$'), regexp_like('٣', '^[[:digit:]]$'), regexp_like('_', '^[[:punct:]]$'), regexp_like(chr(160), '^[[:space:]]$'), regexp_like('é', '^[^[:alpha:]]$'), regexp_like('[:x', '[[:x]');
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_like('AbC', '(?i)abc'), regexp_like('a.c', 'a\.c'), regexp_like('abc', 'a\.c'), regexp_like('😀x', '^.x$'), regexp_like('ab', 'a|z'), regexp_like('DeleteBucket', 'Delete'), regexp_like('PutObject', '^Put'), regexp_like('PutObject', '^Object');
> true | true | false | true | true | true | true | false

SELECT x, regexp_like(x, '^arn:aws:iam::\d+:user/') FROM (VALUES 'arn:aws:iam::123456789012:user/Alice', 'arn:aws:sts::123456789012:assumed-role/R', NULL, '') t(x) ORDER BY x;
>  | false
> arn:aws:iam::123456789012:user/Alice | true
> arn:aws:sts::123456789012:assumed-role/R | false
> NULL | NULL

SELECT x, regexp_like(x, 'Delete|Create|Put'), regexp_like(x, 'Delete|'), regexp_like(x, 'a|b.') FROM (VALUES 'DeleteBucket', 'PutObject', 'GetObject', 'xb', NULL) t(x) ORDER BY x;
> DeleteBucket | true | true | false
> GetObject | false | true | true
> PutObject | true | true | true
> xb | false | true | false
> NULL | NULL | NULL | NULL

SELECT x, p, regexp_like(x, p) FROM (VALUES ('abc', 'b'), ('abc', '^b'), ('xyz', 'y|q'), ('a', NULL)) t(x, p) ORDER BY x, p;
> a | NULL | NULL
> abc | ^b | false
> abc | b | true
> xyz | y|q | true

SELECT regexp_like('a', '(');
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_like('a', '[z-a]');
> error INVALID_FUNCTION_ARGUMENT

-- regexp_extract
SELECT regexp_extract('abc123def', '\d+'), regexp_extract('abc', 'z'), regexp_extract('a1b2', '([a-z])(\d)', 2), regexp_extract('abc', 'b(x)?'), regexp_extract('abc', 'b(x)?', 1), regexp_extract('héllo wörld', 'w\S+'), regexp_extract(NULL, 'a'), regexp_extract('a', 'a', NULL);
> types varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar
> 123 | NULL | 1 | b | NULL | wörld | NULL | NULL

SELECT regexp_extract('abc', 'b', 1);
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_extract('abc', 'b', -1);
> error INVALID_FUNCTION_ARGUMENT

-- regexp_extract_all
SELECT regexp_extract_all('a1b22c333', '\d+'), regexp_extract_all('a1b22', '([a-z])(\d+)', 2), regexp_extract_all('abc', 'z'), regexp_extract_all('abc', 'x*'), regexp_extract_all('ab', '(a)|(b)', 2), regexp_extract_all('😀a😀', '.');
> types array(varchar), array(varchar), array(varchar), array(varchar), array(varchar), array(varchar)
> [1, 22, 333] | [1, 22] | [] | [, , , ] | [NULL, b] | [😀, a, 😀]

SELECT regexp_extract_all('abc', 'b', 2);
> error INVALID_FUNCTION_ARGUMENT

-- regexp_replace
SELECT regexp_replace('abc123', '\d'), regexp_replace('abc', 'b', 'X'), regexp_replace('abcb', 'b', '[$0]'), regexp_replace('John Smith', '(\w+) (\w+)', '$2, $1'), regexp_replace('abc', '(?<n>b)', '<${n}>'), regexp_replace('abc', 'x*', '-');
> types varchar, varchar, varchar, varchar, varchar, varchar
> abc | aXc | a[b]c[b] | Smith, John | a<b>c | -a-b-c-

SELECT regexp_replace('abc', '(b)(c)', '$21'), regexp_replace('abcdefghijk', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', '$11-$10-$1'), regexp_replace('abc', 'b', '\x'), regexp_replace('abc', 'b', '\$'), regexp_replace('héllo', 'l', 'L'), regexp_replace(NULL, 'a', 'b'), regexp_replace('a', 'a', NULL);
> ac1 | k-j-a | axc | a$c | héLLo | NULL | NULL

SELECT regexp_replace('abc', '(b)', '$2');
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_replace('abc', '(b)', 'x$');
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_replace('abc', '(?<n>b)', '${m}');
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_replace('abc', 'b', '\');
> error INVALID_FUNCTION_ARGUMENT

-- regexp_replace with a function of the groups
SELECT regexp_replace('new york', '(\w)(\w*)', x -> upper(x[1]) || lower(x[2])), regexp_replace('abc', 'b', x -> 'X'), regexp_replace('abc', '(b)|(z)', x -> coalesce(x[2], 'none')), regexp_replace('', 'x*', x -> 'y');
> types varchar, varchar, varchar, varchar
> New York | aXc | anonec | y

SELECT regexp_replace('abc', '(b)', x -> CAST(NULL AS varchar)), regexp_replace('zzz', '(b)', x -> CAST(NULL AS varchar));
> NULL | zzz

SELECT s, regexp_replace(s, '(\d+)', x -> CAST(CAST(x[1] AS integer) * 2 AS varchar)) FROM (VALUES 'a1b20', 'none', NULL, '7') t(s) ORDER BY s;
> 7 | 14
> a1b20 | a2b40
> none | none
> NULL | NULL

-- regexp_split
SELECT regexp_split('a1b2c', '\d'), regexp_split('abc', ''), regexp_split('abc', 'z'), regexp_split('', ','), regexp_split('a,,b,', ',');
> types array(varchar), array(varchar), array(varchar), array(varchar), array(varchar)
> [a, b, c] | [, a, b, c, ] | [abc] | [] | [a, , b, ]

-- regexp_count
SELECT regexp_count('aaa', 'a*'), regexp_count('a1b22c', '\d+'), regexp_count('abc', 'z'), regexp_count('', ''), regexp_count('abc', '');
> types bigint, bigint, bigint, bigint, bigint
> 2 | 2 | 0 | 1 | 4

-- regexp_position: 1-based in characters, -1 when absent
SELECT regexp_position('a😀bcb', 'b'), regexp_position('abcb', 'b', 3), regexp_position('abcb', 'b', 1, 2), regexp_position('abcb', 'b', 1, 3), regexp_position('abc', 'b', 10), regexp_position('abc', ''), regexp_position('abc', 'z'), regexp_position('abc', '', 4), regexp_position('abc', '', 3), regexp_position('héllo', 'l', 4), regexp_position('', ''), regexp_position('a', '', 2);
> types integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer
> 3 | 4 | 4 | -1 | -1 | 1 | -1 | -1 | 3 | 4 | -1 | -1

SELECT regexp_position('abc', 'b', 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT regexp_position('abc', 'b', 1, 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT x, regexp_extract_all(x, '\d'), regexp_split(x, ','), regexp_extract(x, '\d'), regexp_count(x, '\d'), regexp_position(x, '\d') FROM (VALUES 'a1,b2', NULL, 'é9', '') t(x) ORDER BY x;
>  | [] | [] | NULL | 0 | -1
> a1,b2 | [1, 2] | [a1, b2] | 1 | 2 | 2
> é9 | [9] | [é9] | 9 | 1 | 2
> NULL | NULL | NULL | NULL | NULL | NULL
