-- URL functions, checked against Trino 476.

SELECT url_extract_protocol('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment'), url_extract_host('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment'), url_extract_port('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment'), url_extract_path('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment'), url_extract_query('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment'), url_extract_fragment('https://user:pw@example.com:8443/a/b%20c/d.html?x=1&y=%20z#frag%20ment');
> types varchar, varchar, bigint, varchar, varchar, varchar
> https | example.com | 8443 | /a/b c/d.html | x=1&y= z | frag ment

SELECT url_extract_protocol('example.com/a'), url_extract_host('example.com/a'), url_extract_port('http://example.com'), url_extract_path('http://example.com'), url_extract_query('http://example.com/a'), url_extract_fragment('http://example.com/a');
>  |  | NULL |  |  | 

SELECT url_extract_host('http://[2001:db8::1]:80/x'), url_extract_host('HTTP://EXAMPLE.COM/'), url_extract_protocol('HTTP://EXAMPLE.COM/'), url_extract_path('mailto:joe@example.com'), url_extract_host('file:///etc/passwd'), url_extract_path('file:///etc/passwd'), url_extract_host('https://bücher.example/');
> [2001:db8::1] | EXAMPLE.COM | HTTP |  |  | /etc/passwd | 

SELECT url_extract_host('http://exa mple.com/'), url_extract_path('http://example.com/a b'), url_extract_query('http://example.com/?a=|'), url_extract_protocol(''), url_extract_path(''), url_extract_host(NULL);
> NULL | NULL | NULL |  |  | NULL

SELECT url_extract_parameter('http://example.com/path?k1=v1&k2=v2&k1=v3', 'k1'), url_extract_parameter('http://example.com/path?k1=v1&k2=v2', 'k3'), url_extract_parameter('http://example.com/?a=%20b+c', 'a'), url_extract_parameter('http://example.com/?flag&x=1', 'flag'), url_extract_parameter('http://example.com/?x=1=2', 'x'), url_extract_parameter('http://example.com/?=1', ''), url_extract_parameter('http://example.com/', 'x'), url_extract_parameter('http://example.com/?x=1#y=2', 'y');
> types varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar
> v1 | NULL |  b c |  | 1=2 | 1 | NULL | NULL

SELECT url_extract_parameter('http://example.com/?a=1&&b=2', 'b'), url_extract_parameter('http://example.com/?a', 'a'), url_extract_parameter('http://example.com/?a=', 'a'), url_extract_parameter('not a url?x=1', 'x'), url_extract_parameter(NULL, 'x'), url_extract_parameter('http://e.com/?x=1', NULL);
> 2 |  |  | NULL | NULL | NULL

SELECT url_encode('a b&c=d/é~*.-_'), url_encode(''), url_encode('😀'), url_decode('a+b%20c%26%C3%A9'), url_decode(''), url_decode('%F0%9F%98%80'), url_encode(NULL), url_decode(NULL);
> types varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar
> a+b%26c%3Dd%2F%C3%A9%7E*.-_ |  | %F0%9F%98%80 | a b c&é |  | 😀 | NULL | NULL

SELECT url_decode('%');
> error INVALID_FUNCTION_ARGUMENT

SELECT url_decode('%zz');
> error INVALID_FUNCTION_ARGUMENT

SELECT url_decode('%ff');
> �

SELECT u, url_extract_host(u), url_extract_path(u), url_extract_parameter(u, 'id') FROM (VALUES 'https://console.aws.amazon.com/s3/home?region=us-east-1&id=7', 'https://signin.aws.amazon.com', NULL) t(u) ORDER BY u;
> https://console.aws.amazon.com/s3/home?region=us-east-1&id=7 | console.aws.amazon.com | /s3/home | 7
> https://signin.aws.amazon.com | signin.aws.amazon.com |  | NULL
> NULL | NULL | NULL | NULL
