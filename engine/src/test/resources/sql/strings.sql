-- String functions, checked against Trino 476.

-- lower, upper: per code point, not locale rules (no 'SS' for 'ß', no final sigma).
SELECT lower('ABC Déf'), upper('abc déf'), lower(''), upper(NULL), lower(NULL);
> types varchar, varchar, varchar, varchar, varchar
> abc déf | ABC DÉF |  | NULL | NULL

SELECT upper('ß'), lower('İ'), lower('ΑΣ'), upper('ﬁ'), upper('ǆ'), lower('ẞ');
> ß | i | ασ | ﬁ | Ǆ | ß

SELECT lower(x), upper(x) FROM (VALUES 'MiXeD', 'ascii', 'ÀÉÎ', NULL) t(x);
> mixed | MIXED
> ascii | ASCII
> àéî | ÀÉÎ
> NULL | NULL

-- length counts code points.
SELECT length('héllo'), length(''), length('😀a'), length(NULL);
> types bigint, bigint, bigint, bigint
> 5 | 0 | 2 | NULL

SELECT length(x) FROM (VALUES 'abc', '', 'ñ😀', NULL) t(x);
> 3
> 0
> 2
> NULL

-- trim family: Java whitespace without characters, the given code points with them.
SELECT trim('  a b  '), ltrim('  a b  '), rtrim('  a b  '), trim(''), trim('   ');
> types varchar, varchar, varchar, varchar, varchar
> a b | a b   |   a b |  | 

SELECT trim(chr(9) || chr(10) || ' x ' || chr(12288)), trim(chr(160) || 'x' || chr(160)), ltrim(chr(28) || 'x'), rtrim('x' || chr(8233));
> x |  x  | x | x

SELECT trim('xxaxx', 'x'), ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x'), trim('abcba', 'ab'), trim('abc', ''), trim('ééaé', 'é');
> a | axx | xxa | c | abc | a

SELECT trim(NULL), ltrim(NULL, 'x'), rtrim('x', NULL), trim(CAST(NULL AS varchar), 'a');
> NULL | NULL | NULL | NULL

SELECT trim(BOTH FROM '  a  '), trim(LEADING FROM '  a  '), trim(TRAILING FROM '  a  ');
> a | a   |   a

SELECT trim(BOTH 'x' FROM 'xxaxx'), trim(LEADING 'x' FROM 'xxaxx'), trim(TRAILING 'x' FROM 'xxaxx'), trim('x' FROM 'xax');
> a | axx | xxa | a

SELECT trim(' ' FROM chr(9) || 'a '), trim(LEADING 'ab' FROM 'babac');
> 	a | c

-- substr and substring: 1-based, negative start counts from the end, out of range gives ''.
SELECT substr('abcdef', 2), substr('abcdef', 2, 3), substring('abcdef', 3), substring('abcdef', 3, 2);
> types varchar, varchar, varchar, varchar
> bcdef | bcd | cdef | cd

SELECT substr('abc', 0), substr('abc', -1), substr('abc', -5), substr('abc', 2, -1), substr('abc', 4), substr('abc', 3, 10), substr('abc', 0, 2), substr('abc', -2, 1), substr('abc', 1, 0);
>  | c |  |  |  | c |  | b | 

SELECT substr('héllo😀', 2, 3), substr('😀😀a', -1), substring('abc' FROM 2), substring('abcdef' FROM 2 FOR 3);
> éll | a | bc | bcd

SELECT substr(CAST(NULL AS varchar), 1), substr('abc', NULL), substr('abc', 1, NULL), substring(CAST(NULL AS varchar) FROM 1);
> NULL | NULL | NULL | NULL

SELECT substr('abcdef', 9223372036854775807), substr('abcdef', -9223372036854775807, 2), substr('abcdef', 2, 9223372036854775807);
>  |  | bcdef

SELECT substr(x, 2, 2) FROM (VALUES 'abcd', 'é', '', NULL) t(x);
> bc
> 
> 
> NULL

-- replace: with two arguments the search string is removed.
SELECT replace('abcabc', 'b', 'X'), replace('abcabc', 'bc'), replace('abc', '', '-'), replace('', '', 'x'), replace('aaa', 'aa', 'b');
> types varchar, varchar, varchar, varchar, varchar
> aXcaXc | aa | -a-b-c- | x | ba

