package io.tarn.engine.service;

import io.tarn.engine.Session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * A StartQuery request (spec 4.2).
 *
 * @param statement the SQL, at most {@value QueryService#MAX_STATEMENT_LENGTH} characters
 * @param deliveryLocation where to deliver the results as signed CSV files: a local directory or any Hadoop URI
 * @param alias a name for the query; DescribeQuery by alias returns its latest run
 * @param parameters values for the statement's {@code ?} placeholders in order (at most
 *         {@value QueryService#MAX_QUERY_PARAMETERS}), Java values as {@link io.tarn.engine.exec.Values}
 *         describes (strings are cast to the type the query expects), bound as values, never spliced into the text
 * @param maxBytesScanned stops the query when it has scanned more bytes than this (the service's own limit,
 *         if lower, still applies)
 * @param session the user and settings to run the statement with; {@code query_max_run_time} and
 *         {@code query_max_scan_bytes} session properties lower the service's limits for this query
 */
public record StartQueryRequest(
        String statement,
        Optional<String> deliveryLocation,
        Optional<String> alias,
        List<Object> parameters,
        OptionalLong maxBytesScanned,
        Session session)
{
    public StartQueryRequest
    {
        requireNonNull(statement, "statement is null");
        requireNonNull(deliveryLocation, "deliveryLocation is null");
        requireNonNull(alias, "alias is null");
        // Parameters may be null (SQL NULL), which immutable lists refuse
        parameters = Collections.unmodifiableList(new ArrayList<>(requireNonNull(parameters, "parameters is null")));
        requireNonNull(maxBytesScanned, "maxBytesScanned is null");
        requireNonNull(session, "session is null");
    }

    public static StartQueryRequest of(String statement)
    {
        return new StartQueryRequest(statement, Optional.empty(), Optional.empty(), List.of(), OptionalLong.empty(), Session.defaults());
    }

    public StartQueryRequest withDeliveryLocation(String value)
    {
        return new StartQueryRequest(statement, Optional.of(value), alias, parameters, maxBytesScanned, session);
    }

    public StartQueryRequest withAlias(String value)
    {
        return new StartQueryRequest(statement, deliveryLocation, Optional.of(value), parameters, maxBytesScanned, session);
    }

    public StartQueryRequest withParameters(List<Object> value)
    {
        return new StartQueryRequest(statement, deliveryLocation, alias, value, maxBytesScanned, session);
    }

    public StartQueryRequest withMaxBytesScanned(long value)
    {
        return new StartQueryRequest(statement, deliveryLocation, alias, parameters, OptionalLong.of(value), session);
    }

    public StartQueryRequest withSession(Session value)
    {
        return new StartQueryRequest(statement, deliveryLocation, alias, parameters, maxBytesScanned, value);
    }
}
