package io.tarn.storage.impl.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Tells the catalog which channels deliver events to a store, so that a store cannot be deleted while a
 * channel still names it as a destination (spec 2.7: delete the integration's channel first). Channels live
 * in the same catalog database; the lookup runs inside the catalog's transaction, so a channel created
 * concurrently cannot slip past the check.
 *
 * <p>The lake passes its {@link SqliteChannelCatalog}; {@link #NONE} serves catalogs without channels (tests).
 */
@FunctionalInterface
public interface ChannelDirectory
{
    ChannelDirectory NONE = (connection, storeId) -> List.of();

    /**
     * The ARNs of the channels whose destinations include the store, read on the catalog's connection.
     */
    List<String> channelsDeliveringTo(Connection connection, String storeId)
            throws SQLException;
}