SELECT replace('héllo', 'é', 'e'), replace('abc', 'z', 'y'), replace(NULL, 'a'), replace('a', NULL, 'b'), replace('a', 'a', NULL);
> hello | abc | NULL | NULL | NULL

-- concat and ||
SELECT concat('a', 'b'), concat('a', 'b', 'c', 'd'), concat('', ''), 'a' || 'b', 'a' || 'b' || 'c';
> types varchar, varchar, varchar, varchar, varchar
> ab | abcd |  | ab | abc

SELECT concat('a', NULL), NULL || 'a', 'x' || CAST(NULL AS varchar), concat('é', '😀');
> NULL | NULL | NULL | é😀

SELECT concat('a');
> error INVALID_FUNCTION_ARGUMENT

SELECT split('abc', '');
> error INVALID_FUNCTION_ARGUMENT

SELECT 'a' || 1;
> error FUNCTION_NOT_FOUND

SELECT x || '-' || y FROM (VALUES ('a', 'b'), ('c', NULL)) t(x, y);
> a-b
> NULL

SELECT concat(x, y, x) FROM (VALUES ('a', 'b'), (NULL, 'c')) t(x, y);
> aba
> NULL

-- split, split_part
SELECT split('a,b,,c', ','), split('', ','), split('a,b,c', ',', 2), split('a::b::c', '::');
> types array(varchar), array(varchar), array(varchar), array(varchar)
> [a, b, , c] | [] | [a, b,c] | [a, b, c]

SELECT split('a,b,c', ',', 1), split(NULL, ','), split('a,b', NULL), split('a.b.c', '.', 5);
> [a,b,c] | NULL | NULL | [a, b, c]

