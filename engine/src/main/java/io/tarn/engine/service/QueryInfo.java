package io.tarn.engine.service;

import com.google.common.collect.ImmutableList;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What DescribeQuery returns (spec 4.3): the statement, status, error, delivery and statistics of a query,
 * plus the stores it reads and its parameters.
 *
 * @param deliveryDirectory where the result files went: {@code <location>/AWSLogs/<account>/CloudTrail-Lake/Query/<yyyy>/<mm>/<dd>/<query-id>}
 * @param eventDataStoreIds the ids of the stores the statement names
 * @param endTime when the query reached its final status
 */
public record QueryInfo(
        String queryId,
        String queryString,
        QueryStatus status,
        Optional<String> alias,
        List<String> parameters,
        Optional<QueryError> error,
        Optional<String> deliveryLocation,
        Optional<DeliveryStatus> deliveryStatus,
        Optional<String> deliveryDirectory,
        Statistics statistics,
        List<String> eventDataStoreIds,
        Optional<Instant> endTime)
{
    public QueryInfo
    {
        requireNonNull(queryId, "queryId is null");
        requireNonNull(queryString, "queryString is null");
        requireNonNull(status, "status is null");
        requireNonNull(alias, "alias is null");
        parameters = ImmutableList.copyOf(requireNonNull(parameters, "parameters is null"));
        requireNonNull(error, "error is null");
        requireNonNull(deliveryLocation, "deliveryLocation is null");
        requireNonNull(deliveryStatus, "deliveryStatus is null");
        requireNonNull(deliveryDirectory, "deliveryDirectory is null");
        requireNonNull(statistics, "statistics is null");
        eventDataStoreIds = ImmutableList.copyOf(requireNonNull(eventDataStoreIds, "eventDataStoreIds is null"));
        requireNonNull(endTime, "endTime is null");
    }

    /**
     * Lake's {@code QueryStatistics} of DescribeQuery. Unless the query is still running, {@code bytesScanned}
     * is what the query is billed for; a cancelled or stopped query keeps what it scanned before it stopped.
     */
    public record Statistics(long eventsMatched, long eventsScanned, long bytesScanned, long executionTimeMillis, Instant creationTime)
    {
        public Statistics
        {
            requireNonNull(creationTime, "creationTime is null");
        }
    }
}
