/**
 * The JSON shapes of Tarn's Lake-compatible API: how event data stores (and, later, queries, saved queries
 * and channels) are written and how request bodies are read. The REST resources answer with these shapes
 * and the command line prints them for {@code --output json}, so both show the same fields.
 */
package io.tarn.server.api;
