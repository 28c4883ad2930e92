package org.justicekit.officials.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.justicekit.officials.FetchRefusedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AddressPolicyTest {
  @ParameterizedTest
  @CsvSource({
      "0.0.0.0, unspecified",
      "10.1.2.3, private",
      "100.100.0.1, shared (carrier-grade NAT)",
      "127.0.0.1, loopback",
      "127.255.0.9, loopback",
      "169.254.169.254, link-local (cloud metadata)",
      "172.16.0.1, private",
      "172.31.255.255, private",
      "192.168.0.1, private",
      "192.0.2.1, documentation",
      "198.18.0.1, benchmarking",
      "224.0.0.251, multicast",
      "255.255.255.255, reserved",
      "::, unspecified",
      "::1, loopback",
      "fc00::1, unique local (private)",
      "fd12:3456::1, unique local (private)",
      "fe80::1, link-local",
      "ff02::1, multicast",
      "::ffff:10.0.0.1, private",
      "::ffff:169.254.169.254, link-local (cloud metadata)",
      "64:ff9b::a9fe:a9fe, link-local (cloud metadata)",
      "2002:7f00:1::, loopback",
      "2001:db8::1, documentation"})
  void nonPublicKind_reservedRanges_named(String address, String kind) throws UnknownHostException {
    assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName(address))).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255",
      "100.128.0.1", "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::"})
  void nonPublicKind_publicAddresses_null(String address) throws UnknownHostException {
    assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName(address))).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "HTTP://Example.ORG, http://example.org/",
      "https://example.org:443/a?b=c#frag, https://example.org/a?b=c",
      "http://example.org:8080/x, http://example.org:8080/x",
      "http://[::1]:80/, http://[::1]/"})
  void checkUrl_normalises(String in, String out) {
    assertThat(AddressPolicy.checkUrl(URI.create(in))).isEqualTo(URI.create(out));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://0177.0.0.1/", "http://127.0.0.01/", "https://010.8.8.8/x",
      "http://00.0.0.0:8080/"})
  void issue11_checkUrl_leadingZeroIpv4_refusedAsAmbiguous(String url) {
    assertThatThrownBy(() -> AddressPolicy.checkUrl(URI.create(url)))
        .isInstanceOfSatisfying(FetchRefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(FetchRefusedException.Reason.MALFORMED_URL);
          assertThat(e.getMessage()).contains("leading zero");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/", "http://8.8.8.8/", "http://100.0.10.1/"})
  void issue11_checkUrl_plainIpv4_notRefusedForZeros(String url) {
    assertThat(AddressPolicy.checkUrl(URI.create(url))).isEqualTo(URI.create(url));
  }
}
