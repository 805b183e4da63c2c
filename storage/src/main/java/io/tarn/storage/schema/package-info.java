/**
 * The column schemas of event data stores (spec section 5), in storage's own type model.
 */
package io.tarn.storage.schema;
