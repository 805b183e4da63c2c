/**
 * Implementations behind the storage API. Nothing in here is part of the public API, even where Java
 * visibility forces a type to be public.
 */
package io.tarn.storage.impl;
