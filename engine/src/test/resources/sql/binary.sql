-- Binary and encoding functions, checked against Trino 476.

-- to_utf8, from_utf8 (invalid sequences become U+FFFD, or the given replacement)
SELECT to_utf8('aé😀'), to_utf8(''), from_utf8(to_utf8('héllo')), from_utf8(X''), to_utf8(CAST(NULL AS varchar)), from_utf8(CAST(NULL AS varbinary));
> types varbinary, varbinary, varchar, varchar, varbinary, varchar
> 61 c3 a9 f0 9f 98 80 |  | héllo |  | NULL | NULL

SELECT to_hex(to_utf8(from_utf8(X'e28241'))), to_hex(to_utf8(from_utf8(X'e2'))), to_hex(to_utf8(from_utf8(X'c0af'))), to_hex(to_utf8(from_utf8(X'eda080'))), to_hex(to_utf8(from_utf8(X'f4908080'))), to_hex(to_utf8(from_utf8(X'80bf41'))), to_hex(to_utf8(from_utf8(X'f0908d'))), to_hex(to_utf8(from_utf8(X'f8888080'))), to_hex(to_utf8(from_utf8(X'fe41')));
> EFBFBD41 | EFBFBD | EFBFBD | EFBFBD | EFBFBD | EFBFBDEFBFBD41 | EFBFBD | EFBFBD | EFBFBD41

SELECT from_utf8(X'61ff62', '?'), from_utf8(X'61ff62', 35), from_utf8(X'61ff62', ''), from_utf8(X'61ff62', 128512), from_utf8(X'61ff62', 'é'), from_utf8(X'616263', 'x');
> a?b | a#b | ab | a😀b | aéb | abc

SELECT from_utf8(X'61ff', 'ab');
> error INVALID_FUNCTION_ARGUMENT

-- length, concat, substr, lpad, rpad, reverse on varbinary
SELECT length(X'0102ff'), length(X''), length(to_utf8('é')), length(CAST(NULL AS varbinary));
> types bigint, bigint, bigint, bigint
> 3 | 0 | 2 | NULL

SELECT concat(X'01', X'02', X'03'), X'01' || X'ff', concat(X'01', CAST(NULL AS varbinary)), to_utf8('a') || to_utf8('b');
> types varbinary, varbinary, varbinary, varbinary
> 01 02 03 | 01 ff | NULL | 61 62

SELECT substr(X'0102030405', 2), substr(X'0102030405', 2, 2), substr(X'0102030405', -2), substr(X'0102030405', 0), substr(X'0102030405', 9), substr(X'0102030405', -9, 2), substr(X'0102030405', 2, 0);
> types varbinary, varbinary, varbinary, varbinary, varbinary, varbinary, varbinary
> 02 03 04 05 | 02 03 | 04 05 |  |  |  | 

SELECT lpad(X'0102', 5, X'ff'), rpad(X'0102', 5, X'aabb'), lpad(X'010203', 2, X'ff'), rpad(X'', 3, X'01'), reverse(X'010203'), reverse(X'');
> types varbinary, varbinary, varbinary, varbinary, varbinary, varbinary
> ff ff ff 01 02 | 01 02 aa bb aa | 01 02 | 01 01 01 | 03 02 01 | 

SELECT lpad(X'01', 3, X'');
> error INVALID_FUNCTION_ARGUMENT

-- hex
SELECT to_hex(X'00ff7f'), to_hex(X''), to_hex(to_utf8('abc')), from_hex('00FF7f'), from_hex(''), from_hex(to_utf8('0a')), to_hex(CAST(NULL AS varbinary)), from_hex(CAST(NULL AS varchar));
> types varchar, varchar, varchar, varbinary, varbinary, varbinary, varchar, varbinary
> 00FF7F |  | 616263 | 00 ff 7f |  | 0a | NULL | NULL

SELECT from_hex('abc');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_hex('zz');
> error INVALID_FUNCTION_ARGUMENT

-- base64 and base64url
SELECT to_base64(to_utf8('hello world')), to_base64(X''), to_base64(X'fbff'), to_base64url(X'fbff'), from_base64('aGVsbG8='), from_base64(to_utf8('aGVsbG8=')), from_base64url('-_8'), from_base64url('-_8='), from_base64('aGVsbG8');
> types varchar, varchar, varchar, varchar, varbinary, varbinary, varbinary, varbinary, varbinary
> aGVsbG8gd29ybGQ= |  | +/8= | -_8= | 68 65 6c 6c 6f | 68 65 6c 6c 6f | fb ff | fb ff | 68 65 6c 6c 6f

SELECT to_base32(to_utf8('hello')), from_base32('NBSWY3DP'), to_base32(X''), from_base32(to_utf8('NBSWY3DP'));
> types varchar, varbinary, varchar, varbinary
> NBSWY3DP | 68 65 6c 6c 6f |  | 68 65 6c 6c 6f

SELECT from_base64('a');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_base64('a$==');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_base64url('+/8=');
> error INVALID_FUNCTION_ARGUMENT

