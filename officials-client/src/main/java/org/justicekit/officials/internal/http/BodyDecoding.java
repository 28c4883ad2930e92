package org.justicekit.officials.internal.http;

import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.internal.crawl.AddressPolicy;
import org.justicekit.officials.FetchFailedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.FetchRefusedException.Reason;

/**
 * Turns response bytes into text: undoes gzip or deflate with a limit on the decompressed size,
 * picks the charset (byte-order mark, then the Content-Type header, then an HTML
 * {@code <meta charset>} or {@code http-equiv}, then UTF-8), and decodes replacing malformed
 * bytes. Stateless.
 */
public final class BodyDecoding {
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
      Pattern.CASE_INSENSITIVE);
  private static final int PRESCAN = 4096;

  private BodyDecoding() {}

  /** Text and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {}

  /**
   * Undoes a Content-Encoding.
   *
   * @param truncate whether to cut at the limit instead of refusing (robots.txt)
   * @throws FetchRefusedException if the result would exceed the limit or the encoding is unknown
   * @throws FetchFailedException if the compressed data is corrupt
   */
  public static byte[] decompress(URI uri, @Nullable String encoding, byte[] body, int limit,
      boolean truncate) {
    String e = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
    if (e.isEmpty() || e.equals("identity")) {
      return body;
    }
    try {
      return switch (e) {
        case "gzip", "x-gzip" -> readCapped(uri, new GZIPInputStream(new ByteArrayInputStream(body)),
            limit, truncate);
        case "deflate" -> inflate(uri, body, limit, truncate);
        default -> throw new FetchRefusedException(Reason.UNSUPPORTED_CONTENT_ENCODING, uri,
            "refused " + AddressPolicy.shorten(uri.toString()) + ": content encoding '"
                + AddressPolicy.shorten(e) + "' is not supported (only gzip and deflate)");
      };
    } catch (IOException ex) {
      throw new FetchFailedException(uri, 200, false, "the " + e + " body of "
          + AddressPolicy.shorten(uri.toString()) + " is corrupt: " + ex.getMessage(), ex);
    }
  }

  private static byte[] inflate(URI uri, byte[] body, int limit, boolean truncate)
      throws IOException {
    try {
      return readCapped(uri, new InflaterInputStream(new ByteArrayInputStream(body)), limit,
          truncate);
    } catch (ZipException zlibFailed) {
      // Some servers send raw deflate without the zlib wrapper.
      return readCapped(uri, new InflaterInputStream(new ByteArrayInputStream(body),
          new Inflater(true)), limit, truncate);
    }
  }

  private static byte[] readCapped(URI uri, InputStream in, int limit, boolean truncate)
      throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int n;
      while ((n = in.read(chunk)) != -1) {
        if (out.size() + n > limit) {
          if (truncate) {
            out.write(chunk, 0, limit - out.size());
            return out.toByteArray();
          }
          throw new FetchRefusedException(Reason.TOO_LARGE, uri, "refused "
              + AddressPolicy.shorten(uri.toString()) + ": the page decompresses to more than "
              + limit + " bytes (raise maxPageBytes to read it)");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }
  }

  /**
   * Decodes bytes that must be UTF-8 (provider JSON, bundled data), refusing anything else.
   *
   * @return the text, or empty if the bytes are not valid UTF-8
   */
  public static java.util.Optional<String> strictUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(decoder(StandardCharsets.UTF_8, CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  /** Decodes bytes as UTF-8, replacing what is not (error bodies, shown in messages only). */
  public static String lenientUtf8(byte[] bytes) {
    return decode(bytes, "UTF-8", false).text();
  }

  private static java.nio.charset.CharsetDecoder decoder(Charset charset, CodingErrorAction action) {
    return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
  }

  /** Decodes bytes to text, choosing the charset as the class comment says. */
  public static Decoded decode(byte[] body, @Nullable String headerCharset, boolean html) {
    Charset charset = bomCharset(body);
    int skip = 0;
    if (charset != null) {
      skip = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    } else {
      charset = lookup(headerCharset);
      if (charset == null && html) {
        charset = lookup(metaCharset(body));
        if (charset != null && charset.name().startsWith("UTF-16")) {
          charset = StandardCharsets.UTF_8; // the bytes were read as ASCII to find it
        }
      }
      if (charset == null) {
        charset = StandardCharsets.UTF_8;
      }
    }
    var decoder = decoder(charset, CodingErrorAction.REPLACE);
    try {
      String text = decoder.decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
      return new Decoded(text, charset);
    } catch (CharacterCodingException e) {
      // Not reached with REPLACE; decode leniently if a decoder misbehaves.
      return new Decoded(new String(body, skip, body.length - skip, charset), charset);
    }
  }

  /** Whether the first bytes look binary: NUL bytes in a body not encoded as UTF-16. */
  public static boolean looksBinary(byte[] body, Charset charset) {
    if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
      return false;
    }
    if (startsWith(body, "%PDF-")) {
      return true;
    }
    int n = Math.min(body.length, 1024);
    for (int i = 0; i < n; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] body, String ascii) {
    if (body.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (body[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static @Nullable String metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The charset for a label, or null if the label is missing or unknown. As browsers do,
   * ISO-8859-1 and US-ASCII labels decode as windows-1252, and a meta tag cannot select UTF-16.
   */
  public static @Nullable Charset lookup(@Nullable String label) {
    if (label == null) {
      return null;
    }
    String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return null;
    }
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" ->
          name = "windows-1252";
      default -> { }
    }
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
