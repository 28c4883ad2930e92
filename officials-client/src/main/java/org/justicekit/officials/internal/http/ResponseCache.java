package org.justicekit.officials.internal.http;

import org.justicekit.officials.TimeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small LRU cache of parsed answers with a time to live. Only successful answers are put in
 * (the transport never caches a failure). Thread-safe; a lock guards the map, which is fine for
 * a cache in front of network calls.
 */
public final class ResponseCache {
  private record Entry(Object value, long expiresAt) {}

  private final int maxEntries;
  private final long ttlNanos;
  private final TimeSource time;
  private final LinkedHashMap<String, Entry> map;

  ResponseCache(int maxEntries, java.time.Duration ttl, TimeSource time) {
    if (maxEntries < 1 || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a cache needs maxEntries >= 1 and a positive ttl");
    }
    this.maxEntries = maxEntries;
    this.ttlNanos = ttl.toNanos();
    this.time = time;
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > ResponseCache.this.maxEntries;
      }
    };
  }

  synchronized @Nullable Object get(String key) {
    Entry e = map.get(key);
    if (e == null) {
      return null;
    }
    if (time.nanoTime() - e.expiresAt() >= 0) {
      map.remove(key);
      return null;
    }
    return e.value();
  }

  synchronized void put(String key, Object value) {
    map.put(key, new Entry(value, time.nanoTime() + ttlNanos));
  }

  synchronized int size() {
    return map.size();
  }
}
