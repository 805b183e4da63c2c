-- Date and time functions, checked against Trino 476 with session time zone UTC.
-- Tarn keeps timestamps to the millisecond, so cases use precisions up to 3.

-- literals and their rendering
SELECT TIMESTAMP '2023-01-22 16:53:53', TIMESTAMP '2023-01-22 16:53:53.123', DATE '2023-01-02', TIMESTAMP '2023-01-22 16:53:53.5';
> types timestamp(0), timestamp(3), date, timestamp(1)
> 2023-01-22 16:53:53 | 2023-01-22 16:53:53.123 | 2023-01-02 | 2023-01-22 16:53:53.5

SELECT TIMESTAMP '2023-01-22 16:53:53 UTC', TIMESTAMP '2023-01-22 16:53:53.123 America/New_York', TIMESTAMP '2023-01-22 16:53:53 +05:30';
> types timestamp(0) with time zone, timestamp(3) with time zone, timestamp(0) with time zone
> 2023-01-22 16:53:53 UTC | 2023-01-22 16:53:53.123 America/New_York | 2023-01-22 16:53:53 +05:30

-- current time: types (values change, so only their shape is checked)
SELECT CAST(now() AS varchar) LIKE '____-__-__ __:__:__.___ UTC', CAST(current_timestamp AS varchar) LIKE '____-__-__ __:__:__.___ UTC', CAST(current_date AS varchar) LIKE '____-__-__', CAST(localtimestamp AS varchar) LIKE '____-__-__ __:__:__.___', CAST(localtime AS varchar) LIKE '__:__:__.___', current_timezone();
> true | true | true | true | true | UTC

SELECT now() = current_timestamp, current_date = CAST(now() AS date), localtimestamp = CAST(now() AS timestamp(3)), now() > TIMESTAMP '2024-01-01 00:00:00 UTC';
> true | true | true | true

-- from_iso8601_timestamp, from_iso8601_date, to_iso8601
SELECT from_iso8601_timestamp('2023-01-22T16:53:53Z'), from_iso8601_timestamp('2023-01-22T16:53:53.123+02:00'), from_iso8601_timestamp('2023-01-22T16:53:53'), from_iso8601_timestamp('2023-01-22'), from_iso8601_timestamp('2023-01-22T16:53');
> types timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone
> 2023-01-22 16:53:53.000 UTC | 2023-01-22 16:53:53.123 +02:00 | 2023-01-22 16:53:53.000 UTC | 2023-01-22 00:00:00.000 UTC | 2023-01-22 16:53:00.000 UTC

SELECT from_iso8601_timestamp('2023-01-22T16:53:53-0800'), from_iso8601_timestamp('2023-01-22T16:53:53.1Z'), from_iso8601_timestamp('2023-01-22T16Z'), from_iso8601_timestamp(NULL);
> 2023-01-22 16:53:53.000 -08:00 | 2023-01-22 16:53:53.100 UTC | 2023-01-22 16:00:00.000 UTC | NULL

SELECT from_iso8601_timestamp('2023-01-22 16:53:53');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_iso8601_timestamp('not a time');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_iso8601_timestamp('2023-02-30T00:00:00Z');
> error INVALID_FUNCTION_ARGUMENT

SELECT from_iso8601_date('2023-01-22'), from_iso8601_date('2023-W04-1'), from_iso8601_date('2023-022'), from_iso8601_date('2023');
> types date, date, date, date
> 2023-01-22 | 2023-01-23 | 2023-01-22 | 2023-01-01

SELECT from_iso8601_date('2023-01-22T00:00:00');
> error INVALID_FUNCTION_ARGUMENT

SELECT to_iso8601(TIMESTAMP '2023-01-22 16:53:53.123'), to_iso8601(TIMESTAMP '2023-01-22 16:53:53'), to_iso8601(TIMESTAMP '2023-01-22 16:53:53.123 UTC'), to_iso8601(TIMESTAMP '2023-01-22 16:53:53 America/New_York'), to_iso8601(DATE '2023-01-22'), to_iso8601(from_iso8601_timestamp('2023-01-22T16:53:53+05:30'));
> types varchar, varchar, varchar, varchar, varchar, varchar
> 2023-01-22T16:53:53.123 | 2023-01-22T16:53:53 | 2023-01-22T16:53:53.123Z | 2023-01-22T16:53:53-05:00 | 2023-01-22 | 2023-01-22T16:53:53.000+05:30