-- hashes
SELECT md5(to_utf8('abc')), sha1(to_utf8('abc')), sha256(to_utf8('abc')), crc32(to_utf8('abc')), md5(X''), crc32(X'');
> types varbinary, varbinary, varbinary, bigint, varbinary, bigint
> 90 01 50 98 3c d2 4f b0 d6 96 3f 7d 28 e1 7f 72 | a9 99 3e 36 47 06 81 6a ba 3e 25 71 78 50 c2 6c 9c d0 d8 9d | ba 78 16 bf 8f 01 cf ea 41 41 40 de 5d ae 22 23 b0 03 61 a3 96 17 7a 9c b4 10 ff 61 f2 00 15 ad | 891568578 | d4 1d 8c d9 8f 00 b2 04 e9 80 09 98 ec f8 42 7e | 0

SELECT sha512(to_utf8('abc')), sha512(CAST(NULL AS varbinary));
> dd af 35 a1 93 61 7a ba cc 41 73 49 ae 20 41 31 12 e6 fa 4e 89 a9 7e a2 0a 9e ee e6 4b 55 d3 9a 21 92 99 2a 27 4f c1 a8 36 ba 3c 23 a3 fe eb bd 45 4d 44 23 64 3c e8 0e 2a 9a c9 4f a5 4c a4 9f | NULL

SELECT xxhash64(to_utf8('abc')), xxhash64(X''), xxhash64(to_utf8('The quick brown fox jumps over the lazy dog, again and again and again')), murmur3(to_utf8('abc')), murmur3(X''), murmur3(to_utf8('The quick brown fox jumps over the lazy dog'));
> types varbinary, varbinary, varbinary, varbinary, varbinary, varbinary
> 44 bc 2c f5 ad 77 09 99 | ef 46 db 37 51 d8 e9 99 | 0b 61 e0 84 4f 48 dd 04 | 67 78 ad 3f 3f 3f 96 b4 52 2d ca 26 41 74 a2 3b | 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 | 6c 1b 07 bc 7b bc 4b e3 47 93 9a c4 a9 3c 43 7a

SELECT hmac_md5(to_utf8('data'), to_utf8('key')), hmac_sha1(to_utf8('data'), to_utf8('key')), hmac_sha256(to_utf8('data'), to_utf8('key'));
> types varbinary, varbinary, varbinary
> 9d 5c 73 ef 85 59 4d 34 ec 44 38 b7 c9 7e 51 d8 | 10 41 52 c5 bf dc a0 7b c6 33 ee bd 46 19 9f 02 55 c9 f4 9d | 50 31 fe 3d 98 9c 6d 15 37 a0 13 fa 6e 73 9d a2 34 63 fd ae c3 b7 01 37 d8 28 e3 6a ce 22 1b d0

SELECT hmac_sha512(to_utf8('data'), to_utf8('key')), hmac_sha256(X'', to_utf8('k')), hmac_md5(CAST(NULL AS varbinary), to_utf8('k'));
> 3c 59 53 a1 8f 73 03 ec 65 3b a1 70 ae 33 4f af a0 8e 38 46 f2 ef e3 17 b8 7e fc e8 23 76 25 3c b5 2a 8c 31 dd cd e5 a3 a2 ee e1 83 c2 b3 4c b9 1f 85 e6 4d db c3 25 f7 69 2b 19 94 73 57 9c 58 | 8b b9 90 c4 0a 7d 61 cb 97 59 7a 94 21 25 02 5b e5 0a c8 be b7 44 36 e3 73 5b 98 89 3a 7f 66 20 | NULL

-- big-endian and IEEE 754 encodings
SELECT to_big_endian_64(1), to_big_endian_64(-1), from_big_endian_64(X'0000000000000102'), to_big_endian_32(258), from_big_endian_32(X'FFFFFFFE');
> types varbinary, varbinary, bigint, varbinary, integer
> 00 00 00 00 00 00 00 01 | ff ff ff ff ff ff ff ff | 258 | 00 00 01 02 | -2

SELECT to_ieee754_64(1.5e0), from_ieee754_64(X'3FF8000000000000'), to_ieee754_32(REAL '1.5'), from_ieee754_32(X'3FC00000'), to_ieee754_64(nan());
> types varbinary, double, varbinary, real, varbinary
> 3f f8 00 00 00 00 00 00 | 1.5 | 3f c0 00 00 | 1.5 | 7f f8 00 00 00 00 00 00

SELECT from_big_endian_64(X'01');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_ieee754_32(X'0102');
> error INVALID_FUNCTION_ARGUMENT

-- Functions over a column with nulls.
SELECT x, length(x), to_hex(x), to_base64(x), crc32(x), to_hex(md5(x)) FROM (VALUES X'01', X'', NULL, X'abcdef') t(x) ORDER BY length(x);
>  | 0 |  |  | 0 | D41D8CD98F00B204E9800998ECF8427E
> 01 | 1 | 01 | AQ== | 2768625435 | 55A54008AD1BA589AA210D2629C1DF41
> ab cd ef | 3 | ABCDEF | q83v | 1686977913 | EDBFEB7A306F664047E08C338A03ACEE
> NULL | NULL | NULL | NULL | NULL | NULL
