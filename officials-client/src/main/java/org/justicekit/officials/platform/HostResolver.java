package org.justicekit.officials.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to its addresses, for the {@link PlatformFetcher}'s check that a URL
 * does not lead into a private network. The default, {@link #system()}, asks the JDK's resolver
 * (whose cache the HTTP connection then normally hits too, so the address checked is the
 * address connected to). A custom resolver suits tests and split-horizon DNS.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HostResolver {
  /**
   * The addresses of a host name (never an IP literal: those are read without resolving).
   *
   * @throws UnknownHostException if the name does not resolve
   */
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The JDK's resolver, {@link InetAddress#getAllByName(String)}. */
  static HostResolver system() {
    return host -> List.of(InetAddress.getAllByName(host));
  }
}