SELECT split('a,b', ',', 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT split_part('a,b,c', ',', 2), split_part('a,b,c', ',', 4), split_part('abc', '', 1), split_part('abc', '', 2), split_part('a::b', '::', 2), split_part('', ',', 1);
> types varchar, varchar, varchar, varchar, varchar, varchar
> b | NULL | a | b | b | 

SELECT split_part('a,b', ',', NULL), split_part(NULL, ',', 1), split_part('a,,b', ',', 2), split_part('a,b', ',', 3);
> NULL | NULL |  | NULL

SELECT split_part('a,b', ',', 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT split_part('a,b', ',', -1);
> error INVALID_FUNCTION_ARGUMENT

-- strpos and position
SELECT strpos('abcb', 'b'), strpos('abc', 'z'), strpos('abc', ''), strpos('', ''), strpos('héllo', 'l'), strpos('😀a😀b', 'b');
> types bigint, bigint, bigint, bigint, bigint, bigint
> 2 | 0 | 1 | 1 | 3 | 4

SELECT strpos('abcb', 'b', 2), strpos('abcb', 'b', -1), strpos('abcb', 'b', -2), strpos('abcb', 'b', 3), strpos('aaa', 'aa', 2), strpos('abc', 'a', -2);
> 4 | 4 | 2 | 0 | 2 | 0

SELECT strpos('abc', 'b', 0);
> error INVALID_FUNCTION_ARGUMENT

SELECT strpos(NULL, 'a'), strpos('a', NULL), strpos('a', 'a', NULL);
> NULL | NULL | NULL

SELECT position('b' IN 'abc'), position('z' IN 'abc'), position('' IN 'abc'), position(NULL IN 'abc'), position('é' IN 'hé');
> types bigint, bigint, bigint, bigint, bigint
> 2 | 0 | 1 | NULL | 2

SELECT x, position('b' IN x) FROM (VALUES 'abc', 'b', 'xyz', NULL) t(x) ORDER BY x;
> abc | 2
> b | 1
> xyz | 0
> NULL | NULL

-- starts_with (Trino has no ends_with)
SELECT starts_with('abc', 'ab'), starts_with('abc', ''), starts_with('', 'a'), starts_with('abc', 'abcd'), starts_with('é', 'é'), starts_with(NULL, 'a'), starts_with('a', NULL);
> types boolean, boolean, boolean, boolean, boolean, boolean, boolean
> true | true | false | false | true | NULL | NULL

SELECT x FROM (VALUES 'arn:aws:iam::1', 'arn:aws:sts::2', 'other', NULL) t(x) WHERE starts_with(x, 'arn:aws:iam');
> arn:aws:iam::1

SELECT ends_with('abc', 'c');
> error FUNCTION_NOT_FOUND

-- lpad, rpad
SELECT lpad('abc', 6, 'xy'), rpad('abc', 6, 'xy'), lpad('abc', 2, 'x'), rpad('abc', 2, 'x'), lpad('abc', 0, 'x'), lpad('', 3, 'ab'), lpad('é', 3, '😀');
> types varchar, varchar, varchar, varchar, varchar, varchar, varchar
> xyxabc | abcxyx | ab | ab |  | aba | 😀😀é

SELECT lpad(NULL, 3, 'x'), lpad('a', NULL, 'x'), rpad('a', 3, NULL);
> NULL | NULL | NULL

SELECT lpad('abc', 5, '');
> error INVALID_FUNCTION_ARGUMENT

SELECT rpad('abc', -1, 'x');
> error INVALID_FUNCTION_ARGUMENT

-- reverse
SELECT reverse('abc'), reverse(''), reverse('héllo😀'), reverse(CAST(NULL AS varchar));
> types varchar, varchar, varchar, varchar
> cba |  | 😀olléh | NULL

-- chr, codepoint
SELECT chr(65), chr(233), chr(128512), chr(0) = chr(0), codepoint('A'), codepoint('😀'), chr(NULL), codepoint(NULL);
> types varchar, varchar, varchar, boolean, integer, integer, varchar, integer
> A | é | 😀 | true | 65 | 128512 | NULL | NULL

SELECT chr(-1);
> error INVALID_FUNCTION_ARGUMENT

SELECT chr(1114112);
> error INVALID_FUNCTION_ARGUMENT

SELECT chr(55296);
> error INVALID_FUNCTION_ARGUMENT

SELECT codepoint('ab');
> error FUNCTION_NOT_FOUND

-- concat_ws skips null values; a null separator gives null.
SELECT concat_ws(',', 'a', 'b', 'c'), concat_ws(',', 'a', NULL, 'c'), concat_ws('', 'a', 'b'), concat_ws(',', 'a'), concat_ws(NULL, 'a', 'b'), concat_ws(',', CAST(NULL AS varchar));
> types varchar, varchar, varchar, varchar, varchar, varchar
> a,b,c | a,c | ab | a | NULL | 

SELECT concat_ws(',');
> error INVALID_FUNCTION_ARGUMENT

SELECT concat_ws('-', ARRAY['a', 'b', NULL, 'c']), concat_ws(NULL, ARRAY['a']), concat_ws('-', CAST(NULL AS array(varchar)));
> a-b-c | NULL | NULL

-- format: Java formatter
SELECT format('%s and %s', 'a', 'b'), format('%d%%', 42), format('%.2f', 3.14159e0), format('%5s|%-5s|', 'ab', 'cd'), format('%s', NULL), format('%x', 255);
> types varchar, varchar, varchar, varchar, varchar, varchar
> a and b | 42% | 3.14 |    ab|cd   | | null | ff

SELECT format('%s %s', 1, 'a'), format('%s', true), format('%s', 1.50), format('%03d', 7), format('%,d', 1234567), format('%.3e', 12345.678e0);
> 1 a | true | 1.50 | 007 | 1,234,567 | 1.235e+04

SELECT format('%s', DATE '2023-01-02'), format('%s', TIMESTAMP '2023-01-02 03:04:05.678'), format('%s %s', 1.5e0, REAL '2.5'), format('%s', 12345678901234.5e0), format('%.1f', 2.25);
> 2023-01-02 | 2023-01-02T03:04:05.678 | 1.5 2.5 | 1.23456789012345E13 | 2.3

SELECT format('%s', X'0102');
> error NOT_SUPPORTED

SELECT format('%s', ARRAY[1, 2]);
> error NOT_SUPPORTED

SELECT format('%d', 'a');
> error INVALID_FUNCTION_ARGUMENT

SELECT format('%s %s', 'a');
> error INVALID_FUNCTION_ARGUMENT

-- levenshtein_distance, hamming_distance
SELECT levenshtein_distance('kitten', 'sitting'), levenshtein_distance('', 'abc'), levenshtein_distance('abc', 'abc'), levenshtein_distance('é', 'e'), levenshtein_distance(NULL, 'a');
> types bigint, bigint, bigint, bigint, bigint
> 3 | 3 | 0 | 1 | NULL

SELECT hamming_distance('abc', 'abd'), hamming_distance('', ''), hamming_distance('héllo', 'hallo'), hamming_distance('a', NULL);
> types bigint, bigint, bigint, bigint
> 1 | 0 | 1 | NULL

SELECT hamming_distance('abc', 'ab');
> error INVALID_FUNCTION_ARGUMENT

-- soundex
SELECT soundex('Robert'), soundex('Rupert'), soundex('Tymczak'), soundex('Pfister'), soundex(''), soundex('123'), soundex(NULL), soundex('Ashcraft'), soundex('jackson'), soundex('a');
> types varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar
> R163 | R163 | T522 | P236 |  |  | NULL | A261 | J250 | A000

SELECT soundex('Lloyd'), soundex('Honeyman'), soundex('x-ray'), soundex(' Robert');
> L300 | H555 | X600 | R163

-- translate
SELECT translate('abcd', 'ab', 'xy'), translate('abcd', 'abc', 'x'), translate('abcd', 'a', 'xyz'), translate('aaa', 'aa', 'xy'), translate('héllo', 'é', 'e'), translate('abc', '', 'x');
> types varchar, varchar, varchar, varchar, varchar, varchar
> xycd | xd | xbcd | xxx | hello | abc

SELECT translate(NULL, 'a', 'b'), translate('a', NULL, 'b'), translate('a', 'a', NULL), translate('😀b', '😀', 'x');
> NULL | NULL | NULL | xb

-- normalize
SELECT length(normalize('é')), length(normalize(U&'e\0301')), length(normalize(U&'e\0301', NFC)), length(normalize('é', NFD)), normalize('ﬁ', NFKC), normalize('ﬁ', NFKD), normalize(NULL);
> types bigint, bigint, bigint, bigint, varchar, varchar, varchar
> 1 | 1 | 1 | 2 | fi | fi | NULL

-- to_utf8, from_utf8
SELECT to_utf8('aé'), to_utf8(''), from_utf8(to_utf8('héllo')), from_utf8(X'61ff62'), from_utf8(X'61ff62', '?'), from_utf8(X'61ff62', 35), from_utf8(X'61ff62', '');
> types varbinary, varbinary, varchar, varchar, varchar, varchar, varchar
> 61 c3 a9 |  | héllo | a�b | a?b | a#b | ab

SELECT from_utf8(NULL), to_utf8(NULL), from_utf8(X'c3'), from_utf8(X'80', 128512);
> NULL | NULL | � | 😀

SELECT from_utf8(X'61ff', 'ab');
> error INVALID_FUNCTION_ARGUMENT


-- luhn_check
SELECT luhn_check('79927398713'), luhn_check('79927398710'), luhn_check('4111111111111111'), luhn_check(''), luhn_check('0'), luhn_check(NULL);
> types boolean, boolean, boolean, boolean, boolean, boolean
> true | false | true | false | true | NULL

SELECT luhn_check('abc');
> error INVALID_FUNCTION_ARGUMENT

SELECT luhn_check('4111 1111');
> error INVALID_FUNCTION_ARGUMENT

SELECT soundex('Ñandú');
> error INVALID_FUNCTION_ARGUMENT

-- Functions on columns of a table with nulls in some rows.
SELECT x, lower(x), length(x), trim(x), reverse(x), strpos(x, 'b'), substr(x, 2), split_part(x, 'b', 1) FROM (VALUES ' Ab ', 'bB', NULL, '') t(x) ORDER BY x;
>  |  | 0 |  |  | 0 |  | 
>  Ab  |  ab  | 4 | Ab |  bA  | 3 | Ab  |  A
> bB | bb | 2 | bB | Bb | 1 | B | 
> NULL | NULL | NULL | NULL | NULL | NULL | NULL | NULL

SELECT x, split(x, ','), split_part(x, ',', 2) FROM (VALUES 'a,b', NULL, '', 'c') t(x) ORDER BY x;
>  | [] | NULL
> a,b | [a, b] | b
> c | [c] | NULL
> NULL | NULL | NULL

SELECT x, concat_ws('/', x, 'z'), format('[%s]', x), lpad(x, 3, '*') FROM (VALUES 'a', NULL) t(x) ORDER BY x;
> a | a/z | [a] | **a
> NULL | z | [null] | NULL
