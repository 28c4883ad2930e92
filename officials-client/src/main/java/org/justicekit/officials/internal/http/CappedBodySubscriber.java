package org.justicekit.officials.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a byte limit while it streams, never buffering more: the one
 * capped body of this module, used by the providers' transport and by the platform crawler.
 * Past the limit (or when the declared {@code Content-Length} already passes it) it cancels the
 * exchange and either fails with the caller's exception or, when truncating (robots.txt),
 * completes with the bytes so far. One instance per response; not thread-safe, as the HTTP
 * client calls a subscriber serially.
 */
public final class CappedBodySubscriber implements BodySubscriber<byte[]> {
  private final long limit;
  private final long declared;
  private final @Nullable Supplier<? extends Throwable> tooLarge;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.@Nullable Subscription subscription;

  private CappedBodySubscriber(long limit, long declared,
      @Nullable Supplier<? extends Throwable> tooLarge) {
    this.limit = limit;
    this.declared = declared;
    this.tooLarge = tooLarge;
  }

  /**
   * A subscriber that fails with {@code tooLarge}'s exception once the body passes {@code limit}.
   *
   * @param declaredLength the {@code Content-Length}, or -1 if none
   */
  public static CappedBodySubscriber failing(long limit, long declaredLength,
      Supplier<? extends Throwable> tooLarge) {
    return new CappedBodySubscriber(limit, declaredLength, tooLarge);
  }

  /** A subscriber that keeps the first {@code limit} bytes and drops the rest. */
  public static CappedBodySubscriber truncating(long limit) {
    return new CappedBodySubscriber(limit, -1, null);
  }

  /** A subscriber that reads nothing and completes with an empty body. */
  public static CappedBodySubscriber skipping() {
    return truncating(0);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (tooLarge == null && limit == 0) {
      s.cancel();
      result.complete(new byte[0]);
    } else if (tooLarge != null && declared > limit) {
      s.cancel();
      result.completeExceptionally(tooLarge.get());
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
        if (tooLarge == null) {
          byte[] part = new byte[room];
          item.get(part);
          buffer.write(part, 0, room);
          result.complete(buffer.toByteArray());
        } else {
          result.completeExceptionally(tooLarge.get());
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
