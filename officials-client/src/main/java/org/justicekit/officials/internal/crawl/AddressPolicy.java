package org.justicekit.officials.internal.crawl;

import org.justicekit.officials.FetchRefusedException;
import org.justicekit.officials.platform.PlatformFetcher;
import org.justicekit.officials.platform.HostResolver;
import org.justicekit.officials.FetchFailedException;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.justicekit.officials.FetchRefusedException.Reason;

/**
 * The fetcher's URL and address checks: http and https only, no user info, bounded length, and
 * hosts that resolve to public addresses only (unless private networks are allowed). Immutable
 * and thread-safe.
 */
public final class AddressPolicy {
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  /** A host of digits and dots with a part that starts with 0 and has more digits. */
  private static final Pattern LEADING_ZERO_IPV4 =
      Pattern.compile("[0-9.]*(?<![0-9])0[0-9]+[0-9.]*");

  private final boolean allowPrivateNetwork;
  private final HostResolver resolver;

  public AddressPolicy(boolean allowPrivateNetwork, HostResolver resolver) {
    this.allowPrivateNetwork = allowPrivateNetwork;
    this.resolver = resolver;
  }

  /**
   * Checks the form of a URL and returns it normalised: lower-case scheme and host, no default
   * port, no fragment, a path of at least {@code /}.
   */
  public static URI checkUrl(URI uri) {
    String text = uri.toString();
    if (text.length() > PlatformFetcher.MAX_URL_LENGTH) {
      throw refused(Reason.URL_TOO_LONG, uri, "the URL has " + text.length()
          + " characters; at most " + PlatformFetcher.MAX_URL_LENGTH + " are fetched");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme == null) {
      throw refused(Reason.MALFORMED_URL, uri, "not an absolute URL (give http:// or https://)");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(Reason.UNSUPPORTED_SCHEME, uri,
          "only http and https URLs are fetched, not " + scheme + ":");
    }
    if (uri.isOpaque()) {
      throw refused(Reason.MALFORMED_URL, uri, "not a hierarchical URL");
    }
    if (uri.getRawUserInfo() != null) {
      URI redacted = URI.create(scheme + "://" + (uri.getHost() == null ? "" : uri.getHost()) + "/");
      throw refused(Reason.USERINFO, redacted, "URLs with user info (user:password@) are not "
          + "fetched; the credentials are not shown");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw refused(Reason.MALFORMED_URL, uri, "the URL has no valid host name");
    }
    if (LEADING_ZERO_IPV4.matcher(host).matches()) {
      // The JDK reads 0177.0.0.1 as 177.0.0.1; curl and browsers read octal, 127.0.0.1. A host
      // two readers resolve differently is refused outright (issue 11).
      throw refused(Reason.MALFORMED_URL, uri, "the IPv4 address " + shorten(host)
          + " has a part with a leading zero, which programs read differently (decimal or"
          + " octal); write it without leading zeros");
    }
    int port = uri.getPort();
    if (port == 0 || port > 65535) {
      throw refused(Reason.MALFORMED_URL, uri, "port " + port + " is not valid");
    }
    if (port == defaultPort(scheme)) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery();
    String normal = scheme + "://" + host.toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port)
        + path + (query == null ? "" : "?" + query);
    try {
      return new URI(normal);
    } catch (URISyntaxException e) {
      throw refused(Reason.MALFORMED_URL, uri, "not a valid URL: " + e.getReason());
    }
  }

  /**
   * Resolves the URL's host once and checks that every address is public, unless private
   * networks are allowed. The caller connects to these addresses and no others (issue 15: a
   * second resolution could answer differently, which is DNS rebinding).
   *
   * @return the checked addresses, in the resolver's order, never empty
   * @throws FetchRefusedException if an address is not public
   * @throws FetchFailedException if the host does not resolve
   */
  List<InetAddress> checkedAddresses(URI uri) {
    String host = uri.getHost();
    List<InetAddress> addresses;
    try {
      addresses = isIpLiteral(host) ? List.of(InetAddress.getByName(host)) : resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchFailedException(uri, 0, false, "cannot resolve the host " + host
          + " of " + shorten(uri.toString()), e);
    }
    if (addresses.isEmpty()) {
      throw new FetchFailedException(uri, 0, false, "the host " + host + " has no addresses", null);
    }
    for (InetAddress address : allowPrivateNetwork ? List.<InetAddress>of() : addresses) {
      String kind = nonPublicKind(address);
      if (kind != null) {
        String resolved = isIpLiteral(host) ? host + " is" : host + " resolves to "
            + address.getHostAddress() + ",";
        throw refused(Reason.PRIVATE_ADDRESS, uri, resolved + " a " + kind
            + " address; private-network addresses are refused unless allowPrivateNetwork is set");
      }
    }
    return List.copyOf(addresses);
  }

  public static boolean isIpLiteral(String host) {
    return host.startsWith("[") || IPV4_LITERAL.matcher(host).matches();
  }

  /** What kind of non-public address this is, or null if it is a public unicast address. */
  public static @Nullable String nonPublicKind(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return v4Kind(b, 0);
    }
    boolean zero10 = true;
    for (int i = 0; i < 10; i++) {
      zero10 &= b[i] == 0;
    }
    if (zero10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return v4Kind(b, 12); // IPv4-mapped
    }
    if (zero10 && b[10] == 0 && b[11] == 0) {
      boolean allZero = true;
      for (int i = 12; i < 15; i++) {
        allZero &= b[i] == 0;
      }
      if (allZero && b[15] == 0) {
        return "unspecified";
      }
      if (allZero && b[15] == 1) {
        return "loopback";
      }
      return "reserved (IPv4-compatible)";
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if ((b0 & 0xfe) == 0xfc) {
      return "unique local (private)";
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return "link-local";
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return "site-local (private)";
    }
    if (b0 == 0xff) {
      return "multicast";
    }
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return v4Kind(b, 12); // NAT64: the embedded IPv4 address decides
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return v4Kind(b, 2); // 6to4: the embedded IPv4 address decides
    }
    if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
      return "Teredo tunnel";
    }
    if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return "documentation";
    }
    if (b0 == 0x01 && b1 == 0x00 && b[2] == 0 && b[3] == 0) {
      return "discard-only";
    }
    if ((b0 & 0xe0) != 0x20) {
      return "reserved (not global unicast)";
    }
    return null;
  }

  private static @Nullable String v4Kind(byte[] b, int at) {
    int a = b[at] & 0xff;
    int c = b[at + 1] & 0xff;
    int d = b[at + 2] & 0xff;
    if (a == 0) {
      return "unspecified";
    }
    if (a == 10 || (a == 172 && (c & 0xf0) == 16) || (a == 192 && c == 168)) {
      return "private";
    }
    if (a == 127) {
      return "loopback";
    }
    if (a == 169 && c == 254) {
      return "link-local (cloud metadata)";
    }
    if (a == 100 && (c & 0xc0) == 64) {
      return "shared (carrier-grade NAT)";
    }
    if (a == 192 && c == 0 && (d == 0 || d == 2)) {
      return d == 0 ? "reserved (IETF protocol assignments)" : "documentation";
    }
    if ((a == 198 && c == 51 && d == 100) || (a == 203 && c == 0 && d == 113)) {
      return "documentation";
    }
    if (a == 192 && c == 88 && d == 99) {
      return "reserved (6to4 relay)";
    }
    if (a == 198 && (c & 0xfe) == 18) {
      return "benchmarking";
    }
    if (a >= 224 && a < 240) {
      return "multicast";
    }
    if (a >= 240) {
      return "reserved";
    }
    return null;
  }

  public static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }

  private static FetchRefusedException refused(Reason reason, URI uri, String why) {
    return new FetchRefusedException(reason, uri, "refused " + shorten(uri.toString()) + ": " + why);
  }

  public static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
