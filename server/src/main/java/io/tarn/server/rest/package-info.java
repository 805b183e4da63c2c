/**
 * The REST API: Lake's operations as JSON resources under {@code /api/v1}. Each resource implements
 * {@link io.tarn.server.rest.RestResource}; {@link io.tarn.server.rest.EventDataStoreResource} is the
 * pattern the others follow.
 */
package io.tarn.server.rest;
