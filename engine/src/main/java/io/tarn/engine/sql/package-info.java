/**
 * SQL text handling before Calcite sees it: tokenizing, classifying statements, and rewriting the Trino and
 * CloudTrail Lake forms that Calcite's grammar does not accept, with a map back to the user's positions.
 */
package io.tarn.engine.sql;
