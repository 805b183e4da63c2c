/**
 * {@code tarn eds}: creating, listing, showing, changing, stopping, starting, deleting and restoring event
 * data stores.
 */
package io.tarn.cli.eds;
