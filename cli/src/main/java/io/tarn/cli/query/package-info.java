/**
 * {@code tarn query}: runs SQL statements on the local lake and prints their results.
 */
package io.tarn.cli.query;