-- date_diff: whole units between, for timestamps, timestamps with time zone and dates
SELECT date_diff('second', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-01 00:01:30.500'), date_diff('minute', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-01 01:59:59'), date_diff('hour', TIMESTAMP '2023-01-02 00:00:00', TIMESTAMP '2023-01-01 00:00:00'), date_diff('day', TIMESTAMP '2023-01-01 12:00:00', TIMESTAMP '2023-01-03 11:59:59'), date_diff('week', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-15 00:00:00'), date_diff('millisecond', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-01 00:00:01.234');
> types bigint, bigint, bigint, bigint, bigint, bigint
> 90 | 119 | -24 | 1 | 2 | 1234

SELECT date_diff('month', TIMESTAMP '2023-01-31 00:00:00', TIMESTAMP '2023-02-28 00:00:00'), date_diff('month', TIMESTAMP '2023-01-15 00:00:00', TIMESTAMP '2023-03-14 23:59:59'), date_diff('quarter', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-12-31 00:00:00'), date_diff('year', TIMESTAMP '2020-02-29 00:00:00', TIMESTAMP '2021-02-28 00:00:00'), date_diff('YEAR', TIMESTAMP '2020-01-01 00:00:00', TIMESTAMP '2023-06-01 00:00:00');
> 1 | 1 | 3 | 1 | 3

SELECT date_diff('day', DATE '2023-01-01', DATE '2023-03-01'), date_diff('month', DATE '2023-01-31', DATE '2023-02-28'), date_diff('year', DATE '2023-05-01', DATE '2020-01-01'), date_diff('week', DATE '2023-01-01', DATE '2023-01-07');
> 59 | 1 | -3 | 0

SELECT date_diff('hour', TIMESTAMP '2023-03-11 12:00:00 America/New_York', TIMESTAMP '2023-03-12 12:00:00 America/New_York'), date_diff('day', TIMESTAMP '2023-03-11 12:00:00 America/New_York', TIMESTAMP '2023-03-12 12:00:00 America/New_York'), date_diff('hour', TIMESTAMP '2023-01-01 00:00:00 UTC', TIMESTAMP '2023-01-01 00:00:00 +02:00');
> 23 | 1 | -2

SELECT date_diff('day', CAST(NULL AS timestamp), TIMESTAMP '2023-01-01 00:00:00'), date_diff(NULL, DATE '2023-01-01', DATE '2023-01-02');
> NULL | NULL

SELECT date_diff('fortnight', TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2023-01-02 00:00:00');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_diff('hour', DATE '2023-01-01', DATE '2023-01-02');
> error INVALID_FUNCTION_ARGUMENT

-- date_add
SELECT date_add('second', 90, TIMESTAMP '2023-01-01 00:00:00'), date_add('minute', -1, TIMESTAMP '2023-01-01 00:00:00'), date_add('hour', 25, TIMESTAMP '2023-01-01 00:00:00.123'), date_add('day', 1, TIMESTAMP '2023-01-31 10:00:00'), date_add('week', 2, TIMESTAMP '2023-01-01 00:00:00'), date_add('millisecond', 1500, TIMESTAMP '2023-01-01 00:00:00.000');
> types timestamp(0), timestamp(0), timestamp(3), timestamp(0), timestamp(0), timestamp(3)
> 2023-01-01 00:01:30 | 2022-12-31 23:59:00 | 2023-01-02 01:00:00.123 | 2023-02-01 10:00:00 | 2023-01-15 00:00:00 | 2023-01-01 00:00:01.500

SELECT date_add('month', 1, TIMESTAMP '2023-01-31 00:00:00'), date_add('quarter', 1, TIMESTAMP '2023-11-30 00:00:00'), date_add('year', 1, TIMESTAMP '2020-02-29 12:00:00'), date_add('month', -13, TIMESTAMP '2023-03-31 00:00:00');
> 2023-02-28 00:00:00 | 2024-02-29 00:00:00 | 2021-02-28 12:00:00 | 2022-02-28 00:00:00

SELECT date_add('day', 1, DATE '2023-02-28'), date_add('month', 1, DATE '2024-01-31'), date_add('year', -1, DATE '2024-02-29'), date_add('week', 1, DATE '2023-01-01');
> types date, date, date, date
> 2023-03-01 | 2024-02-29 | 2023-02-28 | 2023-01-08

SELECT date_add('hour', 1, TIMESTAMP '2023-03-12 01:30:00 America/New_York'), date_add('day', 1, TIMESTAMP '2023-03-11 12:00:00 America/New_York'), date_add('month', 1, TIMESTAMP '2023-01-31 10:00:00 UTC');
> types timestamp(0) with time zone, timestamp(0) with time zone, timestamp(0) with time zone
> 2023-03-12 03:30:00 America/New_York | 2023-03-12 12:00:00 America/New_York | 2023-02-28 10:00:00 UTC

SELECT date_add('hour', 1, DATE '2023-01-01');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_add('day', NULL, DATE '2023-01-01'), date_add('day', 1, CAST(NULL AS date));
> NULL | NULL

-- date_trunc
SELECT date_trunc('second', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('minute', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('hour', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('day', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('week', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('month', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('quarter', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('year', TIMESTAMP '2023-05-17 13:45:27.789');
> types timestamp(3), timestamp(3), timestamp(3), timestamp(3), timestamp(3), timestamp(3), timestamp(3), timestamp(3)
> 2023-05-17 13:45:27.000 | 2023-05-17 13:45:00.000 | 2023-05-17 13:00:00.000 | 2023-05-17 00:00:00.000 | 2023-05-15 00:00:00.000 | 2023-05-01 00:00:00.000 | 2023-04-01 00:00:00.000 | 2023-01-01 00:00:00.000

SELECT date_trunc('millisecond', TIMESTAMP '2023-05-17 13:45:27.789'), date_trunc('day', TIMESTAMP '1969-12-31 23:59:59.999'), date_trunc('week', TIMESTAMP '2023-01-01 10:00:00'), date_trunc('DAY', TIMESTAMP '2023-05-17 13:45:27');
> 2023-05-17 13:45:27.789 | 1969-12-31 00:00:00.000 | 2022-12-26 00:00:00 | 2023-05-17 00:00:00

SELECT date_trunc('day', DATE '2023-05-17'), date_trunc('week', DATE '2023-05-17'), date_trunc('month', DATE '2023-05-17'), date_trunc('quarter', DATE '2023-05-17'), date_trunc('year', DATE '2023-05-17');
> types date, date, date, date, date
> 2023-05-17 | 2023-05-15 | 2023-05-01 | 2023-04-01 | 2023-01-01

SELECT date_trunc('hour', TIMESTAMP '2023-05-17 13:45:27.789 America/New_York'), date_trunc('day', TIMESTAMP '2023-05-17 01:45:27 America/New_York'), date_trunc('month', TIMESTAMP '2023-05-17 13:45:27 UTC'), date_trunc('day', from_iso8601_timestamp('2023-05-17T23:30:00+05:30'));
> 2023-05-17 13:00:00.000 America/New_York | 2023-05-17 00:00:00 America/New_York | 2023-05-01 00:00:00 UTC | 2023-05-17 00:00:00.000 +05:30

SELECT date_trunc('hour', DATE '2023-05-17');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_trunc('fortnight', TIMESTAMP '2023-05-17 13:45:27');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_trunc('day', CAST(NULL AS timestamp(3))), date_trunc(NULL, TIMESTAMP '2023-05-17 13:45:27');
> NULL | NULL

-- fields
SELECT year(TIMESTAMP '2023-05-17 13:45:27.789'), quarter(TIMESTAMP '2023-05-17 13:45:27.789'), month(TIMESTAMP '2023-05-17 13:45:27.789'), week(TIMESTAMP '2023-05-17 13:45:27.789'), week_of_year(TIMESTAMP '2023-01-01 00:00:00'), day(TIMESTAMP '2023-05-17 13:45:27.789'), day_of_month(TIMESTAMP '2023-05-17 13:45:27.789'), day_of_week(TIMESTAMP '2023-05-21 13:45:27.789'), dow(TIMESTAMP '2023-05-17 13:45:27.789'), day_of_year(TIMESTAMP '2023-05-17 13:45:27.789'), doy(TIMESTAMP '2023-12-31 00:00:00');
> types bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint
> 2023 | 2 | 5 | 20 | 52 | 17 | 17 | 7 | 3 | 137 | 365

SELECT hour(TIMESTAMP '2023-05-17 13:45:27.789'), minute(TIMESTAMP '2023-05-17 13:45:27.789'), second(TIMESTAMP '2023-05-17 13:45:27.789'), millisecond(TIMESTAMP '2023-05-17 13:45:27.789'), year_of_week(TIMESTAMP '2023-01-01 00:00:00'), yow(TIMESTAMP '2024-12-30 00:00:00');
> 13 | 45 | 27 | 789 | 2022 | 2025

SELECT year(DATE '2023-05-17'), month(DATE '2023-05-17'), day(DATE '2023-05-17'), day_of_week(DATE '2023-05-17'), day_of_year(DATE '2023-05-17'), quarter(DATE '2023-05-17'), week(DATE '2023-05-17'), year_of_week(DATE '2021-01-03');
> 2023 | 5 | 17 | 3 | 137 | 2 | 20 | 2020

SELECT hour(TIMESTAMP '2023-05-17 13:45:27 America/New_York'), day(TIMESTAMP '2023-05-17 01:00:00 Asia/Tokyo'), timezone_hour(TIMESTAMP '2023-05-17 13:45:27 America/New_York'), timezone_minute(TIMESTAMP '2023-05-17 13:45:27 +05:30'), timezone_hour(TIMESTAMP '2023-05-17 13:45:27 -03:30'), timezone_minute(TIMESTAMP '2023-05-17 13:45:27 -03:30');
> 13 | 17 | -4 | 30 | -3 | -30

SELECT day(INTERVAL '3 04:05:06' DAY TO SECOND), hour(INTERVAL '3 04:05:06' DAY TO SECOND), minute(INTERVAL '3 04:05:06' DAY TO SECOND), second(INTERVAL '3 04:05:06.789' DAY TO SECOND), millisecond(INTERVAL '3 04:05:06.789' DAY TO SECOND), year(INTERVAL '3-7' YEAR TO MONTH), month(INTERVAL '3-7' YEAR TO MONTH);
> 3 | 4 | 5 | 6 | 789 | 3 | 7

SELECT year(CAST(NULL AS date)), hour(CAST(NULL AS timestamp(3)));
> NULL | NULL

SELECT last_day_of_month(DATE '2024-02-10'), last_day_of_month(TIMESTAMP '2023-04-30 23:00:00'), last_day_of_month(TIMESTAMP '2023-12-01 00:00:00 UTC');
> types date, date, date
> 2024-02-29 | 2023-04-30 | 2023-12-31

-- date_format and date_parse (MySQL-style specifiers)
SELECT date_format(TIMESTAMP '2023-01-05 14:03:09.123', '%Y-%m-%d %H:%i:%s'), date_format(TIMESTAMP '2023-01-05 14:03:09.123', '%y %c %e %k %l %h %I %p %r %T'), date_format(TIMESTAMP '2023-01-05 14:03:09.123', '%a %b %M %W %j %f %S'), date_format(TIMESTAMP '2023-01-05 00:03:09', '%l %h %p %%');
> types varchar, varchar, varchar, varchar
> 2023-01-05 14:03:09 | 23 1 5 14 2 02 02 PM 02:03:09 PM 14:03:09 | Thu Jan January Thursday 005 123000 09 | 12 12 AM %

SELECT date_format(TIMESTAMP '2023-01-05 14:03:09 America/New_York', '%Y-%m-%d %H:%i %x %v'), date_format(TIMESTAMP '2023-01-01 00:00:00', '%v %x'), date_format(CAST(NULL AS timestamp(3)), '%Y'), date_format(TIMESTAMP '2023-01-05 14:03:09', '%Y %Q %E'), date_format(TIMESTAMP '2023-12-31 23:59:59.999 UTC', '%Y-%m-%d %T.%f');
> 2023-01-05 14:03 2023 01 | 52 2022 | NULL | 2023 Q E | 2023-12-31 23:59:59.999000

SELECT date_format(TIMESTAMP '2023-01-05 14:03:09', '%D');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_format(TIMESTAMP '2023-01-05 14:03:09', '%U');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_format(TIMESTAMP '2023-01-05 14:03:09', '%w');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_parse('2023-01-05 14:03:09', '%Y-%m-%d %H:%i:%s'), date_parse('05/01/2023', '%d/%m/%Y'), date_parse('2023-01-05 02:03:09 PM', '%Y-%m-%d %h:%i:%s %p'), date_parse('2023-01-05 14:03:09.123', '%Y-%m-%d %H:%i:%s.%f'), date_parse('Jan 5 2023', '%b %e %Y');
> types timestamp(3), timestamp(3), timestamp(3), timestamp(3), timestamp(3)
> 2023-01-05 14:03:09.000 | 2023-01-05 00:00:00.000 | 2023-01-05 14:03:09.000 | 2023-01-05 14:03:09.123 | 2023-01-05 00:00:00.000

SELECT date_parse('14', '%H'), date_parse('2023-01-05 14', '%Y-%m-%d %k'), date_parse('99', '%y'), date_parse('69', '%y'), date_parse('70', '%y'), date_parse('2023 005', '%Y %j'), date_parse('12:30 AM', '%h:%i %p');
> 1970-01-01 14:00:00.000 | 2023-01-05 14:00:00.000 | 1999-01-01 00:00:00.000 | 2069-01-01 00:00:00.000 | 1970-01-01 00:00:00.000 | 2023-01-05 00:00:00.000 | 1970-01-01 00:30:00.000

SELECT date_parse('2023-13-05', '%Y-%m-%d');
> error INVALID_FUNCTION_ARGUMENT

SELECT date_parse('2023-01-05 extra', '%Y-%m-%d');
> error INVALID_FUNCTION_ARGUMENT

-- format_datetime and parse_datetime (Joda-Time patterns)
SELECT format_datetime(TIMESTAMP '2023-01-05 14:03:09.123', 'yyyy-MM-dd HH:mm:ss.SSS'), format_datetime(TIMESTAMP '2023-01-05 14:03:09.123', 'EEE, d MMM yyyy h:mm a'), format_datetime(TIMESTAMP '2023-01-05 14:03:09.123 America/New_York', 'yyyy-MM-dd''T''HH:mm:ssZZ'), format_datetime(TIMESTAMP '2023-01-05 14:03:09 UTC', 'EEEE MMMM dd yy D w xxxx');
> 2023-01-05 14:03:09.123 | Thu, 5 Jan 2023 2:03 PM | 2023-01-05T14:03:09-05:00 | Thursday January 05 23 5 1 2023

SELECT format_datetime(TIMESTAMP '2023-01-05 14:03:09.123 America/New_York', 'z zzzz Z ZZZ'), format_datetime(TIMESTAMP '2023-01-05 14:03:09 Asia/Kolkata', 'HH:mm ZZ');
> EST Eastern Standard Time -0500 America/New_York | 14:03 +05:30

SELECT parse_datetime('2023-01-05 14:03:09', 'yyyy-MM-dd HH:mm:ss'), parse_datetime('2023-01-05T14:03:09+0200', 'yyyy-MM-dd''T''HH:mm:ssZ'), parse_datetime('05/Jan/2023:14:03:09 -0800', 'dd/MMM/yyyy:HH:mm:ss Z');
> types timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone
> 2023-01-05 14:03:09.000 UTC | 2023-01-05 14:03:09.000 +02:00 | 2023-01-05 14:03:09.000 -08:00

SELECT parse_datetime('2023-01-05', 'yyyy-MM-dd HH');
> error INVALID_FUNCTION_ARGUMENT

-- unix time
SELECT to_unixtime(TIMESTAMP '2023-01-22 16:53:53.123'), to_unixtime(TIMESTAMP '2023-01-22 16:53:53 America/New_York'), to_unixtime(TIMESTAMP '1969-12-31 23:59:59.500');
> types double, double, double
> 1.674406433123E9 | 1.674424433E9 | -0.5

SELECT from_unixtime(1674406433), from_unixtime(1674406433.123), from_unixtime(-1.5), from_unixtime(1674406433, 'America/New_York'), from_unixtime(1674406433, 5, 30);
> types timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone, timestamp(3) with time zone
> 2023-01-22 16:53:53.000 UTC | 2023-01-22 16:53:53.123 UTC | 1969-12-31 23:59:58.500 UTC | 2023-01-22 11:53:53.000 America/New_York | 2023-01-22 22:23:53.000 +05:30

SELECT from_unixtime(1674406433, 'Nowhere/Zone');
> error NOT_SUPPORTED

-- time zones
SELECT at_timezone(TIMESTAMP '2023-01-22 16:53:53 UTC', 'America/New_York'), with_timezone(TIMESTAMP '2023-01-22 16:53:53', 'America/New_York'), TIMESTAMP '2023-01-22 16:53:53 UTC' AT TIME ZONE 'Asia/Tokyo', at_timezone(TIMESTAMP '2023-01-22 16:53:53.123 UTC', '+05:30');
> types timestamp(0) with time zone, timestamp(0) with time zone, timestamp(0) with time zone, timestamp(3) with time zone
> 2023-01-22 11:53:53 America/New_York | 2023-01-22 16:53:53 America/New_York | 2023-01-23 01:53:53 Asia/Tokyo | 2023-01-22 22:23:53.123 +05:30

SELECT at_timezone(TIMESTAMP '2023-01-22 16:53:53 UTC', 'Nowhere/Zone');
> error INVALID_FUNCTION_ARGUMENT

SELECT with_timezone(TIMESTAMP '2023-03-12 02:30:00', 'America/New_York');
> 2023-03-12 03:30:00 America/New_York

-- durations
SELECT to_milliseconds(INTERVAL '1 02:03:04.567' DAY TO SECOND), to_milliseconds(INTERVAL '-5' SECOND), parse_duration('1.5h'), parse_duration('3.2 ms'), parse_duration('90s'), parse_duration('2d'), parse_duration('0.5m');
> types bigint, bigint, interval day to second, interval day to second, interval day to second, interval day to second, interval day to second
> 93784567 | -5000 | 0 01:30:00.000 | 0 00:00:00.003 | 0 00:01:30.000 | 2 00:00:00.000 | 0 00:00:30.000

SELECT parse_duration('1.5x');
> error INVALID_FUNCTION_ARGUMENT

SELECT human_readable_seconds(96), human_readable_seconds(3762), human_readable_seconds(56363463), human_readable_seconds(0), human_readable_seconds(61.7), human_readable_seconds(NULL);
> 1 minute, 36 seconds | 1 hour, 2 minutes, 42 seconds | 93 weeks, 1 day, 8 hours, 31 minutes, 3 seconds | 0 seconds | 1 minute, 2 seconds | NULL

-- interval arithmetic
SELECT TIMESTAMP '2023-01-31 10:00:00' + INTERVAL '1' MONTH, TIMESTAMP '2023-01-31 10:00:00.123' - INTERVAL '2' HOUR, DATE '2023-01-31' + INTERVAL '1' MONTH, DATE '2023-01-31' - INTERVAL '1' DAY, INTERVAL '1' DAY + TIMESTAMP '2023-01-31 10:00:00';
> types timestamp(0), timestamp(3), date, date, timestamp(3)
> 2023-02-28 10:00:00 | 2023-01-31 08:00:00.123 | 2023-02-28 | 2023-01-30 | 2023-02-01 10:00:00.000

SELECT TIMESTAMP '2023-03-12 01:30:00 America/New_York' + INTERVAL '1' HOUR, TIMESTAMP '2023-03-11 12:00:00 America/New_York' + INTERVAL '1' DAY, TIMESTAMP '2023-01-31 10:00:00 UTC' + INTERVAL '1' MONTH;
> 2023-03-12 03:30:00.000 America/New_York | 2023-03-12 13:00:00.000 America/New_York | 2023-02-28 10:00:00 UTC

SELECT TIMESTAMP '2023-01-02 00:00:00' - TIMESTAMP '2023-01-01 12:00:00', DATE '2023-03-01' - DATE '2023-01-01', TIMESTAMP '2023-01-02 00:00:00 UTC' - TIMESTAMP '2023-01-01 23:00:00 +02:00';
> types interval day to second, interval day to second, interval day to second
> 0 12:00:00.000 | 59 00:00:00.000 | 0 03:00:00.000

SELECT now() - INTERVAL '1' DAY < now(), current_date - INTERVAL '1' DAY < current_date;
> true | true

SELECT DATE '2023-01-01' + INTERVAL '1' HOUR;
> error INVALID_FUNCTION_ARGUMENT

-- comparisons between timestamps, with and without time zone (the session zone is UTC)
SELECT TIMESTAMP '2023-01-22 16:53:53' = TIMESTAMP '2023-01-22 16:53:53 UTC', TIMESTAMP '2023-01-22 16:53:53' < TIMESTAMP '2023-01-22 16:53:53 America/New_York', TIMESTAMP '2023-01-22 16:53:53 +02:00' = TIMESTAMP '2023-01-22 14:53:53 UTC', DATE '2023-01-22' < TIMESTAMP '2023-01-22 00:00:01', DATE '2023-01-22' = TIMESTAMP '2023-01-22 00:00:00 UTC';
> true | true | true | true | true

SELECT eventid FROM golden_events WHERE eventtime > TIMESTAMP '2023-01-22 17:00:00' ORDER BY eventid;
> e2
> e3

SELECT eventid FROM golden_events WHERE eventtime BETWEEN TIMESTAMP '2023-01-01 00:00:00 UTC' AND from_iso8601_timestamp('2023-01-31T00:00:00Z') ORDER BY eventid;
> e1
> e2

SELECT eventid, date_trunc('day', eventtime), date_diff('hour', eventtime, TIMESTAMP '2023-02-01 00:00:00'), year(eventtime), date_format(eventtime, '%Y%m%d') FROM golden_events ORDER BY eventid;
> e1 | 2023-01-22 00:00:00.000 | 223 | 2023 | 20230122
> e2 | 2023-01-23 00:00:00.000 | 216 | 2023 | 20230123
> e3 | 2023-02-01 00:00:00.000 | -8 | 2023 | 20230201
> e4 | 2022-12-31 00:00:00.000 | 744 | 2022 | 20221231

SELECT date_trunc('month', eventtime) AS m, count(*) FROM golden_events GROUP BY date_trunc('month', eventtime) ORDER BY m;
> 2022-12-01 00:00:00.000 | 1
> 2023-01-01 00:00:00.000 | 2
> 2023-02-01 00:00:00.000 | 1

-- Lake extension, not Trino: timestamps compare with strings in Lake's forms (Trino rejects them)
SELECT eventid FROM golden_events WHERE eventtime > '2023-01-22 17:00:00' ORDER BY eventid;
> e2
> e3

-- Lake extension, not Trino: ISO 8601 text with a zone
SELECT eventid FROM golden_events WHERE eventtime >= '2023-01-23T00:00:00Z' AND eventtime < '2023-02-01T08:15:00.124Z' ORDER BY eventid;
> e2
> e3

-- Lake extension, not Trino: a date as text
SELECT eventid FROM golden_events WHERE eventtime <= '2023-01-01' ORDER BY eventid;
> e4

-- Lake extension, not Trino: BETWEEN with text
SELECT count(*) FROM golden_events WHERE eventtime BETWEEN '2023-01-01 00:00:00' AND '2023-01-31 23:59:59';
> 2

SELECT eventid FROM golden_events WHERE eventtime > now() - INTERVAL '1' DAY;
> empty

-- unit arithmetic over columns, around leap days, month ends and the epoch
SELECT t, date_trunc('week', t), date_trunc('quarter', t), date_add('month', 1, t), date_add('year', -1, t), date_diff('month', t, TIMESTAMP '2024-03-31 00:00:00'), date_diff('year', t, TIMESTAMP '2025-02-28 12:00:00') FROM (VALUES TIMESTAMP '2024-02-29 12:00:00.000', TIMESTAMP '2023-12-31 23:59:59.999', TIMESTAMP '1969-12-31 12:00:00.500', TIMESTAMP '2000-01-31 00:00:00.000', CAST(NULL AS timestamp(3))) AS v(t) ORDER BY t;
> 1969-12-31 12:00:00.500 | 1969-12-29 00:00:00.000 | 1969-10-01 00:00:00.000 | 1970-01-31 12:00:00.500 | 1968-12-31 12:00:00.500 | 650 | 55
> 2000-01-31 00:00:00.000 | 2000-01-31 00:00:00.000 | 2000-01-01 00:00:00.000 | 2000-02-29 00:00:00.000 | 1999-01-31 00:00:00.000 | 290 | 25
> 2023-12-31 23:59:59.999 | 2023-12-25 00:00:00.000 | 2023-10-01 00:00:00.000 | 2024-01-31 23:59:59.999 | 2022-12-31 23:59:59.999 | 2 | 1
> 2024-02-29 12:00:00.000 | 2024-02-26 00:00:00.000 | 2024-01-01 00:00:00.000 | 2024-03-29 12:00:00.000 | 2023-02-28 12:00:00.000 | 1 | 1
> NULL | NULL | NULL | NULL | NULL | NULL | NULL

SELECT d, date_trunc('month', d), date_add('day', -60, d), date_diff('day', d, DATE '2024-03-01'), day_of_week(d), day_of_year(d), week(d), year_of_week(d) FROM (VALUES DATE '2024-02-29', DATE '1969-12-31', DATE '2021-01-03', DATE '1900-03-01') AS v(d) ORDER BY d;
> 1900-03-01 | 1900-03-01 | 1899-12-31 | 45291 | 4 | 60 | 9 | 1900
> 1969-12-31 | 1969-12-01 | 1969-11-01 | 19784 | 3 | 365 | 1 | 1970
> 2021-01-03 | 2021-01-01 | 2020-11-04 | 1153 | 7 | 3 | 53 | 2020
> 2024-02-29 | 2024-02-01 | 2023-12-31 | 1 | 4 | 60 | 9 | 2024

SELECT date_trunc(u, TIMESTAMP '2023-05-17 13:45:27.789'), date_diff(u, TIMESTAMP '2023-01-01 00:00:00', TIMESTAMP '2024-05-17 13:45:27.789'), date_add(u, 2, TIMESTAMP '2023-05-17 13:45:27.789') FROM (VALUES 'second', 'hour', 'week', 'quarter', 'YEAR') AS v(u) ORDER BY 2;
> 2023-01-01 00:00:00.000 | 1 | 2025-05-17 13:45:27.789
> 2023-04-01 00:00:00.000 | 5 | 2023-11-17 13:45:27.789
> 2023-05-15 00:00:00.000 | 71 | 2023-05-31 13:45:27.789
> 2023-05-17 13:00:00.000 | 12061 | 2023-05-17 15:45:27.789
> 2023-05-17 13:45:27.000 | 43422327 | 2023-05-17 13:45:29.789

SELECT from_iso8601_timestamp(s) FROM (VALUES '2023-07-10T11:42:17Z', '2023-07-10T11:42:17.5Z', '2023-07-10T11:42:17-05:00', '2023-07-10T11:42:17+00:00', '2023-07-10T11:42', '2024-02-29T23:59:59.999Z', CAST(NULL AS varchar)) AS v(s);
> 2023-07-10 11:42:17.000 UTC
> 2023-07-10 11:42:17.500 UTC
> 2023-07-10 11:42:17.000 -05:00
> 2023-07-10 11:42:17.000 UTC
> 2023-07-10 11:42:00.000 UTC
> 2024-02-29 23:59:59.999 UTC
> NULL

SELECT from_iso8601_timestamp(s) FROM (VALUES '2023-07-10T11:42:17Z', '2023-02-29T00:00:00Z') AS v(s);
> error INVALID_FUNCTION_ARGUMENT

SELECT date_format(from_iso8601_timestamp('2023-07-10T11:42:17.123Z'), '%Y-%m-%dT%H:%i:%s.%fZ'), to_iso8601(date_trunc('hour', from_iso8601_timestamp('2023-07-10T11:42:17.123-05:00'))), format_datetime(date_add('day', 1, from_iso8601_timestamp('2023-07-10T11:42:17Z')), 'yyyy-MM-dd HH:mm');
> 2023-07-10T11:42:17.123000Z | 2023-07-10T11:00:00.000-05:00 | 2023-07-11 11:42

-- date(x), as in Lake's sample queries (GROUP BY date(eventTime)), and timezone(x)
SELECT date('2023-01-02'), date(' 2023-01-02 '), date(TIMESTAMP '2023-01-02 10:00:00'), date(TIMESTAMP '2023-01-02 23:00:00 America/New_York'), date(CAST(NULL AS varchar)), timezone(TIMESTAMP '2023-01-02 23:00:00 America/New_York'), timezone(TIMESTAMP '2023-01-02 23:00:00 +05:30');
> types date, date, date, date, date, varchar, varchar
> 2023-01-02 | 2023-01-02 | 2023-01-02 | 2023-01-02 | NULL | America/New_York | +05:30

SELECT date('2023-01-02 10:00:00');
> error INVALID_CAST_ARGUMENT

SELECT date(eventtime) AS day, count(*) FROM golden_events GROUP BY date(eventtime) ORDER BY day;
> 2022-12-31 | 1
> 2023-01-22 | 1
> 2023-01-23 | 1
> 2023-02-01 | 1
