package org.justicekit.officials.internal.http;

import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.internal.crawl.AddressPolicy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.justicekit.officials.FetchRefusedException.Reason;

/**
 * Collects a response body up to a byte limit while it streams, never buffering more. Past the
 * limit it cancels the exchange and either fails with {@link Reason#TOO_LARGE} or, when
 * truncating (robots.txt), completes with the bytes so far. A limit of 0 with truncation skips
 * the body. One instance per response.
 */
public final class CappedBodySubscriber implements BodySubscriber<byte[]> {
  private final URI uri;
  private final long limit;
  private final boolean truncate;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.@org.jspecify.annotations.Nullable Subscription subscription;

  public CappedBodySubscriber(URI uri, long limit, boolean truncate) {
    this.uri = uri;
    this.limit = limit;
    this.truncate = truncate;
  }

  /** A subscriber that reads nothing and completes with an empty body. */
  public static CappedBodySubscriber skipping(URI uri) {
    return new CappedBodySubscriber(uri, 0, true);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (limit == 0 && truncate) {
      s.cancel();
      result.complete(new byte[0]);
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int room = (int) Math.min(Integer.MAX_VALUE, limit - buffer.size());
      int n = item.remaining();
      if (n > room) {
        cancel();
        if (truncate) {
          byte[] part = new byte[room];
          item.get(part);
          buffer.write(part, 0, room);
          result.complete(buffer.toByteArray());
        } else {
          result.completeExceptionally(new FetchRefusedException(Reason.TOO_LARGE, uri,
              "refused " + AddressPolicy.shorten(uri.toString()) + ": the page is larger than "
                  + limit + " bytes (raise maxPageBytes to read it)"));
        }
        return;
      }
      byte[] chunk = new byte[n];
      item.get(chunk);
      buffer.write(chunk, 0, n);
    }
    Flow.Subscription s = subscription;
    if (s != null) {
      s.request(1);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
